# Why something the window asked for was refused: the ApiError a command answers (its `id`
# and `args`, crates/journey-api/src/errors.rs and the shell's ApiError::said). Each code of
# ErrorCode has `error-<code>`; a code with several sentences has more precise ones beside it.
# Arguments such as { $detail } and { $reason } are the program's own words, in English.

## Editing (journey-core's EditError)
error-not-found = { $what ->
    [card] ఈ కార్డు
    [stage] ఈ దశ
    [lane] ఈ వరుస
    [persona] ఈ పర్సోనా
    [flow] దశల మధ్య ఈ అనుసంధానం
    [pain-point] ఈ పెయిన్ పాయింట్
   *[other] ఈ మార్పు సూచించేది
  } ఇప్పుడు లేదు (తొలగించబడి ఉండవచ్చు).
error-duplicate-id = ఈ గుర్తింపుతో { $what ->
    [card] ఒక కార్డు
    [stage] ఒక దశ
    [lane] ఒక వరుస
    [persona] ఒక పర్సోనా
    [flow] దశల మధ్య ఒక అనుసంధానం
   *[other] ఒకటి
  } ఇప్పటికే ఉంది.
error-invalid-graph = దశలను ఈ విధంగా అనుసంధానించలేము.
error-invalid-value = ఈ విలువ అంగీకరించబడలేదు.
error-too-long = { $field }: ఈ పాఠ్యం { $length } అక్షరాల పొడవు; పరిమితి { $max }.

## What is wrong with a refused value (journey-core's Problem). { $field } names the value in
## the window's words: whoever formats the sentence first replaces the field's id by its own
## message, field-<id> (journey-api's ApiError::sentence, the page's l.error).
error-value-empty = { $field }: దీన్ని ఖాళీగా వదలకూడదు.
error-value-out-of-range = { $field }: { $min } నుండి { $max } లోపు ఎంచుకోండి, { $value } కాదు.
error-value-not-between = { $field }: విలువ { $min } మరియు { $max } మధ్య ఉండాలి.
error-value-not-finite = { $field }: విలువ ఒక సంఖ్య అయి ఉండాలి.
error-value-not-a-colour = { $field }: "{ $value }" రంగు కాదు; # తర్వాత ఆరు హెక్స్ అంకెలతో రాయండి, ఉదాహరణకు #3366cc.
error-scale-inverted = { $field }: అత్యల్ప మెట్టు ({ $min }) అత్యధిక మెట్టు ({ $max }) కంటే తక్కువగా ఉండాలి.
error-scale-too-wide = { $field }: ఒక స్కేలులో గరిష్ఠంగా { $max } మెట్లు ఉంటాయి.
error-scale-step-outside = { $field }: పేరు ఇచ్చిన మెట్టు { $step } స్కేలు ({ $min } నుండి { $max }) బయట ఉంది.
error-score-outside-scale = { $field }: { $score } ఈ ప్రయాణం యొక్క భావోద్వేగ స్కేలు ({ $min } నుండి { $max }) బయట ఉంది.
error-scale-leaves-scores = { $field }: { $count ->
    [one] ఒక భావోద్వేగ స్కోరు { $min } నుండి { $max } పరిధి బయట ఉంది
   *[other] { $count } భావోద్వేగ స్కోర్లు { $min } నుండి { $max } పరిధి బయట ఉన్నాయి
  }; ముందు వాటిని మార్చండి.
error-persona-too-many-entries = ఒక పర్సోనాకు లక్ష్యాలు, అవసరాలు, నిరాశలు ఒక్కో రకంలో గరిష్ఠంగా { $max } ఉండవచ్చు.
error-answers-only-pain-points = ఒక అవకాశం పెయిన్ పాయింట్లకు మాత్రమే సమాధానం ఇవ్వగలదు.
error-journey-too-large = ఈ ప్రయాణంలో { $count } { $what ->
    [stages] దశలు
    [lanes] వరుసలు
    [personas] పర్సోనాలు
   *[cards] కార్డులు
  } ఉన్నాయి; పరిమితి { $max }.
error-journey-full = { $field }: ఒక ప్రయాణంలో గరిష్ఠంగా { $max } ఉండవచ్చు.
error-card-use-a-move = కార్డు స్థానం మార్చడానికి దాన్ని తరలించండి.
error-pain-point-answered = ఈ పెయిన్ పాయింట్‌కు అవకాశాలు సమాధానం ఇస్తున్నాయి; ముందు వాటి అనుబంధాన్ని తొలగించండి.
error-card-already-kind = ఈ కార్డు ఇప్పటికే { $kind ->
    [touchpoint] టచ్‌పాయింట్
    [pain-point] పెయిన్ పాయింట్
    [opportunity] అవకాశం
    [note] గమనిక
   *[quote] ఉల్లేఖనం
  }.
error-ids-per-card = { $field }: ప్రతి కార్డుకు ఒక కొత్త గుర్తింపు ఇవ్వండి ({ $cards } కార్డులు, { $ids } గుర్తింపులు).
error-stage-move-range = ఒక దశ 1 నుండి { $max } స్థానాల వరకు కదులుతుంది; { $steps } ఆ పరిధి బయట ఉంది.
error-place-past-end = ఈ గడిలో ఇతర కార్డులు { $others } ఉన్నాయి, కాబట్టి స్థానం { $place } దాని చివరను దాటింది.
error-card-listed-twice = కార్డు { $card } రెండుసార్లు ఇవ్వబడింది.
error-no-cards-to-move = తరలించడానికి కనీసం ఒక కార్డును పేర్కొనండి.
error-lane-move-zero = వరుస కనీసం ఒక స్థానం కదలాలి.
error-lane-at-end = "{ $lane }" ఇప్పటికే { $end ->
    [first] మొదటి
   *[last] చివరి
  } వరుస.
error-lane-move-too-far = "{ $lane }" { $way ->
    [up] పైకి
   *[down] కిందికి
  } గరిష్ఠంగా { $room } స్థానాలు మాత్రమే కదలగలదు, { $steps } కాదు.
error-version-other-journey = ఈ సంస్కరణ మరో ప్రయాణానికి చెందినది.
error-version-not-rebuilt = ఈ సంస్కరణను ప్రస్తుత ప్రయాణం నుండి సరిగ్గా తిరిగి నిర్మించలేకపోయాము.

## Why the stage graph refused a change (journey-core's GraphProblem); stages by their names.
error-stage-at-end = "{ $stage }" ఇప్పటికే { $end ->
    [first] మొదటి
   *[last] చివరి
  } దశ.
error-stages-not-in-line = "{ $a }", "{ $b }" తదుపరి ప్రవాహాల ఒకే సరళ వరుసలో లేవు, కాబట్టి ఇక్కడ వాటి స్థానాలు మార్చలేము; శాఖలను దశల గ్రాఫ్‌లో మార్చండి.
error-repeat-joins = ఒక పునరావృత లూప్ "{ $a }", "{ $b }"లను కలుపుతోంది; ముందు దాన్ని దశల గ్రాఫ్‌లో మార్చండి.
error-flow-to-itself = ఒక ప్రవాహం "{ $stage }" నుండి తిరిగి దానికే వెళ్లలేదు.
error-already-connected = "{ $from }" ఇప్పటికే "{ $to }"తో ఈ విధంగా అనుసంధానించబడింది.
error-repeat-not-back = పునరావృత లూప్ ముందటి దశకు తిరిగి వెళ్లాలి, కానీ "{ $to }" దశ "{ $from }" కంటే ముందు రాదు.
error-would-loop = "{ $to }" ఇప్పటికే "{ $from }"కు దారి తీస్తుంది; వెనక్కి వెళ్లడానికి బదులుగా పునరావృత లూప్ వాడండి.
error-rewire-kind = దశలను కదిలించినా ప్రతి ప్రవాహం రకం మారదు.
error-repeat-would-break = "{ $from }" నుండి "{ $to }"కు తిరిగి వెళ్లే పునరావృత లూప్ ఇక వెనక్కి వెళ్లదు; ముందు దాన్ని దశల గ్రాఫ్‌లో మార్చండి.
error-undo-needs-repair = ప్రయాణం ఇప్పుడున్న స్థితిలో దీన్ని రద్దు చేయలేము: { $detail }

## The values a refusal names (journey-core's Field, as field-<id>). The others are the
## inspector's own labels, in studio.ftl.
field-journey = కస్టమర్ ప్రయాణం
field-journey-name = ప్రయాణం పేరు
field-emotion-scale = భావోద్వేగ స్కేలు
field-emotion-name = భావోద్వేగం పేరు
field-nps = NPS
field-csat = CSAT
field-ces = CES
field-stages = దశలు
field-stage-name = దశ పేరు
field-stage-description = దశ వివరణ
field-stage-rank = దశ క్రమం
field-stage-move = దశ తరలింపు
field-flow-label = ప్రవాహం లేబుల్
field-lanes = వరుసలు
field-lane-name = వరుస పేరు
field-lane-rank = వరుస క్రమం
field-lane-colour = వరుస రంగు
field-lane-move = వరుస తరలింపు
field-personas = పర్సోనాలు
field-persona = పర్సోనా
field-persona-name = పర్సోనా పేరు
field-persona-role = పర్సోనా పాత్ర
field-persona-quote = పర్సోనా ఉల్లేఖనం
field-persona-entry = లక్ష్యం, అవసరం లేదా నిరాశ
field-persona-colour = పర్సోనా రంగు
field-cards = కార్డులు
field-card = కార్డు
field-card-kind = కార్డు రకం
field-card-text = కార్డు పాఠ్యం
field-card-author = కార్డు రచయిత
field-card-rank = కార్డు క్రమం
field-position = గడిలో స్థానం
field-duplicate = నకలు
field-paste = పేస్ట్
field-version = సంస్కరణ
field-version-name = సంస్కరణ పేరు
field-template-name = టెంప్లేట్ పేరు

## Opening and saving a workspace (journey-store's StoreError)
error-not-a-workspace = { $path } Journey Studio వర్క్‌స్పేస్ కాదు: { $reason }. Journey Studio తయారు చేసిన .journeys ఫైల్‌ను ఎంచుకోండి.
error-newer-version = { $path } ను Journey Studio కొత్త వెర్షన్ రాసింది (ఫైల్ ఫార్మాట్ { $found }; ఈ వెర్షన్ { $supported } వరకు చదువుతుంది). దాన్ని తెరవడానికి Journey Studio ను నవీకరించండి; ఫైల్ మారలేదు.
error-corrupt = { $path } దెబ్బతిన్నది ({ $detail }). అది మారలేదు; బ్యాకప్ లేదా కాపీ నుండి పునరుద్ధరించండి.
error-corrupt-row = నిల్వ చేసిన డేటాను చదవలేకపోయాము ({ $detail }); ఫైల్ దెబ్బతిన్న కాపీ నుండి వచ్చి ఉండవచ్చు.
error-locked = { $path } మరో Journey Studio విండో లేదా ప్రక్రియలో తెరిచి ఉంది. ముందుగా అక్కడ మూసివేయండి.
error-read-only = { $path } ను మార్చలేము: { $reason }. ఇంతకు ముందు సేవ్ చేసినదంతా సురక్షితం; సవరణ కొనసాగించడానికి ఫైల్‌ను రాయగలిగే ఫోల్డర్‌కు కాపీ చేయండి.
error-read-only-file = ఈ ఫైల్ లేదా దాని ఫోల్డర్ చదవడానికి మాత్రమే, కాబట్టి ఈ మార్పు సేవ్ కాలేదు. ఇంతకు ముందు సేవ్ చేసినదంతా సురక్షితం; సవరణ కొనసాగించడానికి ఫైల్‌ను రాయగలిగే ఫోల్డర్‌కు కాపీ చేయండి.
error-read-only-workshop = ఈ ఫైల్ చదవడానికి మాత్రమే: వర్క్‌షాప్ పాల్గొనేవారి కార్డులను ఇందులో రాయాలి.
error-disk-full = డిస్క్ నిండిపోయింది, కాబట్టి ఈ మార్పు సేవ్ కాలేదు. ఇంతకు ముందు సేవ్ చేసినదంతా సురక్షితం; కొంత స్థలం ఖాళీ చేసి మళ్లీ ప్రయత్నించండి.
error-missing = { $path } వద్ద ఫైల్ లేదు.
error-no-such-journey = ఈ వర్క్‌స్పేస్‌లో అలాంటి ప్రయాణం లేదు (తొలగించబడి ఉండవచ్చు).
error-no-such-version = ఈ ప్రయాణానికి అలాంటి వెర్షన్ లేదు (తొలగించబడి ఉండవచ్చు).
error-stale = ఈ వీక్షణ గీసిన తర్వాత ప్రయాణం మారింది; మళ్లీ లోడ్ చేసి ప్రయత్నించండి.
error-nothing-to-do = { $what ->
    [undo] రద్దు చేయడానికి ఏమీ లేదు.
    [redo] మళ్లీ చేయడానికి ఏమీ లేదు.
    [restore] ప్రయాణం ఇప్పటికే ఈ వెర్షన్‌తో సరిపోలుతోంది.
   *[other] చేయడానికి ఏమీ లేదు.
  }
error-io = { $path } ను చదవలేకపోయాము లేదా రాయలేకపోయాము: { $detail }
error-storage = నిల్వ లోపం: { $detail }
error-unrelated-copy = { $path } ఈ వర్క్‌స్పేస్ కాపీ కాదు, కాబట్టి విలీనం చేయడానికి ఏమీ లేదు; అది మారలేదు. దాని ప్రయాణాలను తీసుకురావడానికి ఫైల్ > దిగుమతిని ఉపయోగించండి.
error-unrelated-remote = సహచరుడి ప్రయాణం మీ ప్రయాణంతో గుర్తింపును మాత్రమే పంచుకుంటుంది: రెండింటికీ ఉమ్మడి చరిత్ర లేదు, కాబట్టి మీదాన్ని అలాగే ఉంచాము.
error-bad-remote = సహచరుడి నుండి వచ్చినదాన్ని తీసుకోలేకపోయాము ({ $detail }); మీదేమీ మారలేదు, దాన్ని మళ్లీ అడుగుతాము.

## Sharing, joining and syncing (journey-sync)
error-unreachable = { $server } వద్ద బృంద సర్వర్ అందుబాటులో లేదు ({ $detail }). మీరు ఆఫ్‌లైన్‌లో పని చేస్తున్నారు: మీ మార్పులు ఉంచబడతాయి, సర్వర్ తిరిగి వచ్చినప్పుడు పంపబడతాయి.
error-wrong-secret = బృంద సర్వర్ ఈ వర్క్‌స్పేస్ రహస్యాన్ని తిరస్కరించింది: ఆహ్వానం తప్పు, లేదా మరో సర్వర్ కోసం తయారైంది. ఆహ్వానాన్ని మళ్లీ అడగండి.
error-revoked = వర్క్‌స్పేస్ యజమాని ఈ ఆహ్వానాన్ని రద్దు చేశారు (దాని రహస్యం మారింది). కొత్త ఆహ్వానం కోసం వారిని అడగండి.
error-unknown-workspace = బృంద సర్వర్‌లో ఈ వర్క్‌స్పేస్ లేదు. ముందుగా దాని యజమాని అక్కడ పంచుకోవాలి (ఈ వర్క్‌స్పేస్‌ను పంచుకోండి…, లేదా journey share).
error-newer-needed = బృంద సర్వర్‌కు Journey Studio కొత్త వెర్షన్ అవసరం. దానితో సింక్ చేయడానికి Journey Studio ను నవీకరించండి; అప్పటివరకు మీ పని ఈ కంప్యూటర్‌లోనే ఉంటుంది.
error-certificate = సర్వర్ సర్టిఫికేట్ ఆహ్వానం పేర్కొన్నది కాదు, కాబట్టి ఏమీ పంపలేదు: సర్వర్ మళ్లీ ఏర్పాటు చేయబడింది, లేదా మధ్యలో ఎవరో ఉన్నారు. కొత్త ఆహ్వానం అడగండి.
error-certificate-room = { $address } వద్ద గది సర్టిఫికేట్ దాని ఆహ్వానం పేర్కొన్నది కాదు: నెట్‌వర్క్‌లో మధ్యలో ఎవరో ఉన్నారు. దేనిలోనూ చేరలేదు; ఆహ్వానాన్నే హోస్ట్‌ను అడగండి.
error-refused = బృంద సర్వర్ కనెక్షన్‌ను తిరస్కరించింది ({ $detail }).
error-bad-invitation = ఇది Journey Studio ఆహ్వానం కాదు: ఆహ్వానం “journey-invite:” తో మొదలయ్యే ఒక పంక్తి. దాన్ని మళ్లీ అడిగి పూర్తిగా అతికించండి.
error-bad-invitation-damaged = ఈ ఆహ్వానం దెబ్బతిన్నది ({ $detail }): దానిలో కొంత భాగం లేకపోవచ్చు. దాన్ని మళ్లీ అడిగి పూర్తిగా అతికించండి.
error-bad-invitation-newer = ఈ ఆహ్వానాన్ని Journey Studio కొత్త వెర్షన్ తయారు చేసింది (ఆహ్వాన ఫార్మాట్ { $version }). చేరడానికి Journey Studio ను నవీకరించండి.
error-bad-invitation-server = ఈ ఆహ్వానంలోని సర్వర్ చిరునామా { $server } ఉపయోగించలేము: { $detail }
error-timeout = సింక్ { $seconds } సెకన్లలో పూర్తి కాలేదు: { $detail }. పంపినది ఉంచబడింది; మళ్లీ నడపండి.
error-not-shared = ఈ వర్క్‌స్పేస్ పంచుకోబడలేదు: ముందుగా పంచుకోండి (ఈ వర్క్‌స్పేస్‌ను పంచుకోండి…, లేదా journey share).
error-io-sync = సింక్ ప్రారంభించలేకపోయాము: { $detail }
error-join-exists = { $path } ఇప్పటికే ఉంది; కొత్త ఫైల్‌లో చేరండి.

## Joining a room by its address and code (journey-sync's RoomError)
error-bad-address = “{ $address }” చిరునామా కాదు: హోస్ట్ గది చూపినట్లు టైప్ చేయండి, ఉదాహరణకు 192.168.1.20:48213.
error-bad-code = గది కోడ్ 8 అక్షరాలు, అంకెలు, హోస్ట్ గది చూపినట్లు (ఉదాహరణకు K7PQ-2MXR); “{ $typed }” కోడ్ కాదు.
error-no-room = { $address } వద్ద ఏ గదీ స్పందించడం లేదు ({ $detail }). హోస్ట్ చూపే చిరునామాను, హోస్ట్ గది ఇంకా తెరిచి ఉందో లేదో, మీరు అదే నెట్‌వర్క్‌లో ఉన్నారో లేదో తనిఖీ చేయండి.
error-wrong-code = ఆ కోడ్ { $address } వద్ద గదిని తెరవదు. హోస్ట్ చూపే కోడ్‌ను తనిఖీ చేసి మళ్లీ టైప్ చేయండి.
error-too-many-attempts = { $address } వద్ద గదికి కోడ్‌తో చాలా ఎక్కువ ప్రయత్నాలు జరిగాయి. { $seconds } సెకన్లు ఆగి మళ్లీ ప్రయత్నించండి, లేదా ఆహ్వానాన్నే హోస్ట్‌ను అడగండి.
error-not-a-room = { $address } వద్ద స్టూడియో స్పందించింది, కానీ సహచరులను చేర్చుకునే గదిలా కాదు ({ $detail }).

## The shell's own refusals (src-tauri)
error-invalid-input = { $what } చెల్లదు: { $detail }
error-invalid-export = ఎగుమతి అమరికలు చెల్లవు: { $detail }
error-invalid-template = ఈ టెంప్లేట్‌ను ఉపయోగించలేకపోయాము: { $detail }
error-io-error = ఫైల్‌ను చదవలేకపోయాము లేదా రాయలేకపోయాము: { $detail }
error-io-error-settings = యాప్ సెట్టింగ్‌ల ఫోల్డర్ అందుబాటులో లేదు.
error-io-error-no-log-folder = లాగ్ ఫోల్డర్ అందుబాటులో లేదు.
error-io-error-log-folder = లాగ్ ఫోల్డర్ { $path } ను తెరవలేకపోయాము: { $detail }
error-io-error-export = ఎగుమతిని రాయలేకపోయాము: { $detail }. మరో ఫోల్డర్‌ను ఎంచుకోండి, లేదా కొంత స్థలం ఖాళీ చేయండి.
error-io-error-read = { $name } ను చదవలేకపోయాము: { $detail }
error-no-workspace = ఏ వర్క్‌స్పేస్ తెరిచి లేదు. ఫైల్ > తెరువు లేదా ఫైల్ > కొత్తది ఉపయోగించండి.
error-window-failed = కొత్త విండోను తెరవలేకపోయాము: { $detail }
error-busy = మరొకటి ఇంకా నడుస్తోంది; దాని కోసం ఆగి మళ్లీ ప్రయత్నించండి.
error-busy-workshop = ఒక సెషన్ ఇప్పటికే నడుస్తోంది; ముందుగా దాన్ని ముగించండి.
error-busy-workshop-elsewhere = మరో విండోలో ఒక సెషన్ ఇప్పటికే నడుస్తోంది; ముందుగా అక్కడ ముగించండి.
error-busy-merge = కాపీని విలీనం చేసే ముందు వర్క్‌షాప్ సెషన్‌ను ముగించండి: విలీనం తెచ్చేదాన్ని దాని పాల్గొనేవారు చూడలేరు.
error-workshop-failed = సెషన్ ప్రారంభం కాలేదు: { $detail }
error-no-session = ఏ సెషన్ నడవడం లేదు.
error-cancelled = ఎగుమతి రద్దు చేయబడింది; ఏ ఫైల్ రాయబడలేదు.
error-too-large = ఈ చిత్రం చాలా పెద్దదవుతుంది: { $detail }
error-export-failed = మ్యాప్‌ను ఎగుమతి చేయలేకపోయాము: { $detail }
error-import-failed = { $name }: { $detail }. ఏమీ దిగుమతి కాలేదు.
error-import-format = { $name }: .json, .csv, .mmd, .ojf, .xlsx, .svg లేదా .html ఫైల్‌ను ఎంచుకోండి.
error-internal = Journey Studio లోపల ఏదో తప్పు జరిగింది: { $detail }
error-crashed = Journey Studio కు అంతర్గత లోపం ఎదురైంది.

## The facilitator's workshop actions refused (the Workshop panel)
error-workshop-dots = ప్రతి ఒక్కరికీ 1 నుండి { $max } చుక్కలు ఇవ్వండి.
error-workshop-timer = టైమర్‌ను కొన్ని సెకన్ల నుండి 4 గంటల మధ్య అమర్చండి.
error-workshop-no-participant = ఆ పాల్గొనేవారు సెషన్‌లో లేరు.
error-workshop-action = వర్క్‌షాప్ దాన్ని చేయలేకపోయింది: { $detail }

## Importing (journey-export's ImportError): where in the file, then what is wrong there.
## { $detail } is the message below it, already said; { $path }, { $sheet }, { $header },
## { $value } and { $name } are the file's own words. The CSV column names (journey, stage,
## emotion…) and the words a cell accepts ({ $words }, { $names }) are the format's.
error-import-at-line = పంక్తి { $line }: { $detail }
error-import-at-line-column = పంక్తి { $line }, నిలువు వరుస { $column }: { $detail }
error-import-at-cell = షీట్ { $sheet }, అడ్డు వరుస { $row }, నిలువు వరుస { $column } ({ $header }): { $detail }
error-import-at-row-header = షీట్ { $sheet }, అడ్డు వరుస { $row } ({ $header }): { $detail }
error-import-at-sheet-row = షీట్ { $sheet }, అడ్డు వరుస { $row }: { $detail }
error-import-at-sheet = షీట్ { $sheet }: { $detail }
error-import-at-path = { $path }: { $detail }
# A detail that has no message of its own yet (the program's words, in English).
error-import-detail = { $detail }
error-import-wrong-format = ఇది Journey Studio JSON పత్రం కాదు (దీని ఫార్మాట్ "{ $format }")
error-import-newer-version = పత్రం ఫార్మాట్ వెర్షన్ { $found }; ఈ వెర్షన్ { $supported } వరకే చదువుతుంది
error-import-not-utf8 = ఫైలు UTF-8 పాఠ్యం కాదు (బైట్ { $byte } కాదు)
error-import-no-journey = ఫైలులో ఏ ప్రయాణమూ లేదు
error-import-journey-refused = ప్రయాణం "{ $name }": { $detail }
error-import-json-cut-off = ఫైలు దాని JSON పూర్తి కాకముందే ముగుస్తుంది (అది కత్తిరించబడి ఉండవచ్చు)
error-import-not-json = ఇది సరైన JSON కాదు: { $detail }
error-import-not-ojf-json = ఇది సరైన OpenJourney JSON కాదు: { $detail }
error-import-svg-malformed = ఈ SVG సరిగా నిర్మించబడలేదు: { $detail }
error-import-svg-no-journey = ఈ SVGలో ప్రయాణం లేదు (Journey Studio ఎగుమతి చేసిన SVGనే దిగుమతి చేయగలం)
error-import-html-no-journey = ఈ HTMLలో ప్రయాణం లేదు (Journey Studio ఎగుమతి చేసిన HTMLనే దిగుమతి చేయగలం)
error-import-found-null = ఖాళీ విలువ (null)
error-import-found-bool = నిజం లేదా అబద్ధం (true లేదా false)
error-import-found-number = ఒక సంఖ్య
error-import-found-text = పాఠ్యం
error-import-found-list = ఒక జాబితా
error-import-found-object = ఒక వస్తువు
error-import-expected = { $expected } ఆశించాం, కానీ { $found } దొరికింది
error-import-ojf-not-object = OpenJourney పత్రం ఒక వస్తువు కావాలి, { $found } కాదు
error-import-ojf-missing = లేదు: OpenJourney ఫైలు తన దశలను, వరుసలను జాబితా చేస్తుంది (అవి లేని ఫైలును Ptolemy కూడా తిరస్కరిస్తుంది)
error-import-ojf-score-kind = స్కోరు ఒక సంఖ్య, { $found } కాదు
error-import-ojf-tag-kind = ట్యాగు పాఠ్యం, { $found } కాదు
error-import-ojf-blueprint-kind = బ్లూప్రింట్ అంశం ఒక వస్తువు లేదా పాఠ్యం, { $found } కాదు
error-import-ojf-score-outside = { $score } స్కోరు OJF ఫైళ్లు వాడే రెండు స్కేళ్లకూ బయట ఉంది (నిర్దేశంలో -5..+5, Ptolemy అవసరాలలో 0..10)
error-import-ojf-scales-mixed = { $score } స్కోరుకు 0..10 స్కేలు కావాలి, కానీ { $other } విలువ { $otherScore }, దానికి -5..+5 కావాలి: ఫైలు రెండు స్కేళ్లను కలిపింది
error-import-ojf-score-exported = { $score } స్కోరు -5..+5కు బయట ఉంది, Journey Studio ఈ ఫైలు స్కోర్లను రాసిన స్కేలు అదే
error-import-not-a-number = "{ $value }" సంఖ్య కాదు
error-import-not-whole-from-to = { $value } అనేది { $min } నుండి { $max } వరకు పూర్ణ సంఖ్య కాదు
error-import-not-one-of = "{ $value }" వీటిలో ఒకటి కాదు: { $words }
error-import-needs-name = { $what ->
    [journey] ప్రయాణానికి పేరు కావాలి
    [stage] దశకు పేరు కావాలి
    [lane] వరుసకు పేరు కావాలి
   *[persona] పర్సోనాకు పేరు కావాలి
  }
error-import-emotion-needs-score = పేరున్న భావోద్వేగానికి స్కోరు కావాలి
error-import-outside-scale = { $score } స్కేలు { $min }..{ $max }కు బయట ఉంది
error-import-xlsx-not-workbook = ఇది చదవగలిగే Excel వర్క్‌బుక్ (.xlsx) కాదు: { $detail }
error-import-xlsx-damaged = ఈ వర్క్‌బుక్ దెబ్బతింది: దానిలోని ఒక గడి సూచికను చదవలేం
error-import-xlsx-missing-sheet = లేదు (Journey Studio వర్క్‌బుక్‌లో Journey, Stages, Lanes, Cards షీట్లు ఉంటాయి)
error-import-xlsx-not-ours = "Workbook" అడ్డు వరుస లేదు: ఈ వర్క్‌బుక్‌ను Journey Studio ఎగుమతి చేయలేదు
error-import-xlsx-layout = "{ $found }" ఈ వెర్షన్ చదివే వర్క్‌బుక్ అమరిక కాదు (ఇది "{ $reads }" చదువుతుంది)
error-import-xlsx-sheet-unreadable = చదవలేం: { $detail }
error-import-xlsx-no-header = శీర్షికల అడ్డు వరుస లేదు (షీట్ అడ్డు వరుస { $start } వద్ద మొదలవుతుంది)
error-import-xlsx-no-column = "{ $header }" నిలువు వరుస లేదు (దాని శీర్షిక మార్చబడింది లేదా నిలువు వరుస తొలగించబడింది)
error-import-xlsx-needs-whole = "{ $field }"కు పూర్ణ సంఖ్య కావాలి
error-import-xlsx-scale-step = { $value } స్కేలులో పూర్ణ మెట్టు కాదు
error-import-xlsx-scale-name = "{ $value }" ఒక మెట్టు, దాని పేరు కాదు, "-3 కోపం" లాగా
error-import-xlsx-persona-score = "{ $value }" ఒక పర్సోనా, స్కోరు కాదు, "అనా: 2" లాగా
error-import-xlsx-name-twice = { $sheet } షీట్‌లో { $what ->
    [stage] రెండు దశలకు
    [lane] రెండు వరుసలకు
    [persona] రెండు పర్సోనాలకు
   *[pain-point] రెండు పెయిన్ పాయింట్లకు
  } "{ $name }" అనే పేరు ఉంది: ఒకదాని పేరు మార్చండి, లేదా దాని గుర్తింపు ఇవ్వండి
error-import-xlsx-name-empty = ఖాళీ: ప్రతి అడ్డు వరుసకు దాని { $what ->
    [stage] దశ
    [lane] వరుస
    [persona] పర్సోనా
   *[pain-point] పెయిన్ పాయింట్
  } కావాలి
error-import-xlsx-no-such = { $sheet } షీట్‌లో "{ $name }" అనే { $what ->
    [stage] దశ
    [lane] వరుస
    [persona] పర్సోనా
   *[pain-point] పెయిన్ పాయింట్
  } లేదు
error-import-not-csv = ఇది సరైన CSV కాదు: { $detail }
error-import-csv-header-unreadable = శీర్షికల అడ్డు వరుసను చదవలేం: { $detail }
error-import-csv-empty = ఫైలు ఖాళీగా ఉంది; ప్రయాణం CSV journey,stage,lane,kind,text వంటి శీర్షికల అడ్డు వరుసతో మొదలవుతుంది
error-import-csv-no-rows = ఫైలులో శీర్షికల అడ్డు వరుస ఉంది కానీ దాని కింద కార్డులు లేవు
error-import-csv-column-twice = శీర్షికలో "{ $column }" నిలువు వరుస రెండుసార్లు ఉంది
error-import-csv-no-column = శీర్షికలో "{ $column }" నిలువు వరుస లేదు; ప్రయాణం CSVకి journey, stage, lane, text కావాలి (దొరికినవి: { $found })
error-import-csv-cell-empty = "{ $column }" గడి ఖాళీగా ఉంది; ప్రతి అడ్డు వరుసకు ఒక ప్రయాణం, ఒక దశ, ఒక వరుస కావాలి
error-import-csv-not-whole = { $column } { $min } నుండి { $max } వరకు పూర్ణ సంఖ్య కావాలి, "{ $value }" కాదు
error-import-csv-out-of-range = { $column } { $min } నుండి { $max } వరకు ఉండాలి, { $value } కాదు
error-import-csv-unknown = తెలియని { $what ->
    [card-kind] కార్డు రకం
    [lane-kind] వరుస రకం
    [pillar] స్తంభం
   *[loyalty-pillar] విధేయత స్తంభం
  } "{ $value }" ({ $names })
error-import-csv-only-for = "{ $column }" { $owner ->
    [touchpoint] టచ్‌పాయింట్లకు
    [pain-point] పెయిన్ పాయింట్లకు
    [opportunity] అవకాశాలకు
   *[quote] ఉల్లేఖనాలకు
  } మాత్రమే, కానీ ఈ కార్డు { $kind }
error-import-csv-true-false = { $column } true లేదా false కావాలి, "{ $value }" కాదు
error-import-csv-emotion-name = "{ $name }" భావోద్వేగ పేరుకు "{ $column }" నిలువు వరుసలో స్కోరు కావాలి
error-import-csv-phase-differs = "{ $stage }" దశ పంక్తి { $line }లో "{ $was }" దశ రకంలో ఉంది, కానీ ఇక్కడ "{ $now }"లో
error-import-csv-lane-kind-differs = "{ $lane }" వరుస పంక్తి { $line }లో { $was } రకం, కానీ ఇక్కడ { $now } రకం
error-import-csv-answers = అవకాశం "{ $text }"కు సమాధానం ఇస్తుంది, కానీ "{ $journey }" ప్రయాణంలో ఆ పాఠ్యం ఉన్న పెయిన్ పాయింట్ లేదు
error-import-lucid-columns = Lucidchart CSVలో Id, Name నిలువు వరుసలు ఉంటాయి
error-import-lucid-no-id = అడ్డు వరుసకు Id లేదు
error-import-lucid-same-id = Id { $id } ముందున్న అడ్డు వరుసలో కూడా ఉంది
error-import-lucid-no-container = Contained By { $id }ను సూచిస్తుంది, కానీ ఏ అడ్డు వరుసకూ ఆ Id లేదు
error-import-lucid-no-shapes = ఫైలులో ఆకారాలు లేవు (పేజీలు లేదా గీతలు మాత్రమే)
error-import-mermaid-front-matter = ఇక్కడ మొదలయ్యే ముందుమాట ఎప్పుడూ "---"తో మూయబడలేదు
error-import-mermaid-not-journey = Mermaid ప్రయాణం "journey"తో మొదలవుతుంది
error-import-mermaid-empty = Mermaid ప్రయాణం "journey"తో మొదలవుతుంది; ఈ ఫైలులో ఇంకేమీ లేదు
error-import-mermaid-section-name = విభాగానికి పేరు కావాలి, "section చెల్లింపు" లాగా
error-import-mermaid-journey-again = "journey" మొదటి పంక్తిలో మాత్రమే ఉండాలి
error-import-mermaid-actors = { $max } కంటే ఎక్కువ వేర్వేరు పాత్రధారులు; ప్రయాణం అంతకంటే ఎక్కువ పర్సోనాలను ఉంచదు
error-import-mermaid-task = పనికి "పాఠ్యం: స్కోరు" కావాలి, కానీ "{ $found }" దొరికింది
error-import-mermaid-task-first = ఒక పని ఏ విభాగం కంటే ముందే వచ్చింది
error-import-mermaid-score = స్కోరు 1 నుండి 5 వరకు ఉండాలి, { $score } కాదు
# The core's names of the fields a file fills ({ $name }: any other, as the core writes it).
error-import-field = { $field ->
    [card-text] కార్డు పాఠ్యం
    [journey-name] ప్రయాణం పేరు
    [stage-name] దశ పేరు
    [lane-name] వరుస పేరు
    [persona-name] పర్సోనా పేరు
    [phase] దశ రకం
   *[other] { $name }
  }
error-import-too-long = { $field } { $length } అక్షరాల పొడవు; పరిమితి { $max }
error-import-empty = { $field }: ఖాళీగా ఉండకూడదు
