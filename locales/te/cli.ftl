# The command line's help (`journey --help`, `journey SUB --help`) and clap's usage mistakes
# (crates/journey-cli/src/help.rs). Not bundled into the window.
# Ids: cli-help-<command> is what a command does (cli-help-journey: the program;
# cli-help-version-list: `journey version list`); cli-help-<command>-<argument> what one of its
# arguments means; cli-help-any-<argument> an argument several commands share.
# Keep command names, option names (--format), values (fit, a4) and file formats as they are.

## clap's own words around the help.
cli-help-usage = వాడుక:
cli-help-heading-commands = ఆదేశాలు
cli-help-heading-arguments = ఆర్గ్యుమెంట్లు
cli-help-heading-options = ఎంపికలు
# An argument's help and the value it takes when not given.
cli-help-default = { $help } [డిఫాల్ట్: { $value }]
cli-help-help = ఈ సహాయాన్ని లేదా ఇచ్చిన ఆదేశాల సహాయాన్ని చూపించు

## Usage mistakes clap finds. { $argument } is written as typed (--format, <FILE>).
cli-usage-unknown-command = “{ $name }” అనే ఆదేశం లేదు
cli-usage-unknown-argument = ఊహించని ఆర్గ్యుమెంట్ “{ $argument }”
cli-usage-missing = లేనివి: { $arguments }
cli-usage-invalid-value = { $argument } కు “{ $value }” చెల్లని విలువ
cli-usage-invalid-value-one-of = { $argument } కు “{ $value }” చెల్లని విలువ (వీటిలో ఒకటి: { $valid })
cli-usage-conflict = { $argument } ను { $other } తో కలిపి వాడలేరు
cli-usage-missing-command = { $name } కు ఒక ఆదేశం కావాలి
cli-usage-number-of-values = { $argument } కు విలువల సంఖ్య తప్పు ({ $detail })
cli-usage-other = ఆదేశ పంక్తి చెల్లదు: { $detail }
cli-usage-did-you-mean = మీ ఉద్దేశం “{ $suggestion }” ఆ?
cli-usage-more = మరిన్ని వివరాలకు “{ $command } --help” చూడండి.

## Arguments many commands share.
cli-help-any-lang = సందేశాలు, నివేదికలు మరియు ఎగుమతి లేబుళ్ల భాష: en, fa, ru, te లేదా tl (డిఫాల్ట్: సిస్టమ్ భాష, LC_ALL / LC_MESSAGES / LANG నుండి; దానికి కేటలాగ్ లేకపోతే ఇంగ్లీష్)
cli-help-any-help = సహాయం చూపించు
cli-help-any-version = సంస్కరణ చూపించు
cli-help-any-file = వర్క్‌స్పేస్ ఫైల్ (.journeys)
cli-help-any-journey = ప్రయాణం పేరు లేదా గుర్తింపు (డిఫాల్ట్: మొదటిది)
cli-help-any-author = మార్పు ఎవరి పేరుతో నమోదవుతుంది (డిఫాల్ట్: $JOURNEY_AUTHOR, లేకపోతే లాగిన్ పేరు)
cli-help-any-timeout = వదిలేసే ముందు సర్వర్ కోసం ఎన్ని సెకన్లు వేచి ఉండాలి

## The commands.
cli-help-journey = Journey Studio వర్క్‌స్పేస్ ఫైళ్లను పరిశీలించి నిర్వహించండి

cli-help-new = అంతర్నిర్మిత నమూనా ప్రయాణంతో వర్క్‌స్పేస్ ఫైల్‌ను సృష్టించు
cli-help-new-file = సృష్టించాల్సిన వర్క్‌స్పేస్ ఫైల్ (అది ఇప్పటికే ఉండకూడదు)
cli-help-new-empty = ఏ ప్రయాణమూ లేకుండా సృష్టించు
cli-help-new-cards = నమూనాకు బదులు, ఇన్ని కార్డులతో సృష్టించిన ఒక ప్రయాణం (బెంచ్‌మార్క్‌ల కోసం)
cli-help-new-stages = --cards తో: నమూనా దశలకు బదులు ఒకే వరుసలో ఇన్ని దశలు (పొడవైన ప్రయాణం)
cli-help-new-template = నమూనాకు బదులు, ఈ టెంప్లేట్ నుండి ఒక ప్రయాణం (`journey templates` చూడండి)

cli-help-templates = అంతర్నిర్మిత టెంప్లేట్ల జాబితా: గుర్తింపు, పేరు, వివరణ

cli-help-list = వర్క్‌స్పేస్‌లోని ప్రయాణాలను ముద్రించు: గుర్తింపు మరియు పేరు, పంక్తికి ఒకటి

cli-help-edit = ఒక మార్పును (JSON, విండో పంపినట్లు మరియు చర్యరద్దు లాగ్ నిల్వ చేసినట్లు) స్టోర్ సొంత మార్గం ద్వారా వర్తింపజేసి (తనిఖీ చేసి, శాశ్వతంగా, చర్యరద్దు చేయగలిగేలా) స్టోర్ సమాధానాన్ని ముద్రించు: `{"{"} revision, canUndo, canRedo, change, skipped {"}"}`, ఇందులో change అంటే విండో వర్తింపజేసే మార్పు
cli-help-edit-edit = JSON రూపంలో మార్పు, ఉదాహరణకు '{"{"}"type":"removeCard","id":"…"{"}"}'

cli-help-merge = ఈ వర్క్‌స్పేస్ యొక్క మరో కాపీలోని ప్రతి మార్పును దీనిలోకి తీసుకురా (కాపీని చదవడం మాత్రమే). ఏమి వచ్చిందో, దేనికి నిర్ణయం అవసరమో ముద్రిస్తుంది; `--json` విలీన నివేదికను ముద్రిస్తుంది
cli-help-merge-ours = ఈ వర్క్‌స్పేస్: మార్పులు దీనిలోకి వస్తాయి
cli-help-merge-theirs = మరో కాపీ (చదవడం మాత్రమే)
cli-help-merge-json = విలీన నివేదికను JSON గా ముద్రించు

cli-help-undo = ప్రయాణంలోని చివరి మార్పును చర్యరద్దు చేయి; `edit` లాగే సమాధానం ముద్రిస్తుంది
cli-help-redo = చర్యరద్దు చేసిన చివరి మార్పును మళ్లీ చేయి; `edit` లాగే సమాధానం ముద్రిస్తుంది

cli-help-show = ప్రయాణంలోని దశలను (గ్రిడ్ క్రమంలో) మరియు కార్డులను ముద్రించు
cli-help-show-json = బదులుగా ప్రయాణాన్ని JSON గా ముద్రించు (ఎగుమతి ఫార్మాట్‌లోని ప్రయాణ వస్తువు)

cli-help-view = విండో ఒక ప్రయాణానికి గీసేదాన్ని ముద్రించు: `{"{"} journey, layout, revision, canUndo, canRedo {"}"}` JSON గా (యాప్ యొక్క `journey_view` సమాధానం), టూల్స్ మరియు ఇంటర్‌ఫేస్ బెంచ్‌మార్క్ కోసం

cli-help-export = ప్రయాణాన్ని svg, png, pdf, html, csv, md, json, mermaid, ojf లేదా xlsx గా ఎగుమతి చేయి
cli-help-export-format = ఫార్మాట్ (డిఫాల్ట్: -o యొక్క పొడిగింపు నుండి)
cli-help-export-output = వ్రాయాల్సిన ఫైల్; ఎగుమతి పూర్తయినప్పుడే అది మార్చబడుతుంది
cli-help-export-page = PDF పేజీలు: fit (మ్యాప్ పరిమాణంలో ఒక పేజీ), లేదా a4, a3, letter (అసలు పరిమాణంలో టైల్స్‌గా)
cli-help-export-scale = PNG స్కేల్: ఒక్కో మ్యాప్ యూనిట్‌కు పిక్సెల్‌లు (1, 2, 4...)

cli-help-import = JSON, CSV (మాది లేదా Lucidchart ది), Mermaid, SVG, HTML, OpenJourney (.ojf) లేదా Excel (.xlsx) ఫైల్‌లోని ప్రయాణాలను వర్క్‌స్పేస్‌కు జోడించు (లేకపోతే సృష్టించబడుతుంది); ప్రతి కొత్త ప్రయాణం గుర్తింపును ముద్రిస్తుంది, వ్రాసినట్లు రానిది stderr లో. తప్పు ఫైల్ దేనినీ మార్చదు
cli-help-import-input = దిగుమతి చేయాల్సిన ఫైల్
cli-help-import-into = ప్రయాణాలను జోడించాల్సిన వర్క్‌స్పేస్ (లేకపోతే సృష్టించబడుతుంది)
cli-help-import-format = json, csv, mermaid, svg, html, ojf, xlsx లేదా lucid (డిఫాల్ట్: ఇన్‌పుట్ పొడిగింపు నుండి; Lucidchart శీర్షిక ఉన్న .csv ను Lucidchart దిగా చదువుతుంది)

cli-help-analyse = మ్యాప్ చెప్పేది: మార్గాలు మరియు వాటి భావోద్వేగం, నిర్మాణ సమస్యలు, శిఖరం మరియు ముగింపు, ప్రాధాన్యత ప్రకారం ఇబ్బందులు, స్తంభాల హీట్‌మ్యాప్, ఛానల్ మార్పులు, పర్సోనాల మధ్య తేడాలు (docs/insights.md)
cli-help-analyse-json = పూర్తి విశ్లేషణను JSON గా ముద్రించు (ఆకారం docs/insights.md లో)

cli-help-schema = ఎగుమతి ఫార్మాట్ యొక్క JSON Schema (docs/journey.schema.json) ను, లేదా --insights తో `analyse --json` ది (docs/insights.schema.json) ముద్రించు
cli-help-schema-insights = బదులుగా `analyse --json` యొక్క స్కీమాను ముద్రించు

cli-help-validate = ఫైల్ తెరుచుకుంటుందో, SQLite సమగ్రత తనిఖీలో నెగ్గుతుందో చూడు

cli-help-version = ప్రయాణం యొక్క పేరున్న సంస్కరణలు: జాబితా, సేవ్, లేదా ఒకదాన్ని ఇప్పటితో పోల్చడం
cli-help-version-list = ఒక్కో సంస్కరణకు ఒక పంక్తి, కొత్తవి ముందు: గుర్తింపు, సమయం (UTC), కార్డులు, పేరు (ట్యాబ్‌తో వేరుచేసి)
cli-help-version-save = ప్రయాణాన్ని ఇప్పుడున్నట్లు NAME పేరుతో సేవ్ చేయి; కొత్త సంస్కరణ గుర్తింపును ముద్రిస్తుంది
cli-help-version-save-name = సంస్కరణ పేరు
cli-help-version-diff = ఒక సంస్కరణ నుండి ఇప్పటి వరకు ఏమి మారిందో, JSON గా (జోడించిన, తొలగించిన, కదిలించిన, మార్చిన కార్డులు, భావోద్వేగ మార్పులు, దశలు, వరుసలు, ప్రవాహాలు)
cli-help-version-diff-version = సంస్కరణ గుర్తింపు (`journey version list` చూడండి)

cli-help-stress = దృఢత్వ తనిఖీలు (`journey stress crash --help` చూడండి)
cli-help-stress-crash = వ్రాస్తున్న ప్రాసెస్‌ను యాదృచ్ఛిక క్షణాల్లో ఆపివేసి, నిర్ధారించిన ఏ మార్పూ పోలేదని తనిఖీ చేయి
cli-help-stress-crash-trials = వ్రాసే ప్రాసెస్‌ను ఎన్నిసార్లు ఆపివేయాలి
cli-help-stress-crash-seed = యాదృచ్ఛిక ఆపివేత క్షణాల సీడ్ (డిఫాల్ట్: గడియారం నుండి; ముద్రించబడుతుంది)
cli-help-stress-crash-dir = వర్క్‌స్పేస్ ఫైల్‌ను తాత్కాలిక ఫోల్డర్‌కు బదులు ఈ ఫోల్డర్‌లో ఉంచు

cli-help-serve = టీమ్ సర్వర్‌ను నడుపు: దానిపై పంచుకున్న వర్క్‌స్పేస్‌లు దాని ద్వారా సింక్ అవుతాయి (మొదటి ప్రారంభంలో తయారైన స్వీయ-సంతకపు సర్టిఫికెట్‌తో wss://; తన చిరునామా మరియు వేలిముద్రను ముద్రిస్తుంది). SIGTERM తో ఆగుతుంది
cli-help-serve-data = పత్రాలు, ప్రవేశ రికార్డులు మరియు సర్టిఫికెట్ ఉంచే చోటు
cli-help-serve-listen = వినాల్సిన చిరునామా మరియు పోర్ట్
cli-help-serve-plain = TLS లేని సాధారణ ws://: ఈ కంప్యూటర్ చిరునామాపై మాత్రమే (TLS ప్రాక్సీ వెనుక, లేదా పరీక్షల కోసం)

cli-help-share = టీమ్ సర్వర్‌పై వర్క్‌స్పేస్‌ను పంచుకో (దాన్ని అప్‌లోడ్ చేస్తుంది) మరియు సహచరులు చేరే ఆహ్వానాన్ని ముద్రించు. --server లేకుండా మళ్లీ: ఆహ్వానాన్ని ముద్రిస్తుంది; --rotate: కొత్త రహస్యం (పాత ఆహ్వానాలు పనిచేయవు). నిష్క్రమణ 3: సర్వర్ అందుబాటులో లేదు; 4: తిరస్కరించబడింది
cli-help-share-server = wss://host:port (లేదా ws://127.0.0.1:port)
cli-help-share-fingerprint = `journey serve` ముద్రించినట్లు సర్వర్ సర్టిఫికెట్ వేలిముద్ర (తనిఖీ చేయబడుతుంది)
cli-help-share-rotate = వర్క్‌స్పేస్‌కు కొత్త రహస్యం ఇచ్చి కొత్త ఆహ్వానాన్ని ముద్రించు (పాత ఆహ్వానాలు పనిచేయవు)
cli-help-share-out = ఆహ్వానాన్ని ఈ ఫైల్‌లో కూడా వ్రాయి (.journey-invite)

cli-help-join = పంచుకున్న వర్క్‌స్పేస్‌లో చేరు: INVITATION దాని పాఠ్యం లేదా దాన్ని కలిగిన ఫైల్ (లేదా --room మరియు --code: గదిని అంగీకరిస్తున్న స్టూడియో చూపినట్లు); FILE (కొత్తది) ను తయారుచేసి ఒకసారి సింక్ చేస్తుంది. నిష్క్రమణ 3: సర్వర్ లేదా గది అందుబాటులో లేదు; 4: తిరస్కరించబడింది (రద్దైనది, తప్పు, కొత్త యాప్ అవసరం, తప్పు కోడ్)
cli-help-join-invitation = ఆహ్వాన పాఠ్యం, లేదా దాన్ని కలిగిన ఫైల్
cli-help-join-room = గదిని అంగీకరిస్తున్న స్టూడియో యొక్క HOST:PORT (`journey room`, లేదా విండోది)
cli-help-join-code = గది కోడ్ (K7PQ-2MXR)
cli-help-join-into = తయారుచేయాల్సిన కొత్త వర్క్‌స్పేస్ ఫైల్

cli-help-room = విండో లేకుండా FILE కోసం గదిలో సహచరులను SIGTERM వరకు అంగీకరించు: `room ADDRESS`, `code CODE` మరియు `invitation TEXT` ముద్రిస్తుంది; సహచరులు `journey join --room` తో చేరతారు
cli-help-room-listen = సహచరులు కనెక్ట్ అయ్యే చోటు: గది నెట్‌వర్క్ కోసం 0.0.0.0:PORT (పోర్ట్ 0: ఏదైనా ఖాళీ పోర్ట్)
cli-help-room-quiet = స్థానిక నెట్‌వర్క్‌లో గదిని ప్రకటించవద్దు (mDNS)

cli-help-sync = పంచుకున్న వర్క్‌స్పేస్‌ను దాని సర్వర్‌తో ఒకసారి (రెండింటికీ అన్నీ అందే వరకు), లేదా --watch తో ఆపే వరకు (SIGTERM, Ctrl+C) సింక్ చేయి. నిష్క్రమణ 3: సర్వర్ అందుబాటులో లేదు; 4: తిరస్కరించబడింది
cli-help-sync-watch = ఆపే వరకు సింక్ చేస్తూ ఉండు (SIGTERM, Ctrl+C), జరిగే ప్రతిదానికీ ఒక పంక్తి

cli-help-workshop = ఆదేశ పంక్తి నుండి (విండో లేకుండా) ఒక ప్రయాణంపై వర్క్‌షాప్ సెషన్ నడుపు, యాప్ సర్వర్ మరియు పరిమితులతో: చేరే లింక్ మరియు కోడ్ ముద్రిస్తుంది, ప్రతి వరుసను తెరుస్తుంది, ఫెసిలిటేటర్ చర్యలను stdin లో JSON పంక్తులుగా తీసుకుంటుంది, SIGTERM, Ctrl+C లేదా stdin ముగింపుతో ముగుస్తుంది
cli-help-workshop-listen = పాల్గొనేవారు కనెక్ట్ అయ్యే చోటు: గది నెట్‌వర్క్ కోసం 0.0.0.0:PORT, ఈ కంప్యూటర్ మాత్రమే అయితే ఏదైనా ఖాళీ పోర్ట్‌పై 127.0.0.1:0
cli-help-workshop-author = ఫెసిలిటేటర్ పేరు (కేటాయించబడింది: ఏ పాల్గొనేవారూ ఈ పేరుతో చేరలేరు)

cli-help-bench = పనితీరు గణాంకాలు (`journey bench store --help` చూడండి)
cli-help-bench-workshop = ఈ కంప్యూటర్‌పై నిజమైన వర్క్‌షాప్ సెషన్‌లో అనుకరించిన పాల్గొనేవారు, నమూనాపై మరియు సృష్టించిన ప్రయాణంపై, చిన్న మార్పులతో మరియు పాత పూర్తి స్నాప్‌షాట్‌లతో: పంపిన మరియు నిల్వైన కార్డులు మరియు చుక్కలు, ఒక్కో ప్రసారానికి బైట్‌లు, కార్డు పంపినప్పటి నుండి కనిపించే వరకు సమయం. ఒక పట్టిక, తర్వాత ఒక JSON పంక్తి
cli-help-bench-workshop-participants = ఎంతమంది పాల్గొనేవారిని అనుకరించాలి
cli-help-bench-workshop-seconds = ఒక్కో రన్‌కు: ప్రతి ప్రయాణం ఒక్కో పంపిణీ విధానానికి ఒకసారి నడుస్తుంది
cli-help-bench-workshop-cards = నమూనా తర్వాత నడిచే సృష్టించిన ప్రయాణం కార్డులు (0: నమూనా మాత్రమే)
cli-help-bench-workshop-delivery = చిన్న మార్పులు (సెషన్లు పనిచేసే విధానం), ప్రతి మార్పు తర్వాత పూర్తి స్నాప్‌షాట్‌లు (ఇంతకు ముందు పనిచేసిన విధానం, పోలిక కోసం), లేదా ఒకే రన్‌లో రెండూ
cli-help-bench-sync = ఈ కంప్యూటర్‌పై టీమ్ సర్వర్ ద్వారా ఒక ప్రయాణాన్ని ప్రత్యక్షంగా సవరించే బృందం: చేసిన మార్పులు, ప్రతి ఇతర స్టూడియో చూసినవి, పోయినవి, అన్నీ ఒకటయ్యాయా, మరియు ఒక మార్పు నుండి ప్రతి స్టూడియోకి అందే వరకు సమయం. ఒక పట్టిక, తర్వాత ఒక JSON పంక్తి
cli-help-bench-sync-clients = ఒకేసారి ఎన్ని స్టూడియోలు సవరిస్తాయి
cli-help-bench-sync-seconds = అవి ఎన్ని సెకన్లు సవరిస్తాయి
cli-help-bench-sync-cards = అవి సవరించే ప్రయాణం కార్డులు
cli-help-bench-sync-seed = యాదృచ్ఛిక మార్పుల సీడ్
cli-help-bench-analyse = సృష్టించిన ప్రయాణాలకు పూర్తి విశ్లేషణ (`journey analyse`) సమయం, అదే రన్‌లో నమూనాతో పోల్చి. చివరగా ముద్రించే పంక్తి ఒక JSON వస్తువు
cli-help-bench-analyse-sizes = సృష్టించిన ప్రతి ప్రయాణం కార్డులు, కామాతో వేరుచేసి
cli-help-bench-export = సృష్టించిన ప్రయాణం యొక్క SVG, PNG మరియు PDF, మరియు 40,000 పిక్సెల్ వెడల్పు మ్యాప్ యొక్క PNG, అదే రన్‌లో 33 కార్డుల నమూనాతో పోల్చి. చివరగా ముద్రించే పంక్తి ఒక JSON వస్తువు
cli-help-bench-export-cards = సృష్టించిన ప్రయాణం కార్డులు
cli-help-bench-export-wide-stages = వెడల్పు మ్యాప్ దశలు (ఒక్కొక్కటి 236 పిక్సెల్‌లు)
cli-help-bench-export-keep = ఎగుమతి చేసిన ఫైళ్లను ఈ (ఉన్న) ఫోల్డర్‌లో ఉంచు
cli-help-bench-store = పెరుగుతున్న పరిమాణం గల ప్రయాణాలకు సవరణ మరియు తెరిచే సమయాలు, అన్నింటినీ మళ్లీ వ్రాసే పద్ధతితో పోల్చి. చివరగా ముద్రించే పంక్తి ఒక JSON వస్తువు
cli-help-bench-store-sizes = ప్రతి ప్రయాణం కార్డులు, కామాతో వేరుచేసి
cli-help-bench-store-edits = ఒక్కో పరిమాణానికి సమయం కొలిచే మార్పులు
cli-help-bench-store-seed = యాదృచ్ఛిక మార్పుల సీడ్
cli-help-bench-store-keep = బెంచ్‌మార్క్ ఫైళ్లను ఈ (ఉన్న, ఖాళీ) ఫోల్డర్‌లో వ్రాసి ఉంచు
