## Export labels
export-pillar-heading = కస్టమర్ అనుభవ స్తంభం

## Findings of the insights
finding-no-repeat-loop = పునరావృత లూప్ లేదు: కస్టమర్‌ను మళ్లీ మొదటికి తీసుకువచ్చేది ఏదీ లేదు (కనెక్టెడ్ స్ట్రాటజీ పునరావృతం).
finding-unreachable = “{ $stage }” దశను ప్రారంభం నుండి చేరుకోలేము.
finding-dead-end = “{ $stage }” దశ ముగింపు మార్గం: దాని నుండి ఏ ప్రవాహమూ ముందుకు వెళ్లదు.
finding-missing-phase = ఏ దశకూ { $phase } ట్యాగ్ లేదు.
finding-no-touchpoint = { $stages } లో ఇంకా టచ్‌పాయింట్ లేదు.
finding-worst-path = అధ్వాన్న మార్గం: { $route } (సగటు భావోద్వేగం { $mean }, కనిష్ఠం { $lowest }).
finding-negative-moment-of-truth = నిర్ణయాత్మక క్షణం { $score } గా అనిపించింది: “{ $stage }” లో { $card }.
finding-largest-drop = అతిపెద్ద పతనం: { $fromCard } నుండి { $toCard } కు { $from } → { $to }.
finding-peak-end = శిఖరం-ముగింపు: అత్యంత తీవ్రమైన క్షణం { $peakCard } వద్ద { $peak }, ప్రయాణం { $end } ({ $endCard }) తో ముగుస్తుంది; కస్టమర్లు సుమారు { $remembered } గుర్తుంచుకుంటారు.
finding-top-pain = ప్రధాన ఇబ్బంది: “{ $stage }” లో { $card } (తీవ్రత { $severity } × తరచుదనం { $frequency } = { $weight }).
finding-unanswered-pains = { $count ->
    [one] { $count } పెయిన్ పాయింట్‌కు ఏ అవకాశమూ సమాధానం ఇవ్వదు.
   *[other] { $count } పెయిన్ పాయింట్లకు ఏ అవకాశమూ సమాధానం ఇవ్వదు.
}
finding-quick-wins = త్వరిత విజయాలు (ఎక్కువ విలువ, తక్కువ శ్రమ): { $cards }.
finding-pillar-hotspot = ఎక్కువగా బాధించేది: “{ $stage }” లో { $pillar } (ఇబ్బంది తీవ్రత { $severity }).
finding-empty-loyalty-pillars = { $pillars } పై ఏ అవకాశమూ నిర్మించబడలేదు.
finding-channel-switches = { $count ->
    [one] { $count } ఛానల్ మార్పు: { $hops }.
   *[other] { $count } ఛానల్ మార్పులు: { $hops }.
}
finding-friction = { $stages } లో { $kind }.
finding-persona-gap = { $card } వద్ద { $a } మరియు { $b } ఎక్కువగా భిన్నంగా ఉన్నారు ({ $aScore } vs { $bScore }).

## The map (SVG, PNG, PDF and the HTML page draw it): labels on it beside the user's own text.
export-goal-persona = { $goal }  ·  పర్సోనా: { $persona }
export-line-of-visibility = దృశ్యరేఖ
export-repeat-flow = పునరావృతం: { $label }
export-stages-heading = దశలు
export-lanes-heading = వరుసలు
export-pain-weight = తీ{ $severity } × త{ $frequency } = { $weight }
export-value-effort = విలువ { $value } · శ్రమ { $effort }
export-answers-pains = { $count ->
    [one] { $count } పెయిన్ పాయింట్‌కు సమాధానం
   *[other] { $count } పెయిన్ పాయింట్లకు సమాధానం
}
export-legend-persona = పర్సోనా
export-legend-journey = ప్రయాణం

## The HTML page's own controls (around the map).
export-html-zoom-out = జూమ్ అవుట్
export-html-zoom-in = జూమ్ ఇన్
export-html-fit = సరిపెట్టు
export-html-insights = అంతర్దృష్టులు
export-html-hint = జరపడానికి లాగండి లేదా స్క్రోల్ చేయండి · జూమ్ కోసం Ctrl+స్క్రోల్ లేదా + / − · F సరిపెడుతుంది
export-html-map = కస్టమర్ ప్రయాణ మ్యాప్
export-heatmap-title = దశ మరియు కస్టమర్ అనుభవ స్తంభం వారీగా ఇబ్బందుల తీవ్రత

## Tiled PDF pages.
export-pdf-tile = వరుస { $row }, నిలువు వరుస { $column } · పేజీ { $page } / { $total } · { $paper } · అతివ్యాప్తి { $overlap } మి.మీ.
export-pdf-tab = పే. { $page }
export-pdf-overview = సారాంశం · { $columns } x { $rows } { $paper } పేజీలు (మొత్తం { $count }, వరుస వారీగా) · అసలు పరిమాణంలో మ్యాప్ { $width } x { $height } మి.మీ.

## The Markdown report.
export-md-goal = లక్ష్యం
export-md-summary = { $stages } దశలు · { $cards } కార్డులు · భావోద్వేగ స్కేలు { $min } నుండి { $max } వరకు
export-md-personas = పర్సోనాలు
export-md-goals = లక్ష్యాలు
export-md-needs = అవసరాలు
export-md-frustrations = నిరాశలు
export-md-in-their-words = వారి మాటల్లో
export-md-insights = అంతర్దృష్టులు
export-md-stages = దశలు
export-md-no-cards = ఇంకా కార్డులు లేవు.
export-md-empty-card = (ఖాళీ కార్డు)
export-md-votes = { $count ->
    [one] { $count } ఓటు
   *[other] { $count } ఓట్లు
}
export-md-by = రాసినవారు { $author }
export-md-feels = భావోద్వేగం { $score } { $emotion }
export-md-sacrifice = కస్టమర్ త్యాగం
export-md-wanted-accepted = కోరింది { $wanted }, అంగీకరించింది { $accepted }
export-md-pain-weight = తీవ్రత { $severity } × తరచుదనం { $frequency } = { $weight }
export-md-value-effort = విలువ { $value }, శ్రమ { $effort }
export-md-owner = బాధ్యులు { $owner }
export-md-emotion-title = ప్రయాణం పొడవునా భావోద్వేగం
export-md-average-label = సగటు
export-md-average = { $count } టచ్‌పాయింట్లపై { $mean }
export-md-lowest = కనిష్ఠం
export-md-highest = గరిష్ఠం
export-md-end = ముగింపు
export-md-largest-drop = అతిపెద్ద పతనం
export-md-at-stage = “{ $card }” వద్ద { $score } ({ $stage })
export-md-at = “{ $card }” వద్ద { $score }
export-md-drop = “{ $fromCard }” నుండి “{ $toCard }” కు { $from } → { $to }
export-md-pains-title = ప్రాధాన్యత ప్రకారం పెయిన్ పాయింట్లు (తీవ్రత × తరచుదనం)
export-md-nothing-yet = ఇంకా ఏదీ లేదు
export-md-opportunities = అవకాశాలు
export-col-stage = దశ
export-col-score = స్కోరు
export-col-emotion = భావోద్వేగం
export-col-rank = స్థానం
export-col-severity = తీవ్రత
export-col-frequency = తరచుదనం
export-col-weight = తీ×త
export-col-pillar = స్తంభం
export-col-answered-by = సమాధానం ఇచ్చేవి
export-col-value = విలువ
export-col-effort = శ్రమ
export-col-loyalty-pillar = లాయల్టీ స్తంభం
export-col-answers = సమాధానాలు

## What the app says when an export cannot start (the native save dialog and the shell).
error-export-busy = మరో ఎగుమతి ఇంకా జరుగుతోంది; అది ముగిసే వరకు ఆగండి లేదా రద్దు చేయండి.

## The command line (`journey`).
cli-created = { $path } సృష్టించబడింది
cli-note = గమనిక: { $file }: { $note }
cli-error = journey: { $message }
cli-unknown-language = “{ $code }” కు సందేశ కేటలాగ్ లేదు (భాషలు: { $languages })
cli-unknown-template = తెలియని టెంప్లేట్ “{ $id }” (`journey templates` చూడండి)
cli-edit-invalid = ఈ మార్పు చెల్లదు: { $reason }
cli-give-format-export = --format ఇవ్వండి, లేదా తెలిసిన పొడిగింపుతో అవుట్‌పుట్ ఫైల్ పేరు ఇవ్వండి
cli-give-format-import = --format ఇవ్వండి, లేదా .json, .csv, .mmd, .svg, .html, .ojf లేదా .xlsx తో ముగిసే ఇన్‌పుట్ ఫైల్ పేరు ఇవ్వండి
cli-unknown-import-format = తెలియని ఫార్మాట్ “{ $format }” (json, csv, mermaid, svg, html, ojf, xlsx, lucid)
cli-cannot-read = { $file } ను చదవలేకపోయాం: { $reason }
cli-validate = { $file }: { $count } ప్రయాణాలు, సమగ్రత తనిఖీ { $verdict }
cli-show-title = { $name } (సవరణ { $revision })
cli-merge-nothing-new = కొత్తది ఏదీ లేదు: { $theirs } లోని ప్రతి మార్పు { $ours } లో ఇప్పటికే ఉంది
cli-merge-added = పూర్తిగా వచ్చింది
cli-merge-removed = కాపీలో తొలగించబడింది, కాబట్టి ఇక్కడ కూడా
cli-merge-kept-apart = కాపీలోని ప్రయాణంతో గుర్తింపు మాత్రమే ఒకటే; అలాగే ఉంచాం (రెండూ కావాలంటే కాపీలోని దాన్ని దిగుమతి చేయండి)
cli-merge-changes = { $authors } నుండి { $count } మార్పులు
cli-merge-needs-decision = నిర్ణయం అవసరం: { $sentence }
cli-analyse-findings = కనుగొన్నవి
cli-analyse-paths = మార్గాలు ({ $count })
cli-analyse-paths-more = మార్గాలు ({ $count }, మిగతావి చూపలేదు)
cli-analyse-worst-mean = అధ్వాన్న సగటు
cli-analyse-lowest-point = అత్యల్ప బిందువు
cli-analyse-best = ఉత్తమం
cli-analyse-mean = సగటు { $mean }, కనిష్ఠం { $min }
cli-analyse-no-scores = స్కోర్లు లేవు

## Import report: what a file held that did not come in as written (journey-export's notes,
## shown after File > Import… and printed by `journey import`). { $path }, { $name }, { $sheet },
## { $examples } and the like are the file's own words; OpenJourney's member names
## (journeyStudio, overrideEmotion, stageId, metadata.title…) are the format's and stay as they are.
export-import-number = { $n }
export-import-counted = { $what }: { $count } ({ $examples }{ $more ->
    [0] {""}
   *[other] , …
  }).
export-import-kind-touchpoint = టచ్‌పాయింట్
export-import-kind-pain-point = పెయిన్ పాయింట్
export-import-kind-opportunity = అవకాశం
export-import-kind-note = గమనిక
export-import-kind-quote = ఉల్లేఖనం
export-import-ojf-exact = Journey Studio ఎగుమతి చేసినట్టే సరిగ్గా చదవబడింది: ఫైలులోని OJF క్షేత్రాలు మారలేదు, కాబట్టి దాని journeyStudio సభ్యుడు మొత్తం ప్రయాణాన్ని కలిగి ఉంది.
export-import-ojf-changed = ఈ ఫైలును Journey Studio ఎగుమతి చేసింది, ఆ తర్వాత మార్చబడింది (దాని OJF క్షేత్రాలు ఎగుమతి చేసిన వాటికి భిన్నంగా ఉన్నాయి): దాని OJF క్షేత్రాల నుండి చదవబడింది; గుర్తింపులు, వరుసల రకాలు, OJFలో క్షేత్రం లేని వాటిని దాని journeyStudio సభ్యుడి నుండి తీసుకున్నాం.
export-import-ojf-read = OpenJourneyగా చదవబడింది: { $stages } దశలు, { $swimlanes } OJF వరుసలు, { $nodes } నోడ్‌లు కలిసి { $lanes } వరుసలు, { $cards } కార్డులు అయ్యాయి.
export-import-ojf-scale-0-10 = స్కేలు: 0..10 (Ptolemy అవసరాలు), ఎందుకంటే { $path } విలువ { $score }; స్కోర్లు రాసినట్టే ఉంచబడ్డాయి.
export-import-ojf-scale-negative = స్కేలు: -5..+5 (OJF నిర్దేశం), ఫైలులోని రుణాత్మక స్కోర్లు చెప్పినట్టు; స్కోర్లు రాసినట్టే ఉంచబడ్డాయి.
export-import-ojf-scale-no-scores = స్కేలు: -5..+5 (OJF నిర్దేశం); ఫైలులో స్కోర్లు లేవు.
export-import-ojf-scale-assumed = స్కేలు -5..+5 (OJF నిర్దేశం) అని భావించాం: ప్రతి స్కోరు 0..5 లోపలే ఉంది, ఇది నిర్దేశంలోని -5..+5కీ, Ptolemy అవసరాలలోని 0..10కీ సరిపోతుంది. ఫైలు ఉద్దేశం 0..10 అయితే ప్రయాణం స్కేలును 0..10గా మార్చండి.
export-import-ojf-lane-added = నోడ్‌లు తమ సొంత కార్డు కాకుండా కలిగి ఉన్న వాటి కోసం "{ $name }" వరుస జోడించబడింది.
export-import-ojf-no-title = ఫైలుకు శీర్షిక లేదు (మూలంలో title గానీ metadata.title గానీ లేవు): ప్రయాణానికి "{ $name }" అని పేరు పెట్టాం.
export-import-ojf-lanes-guessed = OJF వరుసల పేర్ల నుండి వరుసల రకాలను ఊహించాం (OJF వరుసలకు రకం ఉండదు): { $lanes }.
export-import-ojf-lane-guess = "{ $name }" → { $kind }
export-import-ojf-persona = "{ $name }" పర్సోనా ప్రయాణం యొక్క పర్సోనా అయింది (OJF పేరును మాత్రమే ఉంచుతుంది).
export-import-ojf-score-text = పాఠ్యంగా రాసిన స్కోర్లు, సంఖ్యలుగా చదవబడ్డాయి
export-import-ojf-score-not-number = సంఖ్యలు కాని స్కోర్లు, స్కోరు లేకుండా వదిలేశాం
export-import-ojf-score-fraction = భిన్నాంశం ఉన్న స్కోర్లు, స్కేలు పూర్ణ మెట్లకు సమీకరించబడ్డాయి
export-import-ojf-stage-unnamed = పేరు లేని దశలు, వాటి స్థానం పేరుతో పిలవబడ్డాయి
export-import-ojf-stage-same-id = ముందున్న దశ గుర్తింపునే కలిగిన దశలు (ఆ గుర్తింపు ఉన్న నోడ్‌లు మొదటిదానికి వెళ్తాయి)
export-import-ojf-stage-no-id = గుర్తింపు లేని దశలు (వాటిలో ఏ నోడ్ ఉండలేదు)
export-import-ojf-lane-unnamed = పేరు లేని వరుసలు, వాటి స్థానం పేరుతో పిలవబడ్డాయి
export-import-ojf-lane-same-id = ముందున్న వరుస గుర్తింపునే కలిగిన వరుసలు (ఆ గుర్తింపు ఉన్న నోడ్‌లు మొదటిదానికి వెళ్తాయి)
export-import-ojf-lane-no-id = గుర్తింపు లేని వరుసలు (వాటిలో ఏ నోడ్ ఉండలేదు)
export-import-ojf-node-no-stage = వదిలేసిన నోడ్‌లు: వాటి stageId ఫైలులోని ఏ దశనూ సూచించదు (Ptolemy కూడా వాటిని చూపదు)
export-import-ojf-node-no-lane = వదిలేసిన నోడ్‌లు: వాటి swimlaneId ఫైలులోని ఏ వరుసనూ సూచించదు (Ptolemy కూడా వాటిని చూపదు)
export-import-ojf-tags = నోడ్‌ల ట్యాగులు కార్డు చివరి పంక్తి "Tags: ..."గా ఉంచబడ్డాయి (కార్డులకు ట్యాగు క్షేత్రం లేదు)
export-import-ojf-severity-word = low, medium, high కాని తీవ్రతలు, medium‌గా చదవబడ్డాయి
export-import-ojf-purpose-as = "{ $purpose }" ప్రయోజనం { $kind }గా చదవబడింది
export-import-ojf-purpose-unknown = "{ $purpose }" ప్రయోజనం తెలియదు, దాని వరుస రకంగా ({ $kind }) చదవబడింది
export-import-ojf-sentiment = స్కోరు లేని నోడ్‌ల భావనకు చోటు లేదు (పేరున్న భావోద్వేగానికి స్కోరు కావాలి)
export-import-ojf-moment = టచ్‌పాయింట్లు కాని నోడ్‌లపై నిజమైన క్షణాలకు చోటు లేదు
export-import-ojf-severity-not-pain = పెయిన్ పాయింట్లు కాని నోడ్‌ల తీవ్రతకు చోటు లేదు (పెయిన్ పాయింట్లకే తీవ్రత ఉంటుంది)
export-import-ojf-icon = నోడ్‌ల చిహ్నాలకు చోటు లేదు (కార్డులకు చిహ్నం ఉండదు)
export-import-ojf-icon-color = నోడ్‌ల చిహ్నం రంగులకు (iconColor) చోటు లేదు (కార్డులకు సొంత రంగు ఉండదు)
export-import-ojf-scored = స్కోరున్న { $kind } నోడ్‌లు ఒక టచ్‌పాయింట్ (స్కోరు), దానికి ముడిపడిన ఒక { $kind } కార్డుగా మారాయి
export-import-ojf-blueprint = బ్లూప్రింట్ { $part } అంశాలు { $lane } వరుసలో, తమ నోడ్‌కు ముడిపడిన కార్డులుగా మారాయి
export-import-ojf-stage-emotion = దశల overrideEmotion భావోద్వేగ వరుసలో "{ $card }" అనే టచ్‌పాయింట్ అయింది
export-import-xlsx-read = వర్క్‌బుక్ చదవబడింది: { $stages } దశలు, { $lanes } వరుసలు, { $personas } పర్సోనాలు, { $cards } కార్డులు; { $sheets } షీట్లు వీటి నుండి లెక్కించబడతాయి, చదవబడలేదు.
export-import-xlsx-flows-dropped = { $sheet } షీట్‌లో ఇక లేని దశను సూచించిన { $count } అనుసంధానాలు వదిలేయబడ్డాయి.
export-import-xlsx-no-flows = { $flows } షీట్ లేదు: దశలు { $stages } షీట్ క్రమంలో ఒకదాని తర్వాత ఒకటి వస్తాయి.
export-import-xlsx-unplaced = ఇంకా అనుసంధానం లేని కొత్త దశలు (వాటిని ప్రయాణంలో ఉంచడానికి { $sheet } షీట్‌కు ఒక అడ్డు వరుస జోడించండి): { $stages }.
export-import-xlsx-links-dropped = { $sheet } షీట్‌లో ఇక లేని పెయిన్ పాయింట్లకు అవకాశాల నుండి ఉన్న { $count } లింకులు వదిలేయబడ్డాయి.
export-import-xlsx-copied = { $count } అడ్డు వరుసలు ముందున్న అడ్డు వరుస గుర్తింపునే కలిగి ఉన్నాయి (కాపీ చేసినవి): ప్రతిదీ సొంత గుర్తింపుతో కొత్తదిగా మారింది.
export-import-xlsx-new-cards = { $count } కొత్త కార్డులు (గుర్తింపు లేని అడ్డు వరుసలు).
export-import-lucid-page = "{ $name }" పేజీ: { $note }
export-import-lucid-lanes = { $count } స్విమ్ లేన్‌లు టచ్‌పాయింట్ల వరుసలుగా మారాయి.
export-import-lucid-shapes-stages = స్విమ్ లేన్‌లు తప్ప వేరే కంటైనర్లు లేవు: { $count } ఆకారాలలో ప్రతిదీ, గీతలు ఇచ్చే క్రమంలో, సొంత దశగా మారింది.
export-import-lucid-containers = { $count } కంటైనర్లు దశలుగా మారాయి.
export-import-lucid-loose = ఏ కంటైనర్‌లోనూ లేని ఆకారాలు "{ $stage }" దశకు వెళ్లాయి.
export-import-lucid-cards = { $count } ఆకారాలు కార్డులుగా మారాయి ({ $notes } గమనికలు, మిగతావి స్కోరు లేని టచ్‌పాయింట్లు).
export-import-lucid-flows = { $count } గీతలు అనుసంధానాలుగా మారాయి (వాటిలో { $repeats } ముందున్న దశకు తిరిగి వెళ్తాయి, పునరావృత లూప్‌లుగా).
export-import-lucid-same-stage = ఒకే దశలోని (లేదా మరొకదాన్ని పునరావృతం చేసే) { $count } గీతలు అనుసంధానాలు కాలేకపోయాయి.
export-import-lucid-dangling = రెండు ఆకారాలను కలపని { $count } గీతలు వదిలేయబడ్డాయి.
export-import-mermaid-unscored = పంక్తి { $line }: "{ $task }" పనికి స్కోరు లేదు ("{ $score }" సంఖ్య కాదు), కాబట్టి వదిలేశాం

## Export report: what an OpenJourney (.ojf) export cannot hold in OJF's own fields (`journey export`).
export-ojf-scale = ఈ ప్రయాణం స్కోర్లు { $min }..{ $max } స్కేలుపై ఉన్నాయి; అవి OJF యొక్క -5..+5పై (సమీకరించి) రాయబడతాయి, స్కేలు, దాని పేర్లు journeyStudio సభ్యుడిలోకి వెళ్తాయి.
# The notes after this one each name one of the things it says OJF has no field for.
export-ojf-no-field = తర్వాత వచ్చే వాటికి OJFలో క్షేత్రం లేదు. అవి ఫైలు యొక్క journeyStudio సభ్యుడిలో ఉంచబడతాయి (Journey Studio వాటిని తిరిగి చదువుతుంది; Ptolemy ఉంచుతుంది కానీ చూపదు).
export-ojf-lost-flows = దశల మధ్య శాఖ లేదా పునరావృత అనుసంధానాలు (OJF దశలు సాదా వరుస క్రమం): { $count }
export-ojf-lost-personas = మొదటిది కాకుండా మిగతా పర్సోనాలు (OJF ఒక పర్సోనానే పేర్కొంటుంది): { $count }
export-ojf-lost-persona-details = పర్సోనాల వివరాలు (పాత్ర, లక్ష్యాలు, అవసరాలు, నిరాశలు, ఉల్లేఖనం, ఖర్చుదారు/పంపేవారు, రంగు): { $count }
export-ojf-lost-metrics = ప్రయాణం కొలమానాలు (NPS, CSAT, CES): { $count }
export-ojf-lost-stage-details = దశల వివరణలు, దశ రకాలు, అనుసంధానిత అనుభవాలు లేదా కొలమానాలు: { $count }
export-ojf-lost-lane-kinds = వరుసల రకాలు, రంగులు (OJF వరుసలకు పేరు మాత్రమే ఉంటుంది): { $count }
export-ojf-lost-touchpoint-details = టచ్‌పాయింట్ల ఛానెల్‌లు, కస్టమర్ త్యాగం, అనుసంధానిత అనుభవం లేదా ఇతర పర్సోనాల స్కోర్లు: { $count }
export-ojf-lost-pain-details = పెయిన్ పాయింట్ల తరచుదనం, స్తంభం, ఘర్షణ, కొరత: { $count }
export-ojf-lost-severities = OJF తీవ్రతను (1-5) low (1-2), medium (3), high (4-5)గా మాత్రమే చెప్పగల పెయిన్ పాయింట్లు: { $count }
export-ojf-lost-opportunity-details = అవకాశాల నొప్పులకు లింకులు, విలువ, శ్రమ, యజమాని, విధేయత స్తంభం: { $count }
export-ojf-lost-speakers = ఉల్లేఖనాల వక్తలు (ఉల్లేఖనం పరిశీలనగా రాయబడుతుంది): { $count }
export-ojf-lost-workshop = కార్డుల వర్క్‌షాప్ ఓట్లు, రచయితలు లేదా గోప్యత: { $count }

cli-unknown-export-format = “{ $format }” ఎగుమతి ఫార్మాట్ కాదు (svg, png, pdf, html, csv, md, json, mermaid, ojf, xlsx)
cli-unknown-page = “{ $page }” పేజీ పరిమాణం కాదు (fit, a4, a3, letter)
cli-bad-scale = స్కేల్ { $min } నుండి { $max } మధ్య ఉండాలి, { $scale } కాదు
cli-cannot-write = { $file } ను వ్రాయలేకపోయాం: { $reason }
cli-crash-problems = { $count ->
    [one] క్రాష్ పరీక్షలో { $count } సమస్య కనిపించింది
   *[other] క్రాష్ పరీక్షలో { $count } సమస్యలు కనిపించాయి
}
cli-bench-store-nothing = కనీసం ఒక పరిమాణం మరియు ఒక మార్పు ఇవ్వండి
# --listen ADDRESS that is not an address; { $reason } is the system's own words.
cli-bad-listen = --listen { $listen }: { $reason } (ఉదాహరణకు { $example })
cli-serve-failed = టీమ్ సర్వర్ ప్రారంభం కాలేదు: { $detail }
cli-joined = { $count ->
    [one] “{ $name }” { $file } లో చేరింది: { $count } ప్రయాణం
   *[other] “{ $name }” { $file } లో చేరింది: { $count } ప్రయాణాలు
}
cli-joined-room = { $count ->
    [one] { $address } వద్ద ఉన్న గది నుండి “{ $name }” { $file } లో చేరింది: { $count } ప్రయాణం
   *[other] { $address } వద్ద ఉన్న గది నుండి “{ $name }” { $file } లో చేరింది: { $count } ప్రయాణాలు
}
cli-synced = { $count ->
    [one] సింక్ అయింది: { $count } మార్పు అందింది
   *[other] సింక్ అయింది: { $count } మార్పులు అందాయి
}
# `journey sync --watch`: a line for each thing that happens until it is stopped.
cli-syncing = { $file } సింక్ అవుతోంది (ఆపడానికి Ctrl+C)
cli-sync-stopped = { $count ->
    [one] ఆగింది: { $count } మార్పు అందింది
   *[other] ఆగింది: { $count } మార్పులు అందాయి
}
cli-sync-received = { $count ->
    [one] { $authors } నుండి { $count } మార్పు అందింది
   *[other] { $authors } నుండి { $count } మార్పులు అందాయి
}
cli-sync-connecting = కనెక్ట్ అవుతోంది
cli-sync-connected = కనెక్ట్ అయింది
cli-sync-offline = ఆఫ్‌లైన్: { $reason }
cli-sync-failed = విఫలమైంది: { $reason }
