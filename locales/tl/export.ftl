## Export labels
export-pillar-heading = Haligi ng karanasan ng customer

## Findings of the insights
finding-no-repeat-loop = Walang loop ng pag-uulit: walang nagbabalik sa customer sa simula (ang Ulitin ng nakakonektang estratehiya).
finding-unreachable = Hindi maaabot ang yugtong “{ $stage }” mula sa simula.
finding-dead-end = Ang yugtong “{ $stage }” ay dead end: walang daloy na nagpapatuloy mula rito.
finding-missing-phase = Walang yugtong may tag na { $phase }.
finding-no-touchpoint = Wala pang touchpoint sa { $stages }.
finding-worst-path = Pinakamasamang landas: { $route } (karaniwang emosyon { $mean }, pinakamababa { $lowest }).
finding-negative-moment-of-truth = Sandali ng katotohanan na nadama bilang { $score }: { $card } sa “{ $stage }”.
finding-largest-drop = Pinakamalaking pagbagsak: { $from } → { $to } mula { $fromCard } hanggang { $toCard }.
finding-peak-end = Rurok at wakas: ang pinakamatinding sandali ay { $peak } sa { $peakCard }, nagtatapos ang paglalakbay sa { $end } ({ $endCard }); maaalala ng mga customer ang humigit-kumulang { $remembered }.
finding-top-pain = Pangunahing suliranin: { $card } (bigat { $severity } × dalas { $frequency } = { $weight }) sa “{ $stage }”.
finding-unanswered-pains = { $count ->
    [one] { $count } suliranin ang hindi sinasagot ng anumang pagkakataon.
   *[other] { $count } suliranin ang hindi sinasagot ng anumang pagkakataon.
}
finding-quick-wins = Mabilisang panalo (mataas na halaga, mababang pagsisikap): { $cards }.
finding-pillar-hotspot = Kung saan pinakamasakit: { $pillar } sa “{ $stage }” (bigat ng suliranin { $severity }).
finding-empty-loyalty-pillars = Walang pagkakataong nakasandig sa { $pillars }.
finding-channel-switches = { $count ->
    [one] { $count } paglipat ng channel: { $hops }.
   *[other] { $count } paglipat ng channel: { $hops }.
}
finding-friction = { $kind } sa { $stages }.
finding-persona-gap = Pinakamalaki ang pagkakaiba nina { $a } at { $b } sa { $card } ({ $aScore } laban sa { $bScore }).

## The map (SVG, PNG, PDF and the HTML page draw it): labels on it beside the user's own text.
export-goal-persona = { $goal }  ·  Persona ng customer: { $persona }
export-line-of-visibility = Linya ng pagkakakita
export-repeat-flow = Ulitin: { $label }
export-stages-heading = MGA YUGTO
export-lanes-heading = MGA HANAY
export-pain-weight = B{ $severity } × D{ $frequency } = { $weight }
export-value-effort = Halaga { $value } · Pagsisikap { $effort }
export-answers-pains = { $count ->
    [one] Sumasagot sa { $count } suliranin
   *[other] Sumasagot sa { $count } suliranin
}
export-legend-persona = Persona ng customer
export-legend-journey = Paglalakbay

## The HTML page's own controls (around the map).
export-html-zoom-out = Paliitin
export-html-zoom-in = Palakihin
export-html-fit = Ipagkasya
export-html-insights = Mga Kaalaman
export-html-hint = I-drag o i-scroll para gumalaw · Ctrl+scroll o + / − para mag-zoom · F para ipagkasya
export-html-map = Mapa ng paglalakbay
export-heatmap-title = Bigat ng suliranin ayon sa yugto at haligi ng karanasan ng customer

## Tiled PDF pages.
export-pdf-tile = Hanay { $row }, kolum { $column } · pahina { $page } ng { $total } · { $paper } · patong { $overlap } mm
export-pdf-tab = p. { $page }
export-pdf-overview = Kabuuan · { $columns } x { $rows } pahinang { $paper } ({ $count } lahat, saka hanay-hanay) · mapa sa tunay na laki { $width } x { $height } mm

## The Markdown report.
export-md-goal = Layunin
export-md-summary = { $stages } yugto · { $cards } card · sukat ng emosyon mula { $min } hanggang { $max }
export-md-personas = Mga persona
export-md-goals = Mga layunin
export-md-needs = Mga pangangailangan
export-md-frustrations = Mga pagkabigo
export-md-in-their-words = Sa sarili nilang salita
export-md-insights = Mga Kaalaman
export-md-stages = Mga yugto
export-md-no-cards = Wala pang card.
export-md-empty-card = (walang lamang card)
export-md-votes = { $count } boto
export-md-by = ni { $author }
export-md-feels = nadarama { $score } { $emotion }
export-md-sacrifice = sakripisyo ng customer
export-md-wanted-accepted = gusto ang { $wanted }, tinanggap ang { $accepted }
export-md-pain-weight = bigat { $severity } × dalas { $frequency } = { $weight }
export-md-value-effort = halaga { $value }, pagsisikap { $effort }
export-md-owner = may-ari si { $owner }
export-md-emotion-title = Emosyon sa kahabaan ng paglalakbay
export-md-average-label = Karaniwan
export-md-average = { $mean } sa { $count } touchpoint
export-md-lowest = Pinakamababa
export-md-highest = Pinakamataas
export-md-end = Wakas
export-md-largest-drop = Pinakamalaking pagbagsak
export-md-at-stage = { $score } sa “{ $card }” ({ $stage })
export-md-at = { $score } sa “{ $card }”
export-md-drop = { $from } → { $to } mula “{ $fromCard }” hanggang “{ $toCard }”
export-md-pains-title = Mga suliranin ayon sa priyoridad (bigat × dalas)
export-md-nothing-yet = wala pa
export-md-opportunities = Mga oportunidad
export-col-stage = Yugto
export-col-score = Iskor
export-col-emotion = Emosyon
export-col-rank = Ranggo
export-col-severity = Bigat
export-col-frequency = Dalas
export-col-weight = B×D
export-col-pillar = Haligi
export-col-answered-by = Sinagot ng
export-col-value = Halaga
export-col-effort = Pagsisikap
export-col-loyalty-pillar = Haligi ng katapatan
export-col-answers = Sinasagot

## What the app says when an export cannot start (the native save dialog and the shell).
error-export-busy = May isa pang export na tumatakbo; hintayin ito o kanselahin.

## The command line (`journey`).
cli-created = nagawa ang { $path }
cli-note = paalala: { $file }: { $note }
cli-error = journey: { $message }
cli-unknown-language = walang katalogo para sa “{ $code }” (mga wika: { $languages })
cli-unknown-template = hindi kilalang template “{ $id }” (tingnan ang `journey templates`)
cli-edit-invalid = hindi wasto ang pagbabago: { $reason }
cli-give-format-export = ibigay ang --format, o pangalan ng output file na may kilalang extension
cli-give-format-import = ibigay ang --format, o pangalan ng input file na nagtatapos sa .json, .csv, .mmd, .svg, .html, .ojf o .xlsx
cli-unknown-import-format = hindi kilalang format “{ $format }” (json, csv, mermaid, svg, html, ojf, xlsx, lucid)
cli-cannot-read = hindi mabasa ang { $file }: { $reason }
cli-validate = { $file }: { $count } paglalakbay, integridad { $verdict }
cli-show-title = { $name } (rebisyon { $revision })
cli-merge-nothing-new = walang bago: nasa { $ours } na ang bawat pagbabago ng { $theirs }
cli-merge-added = pumasok nang buo
cli-merge-removed = binura sa kopya, kaya dito rin
cli-merge-kept-apart = id lang ang kapareho ng sa kopya; iniwan gaya ng dati (i-import ang sa kopya para magkaroon ng pareho)
cli-merge-changes = { $count } pagbabago mula kay { $authors }
cli-merge-needs-decision = kailangan ng pasya: { $sentence }
cli-analyse-findings = Mga natuklasan
cli-analyse-paths = Mga landas ({ $count })
cli-analyse-paths-more = Mga landas ({ $count }, may iba pang hindi nakalista)
cli-analyse-worst-mean = pinakamasamang karaniwan
cli-analyse-lowest-point = pinakamababang punto
cli-analyse-best = pinakamahusay
cli-analyse-mean = karaniwan { $mean }, pinakamababa { $min }
cli-analyse-no-scores = walang iskor

## Import report: what a file held that did not come in as written (journey-export's notes,
## shown after File > Import… and printed by `journey import`). { $path }, { $name }, { $sheet },
## { $examples } and the like are the file's own words; OpenJourney's member names
## (journeyStudio, overrideEmotion, stageId, metadata.title…) are the format's and stay as they are.
export-import-number = { $n }
export-import-counted = { $what }: { $count } ({ $examples }{ $more ->
    [0] {""}
   *[other] , …
  }).
export-import-kind-touchpoint = touchpoint
export-import-kind-pain-point = suliranin
export-import-kind-opportunity = pagkakataon
export-import-kind-note = tala
export-import-kind-quote = sipi
export-import-ojf-exact = Binasa nang eksakto gaya ng pag-export ng Journey Studio: hindi nagbago ang mga field ng OJF sa file, kaya hawak ng member nitong journeyStudio ang buong paglalakbay.
export-import-ojf-changed = In-export ng Journey Studio ang file at binago mula noon (iba na ang mga field nitong OJF sa in-export): binasa mula sa mga field nitong OJF, at kinuha sa member nitong journeyStudio ang mga id, uri ng hanay at ang walang field sa OJF.
export-import-ojf-read = Binasa bilang OpenJourney: { $stages } yugto, { $swimlanes } hanay ng OJF at { $nodes } node ang naging { $lanes } hanay at { $cards } card.
export-import-ojf-scale-0-10 = Sukatan: 0..10 (mga kinakailangan ng Ptolemy), dahil { $score } ang { $path }; iniwan ang mga iskor gaya ng pagkakasulat.
export-import-ojf-scale-negative = Sukatan: -5..+5 (ang spec ng OJF), gaya ng sinasabi ng mga negatibong iskor ng file; iniwan ang mga iskor gaya ng pagkakasulat.
export-import-ojf-scale-no-scores = Sukatan: -5..+5 (ang spec ng OJF); walang iskor ang file.
export-import-ojf-scale-assumed = Ipinalagay ang sukatang -5..+5 (ang spec ng OJF): nasa 0..5 ang bawat iskor, na akma sa -5..+5 ng spec at sa 0..10 ng mga kinakailangan ng Ptolemy. Gawing 0..10 ang sukatan ng paglalakbay kung iyon ang ibig sabihin ng file.
export-import-ojf-lane-added = Idinagdag ang hanay na "{ $name }" para sa hawak ng mga node bukod sa sarili nilang card.
export-import-ojf-no-title = Walang pamagat ang file (walang title sa ugat o metadata.title): "{ $name }" ang ipinangalan sa paglalakbay.
export-import-ojf-lanes-guessed = Hinulaan ang uri ng mga hanay mula sa pangalan ng mga hanay ng OJF (wala silang uri): { $lanes }.
export-import-ojf-lane-guess = "{ $name }" bilang { $kind }
export-import-ojf-persona = Ang personang "{ $name }" ang naging persona ng paglalakbay (pangalan lang ang hawak ng OJF).
export-import-ojf-score-text = Mga iskor na isinulat bilang teksto, binasa bilang numero
export-import-ojf-score-not-number = Mga iskor na hindi numero, iniwang walang iskor
export-import-ojf-score-fraction = Mga iskor na may bahagi, ibinilog sa buong hakbang ng sukatan
export-import-ojf-stage-unnamed = Mga yugtong walang pangalan, pinangalanan ayon sa puwesto nila
export-import-ojf-stage-same-id = Mga yugtong kapareho ng id ng naunang yugto (sa una napupunta ang mga node na may id na iyon)
export-import-ojf-stage-no-id = Mga yugtong walang id (walang node na maaaring mapunta roon)
export-import-ojf-lane-unnamed = Mga hanay na walang pangalan, pinangalanan ayon sa puwesto nila
export-import-ojf-lane-same-id = Mga hanay na kapareho ng id ng naunang hanay (sa una napupunta ang mga node na may id na iyon)
export-import-ojf-lane-no-id = Mga hanay na walang id (walang node na maaaring mapunta roon)
export-import-ojf-node-no-stage = Mga node na hindi isinama: walang yugto ng file na tinutukoy ng kanilang stageId (hindi rin sila ipinapakita ng Ptolemy)
export-import-ojf-node-no-lane = Mga node na hindi isinama: walang hanay ng file na tinutukoy ng kanilang swimlaneId (hindi rin sila ipinapakita ng Ptolemy)
export-import-ojf-tags = Itinago ang mga tag ng node bilang huling linya ng card na "Tags: ..." (walang field ng tag ang mga card)
export-import-ojf-severity-word = Mga tindi na hindi low, medium o high, binasa bilang medium
export-import-ojf-purpose-as = Binasa ang layuning "{ $purpose }" bilang { $kind }
export-import-ojf-purpose-unknown = Hindi kilala ang layuning "{ $purpose }", binasa bilang uri ng hanay nito ({ $kind })
export-import-ojf-sentiment = Walang mapaglagyan ang damdamin ng mga node na walang iskor (kailangan ng iskor ng emosyong may pangalan)
export-import-ojf-moment = Walang mapaglagyan ang mga sandali ng katotohanan sa mga node na hindi touchpoint
export-import-ojf-severity-not-pain = Walang mapaglagyan ang tindi ng mga node na hindi suliranin (suliranin lang ang may tindi)
export-import-ojf-icon = Walang mapaglagyan ang mga icon ng node (walang icon ang mga card)
export-import-ojf-icon-color = Walang mapaglagyan ang kulay ng icon ng node (iconColor) (walang sariling kulay ang mga card)
export-import-ojf-scored = Ang mga may iskor na node na { $kind } ay naging isang touchpoint (ang iskor) at isang card na { $kind } na nakatali rito
export-import-ojf-blueprint = Ang mga item ng blueprint na { $part } ay naging mga card sa hanay na { $lane }, nakatali sa kanilang node
export-import-ojf-stage-emotion = Ang overrideEmotion ng mga yugto ay naging touchpoint na "{ $card }" sa hanay ng emosyon
export-import-xlsx-read = Binasa ang workbook: { $stages } yugto, { $lanes } hanay, { $personas } persona at { $cards } card; kinukuwenta mula rito ang mga sheet na { $sheets } at hindi binasa.
export-import-xlsx-flows-dropped = { $count } ugnayan ang tumukoy sa yugtong wala na sa sheet na { $sheet } at hindi isinama.
export-import-xlsx-no-flows = Walang sheet na { $flows }: sunud-sunod ang mga yugto ayon sa pagkakaayos ng sheet na { $stages }.
export-import-xlsx-unplaced = Mga bagong yugtong wala pang ugnayan (magdagdag ng hilera sa sheet na { $sheet } para mailagay sila sa paglalakbay): { $stages }.
export-import-xlsx-links-dropped = Hindi isinama ang { $count } ugnayan mula sa mga pagkakataon papunta sa mga suliraning wala na sa sheet na { $sheet }.
export-import-xlsx-copied = { $count } hilera ang may id ng naunang hilera (kinopyang hilera): bawat isa ay naging bago na may sariling id.
export-import-xlsx-new-cards = { $count } bagong card (mga hilerang walang id).
export-import-lucid-page = Pahinang "{ $name }": { $note }
export-import-lucid-lanes = { $count } swim lane ang naging hanay ng mga touchpoint.
export-import-lucid-shapes-stages = Walang lalagyan maliban sa mga swim lane: bawat isa sa { $count } hugis ay naging sariling yugto, ayon sa pagkakasunod na ibinibigay ng mga linya.
export-import-lucid-containers = { $count } lalagyan ang naging mga yugto.
export-import-lucid-loose = Napunta sa yugtong "{ $stage }" ang mga hugis na wala sa anumang lalagyan.
export-import-lucid-cards = { $count } hugis ang naging mga card ({ $notes } tala, ang iba ay touchpoint na walang iskor).
export-import-lucid-flows = { $count } linya ang naging mga ugnayan ({ $repeats } pabalik sa naunang yugto, bilang ikot ng pag-ulit).
export-import-lucid-same-stage = { $count } linya sa loob ng iisang yugto (o umuulit sa iba) ang hindi naging ugnayan.
export-import-lucid-dangling = { $count } linya ang hindi nagdugtong ng dalawang hugis at hindi isinama.
export-import-mermaid-unscored = linya { $line }: walang iskor ang gawaing "{ $task }" (hindi numero ang "{ $score }"), kaya hindi isinama

## Export report: what an OpenJourney (.ojf) export cannot hold in OJF's own fields (`journey export`).
export-ojf-scale = Nasa sukatang { $min }..{ $max } ang mga iskor ng paglalakbay na ito; isinusulat sila sa -5..+5 ng OJF (ibinilog), at napupunta sa member na journeyStudio ang sukatan at mga pangalan nito.
# The notes after this one each name one of the things it says OJF has no field for.
export-ojf-no-field = Walang field ang OJF para sa mga kasunod. Itinatago sila sa member na journeyStudio ng file (binabasa silang muli ng Journey Studio; iniingatan ng Ptolemy pero hindi ipinapakita).
export-ojf-lost-flows = mga sangay o pag-ulit na ugnayan ng mga yugto (payak na pagkakasunod ang mga yugto ng OJF): { $count }
export-ojf-lost-personas = mga persona pagkatapos ng una (isang persona lang ang pinapangalanan ng OJF): { $count }
export-ojf-lost-persona-details = mga detalye ng persona (papel, layunin, pangangailangan, pagkabigo, sipi, gumagastos o nagpapadala, kulay): { $count }
export-ojf-lost-metrics = mga sukatan ng paglalakbay (NPS, CSAT, CES): { $count }
export-ojf-lost-stage-details = mga paglalarawan, bahagi, nakakonektang karanasan o sukatan ng yugto: { $count }
export-ojf-lost-lane-kinds = mga uri at kulay ng hanay (pangalan lang ang mga hanay ng OJF): { $count }
export-ojf-lost-touchpoint-details = mga channel ng touchpoint, sakripisyo ng customer, nakakonektang karanasan o iskor ng ibang persona: { $count }
export-ojf-lost-pain-details = dalas, haligi, alitan at kakulangan ng mga suliranin: { $count }
export-ojf-lost-severities = mga suliraning ang tindi (1-5) ay masasabi lang ng OJF bilang low (1-2), medium (3) o high (4-5): { $count }
export-ojf-lost-opportunity-details = ugnay ng mga pagkakataon sa suliranin, halaga, pagsisikap, may-ari at haligi ng katapatan: { $count }
export-ojf-lost-speakers = mga nagsalita ng sipi (isinusulat ang sipi bilang obserbasyon): { $count }
export-ojf-lost-workshop = mga boto, may-akda o pagkapribado ng card sa workshop: { $count }

cli-unknown-export-format = hindi format ng export ang “{ $format }” (svg, png, pdf, html, csv, md, json, mermaid, ojf, xlsx)
cli-unknown-page = hindi laki ng pahina ang “{ $page }” (fit, a4, a3, letter)
cli-bad-scale = dapat nasa pagitan ng { $min } at { $max } ang scale, hindi { $scale }
cli-cannot-write = hindi maisulat ang { $file }: { $reason }
cli-crash-problems = { $count ->
    [one] nakakita ang crash test ng { $count } problema
   *[other] nakakita ang crash test ng { $count } na problema
}
cli-bench-store-nothing = magbigay ng kahit isang laki at isang pagbabago
# --listen ADDRESS that is not an address; { $reason } is the system's own words.
cli-bad-listen = --listen { $listen }: { $reason } (halimbawa { $example })
cli-serve-failed = hindi masimulan ang team server: { $detail }
cli-joined = { $count ->
    [one] naisali ang "{ $name }" sa { $file }: { $count } paglalakbay
   *[other] naisali ang "{ $name }" sa { $file }: { $count } na paglalakbay
}
cli-joined-room = { $count ->
    [one] naisali ang "{ $name }" mula sa silid sa { $address } papunta sa { $file }: { $count } paglalakbay
   *[other] naisali ang "{ $name }" mula sa silid sa { $address } papunta sa { $file }: { $count } na paglalakbay
}
cli-synced = { $count ->
    [one] na-sync: { $count } pagbabago ang natanggap
   *[other] na-sync: { $count } na pagbabago ang natanggap
}
# `journey sync --watch`: a line for each thing that happens until it is stopped.
cli-syncing = sini-sync ang { $file } (Ctrl+C para ihinto)
cli-sync-stopped = { $count ->
    [one] huminto: { $count } pagbabago ang natanggap
   *[other] huminto: { $count } na pagbabago ang natanggap
}
cli-sync-received = { $count ->
    [one] nakatanggap ng { $count } pagbabago mula kay { $authors }
   *[other] nakatanggap ng { $count } na pagbabago mula kay { $authors }
}
cli-sync-connecting = kumokonekta
cli-sync-connected = nakakonekta
cli-sync-offline = hindi konektado: { $reason }
cli-sync-failed = nabigo: { $reason }
