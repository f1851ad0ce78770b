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
error-invalid-graph = Hindi maikokonekta nang ganyan ang mga yugto: { $detail }.
error-invalid-value = Hindi tinanggap ang halagang ito ({ $field }): { $problem }.
error-too-long = { $length } na character ang haba ng tekstong ito; { $max } ang hangganan.

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
