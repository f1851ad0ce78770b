# The command line's help (`journey --help`, `journey SUB --help`) and clap's usage mistakes
# (crates/journey-cli/src/help.rs). Not bundled into the window.
# Ids: cli-help-<command> is what a command does (cli-help-journey: the program;
# cli-help-version-list: `journey version list`); cli-help-<command>-<argument> what one of its
# arguments means; cli-help-any-<argument> an argument several commands share.
# Keep command names, option names (--format), values (fit, a4) and file formats as they are.

## clap's own words around the help.
cli-help-usage = Paggamit:
cli-help-heading-commands = Mga utos
cli-help-heading-arguments = Mga argumento
cli-help-heading-options = Mga opsyon
# An argument's help and the value it takes when not given.
cli-help-default = { $help } [default kung wala: { $value }]
cli-help-help = Ipakita ang tulong na ito o ang tulong ng mga ibinigay na utos

## Usage mistakes clap finds. { $argument } is written as typed (--format, <FILE>).
cli-usage-unknown-command = walang utos na “{ $name }”
cli-usage-unknown-argument = hindi inaasahang argumento “{ $argument }”
cli-usage-missing = kulang: { $arguments }
cli-usage-invalid-value = hindi wastong halaga ang “{ $value }” para sa { $argument }
cli-usage-invalid-value-one-of = hindi wastong halaga ang “{ $value }” para sa { $argument } (isa sa: { $valid })
cli-usage-conflict = hindi magagamit ang { $argument } kasama ng { $other }
cli-usage-missing-command = kailangan ng { $name } ng isang utos
cli-usage-number-of-values = mali ang bilang ng mga halaga para sa { $argument } ({ $detail })
cli-usage-other = hindi wasto ang command line: { $detail }
cli-usage-did-you-mean = “{ $suggestion }” ba ang ibig mong sabihin?
cli-usage-more = Para sa higit pa, tingnan ang “{ $command } --help”.

## Arguments many commands share.
cli-help-any-lang = Wika ng mga mensahe, ulat at label ng export: en, fa, ru, te o tl (default: ang sa sistema, mula sa LC_ALL / LC_MESSAGES / LANG; Ingles kapag walang katalogo para rito)
cli-help-any-help = Ipakita ang tulong
cli-help-any-version = Ipakita ang bersyon
cli-help-any-file = Ang file ng workspace (.journeys)
cli-help-any-journey = Pangalan o id ng paglalakbay (default: ang una)
cli-help-any-author = Kanino itatala ang pagbabago (default: $JOURNEY_AUTHOR, kung wala ay ang login name)
cli-help-any-timeout = Ilang segundo maghihintay sa server bago sumuko

## The commands.
cli-help-journey = Suriin at pamahalaan ang mga file ng workspace ng Journey Studio

cli-help-new = Gumawa ng file ng workspace na may kasamang halimbawang paglalakbay
cli-help-new-file = Ang file ng workspace na gagawin (hindi pa dapat umiiral)
cli-help-new-empty = Gawin itong walang kahit anong paglalakbay
cli-help-new-cards = Sa halip na ang halimbawa, isang binuong paglalakbay na may ganitong dami ng card (para sa benchmark)
cli-help-new-stages = Kasama ng --cards: ganitong dami ng yugto sa isang linya (mahabang paglalakbay) sa halip na ang sa halimbawa
cli-help-new-template = Sa halip na ang halimbawa, isang paglalakbay mula sa template na ito (tingnan ang `journey templates`)

cli-help-templates = Ilista ang mga kasamang template: id, pangalan, paglalarawan

cli-help-list = Ipakita ang mga paglalakbay ng isang workspace: id at pangalan, isa bawat linya

cli-help-edit = Ilapat ang isang pagbabago (JSON, gaya ng ipinapadala ng window at iniimbak ng undo log) sa sariling daan ng store (sinusuri, matibay, maa-undo) at ipakita ang sagot ng store: `{"{"} revision, canUndo, canRedo, change, skipped {"}"}`, kung saan ang change ay ang patch na inilalapat ng window
cli-help-edit-edit = Ang pagbabago bilang JSON, hal. '{"{"}"type":"removeCard","id":"…"{"}"}'

cli-help-merge = Dalhin dito ang bawat pagbabago ng isa pang kopya ng workspace na ito (binabasa lang ang kopya). Ipinapakita kung ano ang pumasok at kung ano ang kailangang pagpasyahan; ipinapakita ng `--json` ang ulat ng pagsasama
cli-help-merge-ours = Ang workspace na ito: dito papasok ang mga pagbabago
cli-help-merge-theirs = Ang isa pang kopya (binabasa lang)
cli-help-merge-json = Ipakita ang ulat ng pagsasama bilang JSON

cli-help-undo = I-undo ang huling pagbabago ng paglalakbay; ipinapakita ang sagot gaya ng `edit`
cli-help-redo = I-redo ang huling na-undo na pagbabago ng paglalakbay; ipinapakita ang sagot gaya ng `edit`

cli-help-show = Ipakita ang mga yugto ng isang paglalakbay (ayon sa grid) at ang mga card nito
cli-help-show-json = Sa halip, ipakita ang paglalakbay bilang JSON (ang object ng paglalakbay sa format ng export)

cli-help-view = Ipakita ang iginuguhit ng window para sa isang paglalakbay: `{"{"} journey, layout, revision, canUndo, canRedo {"}"}` bilang JSON (ang sagot na `journey_view` ng app), para sa mga tool at sa benchmark ng interface

cli-help-export = I-export ang isang paglalakbay bilang svg, png, pdf, html, csv, md, json, mermaid, ojf o xlsx
cli-help-export-format = Ang format (default: mula sa extension ng -o)
cli-help-export-output = Ang file na isusulat; papalitan lang ito kapag kumpleto na ang export
cli-help-export-page = Mga pahina ng PDF: fit (isang pahinang kasinlaki ng mapa), o a4, a3, letter (hinati sa tunay na laki)
cli-help-export-scale = Scale ng PNG: pixel bawat yunit ng mapa (1, 2, 4...)

cli-help-import = Idagdag sa isang workspace (gagawin kung wala pa) ang mga paglalakbay ng isang file na JSON, CSV (amin o ng Lucidchart), Mermaid, SVG, HTML, OpenJourney (.ojf) o Excel (.xlsx); ipinapakita ang id ng bawat bagong paglalakbay, at sa stderr ang hindi pumasok gaya ng pagkakasulat. Walang binabago ang maling file
cli-help-import-input = Ang file na i-import
cli-help-import-into = Ang workspace na pagdadagdagan ng mga paglalakbay (gagawin kung wala pa)
cli-help-import-format = json, csv, mermaid, svg, html, ojf, xlsx o lucid (default: mula sa extension ng input; binabasa bilang sa Lucidchart ang .csv na may header ng Lucidchart)

cli-help-analyse = Ang sinasabi ng mapa: mga landas at ang emosyon nila, mga problema sa istruktura, rurok at wakas, mga pain point ayon sa prayoridad, ang heatmap ng mga haligi, paglipat ng channel, pagkakaiba ng mga persona (docs/insights.md)
cli-help-analyse-json = Ipakita ang buong pagsusuri bilang JSON (hugis sa docs/insights.md)

cli-help-schema = Ipakita ang JSON Schema ng format ng export (docs/journey.schema.json), o kasama ng --insights ang sa `analyse --json` (docs/insights.schema.json)
cli-help-schema-insights = Sa halip, ipakita ang schema ng `analyse --json`

cli-help-validate = Suriin kung nabubuksan ang file at pumapasa sa integrity check ng SQLite

cli-help-version = Mga may-pangalang bersyon ng isang paglalakbay: ilista, i-save, o ihambing ang isa sa ngayon
cli-help-version-list = Isang linya bawat bersyon, pinakabago muna: id, oras (UTC), mga card, pangalan (hinati ng tab)
cli-help-version-save = I-save ang paglalakbay gaya ng ngayon sa pangalang NAME; ipinapakita ang id ng bagong bersyon
cli-help-version-save-name = Ang pangalan ng bersyon
cli-help-version-diff = Ang nagbago mula sa isang bersyon hanggang ngayon, bilang JSON (mga card na idinagdag, inalis, inilipat, binago, pagbabago ng emosyon, mga yugto, hanay, daloy)
cli-help-version-diff-version = Ang id ng bersyon (tingnan ang `journey version list`)

cli-help-stress = Mga pagsusuri ng tibay (tingnan ang `journey stress crash --help`)
cli-help-stress-crash = Patayin ang isang prosesong nagsusulat sa mga random na sandali at tiyaking walang nawawalang kumpirmadong pagbabago
cli-help-stress-crash-trials = Ilang beses papatayin ang nagsusulat
cli-help-stress-crash-seed = Seed ng mga random na sandali ng pagpatay (default: mula sa orasan; ipinapakita)
cli-help-stress-crash-dir = Itago ang file ng workspace sa folder na ito sa halip na sa pansamantalang folder

cli-help-serve = Magpatakbo ng team server: nagsi-sync sa pamamagitan nito ang mga workspace na ibinahagi rito (wss:// na may sariling-lagdang sertipiko na ginawa sa unang pagsisimula; ipinapakita ang address at fingerprint nito). Humihinto sa SIGTERM
cli-help-serve-data = Kung saan itinatago ang mga dokumento, talaan ng access at ang sertipiko
cli-help-serve-listen = Ang address at port na pakikinggan
cli-help-serve-plain = Payak na ws:// na walang TLS: sa address lang ng computer na ito (sa likod ng TLS proxy, o para sa mga test)

cli-help-share = Ibahagi ang isang workspace sa team server (ina-upload ito) at ipakita ang imbitasyong gagamitin ng mga kasama sa team para sumali. Muli nang walang --server: ipinapakita ang imbitasyon; --rotate: bagong lihim (hindi na gagana ang mga lumang imbitasyon). Exit 3: hindi maabot ang server; 4: tinanggihan
cli-help-share-server = wss://host:port (o ws://127.0.0.1:port)
cli-help-share-fingerprint = Ang fingerprint ng sertipiko ng server gaya ng ipinakita ng `journey serve` (sinusuri)
cli-help-share-rotate = Bigyan ang workspace ng bagong lihim at ipakita ang bagong imbitasyon (hindi na gagana ang mga luma)
cli-help-share-out = Isulat din ang imbitasyon sa file na ito (.journey-invite)

cli-help-join = Sumali sa isang ibinahaging workspace: ang INVITATION ay ang teksto nito o file na naglalaman nito (o --room at --code: isang studio na tumatanggap sa silid, gaya ng ipinapakita nito); ginagawa ang FILE (bago) at isang beses itong sini-sync. Exit 3: hindi maabot ang server o silid; 4: tinanggihan (binawi, mali, kailangan ng mas bagong app, maling code)
cli-help-join-invitation = Ang teksto ng imbitasyon, o file na naglalaman nito
cli-help-join-room = HOST:PORT ng studio na tumatanggap sa silid (`journey room`, o ang sa window)
cli-help-join-code = Ang code ng silid (K7PQ-2MXR)
cli-help-join-into = Ang bagong file ng workspace na gagawin

cli-help-room = Tanggapin ang mga kasama sa team sa silid para sa FILE nang walang window, hanggang SIGTERM: ipinapakita ang `room ADDRESS`, `code CODE` at `invitation TEXT`; sumasali ang mga kasama sa `journey join --room`
cli-help-room-listen = Kung saan kumokonekta ang mga kasama sa team: 0.0.0.0:PORT para sa network ng silid (port 0: kahit anong bakante)
cli-help-room-quiet = Huwag ipahayag ang silid sa lokal na network (mDNS)

cli-help-sync = I-sync ang isang ibinahaging workspace sa server nito nang isang beses (hanggang nasa dalawa na ang lahat), o kasama ng --watch hanggang ihinto (SIGTERM, Ctrl+C). Exit 3: hindi maabot ang server; 4: tinanggihan
cli-help-sync-watch = Patuloy na mag-sync hanggang ihinto (SIGTERM, Ctrl+C), isang linya bawat nangyayari

cli-help-workshop = Magpatakbo ng sesyon ng workshop sa isang paglalakbay mula sa command line (walang window), gamit ang server at mga limitasyon ng app: ipinapakita ang link at code ng pagsali, binubuksan ang bawat hanay, tumatanggap ng mga kilos ng facilitator bilang mga linyang JSON sa stdin, natatapos sa SIGTERM, Ctrl+C o sa dulo ng stdin
cli-help-workshop-listen = Kung saan kumokonekta ang mga kalahok: 0.0.0.0:PORT para sa network ng silid, 127.0.0.1:0 para sa computer na ito lang sa kahit anong bakanteng port
cli-help-workshop-author = Ang pangalan ng facilitator (nakalaan: walang kalahok na makakasali sa pangalang ito)

cli-help-bench = Mga sukat ng bilis (tingnan ang `journey bench store --help`)
cli-help-bench-workshop = Mga kunwaring kalahok sa totoong sesyon ng workshop sa computer na ito, sa halimbawa at sa isang binuong paglalakbay, na may maliliit na pagbabago at may lumang buong snapshot: mga card at tuldok na ipinadala at naimbak, byte bawat broadcast, ang oras mula sa pagpapadala ng card hanggang makita ito. Isang talahanayan, pagkatapos ay isang linyang JSON
cli-help-bench-workshop-participants = Ilang kalahok ang kukunwariin
cli-help-bench-workshop-seconds = Bawat takbo: bawat paglalakbay ay tatakbo nang isang beses bawat paraan ng paghahatid
cli-help-bench-workshop-cards = Mga card ng binuong paglalakbay na tatakbo pagkatapos ng halimbawa (0: ang halimbawa lang)
cli-help-bench-workshop-delivery = Maliliit na pagbabago (kung paano gumagana ang mga sesyon), buong snapshot pagkatapos ng bawat pagbabago (kung paano sila gumana dati, ang batayan), o pareho sa iisang takbo
cli-help-bench-sync = Isang team na sabay na nag-e-edit ng isang paglalakbay sa pamamagitan ng team server sa computer na ito: mga pagbabagong ginawa, nakita ng bawat ibang studio, nawala, kung nagkaisa ang lahat, at ang oras mula sa isang pagbabago hanggang nasa bawat studio na ito. Isang talahanayan, pagkatapos ay isang linyang JSON
cli-help-bench-sync-clients = Ilang studio ang sabay na mag-e-edit
cli-help-bench-sync-seconds = Ilang segundo silang mag-e-edit
cli-help-bench-sync-cards = Mga card ng paglalakbay na ie-edit nila
cli-help-bench-sync-seed = Seed ng mga random na pagbabago
cli-help-bench-analyse = Oras ng buong pagsusuri (`journey analyse`) para sa mga binuong paglalakbay, laban sa halimbawa sa parehong takbo. Ang huling linyang ipinapakita ay isang JSON object
cli-help-bench-analyse-sizes = Mga card ng bawat binuong paglalakbay, hinati ng kuwit
cli-help-bench-export = SVG, PNG at PDF ng isang binuong paglalakbay, at PNG ng mapang 40,000 px ang lapad, laban sa halimbawang may 33 card sa parehong takbo. Ang huling linyang ipinapakita ay isang JSON object
cli-help-bench-export-cards = Mga card ng binuong paglalakbay
cli-help-bench-export-wide-stages = Mga yugto ng malapad na mapa (236 px bawat isa)
cli-help-bench-export-keep = Itago ang mga na-export na file sa (umiiral na) folder na ito
cli-help-bench-store = Oras ng pag-edit at pagbubukas para sa mga paglalakbay na lumalaki, laban sa batayang isinusulat muli ang lahat. Ang huling linyang ipinapakita ay isang JSON object
cli-help-bench-store-sizes = Mga card ng bawat paglalakbay, hinati ng kuwit
cli-help-bench-store-edits = Mga pagbabagong susukatin ang oras bawat laki
cli-help-bench-store-seed = Seed ng mga random na pagbabago
cli-help-bench-store-keep = Isulat ang mga file ng benchmark sa (umiiral at walang laman na) folder na ito at itago ang mga ito
