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

## classic-five
template-classic-five-name = సాంప్రదాయ ఐదు దశలు
template-classic-five-description = అవగాహన, పరిశీలన, కొనుగోలు, వినియోగం, సిఫార్సు ఒకే వరుసలో, సాధారణ వరుసలతో, కార్డులు లేకుండా.
template-classic-five-stage-1 = అవగాహన
template-classic-five-stage-2 = పరిశీలన
template-classic-five-stage-3 = కొనుగోలు
template-classic-five-stage-4 = వినియోగం
template-classic-five-stage-5 = సిఫార్సు
template-classic-five-lane-1 = కస్టమర్ చర్యలు
template-classic-five-lane-2 = టచ్‌పాయింట్లు
template-classic-five-lane-3 = భావోద్వేగాలు
template-classic-five-lane-4 = పెయిన్ పాయింట్లు
template-classic-five-lane-5 = అవకాశాలు

## purchase
template-purchase-name = కొనుగోలుకు ముందు, సమయంలో, తర్వాత
template-purchase-description = కస్టమర్ అనుభవ నిర్వహణ: మొత్తం కొనుగోలు, ప్రతి టచ్‌పాయింట్ వద్ద ఒక భావోద్వేగం మరియు కస్టమర్ త్యాగం.
template-purchase-goal = కొనుగోలుకు ముందు, సమయంలో, తర్వాత మొత్తం అనుభవాన్ని చూడండి, నిర్ణయాలను నడిపించే భావోద్వేగాలతో మరియు ప్రతి టచ్‌పాయింట్ వద్ద కస్టమర్ త్యాగంతో (కోరినది, సర్దుకున్నది).
template-purchase-stage-1 = కనుగొనడం
template-purchase-stage-1-description = కొనుగోలుకు ముందు: అవసరం మరియు ఆఫర్ మొదట ఎలా కలుస్తాయి.
template-purchase-stage-2 = నిర్ణయం
template-purchase-stage-2-description = కొనుగోలుకు ముందు: ఎంపికలను పోల్చి నిర్ణయించుకోవడం.
template-purchase-stage-3 = కొనుగోలు
template-purchase-stage-3-description = కొనుగోలు సమయంలో: ఆర్డర్, చెల్లింపు, నిరీక్షణ.
template-purchase-stage-4 = వినియోగం
template-purchase-stage-4-description = కొనుగోలు తర్వాత: ఉత్పత్తి లేదా సేవతో జీవించడం, సహాయం పొందడం.
template-purchase-stage-5 = సిఫార్సు
template-purchase-stage-5-description = కొనుగోలు తర్వాత: తిరిగి రావడం, సమీక్షించడం, ఇతరులకు చెప్పడం.
template-purchase-lane-1 = కస్టమర్ చర్యలు
template-purchase-lane-2 = ఆలోచనలు
template-purchase-lane-3 = టచ్‌పాయింట్లు
template-purchase-lane-4 = భావోద్వేగాలు
template-purchase-lane-5 = పెయిన్ పాయింట్లు
template-purchase-lane-6 = అవకాశాలు
template-purchase-card-1 = వారు ఆఫర్‌ను మొదట ఎక్కడ కలుస్తారు?
template-purchase-card-2 = వారు ఎక్కడ పోల్చి ఎంచుకుంటారు?
template-purchase-card-3 = వారు ఎక్కడ ఆర్డర్ చేసి చెల్లిస్తారు?
template-purchase-card-4 = వారు ఎక్కడ వాడతారు, లేదా సహాయం అడుగుతారు?
template-purchase-card-5 = వారు ఎక్కడ సమీక్షిస్తారు లేదా ఇతరులకు చెబుతారు?
