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
