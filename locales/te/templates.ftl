# ప్రతి భాషలో టెంప్లేట్‌లు (journey-core templates::localize).

## Connected strategy
template-connected-strategy-name = కనెక్టెడ్ స్ట్రాటజీ
template-connected-strategy-description = గుర్తించడం, అభ్యర్థన, స్పందన మరియు పునరావృత లూప్, ప్రతి దశపై పనిచేసే అనుసంధానిత అనుభవంతో.
template-connected-strategy-goal = కస్టమర్ అవసరం ఎలా గుర్తించబడుతుంది, అభ్యర్థించబడుతుంది, స్పందన పొందుతుంది, ప్రతి పునరావృతం సంస్థకు ఏమి నేర్పుతుందో మ్యాప్ చేయండి, స్వయంచాలక అమలు వరకు: కస్టమర్ అడగక ముందే అవసరాన్ని తీర్చడం, ఇది మొత్తం ప్రయాణాన్ని కుదిస్తుంది.
template-connected-strategy-stage-1 = గుర్తించడం
template-connected-strategy-stage-1-description = ప్రవర్తనకు మార్గదర్శనం ఇక్కడ పనిచేస్తుంది: అవసరంపై అవగాహన పెంచి కస్టమర్‌ను చర్యకు ప్రోత్సహించండి.
template-connected-strategy-stage-2 = అభ్యర్థన
template-connected-strategy-stage-2-description = ఎంపిక చేసిన ఆఫర్ ఇక్కడ పనిచేస్తుంది: కస్టమర్ అవసరానికి ఉత్తమ ఎంపికను కనుగొనడంలో సహాయపడండి.
template-connected-strategy-stage-3 = స్పందన
template-connected-strategy-stage-3-description = కోరికకు స్పందన ఇక్కడ పనిచేస్తుంది: ఆర్డర్, చెల్లింపు, స్వీకరణను సులభం చేయండి.
template-connected-strategy-stage-4 = పునరావృతం
template-connected-strategy-stage-4-description = తదుపరి గుర్తించడం, అభ్యర్థన, స్పందన బాగా సరిపోయేలా ఈ విడత నుండి నేర్చుకోండి.
template-connected-strategy-flow-4 = తదుపరిసారి
template-connected-strategy-lane-1 = కస్టమర్ చర్యలు
template-connected-strategy-lane-2 = టచ్‌పాయింట్లు
template-connected-strategy-lane-3 = భావోద్వేగాలు
template-connected-strategy-lane-4 = పెయిన్ పాయింట్లు
template-connected-strategy-lane-5 = అవకాశాలు
template-connected-strategy-card-1 = కస్టమర్ (లేదా సంస్థ) అవసరాన్ని ఎలా గమనిస్తారు?
template-connected-strategy-card-2 = అవసరం ఒక నిర్దిష్ట పరిష్కారం కోసం అభ్యర్థనగా ఎలా మారుతుంది?
template-connected-strategy-card-3 = కస్టమర్ పరిష్కారాన్ని ఎలా పొంది అనుభవిస్తారు?
template-connected-strategy-card-4 = ఈ విడత నుండి సంస్థ ఏమి నేర్చుకుంటుంది, తదుపరిసారి ఏది బాగా సరిపోతుంది?
template-connected-strategy-card-5 = స్వయంచాలక అమలు: కస్టమర్ కంటే ముందే అవసరం తెలిస్తే, దాన్ని ముందుగానే తీర్చి గుర్తించడం, అభ్యర్థన, స్పందనలను దాటవేయండి.
