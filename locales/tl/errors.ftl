# Why something the window asked for was refused: the ApiError a command answers (its `id`
# and `args`, crates/journey-api/src/errors.rs and the shell's ApiError::said). Each code of
# ErrorCode has `error-<code>`; a code with several sentences has more precise ones beside it.
# Arguments such as { $detail } and { $reason } are the program's own words, in English.

## Editing (journey-core's EditError)
error-not-found = { $what ->
    [card] Wala na ang card na ito
    [stage] Wala na ang yugtong ito
    [lane] Wala na ang hanay na ito
    [persona] Wala na ang personang ito
    [flow] Wala na ang ugnayang ito ng mga yugto
    [pain-point] Wala na ang suliraning ito
   *[other] Wala na ang tinutukoy ng pagbabagong ito
  } (maaaring nabura na ito).
error-duplicate-id = May { $what ->
    [card] card
    [stage] yugto
    [lane] hanay
    [persona] persona
    [flow] ugnayan ng mga yugto
   *[other] iba
  } na nang may ganitong id.
error-invalid-graph = Hindi maikokonekta nang ganyan ang mga yugto.
error-invalid-value = Hindi tinanggap ang halagang ito.
error-too-long = { $field }: { $length } na character ang haba ng tekstong ito; { $max } ang hangganan.

## What is wrong with a refused value (journey-core's Problem). { $field } names the value in
## the window's words: whoever formats the sentence first replaces the field's id by its own
## message, field-<id> (journey-api's ApiError::sentence, the page's l.error).
error-value-empty = { $field }: hindi ito maaaring iwanang walang laman.
error-value-out-of-range = { $field }: pumili mula { $min } hanggang { $max }, hindi { $value }.
error-value-not-between = { $field }: dapat nasa pagitan ng { $min } at { $max } ang halaga.
error-value-not-finite = { $field }: dapat numero ang halaga.
error-value-not-a-colour = { $field }: hindi kulay ang "{ $value }"; isulat ito bilang # at anim na hex digit, gaya ng #3366cc.
error-scale-inverted = { $field }: dapat mas mababa ang pinakamababang baitang ({ $min }) kaysa sa pinakamataas ({ $max }).
error-scale-too-wide = { $field }: hanggang { $max } baitang lang ang saklaw ng isang iskala.
error-scale-step-outside = { $field }: nasa labas ng iskalang { $min } hanggang { $max } ang pinangalanang baitang na { $step }.
error-score-outside-scale = { $field }: nasa labas ng iskala ng emosyon ng paglalakbay ({ $min } hanggang { $max }) ang { $score }.
error-scale-leaves-scores = { $field }: { $count ->
    [one] { $count } marka ng emosyon ang nasa
   *[other] { $count } na marka ng emosyon ang nasa
  } labas ng { $min } hanggang { $max }; palitan muna ang mga ito.
error-persona-too-many-entries = Hanggang { $max } na layunin, pangangailangan o pagkabigo lang bawat uri ang maaaring ilista ng isang persona.
error-answers-only-pain-points = Mga suliranin lang ang maaaring sagutin ng isang pagkakataon.
error-journey-too-large = May { $count } na { $what ->
    [stages] yugto
    [lanes] hanay
    [personas] persona
   *[cards] card
  } ang paglalakbay; { $max } ang hangganan.
error-journey-full = { $field }: hanggang { $max } lang ang kaya ng isang paglalakbay.
error-card-use-a-move = Ilipat ang card para mapalitan ang puwesto nito.
error-pain-point-answered = May mga pagkakataong sumasagot sa suliraning ito; tanggalin muna ang pagkakaugnay nila.
error-card-already-kind = { $kind ->
    [touchpoint] Touchpoint
    [pain-point] Suliranin
    [opportunity] Pagkakataon
    [note] Tala
   *[quote] Sipi
  } na ang card na ito.
error-ids-per-card = { $field }: magbigay ng isang bagong id bawat card ({ $cards } card, { $ids } id).
error-stage-move-range = Nalilipat ang isang yugto nang 1 hanggang { $max } puwesto; labas doon ang { $steps }.
error-place-past-end = May { $others } pang ibang card ang selda, kaya lampas na sa dulo nito ang puwestong { $place }.
error-card-listed-twice = Dalawang beses nakalista ang card na { $card }.
error-no-cards-to-move = Pangalanan ang kahit isang card na ililipat.
error-lane-move-zero = Kahit isang puwesto dapat ang paglipat ng hanay.
error-lane-at-end = Ang "{ $lane }" na ang { $end ->
    [first] unang
   *[last] huling
  } hanay.
error-lane-move-too-far = Hanggang { $room } puwesto lang { $way ->
    [up] pataas
   *[down] pababa
  } maililipat ang "{ $lane }", hindi { $steps }.
error-version-other-journey = Sa ibang paglalakbay kabilang ang bersyong ito.
error-version-not-rebuilt = Hindi eksaktong mabuo muli ang bersyong ito mula sa paglalakbay sa kasalukuyang anyo nito.

## Why the stage graph refused a change (journey-core's GraphProblem); stages by their names.
error-stage-at-end = Ang "{ $stage }" na ang { $end ->
    [first] unang
   *[last] huling
  } yugto.
error-stages-not-in-line = Wala ang "{ $a }" at "{ $b }" sa iisang tuwid na linya ng mga susunod na daloy, kaya hindi sila mapagpapalit dito; baguhin ang mga sanga sa graph ng yugto.
error-repeat-joins = Pinagdurugtong ng isang loop ng pag-uulit ang "{ $a }" at "{ $b }"; baguhin muna ito sa graph ng yugto.
error-flow-to-itself = Hindi maaaring humantong pabalik sa sarili nito ang isang daloy mula sa "{ $stage }".
error-already-connected = Nakakonekta na nang ganyan ang "{ $from }" sa "{ $to }".
error-repeat-not-back = Dapat bumalik sa naunang yugto ang isang loop ng pag-uulit, pero hindi nauuna ang "{ $to }" sa "{ $from }".
error-would-loop = Humahantong na ang "{ $to }" sa "{ $from }"; para bumalik, gumamit na lang ng loop ng pag-uulit.
error-rewire-kind = Napapanatili ang uri ng bawat daloy kapag inililipat ang mga yugto.
error-repeat-would-break = Hindi na babalik ang loop ng pag-uulit mula sa "{ $from }" pabalik sa "{ $to }"; baguhin muna ito sa graph ng yugto.
error-undo-needs-repair = Hindi ito maa-undo sa kasalukuyang anyo ng paglalakbay: { $detail }

## The values a refusal names (journey-core's Field, as field-<id>). The others are the
## inspector's own labels, in studio.ftl.
field-journey = Paglalakbay ng customer
field-journey-name = Pangalan ng paglalakbay
field-emotion-scale = Iskala ng emosyon
field-emotion-name = Pangalan ng emosyon
field-nps = NPS
field-csat = CSAT
field-ces = CES
field-stages = Mga yugto
field-stage-name = Pangalan ng yugto
field-stage-description = Paglalarawan ng yugto
field-stage-rank = Pagkakasunod ng yugto
field-stage-move = Paglipat ng yugto
field-flow-label = Label ng daloy
field-lanes = Mga hanay
field-lane-name = Pangalan ng hanay
field-lane-rank = Pagkakasunod ng hanay
field-lane-colour = Kulay ng hanay
field-lane-move = Paglipat ng hanay
field-personas = Mga persona
field-persona = Persona
field-persona-name = Pangalan ng persona
field-persona-role = Tungkulin ng persona
field-persona-quote = Sipi ng persona
field-persona-entry = Layunin, pangangailangan o pagkabigo
field-persona-colour = Kulay ng persona
field-cards = Mga card
field-card = Card
field-card-kind = Uri ng card
field-card-text = Teksto ng card
field-card-author = May-akda ng card
field-card-rank = Pagkakasunod ng card
field-position = Puwesto sa selda
field-duplicate = Pagdoble
field-paste = Pag-paste
field-version = Bersyon
field-version-name = Pangalan ng bersyon
field-template-name = Pangalan ng template

## Opening and saving a workspace (journey-store's StoreError)
error-not-a-workspace = Hindi workspace ng Journey Studio ang { $path }: { $reason }. Pumili ng .journeys na file na gawa ng Journey Studio.
error-newer-version = Isinulat ang { $path } ng mas bagong Journey Studio (format ng file { $found }; hanggang { $supported } lang ang nababasa ng bersyong ito). I-update ang Journey Studio para mabuksan ito; hindi binago ang file.
error-corrupt = Sira ang { $path } ({ $detail }). Hindi ito binago; ibalik ito mula sa backup o kopya.
error-corrupt-row = Hindi mabasa ang nakaimbak na datos ({ $detail }); maaaring galing ang file sa sirang kopya.
error-locked = Bukas ang { $path } sa ibang window o proseso ng Journey Studio. Isara muna ito roon.
error-read-only = Hindi mababago ang { $path }: { $reason }. Buo pa ang lahat ng naisave dati; kopyahin ang file sa folder na masusulatan para patuloy na mag-edit.
error-read-only-file = Pambasa lang ang file na ito o ang folder nito, kaya hindi naisave ang pagbabago. Buo pa ang lahat ng naisave dati; kopyahin ang file sa folder na masusulatan para patuloy na mag-edit.
error-read-only-workshop = Pambasa lang ang file na ito: kailangang isulat dito ng workshop ang mga card ng mga kalahok.
error-disk-full = Puno na ang disk, kaya hindi naisave ang pagbabagong ito. Buo pa ang lahat ng naisave dati; magbakante ng espasyo at subukang muli.
error-missing = Walang file sa { $path }.
error-no-such-journey = Walang ganitong paglalakbay sa workspace na ito (maaaring nabura na ito).
error-no-such-version = Walang ganitong bersyon ang paglalakbay na ito (maaaring nabura na ito).
error-stale = Nagbago ang paglalakbay mula nang iguhit ang view na ito; i-reload at subukang muli.
error-nothing-to-do = { $what ->
    [undo] Walang maa-undo.
    [redo] Walang maa-redo.
    [restore] Tugma na ang paglalakbay sa bersyong ito.
   *[other] Walang gagawin.
  }
error-io = Hindi mabasa o masulatan ang { $path }: { $detail }
error-storage = Error sa imbakan: { $detail }
error-unrelated-copy = Hindi kopya ng workspace na ito ang { $path }, kaya walang pagsasamahin; hindi ito binago. Para maipasok ang mga paglalakbay nito, gamitin ang File > Mag-import.
error-unrelated-remote = Id lang ang pareho ng paglalakbay ng kasamahan at ng sa iyo: walang kasaysayang pinagsasaluhan ang dalawa, kaya iniwan ang sa iyo gaya ng dati.
error-bad-remote = Hindi matanggap ang dumating mula sa kasamahan ({ $detail }); walang binago sa iyo, at hihingin itong muli.

## Sharing, joining and syncing (journey-sync)
error-unreachable = Hindi maabot ang server ng team sa { $server } ({ $detail }). Offline kang nagtatrabaho: itinatabi ang mga pagbabago mo at ipapadala pagbalik nito.
error-wrong-secret = Tinanggihan ng server ng team ang lihim ng workspace na ito: mali ang imbitasyon, o ginawa ito para sa ibang server. Humingi muli ng imbitasyon.
error-revoked = Binawi ng may-ari ng workspace ang imbitasyong ito (pinalitan ang lihim nito). Humingi sa kanila ng bagong imbitasyon.
error-unknown-workspace = Wala sa server ng team ang workspace na ito. Ibahagi muna ito roon ng may-ari (Ibahagi ang Workspace na Ito…, o journey share).
error-newer-needed = Kailangan ng server ng team ang mas bagong Journey Studio. I-update ang Journey Studio para makapag-sync; samantala, nananatili sa computer na ito ang gawa mo.
error-certificate = Hindi ang sertipiko ng server ang nakasaad sa imbitasyon, kaya walang ipinadala: inayos muli ang server, o may nakapagitna. Humingi ng bagong imbitasyon.
error-certificate-room = Hindi ang sertipiko ng silid sa { $address } ang nakasaad sa imbitasyon nito: may nakapagitna sa network. Walang sinalihan; hingin sa host ang mismong imbitasyon.
error-refused = Tinanggihan ng server ng team ang koneksyon ({ $detail }).
error-bad-invitation = Hindi ito imbitasyon ng Journey Studio: isang linya ang imbitasyon na nagsisimula sa "journey-invite:". Hingin itong muli at i-paste nang buo.
error-bad-invitation-damaged = Sira ang imbitasyong ito ({ $detail }): maaaring may kulang na bahagi. Hingin itong muli at i-paste nang buo.
error-bad-invitation-newer = Ginawa ang imbitasyong ito ng mas bagong Journey Studio (format ng imbitasyon { $version }). I-update ang Journey Studio para makasali.
error-bad-invitation-server = Hindi magagamit ang address ng server ng imbitasyong ito, { $server }: { $detail }
error-timeout = Hindi natapos ang pag-sync sa loob ng { $seconds } segundo: { $detail }. Nakatabi ang naipadala; patakbuhin itong muli.
error-not-shared = Hindi pa ibinabahagi ang workspace na ito: ibahagi muna ito (Ibahagi ang Workspace na Ito…, o journey share).
error-io-sync = Hindi masimulan ang pag-sync: { $detail }
error-join-exists = Mayroon nang { $path }; sumali sa isang bagong file.

## Joining a room by its address and code (journey-sync's RoomError)
error-bad-address = Hindi address ang "{ $address }": i-type ito gaya ng ipinapakita ng silid ng host, halimbawa 192.168.1.20:48213.
error-bad-code = Ang code ng silid ay 8 titik at numero, gaya ng ipinapakita ng silid ng host (halimbawa K7PQ-2MXR); hindi code ang "{ $typed }".
error-no-room = Walang silid na sumasagot sa { $address } ({ $detail }). Suriin ang address na ipinapakita ng host, kung bukas pa ang silid ng host, at kung nasa iisang network kayo.
error-wrong-code = Hindi binubuksan ng code na iyan ang silid sa { $address }. Suriin ang code na ipinapakita ng host at i-type itong muli.
error-too-many-attempts = Masyadong marami nang sinubukang code sa silid sa { $address }. Maghintay ng { $seconds } segundo at subukang muli, o hingin sa host ang mismong imbitasyon.
error-not-a-room = Sumagot ang studio sa { $address }, pero hindi bilang silid na tumatanggap ng mga kasamahan ({ $detail }).

## The shell's own refusals (src-tauri)
error-invalid-input = Hindi wasto ang { $what }: { $detail }
error-invalid-export = Hindi wasto ang mga setting ng pag-export: { $detail }
error-invalid-template = Hindi magamit ang template: { $detail }
error-io-error = Hindi mabasa o masulatan ang isang file: { $detail }
error-io-error-settings = Hindi makuha ang folder ng mga setting ng app.
error-io-error-no-log-folder = Hindi makuha ang folder ng log.
error-io-error-log-folder = Hindi mabuksan ang folder ng log na { $path }: { $detail }
error-io-error-export = Hindi maisulat ang export: { $detail }. Pumili ng ibang folder, o magbakante ng espasyo.
error-io-error-read = Hindi mabasa ang { $name }: { $detail }
error-no-workspace = Walang bukas na workspace. Gamitin ang File > Buksan o File > Bago.
error-window-failed = Hindi makapagbukas ng bagong window: { $detail }
error-busy = May iba pang tumatakbo; hintayin ito at subukang muli.
error-busy-workshop = May tumatakbo nang sesyon; tapusin muna ito.
error-busy-workshop-elsewhere = May tumatakbo nang sesyon sa ibang window; tapusin muna ito roon.
error-busy-merge = Tapusin muna ang sesyon ng workshop bago pagsamahin ang isang kopya: hindi makikita ng mga kalahok nito ang dala ng pagsasama.
error-workshop-failed = Hindi masimulan ang sesyon: { $detail }
error-no-session = Walang tumatakbong sesyon.
error-cancelled = Kinansela ang pag-export; walang naisulat na file.
error-too-large = Magiging masyadong malaki ang larawang ito: { $detail }
error-export-failed = Hindi ma-export ang mapa: { $detail }
error-import-failed = { $name }: { $detail }. Walang na-import.
error-import-format = { $name }: pumili ng .json, .csv, .mmd, .ojf, .xlsx, .svg o .html na file.
error-internal = May nagkamali sa loob ng Journey Studio: { $detail }
error-crashed = Nagkaroon ng internal na error ang Journey Studio.

## The facilitator's workshop actions refused (the Workshop panel)
error-workshop-dots = Bigyan ang bawat tao ng 1 hanggang { $max } tuldok.
error-workshop-timer = Itakda ang timer mula ilang segundo hanggang 4 na oras.
error-workshop-no-participant = Wala sa sesyon ang kalahok na iyan.
error-workshop-action = Hindi iyon magawa ng workshop: { $detail }

## Importing (journey-export's ImportError): where in the file, then what is wrong there.
## { $detail } is the message below it, already said; { $path }, { $sheet }, { $header },
## { $value } and { $name } are the file's own words. The CSV column names (journey, stage,
## emotion…) and the words a cell accepts ({ $words }, { $names }) are the format's.
error-import-at-line = linya { $line }: { $detail }
error-import-at-line-column = linya { $line }, kolum { $column }: { $detail }
error-import-at-cell = sheet { $sheet }, hilera { $row }, kolum { $column } ({ $header }): { $detail }
error-import-at-row-header = sheet { $sheet }, hilera { $row } ({ $header }): { $detail }
error-import-at-sheet-row = sheet { $sheet }, hilera { $row }: { $detail }
error-import-at-sheet = sa sheet na { $sheet }: { $detail }
error-import-at-path = { $path }: { $detail }
# A detail that has no message of its own yet (the program's words, in English).
error-import-detail = { $detail }
error-import-wrong-format = hindi ito dokumentong JSON ng Journey Studio (ang format ay "{ $format }")
error-import-newer-version = bersyon { $found } ng format ang dokumento; hanggang { $supported } lang ang nababasa ng bersyong ito
error-import-not-utf8 = hindi tekstong UTF-8 ang file (hindi ang byte { $byte })
error-import-no-journey = walang paglalakbay sa file
error-import-journey-refused = paglalakbay na "{ $name }": { $detail }
error-import-json-cut-off = natatapos ang file bago matapos ang JSON nito (maaaring naputol ito)
error-import-not-json = hindi ito wastong JSON: { $detail }
error-import-not-ojf-json = hindi ito wastong JSON ng OpenJourney: { $detail }
error-import-svg-malformed = hindi maayos ang pagkakabuo ng SVG na ito: { $detail }
error-import-svg-no-journey = walang paglalakbay sa SVG na ito (SVG na in-export ng Journey Studio lang ang maaaring i-import)
error-import-html-no-journey = walang paglalakbay sa HTML na ito (HTML na in-export ng Journey Studio lang ang maaaring i-import)
error-import-found-null = walang laman (null)
error-import-found-bool = tama o mali (true o false)
error-import-found-number = isang numero
error-import-found-text = teksto
error-import-found-list = isang listahan
error-import-found-object = isang bagay (object)
error-import-expected = inaasahan ang { $expected }, pero { $found } ang nakita
error-import-ojf-not-object = dapat object ang dokumentong OpenJourney, hindi { $found }
error-import-ojf-missing = wala: inililista ng file ng OpenJourney ang mga yugto at hanay nito (tinatanggihan din ng Ptolemy ang file na wala ang mga ito)
error-import-ojf-score-kind = numero ang iskor, hindi { $found }
error-import-ojf-tag-kind = teksto ang tag, hindi { $found }
error-import-ojf-blueprint-kind = object o teksto ang item ng blueprint, hindi { $found }
error-import-ojf-score-outside = nasa labas ng dalawang sukatang ginagamit ng mga file ng OJF ang iskor na { $score } (-5..+5 sa spec, 0..10 sa mga kinakailangan ng Ptolemy)
error-import-ojf-scales-mixed = kailangan ng iskor na { $score } ang sukatang 0..10, pero { $otherScore } ang { $other }, na kailangan ang -5..+5: pinaghalo ng file ang dalawang sukatan
error-import-ojf-score-exported = nasa labas ng -5..+5 ang iskor na { $score }, ang sukatang ginamit ng Journey Studio sa mga iskor ng file na ito
error-import-not-a-number = hindi numero ang "{ $value }"
error-import-not-whole-from-to = hindi buong numero mula { $min } hanggang { $max } ang { $value }
error-import-not-one-of = hindi isa sa mga ito ang "{ $value }": { $words }
error-import-needs-name = { $what ->
    [journey] kailangan ng pangalan ng paglalakbay
    [stage] kailangan ng pangalan ng yugto
    [lane] kailangan ng pangalan ng hanay
   *[persona] kailangan ng pangalan ng persona
  }
error-import-emotion-needs-score = kailangan ng iskor ang emosyong may pangalan
error-import-outside-scale = nasa labas ng sukatang { $min }..{ $max } ang { $score }
error-import-xlsx-not-workbook = hindi ito workbook ng Excel (.xlsx) na mababasa: { $detail }
error-import-xlsx-damaged = sira ang workbook na ito: hindi mabasa ang isang reference ng cell dito
error-import-xlsx-missing-sheet = wala (may mga sheet na Journey, Stages, Lanes at Cards ang workbook ng Journey Studio)
error-import-xlsx-not-ours = walang hilerang "Workbook": hindi in-export ng Journey Studio ang workbook na ito
error-import-xlsx-layout = hindi ayos ng workbook na nababasa ng bersyong ito ang "{ $found }" (binabasa nito ang "{ $reads }")
error-import-xlsx-sheet-unreadable = hindi mabasa: { $detail }
error-import-xlsx-no-header = walang hilera ng header (nagsisimula ang sheet sa hilera { $start })
error-import-xlsx-no-column = walang kolum na "{ $header }" (binago ang header nito o binura ang kolum)
error-import-xlsx-needs-whole = kailangan ng buong numero ang "{ $field }"
error-import-xlsx-scale-step = hindi buong hakbang ng sukatan ang { $value }
error-import-xlsx-scale-name = hindi hakbang at pangalan nito ang "{ $value }", gaya ng "-3 Galit na galit"
error-import-xlsx-persona-score = hindi persona at iskor ang "{ $value }", gaya ng "Ana: 2"
error-import-xlsx-name-twice = { $what ->
    [stage] dalawang yugto
    [lane] dalawang hanay
    [persona] dalawang persona
   *[pain-point] dalawang suliranin
  } ang may pangalang "{ $name }" sa sheet na { $sheet }: palitan ang pangalan ng isa, o ibigay ang id nito
error-import-xlsx-name-empty = walang laman: kailangan ng bawat hilera ang { $what ->
    [stage] yugto nito
    [lane] hanay nito
    [persona] persona nito
   *[pain-point] suliranin nito
  }
error-import-xlsx-no-such = walang { $what ->
    [stage] yugtong
    [lane] hanay na
    [persona] personang
   *[pain-point] suliraning
  } "{ $name }" sa sheet na { $sheet }
error-import-not-csv = hindi ito wastong CSV: { $detail }
error-import-csv-header-unreadable = hindi mabasa ang hilera ng header: { $detail }
error-import-csv-empty = walang laman ang file; nagsisimula ang CSV ng paglalakbay sa hilera ng header gaya ng journey,stage,lane,kind,text
error-import-csv-no-rows = may hilera ng header ang file pero walang card sa ilalim nito
error-import-csv-column-twice = dalawang beses na nasa header ang kolum na "{ $column }"
error-import-csv-no-column = walang kolum na "{ $column }" ang header; kailangan ng CSV ng paglalakbay ang journey, stage, lane at text (nakita: { $found })
error-import-csv-cell-empty = walang laman ang cell na "{ $column }"; kailangan ng bawat hilera ang paglalakbay, yugto at hanay
error-import-csv-not-whole = dapat buong numero mula { $min } hanggang { $max } ang { $column }, hindi "{ $value }"
error-import-csv-out-of-range = dapat { $min } hanggang { $max } ang { $column }, hindi { $value }
error-import-csv-unknown = hindi kilalang { $what ->
    [card-kind] uri ng card
    [lane-kind] uri ng hanay
    [pillar] haligi
   *[loyalty-pillar] haligi ng katapatan
  } "{ $value }" ({ $names })
error-import-csv-only-for = para lang sa { $owner ->
    [touchpoint] mga touchpoint
    [pain-point] mga suliranin
    [opportunity] mga pagkakataon
   *[quote] mga sipi
  } ang "{ $column }", pero { $kind } ang card na ito
error-import-csv-true-false = dapat true o false ang { $column }, hindi "{ $value }"
error-import-csv-emotion-name = kailangan ng pangalan ng emosyong "{ $name }" ng iskor sa kolum na "{ $column }"
error-import-csv-phase-differs = nasa bahaging "{ $was }" ang yugtong "{ $stage }" sa linya { $line }, pero nasa "{ $now }" dito
error-import-csv-lane-kind-differs = hanay na { $was } ang "{ $lane }" sa linya { $line }, pero hanay na { $now } dito
error-import-csv-answers = sinasagot ng pagkakataon ang "{ $text }", pero walang suliranin sa paglalakbay na "{ $journey }" na may ganoong teksto
error-import-lucid-columns = may mga kolum na Id at Name ang CSV ng Lucidchart
error-import-lucid-no-id = walang Id ang hilera
error-import-lucid-same-id = nasa naunang hilera rin ang Id na { $id }
error-import-lucid-no-container = tinutukoy ng Contained By ang { $id }, pero walang hilerang may ganoong Id
error-import-lucid-no-shapes = walang hugis ang file (mga pahina o linya lang)
error-import-mermaid-front-matter = hindi kailanman isinara ng "---" ang paunang bahaging nagsisimula rito
error-import-mermaid-not-journey = nagsisimula sa "journey" ang paglalakbay ng Mermaid
error-import-mermaid-empty = nagsisimula sa "journey" ang paglalakbay ng Mermaid; wala nang iba ang file na ito
error-import-mermaid-section-name = kailangan ng pangalan ang seksiyon, gaya ng "section Pagbabayad"
error-import-mermaid-journey-again = sa unang linya lang dapat ang "journey"
error-import-mermaid-actors = higit sa { $max } magkakaibang aktor; hanggang ganoong dami lang ng persona ang hawak ng isang paglalakbay
error-import-mermaid-task = kailangan ng gawain ang "teksto: iskor", pero "{ $found }" ang nakita
error-import-mermaid-task-first = may gawaing nauna sa anumang seksiyon
error-import-mermaid-score = dapat 1 hanggang 5 ang iskor, hindi { $score }
# The core's names of the fields a file fills ({ $name }: any other, as the core writes it).
error-import-field = { $field ->
    [card-text] teksto ng card
    [journey-name] pangalan ng paglalakbay
    [stage-name] pangalan ng yugto
    [lane-name] pangalan ng hanay
    [persona-name] pangalan ng persona
    [phase] bahagi
   *[other] { $name }
  }
error-import-too-long = { $length } karakter ang haba ng { $field }; { $max } ang hangganan
error-import-empty = { $field }: hindi dapat walang laman
