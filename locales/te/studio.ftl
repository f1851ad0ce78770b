# విండో పదాలు (ui/src). ఫ్రేమ్‌వర్క్ పదాలు ../shared/glossary.md ప్రకారం.

## Preferences: language
preferences-title = అభిరుచులు
preferences-language = భాష
preferences-language-system = సిస్టమ్‌ను అనుసరించు ({ $language })
preferences-latin-digits = సంఖ్యలను 0–9 అంకెలతో రాయి
preferences-close = మూసివేయి
preferences-open = అభిరుచులు (భాష)

## Inspector
cards-selected = { $count ->
    [one] { $count } కార్డు ఎంచుకోబడింది
   *[other] { $count } కార్డులు ఎంచుకోబడ్డాయి
}

## Common
close = మూసివేయి
cancel = రద్దు
delete = తొలగించు
duplicate = నకలు చేయి
error-code = లోపం కోడ్:
dismiss = సందేశాన్ని మూసివేయి
none = ఏదీ లేదు

## Errors
open-failed-title = ఈ ఫైల్‌ను తెరవలేకపోయాము
open-failed-hint = వేరే వర్క్‌స్పేస్ ఎంచుకోవడానికి ఫైల్ › తెరువు… లేదా కొత్తది మొదలుపెట్టడానికి ఫైల్ › కొత్త వర్క్‌స్పేస్… ఉపయోగించండి. ఫైల్ మారలేదు.
crash-title = విండోలో సమస్య వచ్చింది
crash-hint = మీ పని సురక్షితం: ప్రతి మార్పు చేసిన వెంటనే ఫైల్‌లో సేవ్ అయింది. కొనసాగడానికి స్టూడియోను మళ్లీ గీయండి; ఇది మళ్లీ జరిగితే, దానికి ముందు ఏం చేశారో రాసుకుని తెలియజేయండి.
crash-retry = స్టూడియోను మళ్లీ గీయి

## Keyboard shortcuts
shortcuts-title = కీబోర్డ్ షార్ట్‌కట్‌లు
keys-undo-shortcut = Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
keys-undo = చర్యరద్దు, మళ్లీ చేయి (పునఃప్రారంభం తర్వాత కూడా)
keys-select-shortcut = బాణాలు
keys-select = పైన, కింద, ఎడమ లేదా కుడి వైపు తదుపరి కార్డును ఎంచుకో
keys-move-shortcut = స్పేస్, బాణాలు, స్పేస్ / Esc
keys-move = ఎంచుకున్న కార్డులను ఎత్తు, స్థలం ఎంచుకో, ఉంచు / రద్దు
keys-stage-lane-shortcut = Alt+← / Alt+→, Alt+↑ / Alt+↓
keys-stage-lane = ఎంచుకున్న దశను ఎడమ లేదా కుడికి, ఎంచుకున్న వరుసను పైకి లేదా కిందికి జరుపు
keys-clipboard-shortcut = Ctrl+C / Ctrl+X / Ctrl+V
keys-clipboard = కార్డులను కాపీ, కట్, పేస్ట్ చేయి (వేరే ప్రయాణంలోకి కూడా)
keys-rename-shortcut = Enter లేదా F2
keys-rename = ఎంచుకున్న కార్డు పాఠ్యాన్ని సవరించు; ఎంచుకున్న దశ లేదా వరుస పేరు మార్చు
keys-new-shortcut = N
keys-new = ఎంచుకున్న దాని తర్వాత కొత్త కార్డు
keys-emotion-shortcut = + / − (లేదా Alt+↑ / Alt+↓)
keys-emotion = ఎంచుకున్న టచ్‌పాయింట్ భావోద్వేగాన్ని పెంచు లేదా తగ్గించు
keys-delete-shortcut = Delete
keys-delete = ఎంపికను తొలగించు (కార్డులు, ఒక దశ, ఒక వరుస; దశల గ్రాఫ్‌లో ఒక ప్రవాహం)
keys-duplicate-shortcut = Ctrl+D
keys-duplicate = ఎంచుకున్న కార్డులను నకలు చేయి
keys-search-shortcut = Ctrl+F
keys-search = వెతుకు; సరిపోయే కార్డులు హైలైట్ అవుతాయి
keys-zoom-shortcut = Ctrl+= / Ctrl+− / Ctrl+0
keys-zoom = జూమ్ ఇన్, అవుట్, అసలు పరిమాణం (మధ్య బటన్‌తో లాగితే కదులుతుంది)
keys-views-shortcut = Ctrl+1 / Ctrl+2
keys-views = ప్రయాణ మ్యాప్ / దశల గ్రాఫ్
keys-transfer-shortcut = Ctrl+E / Ctrl+I
keys-transfer = ఎగుమతి / దిగుమతి
keys-present-shortcut = F5, తర్వాత ← → మరియు Esc
keys-present = ప్రదర్శన: దశల వారీగా వెళ్లు, బయటకు రా
keys-help-shortcut = F1
keys-help = ఈ జాబితా

## Toolbar
toolbar-label = మ్యాప్ సాధనాలు
toolbar-view = వీక్షణ
view-map = మ్యాప్
view-graph = దశల గ్రాఫ్
undo = చర్యరద్దు
    .title = చర్యరద్దు (Ctrl+Z)
redo = మళ్లీ చేయి
    .title = మళ్లీ చేయి (Ctrl+Shift+Z)
search-label = కార్డులను వెతుకు
search-placeholder = కార్డులను వెతుకు (Ctrl+F)
search-matches = { $count ->
    [one] { $count } సరిపోలిక
   *[other] { $count } సరిపోలికలు
}
hint-graph = దశలను కలపడానికి ఒక దశ నుండి మరొకదానికి లాగండి · Delete ఎంచుకున్న ప్రవాహాన్ని తొలగిస్తుంది
hint-read-only = చదవడానికి మాత్రమే: మార్పులు ఆపివేయబడ్డాయి
hint-moving = జరుపుతోంది: బాణాలు స్థలం ఎంచుకుంటాయి, స్పేస్ ఉంచుతుంది, Esc రద్దు చేస్తుంది
hint-map = కార్డు జోడించడానికి గడిపై రెండుసార్లు క్లిక్ చేయండి · జరపడానికి స్పేస్ తర్వాత బాణాలు · Delete తొలగిస్తుంది
zoom-out = జూమ్ అవుట్
    .title = జూమ్ అవుట్ (Ctrl+−)
zoom-in = జూమ్ ఇన్
    .title = జూమ్ ఇన్ (Ctrl+=)
zoom-actual = అసలు పరిమాణం
    .title = అసలు పరిమాణం (Ctrl+0)
zoom-fit = సరిపెట్టు
    .title = మ్యాప్‌ను విండోకు సరిపెట్టు
panel-inspector = ఇన్‌స్పెక్టర్
    .title = ఇన్‌స్పెక్టర్‌ను చూపు లేదా దాచు (మ్యాప్‌కు ఎక్కువ చోటు)
present = ప్రదర్శించు
    .title = ప్రయాణాన్ని గదికి దశల వారీగా చూపు
panel-workshop = వర్క్‌షాప్
    .title = వర్క్‌షాప్ నడుపు: పాల్గొనేవారు తమ బ్రౌజర్ నుండి చేరతారు
panel-insights = అంతర్దృష్టులు
    .title = మ్యాప్ ఏమి చెబుతోంది: మార్గాలు, ఇబ్బందులు, స్తంభాలు
panel-versions = సంస్కరణలు
    .title = ఈ ప్రయాణం పేరున్న సంస్కరణలు

## The window
app-name = జర్నీ స్టూడియో
opening-workspace = వర్క్‌స్పేస్ తెరుస్తోంది…
crash-details = { $message } వివరాలు { $log } లో ఉన్నాయి.
open-log-folder = లాగ్ ఫోల్డర్ తెరువు
merge-to-decide = { $count ->
    [one] విలీనం నుండి { $count } అంశానికి నిర్ణయం కావాలి
   *[other] విలీనం నుండి { $count } అంశాలకు నిర్ణయం కావాలి
}
persona-value-spender = వ్యయం చేసేవారు
persona-value-sender = పంపేవారు
journey-summary = ప్రయాణ సారాంశం
count-stages = { $count ->
    [one] { $count } దశ
   *[other] { $count } దశలు
}
count-touchpoints = { $count ->
    [one] { $count } టచ్‌పాయింట్
   *[other] { $count } టచ్‌పాయింట్లు
}
count-pains = { $count ->
    [one] { $count } పెయిన్ పాయింట్
   *[other] { $count } పెయిన్ పాయింట్లు
}
file-read-only = చదవడానికి మాత్రమే
file-saved = స్వయంచాలకంగా సేవ్ అవుతుంది

## Journeys menu
journeys-menu = ప్రయాణాలు
journey-new-name = కొత్త ప్రయాణం
journey-new = కొత్త ప్రయాణం…
journey-duplicate = ఈ ప్రయాణాన్ని నకలు చేయి
journey-rename = పేరు మార్చు…
journey-save-template = టెంప్లేట్‌గా సేవ్ చేయి…
journey-delete = ఈ ప్రయాణాన్ని తొలగించు…
journey-import = ప్రయాణాలను దిగుమతి చేయి…
import-report-title = దిగుమతి తెచ్చినది
import-report-intro = ఫైల్‌లోని ఈ భాగాలు అందులో ఉన్నట్టుగా సరిగ్గా రాలేదు:
journey-merge = ఒక కాపీని విలీనం చేయి…
journey-export = ఈ ప్రయాణాన్ని ఎగుమతి చేయి…
journey-new-name-label = కొత్త పేరు
rename = పేరు మార్చు
field-name = పేరు
journey-start-from = దీని నుండి మొదలుపెట్టు
templates = టెంప్లేట్‌లు
templates-loading = టెంప్లేట్‌లు లోడ్ అవుతున్నాయి…
template-yours = { $name } (మీది)
template-name = టెంప్లేట్ పేరు
template-hint = ఈ ఫైల్ వెలుపల మీ కోసం సేవ్ అవుతుంది: ప్రతి వర్క్‌స్పేస్‌లో కొత్త ప్రయాణం కింద కనిపిస్తుంది.
template-save = టెంప్లేట్ సేవ్ చేయి
journey-delete-confirm = “{ $name }” ను దాని చర్యరద్దు చరిత్ర మరియు సంస్కరణలతో తొలగించాలా? దీన్ని వెనక్కి తీసుకోలేరు.
journey-delete-button = ప్రయాణాన్ని తొలగించు

## Export
export-title = “{ $name }” ఎగుమతి
export-format = ఫార్మాట్
format-pdf = PDF
    .what = ముద్రణ మరియు మెయిల్ కోసం వెక్టర్ పత్రం; పాఠ్యం వెతకదగినదిగా ఉంటుంది.
format-png = PNG
    .what = స్లైడ్‌లు మరియు చాట్‌ల కోసం ఏ పరిమాణంలోనైనా చిత్రం.
format-svg = SVG
    .what = వెక్టర్ చిత్రం; బ్రౌజర్‌లు మరియు డిజైన్ సాధనాల్లో తెరుచుకుంటుంది, తిరిగి దిగుమతి అవుతుంది.
format-html = వెబ్ పేజీ
    .what = ఏ బ్రౌజర్‌లోనైనా ఆఫ్‌లైన్‌లో తెరుచుకునే ఒకే ఫైల్, పాన్ మరియు జూమ్‌తో.
format-csv = CSV
    .what = ప్రతి కార్డుకు ఒక వరుస, స్ప్రెడ్‌షీట్‌ల కోసం.
format-md = మార్క్‌డౌన్
    .what = చదవదగిన నివేదిక: పర్సోనా, దశలు, భావోద్వేగాలు, ప్రాధాన్యం ప్రకారం ఇబ్బందులు.
format-json = JSON
    .what = పూర్తి ప్రయాణం; అలాగే తిరిగి దిగుమతి అవుతుంది.
format-mermaid = మెర్మెయిడ్
    .what = డాక్యుమెంటేషన్ సైట్‌ల కోసం ప్రయాణ రేఖాచిత్రం పాఠ్యం.
format-ojf = OpenJourney
    .what = Ptolemy మరియు ఇతర OJF సాధనాల కోసం మ్యాప్; ఇక్కడ పూర్తిగా తిరిగి చదవబడుతుంది.
format-xlsx = ఎక్సెల్ వర్క్‌బుక్
    .what = పరిశోధన, నివేదికల కోసం ప్రతి అంశానికి ఒక షీట్; చేసిన మార్పులు తిరిగి చదవబడతాయి.
export-pages = పేజీలు
pages-fit = మ్యాప్ పరిమాణంలో ఒకే పేజీ
pages-a4 = A4 పేజీలు (అసలు పరిమాణం, అవలోకనంతో)
pages-a3 = A3 పేజీలు (అసలు పరిమాణం, అవలోకనంతో)
pages-letter = Letter పేజీలు (అసలు పరిమాణం, అవలోకనంతో)
export-size = పరిమాణం
export-scale-1 = 1× (తెర పరిమాణం)
export-scale-2 = 2× (అధిక రిజల్యూషన్ తెరలపై స్పష్టంగా)
export-scale-4 = 4× (పోస్టర్లు మరియు ముద్రణ)
export-progress = ఎగుమతి పురోగతి
export-saved = { $path } లో సేవ్ అయింది
export-cancel = ఎగుమతి రద్దు
export-start = ఎగుమతి చేయి…

## Insights
insights-reading = మ్యాప్‌ను చదువుతోంది…
insights-findings = కనుగొన్నవి
insights-show = మ్యాప్‌లో చూపు
finding-warning = హెచ్చరిక
finding-note = గమనిక
insights-paths = మార్గాలు
insights-paths-first = (మొదటి { $count })
path-no-scores = స్కోర్లు లేవు
path-figures = సగటు { $mean } · కనిష్ఠం { $low }
path-repeats = పునరావృతం
path-tag-worst = అధ్వాన్నం
path-tag-lowest = అత్యల్ప స్థానం
path-tag-best = ఉత్తమం
insights-heatmap = ఎక్కడ బాధిస్తుంది: దశ మరియు కస్టమర్ అనుభవ స్తంభం వారీగా ఇబ్బంది తీవ్రత
insights-stage = దశ
heatmap-cell = { $stage } లో { $pillar }: తీవ్రత { $severity }
insights-untagged = { $count ->
    [one] { $count } పెయిన్ పాయింట్‌కు ఇంకా స్తంభం లేదు.
   *[other] { $count } పెయిన్ పాయింట్లకు ఇంకా స్తంభం లేదు.
}
insights-matrix = అవకాశాలు: విలువ మరియు శ్రమ
quadrant-quickWin = త్వరిత విజయాలు
quadrant-majorProject = పెద్ద ప్రాజెక్టులు
quadrant-fillIn = పూరక పనులు
quadrant-thankless = ఫలం లేనివి
quadrant-none = ఏదీ లేదు
card-empty = (ఖాళీ కార్డు)
value-effort-short = వి{ $value } శ్ర{ $effort }
insights-loyalty = లాయల్టీ స్తంభాలు

## Versions
version-save-title = ఒక సంస్కరణను సేవ్ చేయి
version-name = సంస్కరణ పేరు
    .placeholder = ఉదా. వర్క్‌షాప్‌కు ముందు
version-save = సేవ్ చేయి
version-hint = సంస్కరణ అనేది ఈ ఫైల్‌లో ఉంచే ఒక స్నాప్‌షాట్. దాన్ని పునరుద్ధరించడం మీరు రద్దు చేయగల ఒకే అడుగు.
versions-none = ఇంకా సంస్కరణలు లేవు.
version-meta = { $when } · { $cards ->
    [one] { $cards } కార్డు
   *[other] { $cards } కార్డులు
}
version-stop-comparing = పోల్చడం ఆపు
version-compare = ఇప్పటితో పోల్చు
version-view = చూడు
version-restore = పునరుద్ధరించు
version-delete = { $name } సంస్కరణను తొలగించు
diff-label = ఆ సంస్కరణ తర్వాత మార్పులు
diff-since = “{ $name }” తర్వాత
diff-cards = కార్డులు: { $list }
diff-cards-added = { $count } జోడించబడ్డాయి
diff-cards-removed = { $count } తొలగించబడ్డాయి
diff-cards-moved = { $count } జరిపబడ్డాయి
diff-cards-changed = { $count } మార్చబడ్డాయి
diff-no-cards = కార్డు మార్పులు లేవు
mark-added = జోడించబడింది
mark-changed = మార్చబడింది
mark-moved = జరిపబడింది
diff-item = { $name } ({ $change })
change-added = జోడించబడింది
change-removed = తొలగించబడింది
change-updated = నవీకరించబడింది
diff-stages = దశలు: { $list }
diff-lanes = వరుసలు: { $list }
diff-flows = ప్రవాహాలు: { $added } జోడించబడ్డాయి, { $removed } తొలగించబడ్డాయి, { $changed } మార్చబడ్డాయి
diff-removed-cards = తొలగించిన కార్డులు
diff-emotions = భావోద్వేగ మార్పులు

## Workshop
workshop-qr = చేరే లింక్ యొక్క QR కోడ్
card-removed = (తొలగించిన కార్డు)
workshop-intro = సెషన్‌ను ఇక్కడి నుండి నడపండి. అదే Wi-Fi లోని పాల్గొనేవారు ఏ బ్రౌజర్‌లోనైనా లింక్ తెరుస్తారు (లేదా QR కోడ్ స్కాన్ చేస్తారు), పేరు మరియు చిన్న కోడ్ నమోదు చేసి, కార్డులు జోడిస్తారు, ఓటు వేస్తారు, టైమర్ చూస్తారు. ఖాతా గానీ ఇంటర్నెట్ గానీ అవసరం లేదు.
workshop-loopback = ఈ కంప్యూటర్ మాత్రమే (ప్రయత్నించడానికి)
workshop-start = సెషన్ ప్రారంభించు
workshop-join = చేరండి
workshop-join-code = చేరే కోడ్
workshop-participants = { $count ->
    [one] { $count } పాల్గొనేవారు
   *[other] { $count } మంది పాల్గొనేవారు
}
workshop-remove = తీసివేయి
workshop-ban = నిషేధించు
workshop-ban-title = { $name } ను తీసివేసి, ఆ పేరుతో మళ్లీ రానివ్వకు
workshop-ban-device = నిషేధిస్తే వారి పరికరాన్ని కూడా రానివ్వదు
workshop-new-code = కొత్త కోడ్
workshop-new-code-title = సెషన్‌కు కొత్త చేరే కోడ్ ఇవ్వండి: పాత కోడ్ ఇక పనిచేయదు, ఉన్నవారంతా ఉంటారు
workshop-cards = పాల్గొనేవారి కార్డులు
workshop-open-lanes = కార్డుల కోసం తెరిచిన వరుసలు
workshop-private = ప్రైవేట్ మోడ్: బహిర్గతం చేసే వరకు కొత్త కార్డులు దాగి ఉంటాయి
workshop-reveal = ప్రైవేట్ కార్డులను బహిర్గతం చేయి
workshop-anonymously = అజ్ఞాతంగా
workshop-lock = బోర్డును లాక్ చేయి
workshop-follow = పాల్గొనేవారు నా దశను అనుసరిస్తారు
workshop-vote = చుక్కల ఓటింగ్
workshop-vote-status = { $voters } మంది ఓటు వేశారు · { $dots ->
    [one] ఒక్కొక్కరికి { $dots } చుక్క
   *[other] ఒక్కొక్కరికి { $dots } చుక్కలు
}
workshop-vote-close = ఓటింగ్ ముగించి ఫలితాలు సేవ్ చేయి
workshop-vote-cards = ఓటు వేయవలసిన కార్డులు
workshop-vote-whole-map = మొత్తం మ్యాప్
workshop-dots = చుక్కలు
workshop-vote-open = ఓటింగ్ ప్రారంభించు
workshop-timer = టైమర్
workshop-minutes = నిమిషాలు
workshop-timer-set = సెట్ చేయి
workshop-timer-pause = ఆపు
workshop-timer-start = ప్రారంభించు
workshop-timer-extend = +1 నిమి
workshop-end = సెషన్ ముగించు
workshop-record = సెషన్ రికార్డ్ ({ $count })

## Inspector fields
cards-selected-hint = గుంపును జరపడానికి వాటిలో దేనినైనా లాగండి, లేదా అన్నింటినీ తొలగించడానికి Delete నొక్కండి.
last-changed = చివరిగా మార్చినవారు { $who }, { $when }
field-text = పాఠ్యం
field-kind = రకం
field-channel = ఛానల్
channel-none = ఛానల్ లేదు
field-channel-name = ఛానల్ పేరు
field-emotion = భావోద్వేగం
emotion-none = స్కోర్ లేదు
field-named-emotion = భావోద్వేగం పేరు
    .placeholder = ఉదా. ఉపశమనం
moment-of-truth = నిర్ణయాత్మక క్షణం
field-experience = అనుసంధానిత అనుభవం
field-wanted = కస్టమర్ కోరినది
    .placeholder = కస్టమర్ నిజంగా కోరుకున్నది
field-accepted = కస్టమర్ అంగీకరించినది
    .placeholder = వారు సర్దుకున్నది
field-severity = తీవ్రత
severity-low = స్వల్పం
severity-high = తీవ్రం
field-frequency = తరచుదనం
frequency-low = అరుదు
frequency-high = ప్రతిసారీ
pain-priority = ప్రాధాన్యం { $priority } (తీవ్రత × తరచుదనం)
field-pillar = కస్టమర్ అనుభవ స్తంభం
field-friction = అడ్డంకి
field-friction-name = అడ్డంకి పేరు
field-short-of = కస్టమర్‌కు కొరవడినది
field-value = విలువ
value-low = కొంచెం
value-high = చాలా
field-effort = శ్రమ
effort-low = త్వరగా
effort-high = ఒక ప్రాజెక్ట్
field-loyalty = లాయల్టీ స్తంభం
field-owner = బాధ్యులు
field-answers = ఈ పెయిన్ పాయింట్లకు సమాధానం
pain-untitled = పేరులేని పెయిన్ పాయింట్
field-speaker = మాట్లాడినవారు
card-delete = కార్డు తొలగించు
field-sample = సమాధానాలు
inspector-stage = దశ
field-description = వివరణ
field-phase = దశ రకం
phase-custom = అనుకూలం…
field-phase-name = దశ రకం పేరు
inspector-metrics = కొలమానాలు
metric-nps = NPS ({ $min } నుండి { $max })
metric-csat = CSAT (శాతం)
metric-ces = CES ({ $min } నుండి { $max })
stage-move-left = ← ఎడమకు జరుపు
    .title = Alt+←
stage-move-right = కుడికి జరుపు →
    .title = Alt+→
stage-delete = దశను దాని కార్డులతో తొలగించు
inspector-lane = వరుస
lane-hint = తెర వెనుక మరియు మద్దతు వరుసలు దృశ్యరేఖ కింద ఉంటాయి.
lane-move-up = ↑ పైకి
    .title = Alt+↑
lane-move-down = కిందికి ↓
    .title = Alt+↓
lane-delete = వరుసను దాని కార్డులతో తొలగించు
inspector-journey = ప్రయాణం
field-goal = లక్ష్యం
inspector-scale = భావోద్వేగ స్కేలు
scale-lowest = అత్యల్పం
scale-highest = అత్యధికం
scale-step = మెట్టు
    .placeholder = ఈ మెట్టుకు పేరు పెట్టండి
inspector-personas = పర్సోనాలు
persona-new-name = పర్సోనా { $number }
persona-add = పర్సోనా జోడించు
inspector-hint = సవరించడానికి కార్డు, దశ లేదా వరుసను ఎంచుకోండి. కార్డు జోడించడానికి ఖాళీ గడిపై రెండుసార్లు క్లిక్ చేయండి.
persona-role = పాత్ర
persona-quote = ఉల్లేఖనం
persona-goals = లక్ష్యాలు (ఒక్కో వరుసకు ఒకటి)
persona-needs = అవసరాలు (ఒక్కో వరుసకు ఒకటి)
persona-frustrations = నిరాశలు (ఒక్కో వరుసకు ఒకటి)
persona-value = కస్టమర్ విలువ
persona-value-none = నిర్ణయించలేదు
persona-spender = వ్యయం చేసేవారు (ఎక్కువ ఖర్చు చేస్తారు)
persona-sender = పంపేవారు (ఇతరులను సూచిస్తారు)
persona-color = వక్రరేఖ రంగు
persona-color-of = { $name } వక్రరేఖ రంగు
persona-remove = పర్సోనా తీసివేయి

## Cards
card-text = కార్డు పాఠ్యం
card-label = { $description }:
card-label-emotion = భావోద్వేగం { $score } { $name }
card-label-pain = తీవ్రత { $severity }, తరచుదనం { $frequency }
card-label-votes = { $count ->
    [one] { $count } చుక్క
   *[other] { $count } చుక్కలు
}
card-empty-text = ఖాళీ కార్డు
sacrifice = త్యాగం
    .title = కోరినది: { $wanted } · అంగీకరించినది: { $accepted }
pain-badge = తీ{ $severity } × త{ $frequency } = { $priority }
    .title = తీవ్రత × తరచుదనం
value-effort = విలువ { $value } · శ్రమ { $effort }
    .title = విలువ మరియు శ్రమ, 1 నుండి 5
answers-pains = { $count ->
    [one] { $count } ఇబ్బందికి సమాధానం
   *[other] { $count } ఇబ్బందులకు సమాధానం
}
votes = ఓట్లు
    .title = గత ఓటింగ్‌లో చుక్కలు
card-private = ప్రైవేట్

## Studio, map, curve, graph
viewing-version = “{ $name }” సంస్కరణను చూస్తున్నారు (చదవడానికి మాత్రమే).
viewing-back = ఇప్పటికి తిరిగి వెళ్లు
viewing-restore = ఈ సంస్కరణను పునరుద్ధరించు
graph-loading = దశల గ్రాఫ్ గీస్తోంది…
workspace-empty = ఈ వర్క్‌స్పేస్‌లో ఇంకా ప్రయాణాలు లేవు.
curve-legend = భావోద్వేగ వక్రరేఖలు
curve-point = “{ $text }” వద్ద భావోద్వేగం
stage-flows = దశల ప్రవాహాలు
graph-cards = { $count ->
    [one] { $count } కార్డు
   *[other] { $count } కార్డులు
}
flow-next = తదుపరి
flow-branch = శాఖ
flow-repeat = పునరావృత లూప్
graph-hint = కలపడానికి దశ కుడి అంచు నుండి మరో దశకు లాగండి · ప్రవాహాన్ని ఎంచుకుని Delete నొక్కండి · లేబుల్ కోసం ప్రవాహంపై రెండుసార్లు క్లిక్ చేయండి
flow-label = ఈ ప్రవాహం లేబుల్
    .placeholder = ఉదా. వస్తువు లేదు
map-label = కస్టమర్ ప్రయాణ మ్యాప్: { $name }
map-corner-stages = దశలు →
map-corner-lanes = వరుసలు ↓
metric-answers = { $count ->
    [one] { $count } సమాధానం
   *[other] { $count } సమాధానాలు
}
map-cards = కార్డులు
stage-name = దశ పేరు
add-stage = + దశ
lane-name = వరుస పేరు
add-lane = + వరుస
visibility-line = దృశ్యరేఖ
stage-new-name = దశ { $number }
lane-new-name = కొత్త వరుస

## Merge report
repair-select-cards = { $count ->
    [one] కార్డును ఎంచుకో
   *[other] కార్డులను ఎంచుకో
}
repair-delete-cards = { $count ->
    [one] కార్డును తొలగించు
   *[other] కార్డులను తొలగించు
}
repair-remove-flow = ప్రవాహాన్ని తొలగించు
repair-make-repeat = పునరావృత లూప్‌గా మార్చు
repair-select-opportunity = అవకాశాన్ని ఎంచుకో
repair-show-scale = స్కేలును చూపు
repair-select-stage = దశను ఎంచుకో
repair-select-lane = వరుసను ఎంచుకో
repair-show-journey = ప్రయాణ వివరాలను చూపు

## విలీన నివేదిక: విలీనమైన పత్రం కంటే పటం భిన్నంగా చూపేవి.
repair-item-journey = ప్రయాణం
repair-item-stage = దశ "{ $name }"
repair-item-lane = వరుస "{ $name }"
repair-item-persona = పర్సోనా "{ $name }"
repair-item-card = కార్డు "{ $name }"
repair-item-blank-card = పాఠ్యం లేని కార్డు
repair-item-flow = { $from } నుండి { $to }కు ప్రవాహం
repair-item-gone = పటంలో లేని అంశం
repair-stage = "{ $name }"
repair-stage-gone = తొలగించిన దశ
repair-pain = "{ $name }"
repair-pain-blank = పాఠ్యం లేని కార్డు
repair-too-long = { $item } · { $field }: { $length } అక్షరాలు, పరిమితి { $max } కంటే ఎక్కువ; పటం మొదటి { $max } చూపుతుంది.
repair-blank = { $item } · { $field }: ఖాళీ అయింది; పటం "{ $instead }" చూపుతుంది.
repair-blank-none = { $item } · { $field }: ఖాళీ అయింది; పటం ఏమీ చూపదు.
repair-out-of-range = { $item } · { $field }: { $value } అనేది { $min } నుండి { $max } బయట ఉంది; పటం { $shown } చూపుతుంది.
repair-not-finite = { $item } · { $field }: పరిమిత సంఖ్య కాదు; పటం 0 వాడుతుంది.
repair-not-a-number = { $item } · { $field }: సంఖ్య కాదు; పటం దాన్ని వదిలేస్తుంది.
repair-not-a-colour = { $item } · { $field }: "{ $value }" #3366cc వంటి రంగు కాదు; పటం డిఫాల్ట్ రంగు వాడుతుంది.
repair-too-many = { $item } · { $field }: { $count } అంశాలు, పరిమితి { $max } కంటే ఎక్కువ; పటం మొదటి { $max } చూపుతుంది.
repair-scale-inverted = విలీనమైన భావోద్వేగ స్కేలు చెల్లదు: దాని కనిష్ఠం { $min } గరిష్ఠం { $max } కంటే తక్కువ కాదు, కాబట్టి పటం డిఫాల్ట్ స్కేలు { $defaultMin } నుండి { $defaultMax } వాడుతుంది.
repair-scale-too-wide = విలీనమైన భావోద్వేగ స్కేలు చెల్లదు: { $min } నుండి { $max } వరకు { $span } మెట్లు, { $limit } కంటే ఎక్కువ, కాబట్టి పటం డిఫాల్ట్ స్కేలు { $defaultMin } నుండి { $defaultMax } వాడుతుంది.
repair-scale-step-outside = విలీనమైన భావోద్వేగ స్కేలు చెల్లదు: మెట్టు { $step }కు "{ $name }" అని పేరు ఉంది కానీ అది { $min } నుండి { $max } బయట ఉంది; పేరు చూపబడదు.
repair-scale-step-blank = విలీనమైన భావోద్వేగ స్కేలు చెల్లదు: మెట్టు { $step } పేరు ఖాళీ అయింది; అది చూపబడదు.
repair-scale-step-too-long = విలీనమైన భావోద్వేగ స్కేలు చెల్లదు: మెట్టు { $step } పేరు { $length } అక్షరాలు, పరిమితి { $max } కంటే ఎక్కువ; పటం మొదటి { $max } చూపుతుంది.
repair-over-limit = రెండు కాపీలు కలిసి ఒక ప్రయాణానికి అనుమతించిన దాని కంటే ఎక్కువ { $what ->
        [cards] కార్డులు
        [stages] దశలు
        [lanes] వరుసలు
       *[personas] పర్సోనాలు
    } కలిగి ఉన్నాయి ({ $limit }); కొత్తవైన { $hidden } చూపబడవు{ $cards ->
        [0] {""}
        [one] , వాటిలోని కార్డు కూడా
       *[other] , వాటిలోని { $cards } కార్డులు కూడా
    }. వాటిని చూపడానికి కొన్నింటిని తొలగించండి.
repair-unplaced-stage = { $count ->
        [one] ఒక కార్డు ఇతర కాపీలో తొలగించిన దశలో ఉంది; అది "{ $unplaced }" నిలువు వరుసలో చూపబడుతుంది. దీన్ని పరిష్కరించడానికి దాన్ని మరో దశకు తరలించండి.
       *[other] { $count } కార్డులు ఇతర కాపీలో తొలగించిన దశలో ఉన్నాయి; అవి "{ $unplaced }" నిలువు వరుసలో చూపబడతాయి. దీన్ని పరిష్కరించడానికి వాటిని మరో దశకు తరలించండి.
    }
repair-unplaced-lane = { $count ->
        [one] ఒక కార్డు ఇతర కాపీలో తొలగించిన వరుసలో ఉంది; అది "{ $unplaced }" వరుసలో చూపబడుతుంది. దీన్ని పరిష్కరించడానికి దాన్ని మరో వరుసకు తరలించండి.
       *[other] { $count } కార్డులు ఇతర కాపీలో తొలగించిన వరుసలో ఉన్నాయి; అవి "{ $unplaced }" వరుసలో చూపబడతాయి. దీన్ని పరిష్కరించడానికి వాటిని మరో వరుసకు తరలించండి.
    }
repair-dangling-flow = ఇతర కాపీలో తొలగించిన దశకు లేదా దశ నుండి ఉన్న ప్రవాహం పటంలో చూపబడదు.
repair-flow-to-itself = { $from } నుండి { $kind ->
        [branch] శాఖ
        [repeat] పునరావృత లూప్
       *[next] ప్రవాహం
    } తిరిగి { $from }కే వెళ్తుంది; అది ఉంచబడి గీతల గీతగా గీయబడుతుంది, కానీ అనుసరించబడదు. దాన్ని తొలగించండి లేదా మరో దశకు కలపండి.
repair-flow-duplicate = { $from } నుండి { $to }కు { $kind ->
        [branch] శాఖ
        [repeat] పునరావృత లూప్
       *[next] ప్రవాహం
    } అవే దశల మధ్య ఉన్న మరొకదానికి నకలు; అది ఉంచబడి గీతల గీతగా గీయబడుతుంది, కానీ అనుసరించబడదు. వాటిలో ఒకదాన్ని తొలగించండి.
repair-loop-not-back = { $from } నుండి { $to }కు పునరావృత లూప్ ముందటి దశకు తిరిగి వెళ్లదు; అది ఉంచబడి గీతల గీతగా గీయబడుతుంది, కానీ అనుసరించబడదు. దాన్ని తొలగించండి లేదా ముందుకు వెళ్లే ప్రవాహంగా మార్చండి.
repair-flow-closes-loop = { $from } నుండి { $to }కు { $kind ->
        [branch] శాఖ
       *[next] ప్రవాహం
    } ముందుకు వెళ్లే ప్రవాహాల వలయాన్ని మూసేస్తుంది; అది ఉంచబడి గీతల గీతగా గీయబడుతుంది, కానీ అనుసరించబడదు. దాన్ని తొలగించండి లేదా పునరావృత లూప్‌గా మార్చండి.
repair-dropped-link = { $card }: ఈ అవకాశం { $pain }కు జవాబుగా ఉంది, అది ఇక పెయిన్ పాయింట్ కాదు; లింక్ చూపబడదు.
repair-dropped-link-gone = { $card }: ఈ అవకాశం ఇక పటంలో లేని పెయిన్ పాయింట్‌కు జవాబుగా ఉంది; లింక్ చూపబడదు.
repair-dropped-persona-score = { $card }: ఈ టచ్‌పాయింట్‌కు ఇక ప్రయాణంలో లేని పర్సోనా ఇచ్చిన స్కోరు ఉంది; స్కోరు చూపబడదు.
repair-score-outside = { $card }: స్కోరు { $score } భావోద్వేగ స్కేలు { $min } నుండి { $max } బయట ఉంది; పటం { $shown } చూపుతుంది. స్కోరును లేదా స్కేలును మార్చండి.
repair-persona-score-outside = { $card }: పర్సోనా "{ $persona }" ఇచ్చిన స్కోరు { $score } భావోద్వేగ స్కేలు { $min } నుండి { $max } బయట ఉంది; పటం { $shown } చూపుతుంది. స్కోరును లేదా స్కేలును మార్చండి.
field-persona-goals = లక్ష్యాలు
field-persona-needs = అవసరాలు
field-persona-frustrations = నిరాశలు
## What an undo kept of a teammate's change (journey-store's keep_teammates).
kept-change-by = { $item } · { $field }: మీ తర్వాత { $who } చేసిన మార్పు ఉంచబడింది.
kept-change = { $item } · { $field }: మీ తర్వాత ఒక సహచరుడు చేసిన మార్పు ఉంచబడింది.
kept-all-by = { $item }: మీ తర్వాత { $who } చేసిన మార్పు ఉంచబడింది.
kept-all = { $item }: మీ తర్వాత ఒక సహచరుడు చేసిన మార్పు ఉంచబడింది.

merge-someone = ఎవరో
merge-author-count = { $who } ({ $count })
merge-incoming = { $count ->
    [one] { $count } మార్పు
   *[other] { $count } మార్పులు
}
merge-incoming-from = { $count ->
    [one] { $from } నుండి { $count } మార్పు
   *[other] { $from } నుండి { $count } మార్పులు
}
merge-removed = కాపీలో తొలగించబడింది, కాబట్టి ఇక్కడ కూడా తొలగించబడింది.
merge-kept-apart = ఇక్కడ అదే గుర్తింపు ఉన్న ప్రయాణం నుండి విడిగా తయారైంది, కాబట్టి ఇది అలాగే ఉంచబడింది. రెండూ కావాలంటే కాపీ ప్రయాణాన్ని దిగుమతి చేయండి.
merge-added = ఇక్కడ కొత్తది: కాపీలో మాత్రమే ఉంది ({ $incoming }).
merge-came-in = { $incoming } వచ్చాయి.
merge-report = విలీన నివేదిక
merge-after = విలీనం తర్వాత
merge-nothing = కొత్తదేమీ లేదు: కాపీలోని ప్రతి మార్పు ఈ వర్క్‌స్పేస్‌లో ఇప్పటికే ఉంది.
merge-open-journey = నిర్ణయించడానికి ఈ ప్రయాణాన్ని తెరువు
merge-done = విలీనం ఇక్కడ నిర్ణయించడానికి వదిలినవన్నీ నిర్ణయించబడ్డాయి.
merge-items = { $count ->
    [one] { $count } అంశానికి నిర్ణయం కావాలి
   *[other] { $count } అంశాలకు నిర్ణయం కావాలి
}

## Presentation
presentation-label = ప్రదర్శన: { $name }
presentation-step = { $at } / { $of }
presentation-leave = ప్రదర్శన నుండి బయటకు రా
presentation-stages = దశలు
pain-badge-short = తీ{ $severity } × త{ $frequency }

## Native menus
menu-new = కొత్త వర్క్‌స్పేస్…
menu-open = తెరువు…
menu-close = విండో మూసివేయి
menu-quit = నిష్క్రమించు
menu-undo = చర్యరద్దు
menu-redo = మళ్లీ చేయి
menu-recent-none = ఇటీవలి ఫైళ్లు లేవు
menu-recent-prune = లేని ఫైళ్లను తీసివేయి
menu-recent-clear = ఇటీవలి ఫైళ్లను తుడిచివేయి
menu-import = ప్రయాణాలను దిగుమతి చేయి…
menu-merge-copy = ఒక కాపీని విలీనం చేయి…
menu-export = ఎగుమతి…
menu-find = వెతుకు…
menu-duplicate = నకలు చేయి
menu-cut = కట్
menu-copy = కాపీ
menu-paste = పేస్ట్
menu-delete = తొలగించు
menu-preferences = అభిరుచులు…
menu-zoom-in = జూమ్ ఇన్
menu-zoom-out = జూమ్ అవుట్
menu-zoom-reset = అసలు పరిమాణం
menu-fit = విండోకు సరిపెట్టు
menu-view-map = ప్రయాణ మ్యాప్
menu-view-graph = దశల గ్రాఫ్
menu-toggle-inspector = ఇన్‌స్పెక్టర్
menu-present = ప్రదర్శన
menu-toggle-workshop = వర్క్‌షాప్
menu-toggle-insights = అంతర్దృష్టులు
menu-toggle-versions = సంస్కరణలు
menu-journey-new = కొత్త ప్రయాణం
menu-journey-duplicate = ప్రయాణాన్ని నకలు చేయి
menu-add-stage = దశను జోడించు
menu-add-lane = వరుసను జోడించు
menu-shortcuts = కీబోర్డ్ షార్ట్‌కట్‌లు
menu-file = ఫైల్
menu-edit = సవరణ
menu-view = వీక్షణ
menu-journey = ప్రయాణం
menu-help = సహాయం
menu-recent = ఇటీవలివి తెరువు
menu-about = జర్నీ స్టూడియో గురించి
menu-recent-missing = { $path } (కనిపించడం లేదు)

## Live announcements
announce-moved = { $count ->
    [one] { $count } కార్డు { $stage }, { $lane } కు జరిపబడింది
   *[other] { $count } కార్డులు { $stage }, { $lane } కు జరిపబడ్డాయి
}
announce-remote = ఈ విండో వెలుపల ప్రయాణం మార్చబడింది.

## Live sync (the top bar)
sync-connecting = బృందానికి కనెక్ట్ అవుతోంది…
sync-connected = బృందంతో సమకాలీకరించబడింది
sync-pending = { $count ->
    [one] { $count } మార్పు పంపుతోంది…
   *[other] { $count } మార్పులు పంపుతోంది…
}
sync-offline = ఆఫ్‌లైన్: ఈ కంప్యూటర్‌లో పని కొనసాగుతోంది
sync-failed = సమకాలీకరణ జరగడం లేదు
sync-lost = టీమ్ సర్వర్‌తో కనెక్షన్ తెగిపోయింది ({ $reason }). మీరు ఆఫ్‌లైన్‌లో పని చేస్తున్నారు: మీ మార్పులు భద్రంగా ఉంటాయి, సర్వర్ తిరిగి వచ్చినప్పుడు పంపబడతాయి.
sync-refused = టీమ్ సర్వర్ కనెక్షన్‌ను తిరస్కరించింది.
sync-room-only = ఈ వర్క్‌స్పేస్ ఏ టీమ్ సర్వర్‌లోనూ లేదు: ఈ స్టూడియో గది తెరిచి ఉన్నంత వరకు గదిలోని సహచరులు దీనితో సింక్ అవుతారు.
sync-here = { $count ->
    [one] { $count } సహచరుడు ఇక్కడ ఉన్నారు
   *[other] { $count } సహచరులు ఇక్కడ ఉన్నారు
}
peer-selected = { $names } ఎంచుకున్నారు

## Sharing (File > Share This Workspace…)
menu-share = ఈ వర్క్‌స్పేస్‌ను పంచుకోండి…
share-title = ఈ వర్క్‌స్పేస్‌ను పంచుకోండి
share-explain = ఆహ్వానం అందుకున్న సహచరులు ఈ వర్క్‌స్పేస్‌ను తమ ల్యాప్‌టాప్‌లలో తెరిచి మీతో కలిసి పని చేయవచ్చు: ఒకరినొకరు చేరగలిగినప్పుడు ప్రత్యక్షంగా, మళ్లీ కలిసినప్పుడు విలీనంగా. ఆహ్వానం ఉన్న ఎవరైనా దీన్ని చదవగలరు, మార్చగలరు: ఫైల్‌నే పంపినట్లు దీన్ని పంపండి.
share-server = బృంద సర్వర్
share-fingerprint = సర్టిఫికెట్ వేలిముద్ర (సర్వర్ చూపినట్లు; ఐచ్ఛికం)
share-start = పంచుకోండి
share-sharing = పంచుకుంటోంది…
share-invitation = ఆహ్వానం
share-copy = కాపీ చేయండి
share-copied = కాపీ అయింది
share-close = మూసివేయండి
journey-share = ఈ వర్క్‌స్పేస్‌ను పంచుకోండి…

## Joining (File > Join a Shared Workspace…)
menu-join = పంచుకున్న వర్క్‌స్పేస్‌లో చేరండి…
journey-join = పంచుకున్న వర్క్‌స్పేస్‌లో చేరండి…
shared-join-title = పంచుకున్న వర్క్‌స్పేస్‌లో చేరండి
shared-join-explain = సహచరుడు పంపిన ఆహ్వానాన్ని ఇక్కడ అతికించండి. మీ స్వంత ప్రతిని ఎక్కడ ఉంచాలో మీరే ఎంచుకుంటారు; అది వేరే విండోలో తెరుచుకుని బృందంతో సమకాలీకరణలో ఉంటుంది.
shared-join-invitation = ఆహ్వానం
shared-join-start = చేరండి
shared-join-joining = చేరుతోంది…
shared-join-close = మూసివేయండి

## The room (Share This Workspace… > In this room; Join a Shared Workspace… > a room nearby)
room-title = ఈ గదిలో
room-explain = టీమ్ సర్వర్ లేదా ఇంటర్నెట్ లేదా? అదే Wi-Fiలో ఉన్న సహచరులు ఈ స్టూడియో వారిని అంగీకరిస్తున్నంత సేపు దానితో నేరుగా సింక్ కావచ్చు. ఇక్కడ చూపిన చిరునామా, కోడ్‌ను వారు టైప్ చేస్తారు, లేదా వారి స్టూడియో సమీపంలో కనుగొన్న గదుల నుండి ఈ గదిని ఎంచుకుంటారు.
room-start = ఈ గదిలో సహచరులను అంగీకరించండి
room-opening = గది తెరుస్తోంది…
room-open-explain = ఈ Wi-Fiలోని సహచరులు "పంచుకున్న వర్క్‌స్పేస్‌లో చేరండి…" ఎంచుకుని ఇది టైప్ చేస్తారు:
room-address = చిరునామా
room-code = కోడ్
room-advertised = సమీపంలోని స్టూడియోలు కూడా ఈ గదిని “{ $name }”గా చూపుతాయి.
room-not-advertised = ఈ నెట్‌వర్క్‌లో స్టూడియోలు ఒకదాన్నొకటి తామే కనుగొనలేవు: సహచరులు చిరునామాను టైప్ చేస్తారు.
room-only = ఈ వర్క్‌స్పేస్ ఏ టీమ్ సర్వర్‌లోనూ లేదు: ఈ గది తెరిచి ఉన్నంత సేపు సహచరులతో సింక్ అవుతుంది, విడిగా చేసిన మార్పులు మళ్లీ కలిసినప్పుడు విలీనమవుతాయి.
room-invitation = ఆహ్వానం (కోడ్‌కు బదులుగా పంపడానికి)
room-stop = అంగీకరించడం ఆపండి
join-room-title = సమీపంలోని గదిలో చేరండి
join-room-explain = ఈ Wi-Fiలో గదిని అంగీకరిస్తున్న సహచరుని స్టూడియో: దాన్ని ఎంచుకోండి, లేదా అది చూపే చిరునామాను టైప్ చేసి, తర్వాత దాని కోడ్‌ను టైప్ చేయండి.
join-room-none = ఈ నెట్‌వర్క్‌లో ఇంకా ఏ గదీ కనబడలేదు. హోస్ట్ చూపే చిరునామాను టైప్ చేయండి.
join-room-nearby = సమీపంలోని గదులు
join-room-address = చిరునామా
join-room-code = కోడ్
join-room-start = గదిలో చేరండి

# Which way a journey's map runs (the journey inspector); on a right-to-left map the stages
# run leftwards from the labels.
map-corner-stages-rtl = దశలు ←
direction-auto = స్వయంచాలకం (పాఠం ప్రకారం)
field-direction = మ్యాప్ దిశ
direction-auto-ltr = స్వయంచాలకం (ఎడమ నుండి కుడికి, పాఠం ప్రకారం)
direction-auto-rtl = స్వయంచాలకం (కుడి నుండి ఎడమకు, పాఠం ప్రకారం)
direction-ltr = ఎడమ నుండి కుడికి
direction-rtl = కుడి నుండి ఎడమకు
