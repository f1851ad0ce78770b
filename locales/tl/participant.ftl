# Ang pahina ng kalahok, sa wika ng kanyang browser.

workshop-page-title = Workshop ng Journey Studio
join-title = Sumali sa workshop
join-name = Ang iyong pangalan
join-code = Code
join-button = Sumali
join-failed = Hindi nakasali.
join-error-wrongCode = Hindi para sa sesyong ito ang code na iyan. Itanong ito sa facilitator.
join-error-tooManyAttempts = Masyadong maraming maling code mula sa device na ito. Maghintay ng isang minuto, saka subukang muli.
join-error-full = Puno na ang sesyon.
join-unreachable = Hindi maabot ang laptop. Nasa parehong Wi-Fi ka ba?
join-ended = Tapos na ang sesyon o wala ka na rito. Itanong sa facilitator ang code.
stages-nav = Mga yugto
follow-facilitator = Sundan ang facilitator
reconnecting = Muling kumokonekta…
board-locked = Ini-lock muna ng facilitator ang board.
you-are = Ikaw si { $name }.
private-note = Pribado ang iyong mga bagong card hanggang ibunyag ng facilitator.
vote-left = { $dots ->
    [one] Boto: { $left } sa { $dots } tuldok ang natitira.
   *[other] Boto: { $left } sa { $dots } tuldok ang natitira.
}
waiting = { $count } ang naghihintay maipadala…
card-private-tag = pribado
take-dot = Bawiin ang isang tuldok
put-dot = Lagyan ng tuldok ang card na ito
new-card-in = Bagong card sa { $lane }
write-card = Sumulat ng card…
add-card = Idagdag ang card
