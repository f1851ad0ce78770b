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
