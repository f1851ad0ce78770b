# Mga salita ng window (ui/src). Mga termino ayon sa ../shared/glossary.md.

## Preferences: language
preferences-title = Mga Kagustuhan
preferences-language = Wika
preferences-language-system = Sundin ang sistema ({ $language })
preferences-latin-digits = Isulat ang mga numero gamit ang 0–9
preferences-close = Isara
preferences-open = Mga Kagustuhan (wika)

## Inspector
cards-selected = { $count ->
    [one] { $count } card ang napili
   *[other] { $count } card ang napili
}

## Common
close = Isara
cancel = Kanselahin
delete = Burahin
duplicate = Doblehin
error-code = Code ng error:
dismiss = Isara ang mensahe
none = Wala

## Errors
open-failed-title = Hindi mabuksan ang file na ito
open-failed-hint = Gamitin ang File › Buksan… para pumili ng ibang workspace, o File › Bagong Workspace… para magsimula ng bago. Hindi nabago ang file.
crash-title = Nagkaproblema ang window
crash-hint = Ligtas ang iyong gawa: bawat pagbabago ay na-save sa file nang gawin mo ito. Iguhit muli ang studio para magpatuloy; kung maulit ito, itala ang ginawa mo bago nito at iulat.
crash-retry = Iguhit muli ang studio

## Keyboard shortcuts
shortcuts-title = Mga keyboard shortcut
keys-undo-shortcut = Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
keys-undo = i-undo, i-redo (kahit pagkatapos mag-restart)
keys-select-shortcut = Mga arrow
keys-select = piliin ang susunod na card sa itaas, ibaba, kaliwa o kanan
keys-move-shortcut = Space, mga arrow, Space / Esc
keys-move = damputin ang mga napiling card, piliin ang lugar, ilapag / kanselahin
keys-stage-lane-shortcut = Alt+← / Alt+→, Alt+↑ / Alt+↓
keys-stage-lane = ilipat ang napiling yugto pakaliwa o pakanan, ang napiling hanay pataas o pababa
keys-clipboard-shortcut = Ctrl+C / Ctrl+X / Ctrl+V
keys-clipboard = kopyahin, i-cut, i-paste ang mga card (pati sa ibang paglalakbay)
keys-rename-shortcut = Enter o F2
keys-rename = i-edit ang teksto ng napiling card; palitan ang pangalan ng napiling yugto o hanay
keys-new-shortcut = N
keys-new = bagong card pagkatapos ng napili
keys-emotion-shortcut = + / − (o Alt+↑ / Alt+↓)
keys-emotion = itaas o ibaba ang emosyon ng napiling touchpoint
keys-delete-shortcut = Delete
keys-delete = burahin ang napili (mga card, isang yugto, isang hanay; isang daloy sa graph ng yugto)
keys-duplicate-shortcut = Ctrl+D
keys-duplicate = doblehin ang mga napiling card
keys-search-shortcut = Ctrl+F
keys-search = maghanap; naka-highlight ang mga tumutugmang card
keys-zoom-shortcut = Ctrl+= / Ctrl+− / Ctrl+0
keys-zoom = palakihin, paliitin, tunay na laki (hinihila ng gitnang button ang mapa)
keys-views-shortcut = Ctrl+1 / Ctrl+2
keys-views = mapa ng paglalakbay / graph ng yugto
keys-transfer-shortcut = Ctrl+E / Ctrl+I
keys-transfer = i-export / i-import
keys-present-shortcut = F5, pagkatapos ← → at Esc
keys-present = presentasyon: isa-isahin ang mga yugto, lumabas
keys-help-shortcut = F1
keys-help = ang listahang ito

## Toolbar
toolbar-label = Mga kasangkapan ng mapa
toolbar-view = Tanaw
view-map = Mapa
view-graph = Graph ng yugto
undo = I-undo
    .title = I-undo (Ctrl+Z)
redo = I-redo
    .title = I-redo (Ctrl+Shift+Z)
search-label = Maghanap ng card
search-placeholder = Maghanap ng card (Ctrl+F)
search-matches = { $count ->
    [one] { $count } tugma
   *[other] { $count } tugma
}
hint-graph = Hilahin mula sa isang yugto patungo sa iba para pagdugtungin · binubura ng Delete ang napiling daloy
hint-read-only = Basahin lamang: nakapatay ang mga pagbabago
hint-moving = Naglilipat: pinipili ng mga arrow ang lugar, inilalapag ng Space, kinakansela ng Esc
hint-map = I-double-click ang isang cell para magdagdag ng card · Space at mga arrow para ilipat · binubura ng Delete
zoom-out = Paliitin
    .title = Paliitin (Ctrl+−)
zoom-in = Palakihin
    .title = Palakihin (Ctrl+=)
zoom-actual = Tunay na laki
    .title = Tunay na laki (Ctrl+0)
zoom-fit = Ipagkasya
    .title = Ipagkasya ang mapa sa window
panel-inspector = Inspektor
    .title = Ipakita o itago ang inspektor (mas maraming lugar para sa mapa)
present = Ipresenta
    .title = Ipakita ang paglalakbay sa silid, yugto-yugto
panel-workshop = Workshop
    .title = Magpatakbo ng workshop: sumasali ang mga kalahok mula sa kanilang browser
panel-insights = Mga Kaalaman
    .title = Ang sinasabi ng mapa: mga landas, suliranin, haligi
panel-versions = Mga Bersyon
    .title = Mga may-pangalang bersyon ng paglalakbay na ito

## The window
app-name = Journey Studio
opening-workspace = Binubuksan ang workspace…
crash-details = { $message } Nasa { $log } ang mga detalye.
open-log-folder = Buksan ang folder ng log
merge-to-decide = { $count ->
    [one] { $count } item mula sa merge ang kailangang pagpasyahan
   *[other] { $count } item mula sa merge ang kailangang pagpasyahan
}
persona-value-spender = spender (gumagastos)
persona-value-sender = sender (nagre-refer)
journey-summary = Buod ng paglalakbay
count-stages = { $count ->
    [one] { $count } yugto
   *[other] { $count } yugto
}
count-touchpoints = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoint
}
count-pains = { $count ->
    [one] { $count } suliranin
   *[other] { $count } suliranin
}
file-read-only = Basahin lamang
file-saved = Awtomatikong nase-save

## Journeys menu
journeys-menu = Mga Paglalakbay
journey-new-name = Bagong paglalakbay
journey-new = Bagong paglalakbay…
journey-duplicate = Doblehin ang paglalakbay na ito
journey-rename = Palitan ang pangalan…
journey-save-template = I-save bilang template…
journey-delete = Burahin ang paglalakbay na ito…
journey-import = Mag-import ng mga paglalakbay…
import-report-title = Ang dinala ng pag-import
import-report-intro = Hindi eksaktong pumasok ang mga bahaging ito gaya ng nasa file:
journey-merge = Pagsamahin ang isang kopya…
journey-export = I-export ang paglalakbay na ito…
journey-new-name-label = Bagong pangalan
rename = Palitan ang pangalan
field-name = Pangalan
journey-start-from = Magsimula mula sa
templates = Mga template
templates-loading = Nilo-load ang mga template…
template-yours = { $name } (sa iyo)
template-name = Pangalan ng template
template-hint = Naka-save para sa iyo, labas sa file na ito: iaalok ito sa ilalim ng Bagong paglalakbay sa bawat workspace.
template-save = I-save ang template
journey-delete-confirm = Burahin ang “{ $name }” kasama ang kasaysayan ng undo at mga bersyon nito? Hindi na ito maibabalik.
journey-delete-button = Burahin ang paglalakbay

## Export
export-title = I-export ang “{ $name }”
export-format = Format
format-pdf = PDF
    .what = Vector na dokumento para sa pag-print at email; nahahanap pa rin ang teksto.
format-png = PNG
    .what = Larawan para sa mga slide at chat, sa anumang laki.
format-svg = SVG
    .what = Vector na larawan; bumubukas sa mga browser at design tool, at naii-import pabalik.
format-html = Web page
    .what = Isang file na bumubukas offline sa anumang browser, may pan at zoom.
format-csv = CSV
    .what = Isang hilera bawat card, para sa mga spreadsheet.
format-md = Markdown
    .what = Madaling basahing ulat: persona, mga yugto, emosyon, mga suliranin ayon sa priyoridad.
format-json = JSON
    .what = Ang buong paglalakbay; naii-import pabalik nang eksakto.
format-mermaid = Mermaid
    .what = Teksto ng diagram ng paglalakbay para sa mga site ng dokumentasyon.
format-ojf = OpenJourney
    .what = Ang mapa para sa Ptolemy at iba pang OJF na tool; nababasa pabalik dito nang buo.
format-xlsx = Workbook ng Excel
    .what = Isang sheet bawat paksa para sa pananaliksik at ulat; nababasa pabalik ang mga binago.
export-pages = Mga pahina
pages-fit = Isang pahina, kasinlaki ng mapa
pages-a4 = Mga pahinang A4 (tunay na laki, may pangkalahatang tanaw)
pages-a3 = Mga pahinang A3 (tunay na laki, may pangkalahatang tanaw)
pages-letter = Mga pahinang Letter (tunay na laki, may pangkalahatang tanaw)
export-size = Laki
export-scale-1 = 1× (laki ng screen)
export-scale-2 = 2× (malinaw sa mga high-resolution na screen)
export-scale-4 = 4× (mga poster at pag-print)
export-progress = Progreso ng export
export-saved = Na-save sa { $path }
export-cancel = Kanselahin ang export
export-start = I-export…

## Insights
insights-reading = Binabasa ang mapa…
insights-findings = Mga natuklasan
insights-show = Ipakita sa mapa
finding-warning = Babala
finding-note = Tala
insights-paths = Mga landas
insights-paths-first = (unang { $count })
path-no-scores = walang iskor
path-figures = karaniwan { $mean } · pinakamababa { $low }
path-repeats = umuulit
path-tag-worst = pinakamasama
path-tag-lowest = pinakamababang punto
path-tag-best = pinakamahusay
insights-heatmap = Kung saan masakit: bigat ng suliranin ayon sa yugto at haligi ng karanasan ng customer
insights-stage = Yugto
heatmap-cell = { $pillar } sa { $stage }: bigat { $severity }
insights-untagged = { $count ->
    [one] { $count } suliranin ang wala pang haligi.
   *[other] { $count } suliranin ang wala pang haligi.
}
insights-matrix = Mga pagkakataon: halaga at pagsisikap
quadrant-quickWin = Mabilisang panalo
quadrant-majorProject = Malalaking proyekto
quadrant-fillIn = Pampuno
quadrant-thankless = Walang pakinabang
quadrant-none = wala
card-empty = (walang lamang card)
value-effort-short = H{ $value } P{ $effort }
insights-loyalty = Mga haligi ng katapatan

## Versions
version-save-title = Mag-save ng bersyon
version-name = Pangalan ng bersyon
    .placeholder = hal. Bago ang workshop
version-save = I-save
version-hint = Ang bersyon ay snapshot na nakatago sa file na ito. Ang pagbabalik dito ay isang hakbang na maaari mong i-undo.
versions-none = Wala pang bersyon.
version-meta = { $when } · { $cards ->
    [one] { $cards } card
   *[other] { $cards } card
}
version-stop-comparing = Itigil ang paghahambing
version-compare = Ihambing sa ngayon
version-view = Tingnan
version-restore = Ibalik
version-delete = Burahin ang bersyong { $name }
diff-label = Mga pagbabago mula sa bersyon
diff-since = Mula sa “{ $name }”
diff-cards = Mga card: { $list }
diff-cards-added = { $count } idinagdag
diff-cards-removed = { $count } binura
diff-cards-moved = { $count } inilipat
diff-cards-changed = { $count } binago
diff-no-cards = Walang pagbabago sa card
mark-added = idinagdag
mark-changed = binago
mark-moved = inilipat
diff-item = { $name } ({ $change })
change-added = idinagdag
change-removed = binura
change-updated = na-update
diff-stages = Mga yugto: { $list }
diff-lanes = Mga hanay: { $list }
diff-flows = Mga daloy: { $added } idinagdag, { $removed } binura, { $changed } binago
diff-removed-cards = Mga binurang card
diff-emotions = Mga pagbabago ng emosyon

## Workshop
workshop-qr = QR code ng link para sumali
card-removed = (binurang card)
workshop-intro = Patakbuhin ang sesyon mula rito. Ang mga kalahok sa parehong Wi-Fi ay nagbubukas ng link (o nag-i-scan ng QR code) sa anumang browser, naglalagay ng pangalan at maikling code, nagdadagdag ng card, bumoboto at nakikita ang timer. Walang account at walang internet na kailangan.
workshop-loopback = Ang computer na ito lamang (para subukan)
workshop-start = Simulan ang sesyon
workshop-join = Sumali
workshop-join-code = Code para sumali
workshop-participants = { $count ->
    [one] { $count } kalahok
   *[other] { $count } kalahok
}
workshop-remove = Alisin
workshop-ban = I-ban
workshop-ban-title = Alisin si { $name } at huwag nang papasukin sa pangalang iyon
workshop-ban-device = Hindi na rin papasukin ng ban ang kanyang device
workshop-new-code = Bagong code
workshop-new-code-title = Bigyan ang sesyon ng bagong code para sumali: hindi na gagana ang luma, mananatili ang lahat ng nasa loob
workshop-cards = Mga card mula sa mga kalahok
workshop-open-lanes = Mga hanay na bukas para sa card
workshop-private = Pribadong mode: nakatago ang mga bagong card hanggang ibunyag
workshop-reveal = Ibunyag ang mga pribadong card
workshop-anonymously = nang walang pangalan
workshop-lock = I-lock ang board
workshop-follow = Sinusundan ng mga kalahok ang aking yugto
workshop-vote = Botohan gamit ang tuldok
workshop-vote-status = { $voters } ang bumoto · { $dots ->
    [one] { $dots } tuldok bawat isa
   *[other] { $dots } tuldok bawat isa
}
workshop-vote-close = Isara ang botohan at i-save ang resulta
workshop-vote-cards = Mga card na pagbobotohan
workshop-vote-whole-map = Ang buong mapa
workshop-dots = Mga tuldok
workshop-vote-open = Buksan ang botohan
workshop-timer = Timer
workshop-minutes = Minuto
workshop-timer-set = Itakda
workshop-timer-pause = Ihinto
workshop-timer-start = Simulan
workshop-timer-extend = +1 minuto
workshop-end = Tapusin ang sesyon
workshop-record = Tala ng sesyon ({ $count })

## Inspector fields
cards-selected-hint = Hilahin ang alinman para ilipat ang grupo, o pindutin ang Delete para burahin silang lahat.
last-changed = Huling binago ni { $who }, { $when }
field-text = Teksto
field-kind = Uri
field-channel = Channel
channel-none = Walang channel
field-channel-name = Pangalan ng channel
field-emotion = Emosyon
emotion-none = Walang iskor
field-named-emotion = Pangalan ng emosyon
    .placeholder = hal. gumaan ang loob
moment-of-truth = Sandali ng katotohanan
field-experience = Nakakonektang karanasan
field-wanted = Gusto ng customer
    .placeholder = Ang talagang gusto ng customer
field-accepted = Tinanggap ng customer
    .placeholder = Ang tinanggap na lamang nila
field-severity = Bigat
severity-low = maliit
severity-high = malubha
field-frequency = Dalas
frequency-low = bihira
frequency-high = palagi
pain-priority = Priyoridad { $priority } (bigat × dalas)
field-pillar = Haligi ng karanasan ng customer
field-friction = Sagabal
field-friction-name = Pangalan ng sagabal
field-short-of = Kulang sa customer
field-value = Halaga
value-low = kaunti
value-high = marami
field-effort = Pagsisikap
effort-low = mabilis
effort-high = isang proyekto
field-loyalty = Haligi ng katapatan
field-owner = May-ari
field-answers = Sinasagot ang mga suliraning ito
pain-untitled = Suliraning walang pamagat
field-speaker = Nagsalita
card-delete = Burahin ang card
field-sample = Mga sagot
inspector-stage = Yugto
field-description = Paglalarawan
field-phase = Bahagi
phase-custom = Pasadya…
field-phase-name = Pangalan ng bahagi
inspector-metrics = Mga sukatan
metric-nps = NPS ({ $min } hanggang { $max })
metric-csat = CSAT (porsiyento)
metric-ces = CES ({ $min } hanggang { $max })
stage-move-left = ← Ilipat pakaliwa
    .title = Alt+←
stage-move-right = Ilipat pakanan →
    .title = Alt+→
stage-delete = Burahin ang yugto at ang mga card nito
inspector-lane = Hanay
lane-hint = Nasa ibaba ng linya ng pagkakakita ang mga hanay ng likuran at suporta.
lane-move-up = ↑ Pataas
    .title = Alt+↑
lane-move-down = Pababa ↓
    .title = Alt+↓
lane-delete = Burahin ang hanay at ang mga card nito
inspector-journey = Paglalakbay
field-goal = Layunin
inspector-scale = Iskala ng emosyon
scale-lowest = Pinakamababa
scale-highest = Pinakamataas
scale-step = Baitang
    .placeholder = Pangalanan ang baitang na ito
inspector-personas = Mga persona
persona-new-name = Persona { $number }
persona-add = Magdagdag ng persona
inspector-hint = Pumili ng card, yugto o hanay para i-edit ito. I-double-click ang walang lamang cell para magdagdag ng card.
persona-role = Tungkulin
persona-quote = Sipi
persona-goals = Mga layunin (isa bawat linya)
persona-needs = Mga pangangailangan (isa bawat linya)
persona-frustrations = Mga pagkabigo (isa bawat linya)
persona-value = Halaga ng customer
persona-value-none = Hindi nakatakda
persona-spender = Spender (pinakamalaking gumastos)
persona-sender = Sender (nagre-refer ng iba)
persona-color = Kulay ng kurba
persona-color-of = Kulay ng kurba ni { $name }
persona-remove = Alisin ang persona

## Cards
card-text = Teksto ng card
card-label = { $description }:
card-label-emotion = emosyon { $score } { $name }
card-label-pain = bigat { $severity }, dalas { $frequency }
card-label-votes = { $count ->
    [one] { $count } tuldok
   *[other] { $count } tuldok
}
card-empty-text = Walang lamang card
sacrifice = Sakripisyo
    .title = Gusto: { $wanted } · Tinanggap: { $accepted }
pain-badge = B{ $severity } × D{ $frequency } = { $priority }
    .title = Bigat × dalas
value-effort = Halaga { $value } · Pagsisikap { $effort }
    .title = Halaga at pagsisikap, 1 hanggang 5
answers-pains = { $count ->
    [one] Sinasagot ang { $count } suliranin
   *[other] Sinasagot ang { $count } suliranin
}
votes = Mga boto
    .title = Mga tuldok sa huling botohan
card-private = Pribado

## Studio, map, curve, graph
viewing-version = Tinitingnan ang bersyong “{ $name }” (basahin lamang).
viewing-back = Bumalik sa ngayon
viewing-restore = Ibalik ang bersyong ito
graph-loading = Iginuguhit ang graph ng yugto…
workspace-empty = Wala pang paglalakbay ang workspace na ito.
curve-legend = Mga kurba ng emosyon
curve-point = Emosyon sa “{ $text }”
stage-flows = Mga daloy ng yugto
graph-cards = { $count ->
    [one] { $count } card
   *[other] { $count } card
}
flow-next = susunod
flow-branch = sanga
flow-repeat = loop ng pag-uulit
graph-hint = Hilahin mula sa kanang gilid ng yugto patungo sa ibang yugto para pagdugtungin · pumili ng daloy at pindutin ang Delete · i-double-click ang daloy para lagyan ng label
flow-label = Label ng daloy na ito
    .placeholder = hal. walang stock
map-label = Mapa ng paglalakbay: { $name }
map-corner-stages = Mga yugto →
map-corner-lanes = Mga hanay ↓
metric-answers = { $count ->
    [one] { $count } sagot
   *[other] { $count } sagot
}
map-cards = Mga card
stage-name = Pangalan ng yugto
add-stage = + Yugto
lane-name = Pangalan ng hanay
add-lane = + Hanay
visibility-line = Linya ng pagkakakita
stage-new-name = Yugto { $number }
lane-new-name = Bagong hanay

## Merge report
repair-select-cards = { $count ->
    [one] Piliin ang card
   *[other] Piliin ang mga card
}
repair-delete-cards = { $count ->
    [one] Burahin ang card
   *[other] Burahin ang mga card
}
repair-remove-flow = Alisin ang daloy
repair-make-repeat = Gawing loop ng pag-uulit
repair-select-opportunity = Piliin ang pagkakataon
repair-show-scale = Ipakita ang iskala
repair-select-stage = Piliin ang yugto
repair-select-lane = Piliin ang hanay
repair-show-journey = Ipakita ang mga field ng paglalakbay

## Ulat ng pagsasama: ang ipinapakita ng mapa nang iba sa pinagsamang dokumento.
repair-item-journey = Ang paglalakbay
repair-item-stage = Yugtong "{ $name }"
repair-item-lane = Hanay na "{ $name }"
repair-item-persona = Personang "{ $name }"
repair-item-card = Card na "{ $name }"
repair-item-blank-card = Isang card na walang teksto
repair-item-flow = Ang daloy mula { $from } papunta { $to }
repair-item-gone = Isang bagay na wala sa mapa
repair-stage = "{ $name }"
repair-stage-gone = isang binurang yugto
repair-pain = "{ $name }"
repair-pain-blank = isang card na walang teksto
repair-too-long = { $item } · { $field }: { $length } na titik, lampas sa hangganang { $max }; ipinapakita ng mapa ang unang { $max }.
repair-blank = { $item } · { $field }: naging blangko; ipinapakita ng mapa ang "{ $instead }".
repair-blank-none = { $item } · { $field }: naging blangko; walang ipinapakita ang mapa.
repair-out-of-range = { $item } · { $field }: ang { $value } ay labas sa { $min } hanggang { $max }; ipinapakita ng mapa ang { $shown }.
repair-not-finite = { $item } · { $field }: hindi tiyak na numero; 0 ang gamit ng mapa.
repair-not-a-number = { $item } · { $field }: hindi numero; iniiwan ito ng mapa.
repair-not-a-colour = { $item } · { $field }: ang "{ $value }" ay hindi kulay na tulad ng #3366cc; ang default ang gamit ng mapa.
repair-too-many = { $item } · { $field }: { $count } na entry, lampas sa hangganang { $max }; ipinapakita ng mapa ang unang { $max }.
repair-scale-inverted = Hindi wasto ang pinagsamang iskala ng damdamin: ang minimum nitong { $min } ay hindi mas mababa sa maximum nitong { $max }, kaya ang default na iskalang { $defaultMin } hanggang { $defaultMax } ang gamit ng mapa.
repair-scale-too-wide = Hindi wasto ang pinagsamang iskala ng damdamin: ang { $min } hanggang { $max } ay { $span } na hakbang, higit sa { $limit }, kaya ang default na iskalang { $defaultMin } hanggang { $defaultMax } ang gamit ng mapa.
repair-scale-step-outside = Hindi wasto ang pinagsamang iskala ng damdamin: ang hakbang { $step } ay may pangalang "{ $name }" pero labas sa { $min } hanggang { $max }; hindi ipinapakita ang pangalan.
repair-scale-step-blank = Hindi wasto ang pinagsamang iskala ng damdamin: naging blangko ang pangalan ng hakbang { $step }; hindi ito ipinapakita.
repair-scale-step-too-long = Hindi wasto ang pinagsamang iskala ng damdamin: ang pangalan ng hakbang { $step } ay { $length } na titik, lampas sa hangganang { $max }; ipinapakita ng mapa ang unang { $max }.
repair-over-limit = Magkasamang may hawak ang dalawang kopya ng mas maraming { $what ->
        [cards] card
        [stages] yugto
        [lanes] hanay
       *[personas] persona
    } kaysa puwede sa isang paglalakbay ({ $limit }); hindi ipinapakita ang { $hidden } na pinakabago{ $cards ->
        [0] {""}
        [one] , pati ang card na nasa mga ito
       *[other] , pati ang { $cards } card na nasa mga ito
    }. Magbura ng ilan para maipakita ang mga ito.
repair-unplaced-stage = { $count ->
        [one] Isang card ang nasa yugtong binura sa kabilang kopya; ipinapakita ito sa kolum na "{ $unplaced }". Ilipat ito sa ibang yugto para malutas ito.
       *[other] { $count } card ang nasa yugtong binura sa kabilang kopya; ipinapakita ang mga ito sa kolum na "{ $unplaced }". Ilipat ang mga ito sa ibang yugto para malutas ito.
    }
repair-unplaced-lane = { $count ->
        [one] Isang card ang nasa hanay na binura sa kabilang kopya; ipinapakita ito sa hanay na "{ $unplaced }". Ilipat ito sa ibang hanay para malutas ito.
       *[other] { $count } card ang nasa hanay na binura sa kabilang kopya; ipinapakita ang mga ito sa hanay na "{ $unplaced }". Ilipat ang mga ito sa ibang hanay para malutas ito.
    }
repair-dangling-flow = Wala sa mapa ang isang daloy papunta o mula sa yugtong binura sa kabilang kopya.
repair-flow-to-itself = Ang { $kind ->
        [branch] sanga
        [repeat] loop ng pag-uulit
       *[next] daloy
    } mula { $from } ay bumabalik sa { $from } mismo; iniingatan ito at iginuguhit nang putol-putol, pero hindi sinusundan. Alisin ito o ikonekta sa ibang yugto.
repair-flow-duplicate = Ang { $kind ->
        [branch] sanga
        [repeat] loop ng pag-uulit
       *[next] daloy
    } mula { $from } papunta { $to } ay kapareho ng isa pa sa pagitan ng parehong mga yugto; iniingatan ito at iginuguhit nang putol-putol, pero hindi sinusundan. Alisin ang isa sa mga ito.
repair-loop-not-back = Ang loop ng pag-uulit mula { $from } pabalik sa { $to } ay hindi bumabalik sa naunang yugto; iniingatan ito at iginuguhit nang putol-putol, pero hindi sinusundan. Alisin ito o gawing pasulong na daloy.
repair-flow-closes-loop = Ang { $kind ->
        [branch] sanga
       *[next] daloy
    } mula { $from } papunta { $to } ay magsasara ng ikot ng mga pasulong na daloy; iniingatan ito at iginuguhit nang putol-putol, pero hindi sinusundan. Alisin ito o gawing loop ng pag-uulit.
repair-dropped-link = { $card }: sinagot ng pagkakataon ang { $pain }, na hindi na suliranin; hindi ipinapakita ang ugnay.
repair-dropped-link-gone = { $card }: sinagot ng pagkakataon ang isang suliraning wala na sa mapa; hindi ipinapakita ang ugnay.
repair-dropped-persona-score = { $card }: may iskor ang touchpoint mula sa personang wala na sa paglalakbay; hindi ipinapakita ang iskor.
repair-score-outside = { $card }: ang iskor na { $score } ay labas sa iskala ng damdamin na { $min } hanggang { $max }; ipinapakita ng mapa ang { $shown }. Baguhin ang iskor o ang iskala.
repair-persona-score-outside = { $card }: ang iskor na { $score } ng personang "{ $persona }" ay labas sa iskala ng damdamin na { $min } hanggang { $max }; ipinapakita ng mapa ang { $shown }. Baguhin ang iskor o ang iskala.
field-persona-goals = Mga layunin
field-persona-needs = Mga pangangailangan
field-persona-frustrations = Mga pagkabigo
## What an undo kept of a teammate's change (journey-store's keep_teammates).
kept-change-by = { $item } · { $field }: iningatan ang pagbabago ni { $who }, na ginawa pagkatapos ng sa iyo.
kept-change = { $item } · { $field }: iningatan ang pagbabago ng isang kasama, na ginawa pagkatapos ng sa iyo.
kept-all-by = { $item }: iningatan ang pagbabago ni { $who }, na ginawa pagkatapos ng sa iyo.
kept-all = { $item }: iningatan ang pagbabago ng isang kasama, na ginawa pagkatapos ng sa iyo.

merge-someone = isang tao
merge-author-count = { $who } ({ $count })
merge-incoming = { $count ->
    [one] { $count } pagbabago
   *[other] { $count } pagbabago
}
merge-incoming-from = { $count ->
    [one] { $count } pagbabago mula kay { $from }
   *[other] { $count } pagbabago mula kina { $from }
}
merge-removed = Binura sa kopya, kaya binura rin dito.
merge-kept-apart = Ginawa nang hiwalay sa paglalakbay na may parehong id dito, kaya iniwan ito kung ano ito. I-import ang paglalakbay ng kopya para magkaroon ng pareho.
merge-added = Bago rito: ang kopya lamang ang mayroon nito ({ $incoming }).
merge-came-in = Pumasok ang { $incoming }.
merge-report = Ulat ng pagsasama
merge-after = Pagkatapos ng pagsasama
merge-nothing = Walang bago: nasa workspace na ito na ang bawat pagbabago ng kopya.
merge-open-journey = Buksan ang paglalakbay na ito para magpasya
merge-done = Napagpasyahan na ang lahat ng iniwan ng pagsasama rito.
merge-items = { $count ->
    [one] { $count } item ang kailangang pagpasyahan
   *[other] { $count } item ang kailangang pagpasyahan
}

## Presentation
presentation-label = Presentasyon: { $name }
presentation-step = { $at } / { $of }
presentation-leave = Lumabas sa presentasyon
presentation-stages = Mga yugto
pain-badge-short = B{ $severity } × D{ $frequency }

## Native menus
menu-new = Bagong Workspace…
menu-open = Buksan…
menu-close = Isara ang Window
menu-quit = Umalis
menu-undo = I-undo
menu-redo = I-redo
menu-recent-none = Walang kamakailang file
menu-recent-prune = Alisin ang mga Nawawalang File
menu-recent-clear = Burahin ang mga Kamakailang File
menu-import = Mag-import ng mga Paglalakbay…
menu-merge-copy = Pagsamahin ang isang Kopya…
menu-export = I-export…
menu-find = Hanapin…
menu-duplicate = Doblehin
menu-cut = I-cut
menu-copy = Kopyahin
menu-paste = I-paste
menu-delete = Burahin
menu-preferences = Mga Kagustuhan…
menu-zoom-in = Palakihin
menu-zoom-out = Paliitin
menu-zoom-reset = Tunay na Laki
menu-fit = Ipagkasya sa Window
menu-view-map = Mapa ng Paglalakbay
menu-view-graph = Graph ng Yugto
menu-toggle-inspector = Inspektor
menu-present = Presentasyon
menu-toggle-workshop = Workshop
menu-toggle-insights = Mga Kaalaman
menu-toggle-versions = Mga Bersyon
menu-journey-new = Bagong Paglalakbay
menu-journey-duplicate = Doblehin ang Paglalakbay
menu-add-stage = Magdagdag ng Yugto
menu-add-lane = Magdagdag ng Hanay
menu-shortcuts = Mga Keyboard Shortcut
menu-file = File
menu-edit = I-edit
menu-view = Tanaw
menu-journey = Paglalakbay
menu-help = Tulong
menu-recent = Buksan ang Kamakailan
menu-about = Tungkol sa Journey Studio
menu-recent-missing = { $path } (nawawala)

## Live announcements
announce-moved = Inilipat ang { $count } card sa { $stage }, { $lane }
announce-remote = Binago ang paglalakbay sa labas ng window na ito.

## Live sync (the top bar)
sync-connecting = Kumokonekta sa team…
sync-connected = Naka-sync sa team
sync-pending = { $count ->
    [one] Ipinapadala ang { $count } pagbabago…
   *[other] Ipinapadala ang { $count } pagbabago…
}
sync-offline = Offline: nagtatrabaho sa computer na ito
sync-failed = Hindi nagsi-sync
sync-lost = Naputol ang koneksiyon sa team server ({ $reason }). Offline ka ngayon: nakatago ang mga binago mo at ipapadala kapag bumalik ito.
sync-refused = Tinanggihan ng team server ang koneksiyon.
sync-room-only = Wala sa anumang team server ang workspace na ito: nagsi-sync dito ang mga kasama sa silid habang bukas ang silid ng studio na ito.
sync-here = { $count ->
    [one] { $count } kasamahan ang narito
   *[other] { $count } kasamahan ang narito
}
peer-selected = Pinili ni { $names }

## Sharing (File > Share This Workspace…)
menu-share = Ibahagi ang Workspace na Ito…
share-title = Ibahagi ang workspace na ito
share-explain = Mabubuksan ng mga kasamahang may imbitasyon ang workspace na ito sa kanilang laptop at makakatrabaho ka rito: live kapag naaabot ninyo ang isa't isa, at pinagsasama kapag nagkita kayong muli. Sinumang may imbitasyon ay makababasa at makapagbabago nito: ipadala ito gaya ng pagpapadala mo sa file mismo.
share-server = Server ng team
share-fingerprint = Fingerprint ng sertipiko (gaya ng ipinakita ng server; opsyonal)
share-start = Ibahagi
share-sharing = Ibinabahagi…
share-invitation = Imbitasyon
share-copy = Kopyahin
share-copied = Nakopya
share-close = Isara
journey-share = Ibahagi ang workspace na ito…

## Joining (File > Join a Shared Workspace…)
menu-join = Sumali sa Ibinahaging Workspace…
journey-join = Sumali sa ibinahaging workspace…
shared-join-title = Sumali sa ibinahaging workspace
shared-join-explain = Idikit ang imbitasyong ipinadala ng kasamahan mo. Ikaw ang pipili kung saan itatago ang sarili mong kopya ng workspace; bubukas ito sa sarili nitong window at mananatiling naka-sync sa team.
shared-join-invitation = Imbitasyon
shared-join-start = Sumali
shared-join-joining = Sumasali…
shared-join-close = Isara

## The room (Share This Workspace… > In this room; Join a Shared Workspace… > a room nearby)
room-title = Sa silid na ito
room-explain = Walang team server o internet? Ang mga kasamahan sa parehong Wi-Fi ay makakapag-sync nang direkta sa studio na ito habang tinatanggap sila nito. Tina-type nila ang address at code na ipinapakita rito, o pinipili ang silid na ito sa mga nahanap ng kanilang studio sa malapit.
room-start = Tanggapin ang mga kasamahan sa silid na ito
room-opening = Binubuksan ang silid…
room-open-explain = Pipiliin ng mga kasamahan sa Wi-Fi na ito ang Sumali sa Ibinahaging Workspace… at ita-type:
room-address = Address
room-code = Code
room-advertised = Nakalista rin ang silid na ito bilang “{ $name }” sa mga studio sa malapit.
room-not-advertised = Hindi kayang hanapin ng mga studio sa network na ito ang isa't isa nang sila lang: ita-type ng mga kasamahan ang address.
room-only = Wala sa anumang team server ang workspace na ito: nagsi-sync ito sa mga kasamahan habang bukas ang silid, at pagsasamahin ang binago ng bawat isa nang magkahiwalay kapag nagkita kayong muli.
room-invitation = Imbitasyon (ipadala sa halip na ang code)
room-stop = Itigil ang pagtanggap
join-room-title = Sumali sa silid sa malapit
join-room-explain = Studio ng kasamahan na tumatanggap sa silid sa Wi-Fi na ito: piliin ito, o i-type ang address na ipinapakita nito, saka ang code nito.
join-room-none = Wala pang nahanap na silid sa network na ito. I-type ang address na ipinapakita ng host.
join-room-nearby = Mga silid sa malapit
join-room-address = Address
join-room-code = Code
join-room-start = Sumali sa silid

# Which way a journey's map runs (the journey inspector); on a right-to-left map the stages
# run leftwards from the labels.
map-corner-stages-rtl = Mga yugto ←
direction-auto = Awtomatiko (mula sa teksto)
field-direction = Direksiyon ng mapa
direction-auto-ltr = Awtomatiko (kaliwa pakanan, mula sa teksto)
direction-auto-rtl = Awtomatiko (kanan pakaliwa, mula sa teksto)
direction-ltr = Kaliwa pakanan
direction-rtl = Kanan pakaliwa
