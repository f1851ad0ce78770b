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

join-error-banned = Inalis ka ng facilitator sa sesyong ito.
join-error-tooManyJoins = Masyadong marami na ang sumali mula sa device na ito. Magtanong sa facilitator.
join-error-badName = Magbigay ng pangalang may 1 hanggang { $max } na karakter.

# Kahilingang tinanggihan ng laptop.
refusal-requestId = Ang id ng kahilingan ay 1 hanggang { $max } na character.
refusal-cardsPerPerson = Nakapagdagdag ka na ng { $max } card, ang pinakamarami para sa isang tao sa isang sesyon.
refusal-cardsPerSession = May { $max } card na ang sesyon, ang pinakamarami nito; magtanong sa facilitator.
refusal-slowDownCards = { $rate ->
    [one] Dahan-dahan: hanggang { $rate } card lang bawat segundo.
   *[other] Dahan-dahan: hanggang { $rate } card lang bawat segundo.
}
refusal-slowDownDots = { $rate ->
    [one] Dahan-dahan: hanggang { $rate } tuldok lang bawat segundo.
   *[other] Dahan-dahan: hanggang { $rate } tuldok lang bawat segundo.
}
refusal-locked = Ini-lock muna ng facilitator ang board.
refusal-emptyCard = Sumulat muna ng kahit ano sa card.
refusal-cardTooLong = Hanggang { $max } na character lang ang kasya sa isang card.
refusal-laneClosed = Hindi bukas sa mga card ang hanay na iyan.
refusal-stageGone = Wala na sa mapa ang yugtong iyan.
refusal-noVote = Walang bukas na botohan.
refusal-cardGone = Wala na sa mapa ang card na iyan.
refusal-notInVote = Hindi kasama sa botohang ito ang card na iyan.
refusal-noDotsLeft = { $dots ->
    [one] Nagamit mo na ang iyong { $dots } tuldok.
   *[other] Nagamit mo na ang lahat ng { $dots } tuldok mo.
}
refusal-noDotThere = Wala kang tuldok sa card na iyan.
refusal-notUnderstood = Hindi naintindihan ng app ang kahilingang iyan.
refusal-notSaved = Hindi naitabi ng laptop ang pagbabagong iyan. Subukang muli.

# Ang sariling sagot ng laptop sa kahilingang tinatanggihan nito bago pa masabi ng pahina kung
# bakit: ipinapakita ito ng browser bilang payak na pahina, sa wikang hinihingi ng Accept-Language.
http-refusal-wrongHost = Hindi ito ang adres ng workshop. Buksan ang link na ipinapakita ng facilitator.
http-refusal-foreignPage = Ang sariling pahina lang ng workshop ang maaaring kumonekta.
http-refusal-joinFirst = Sumali muna sa sesyon.
http-refusal-notFound = Walang makikita sa adres na ito. Buksan ang link na ipinapakita ng facilitator.
http-refusal-wrongMethod = Hindi tumatanggap dito ang workshop ng ganyang uri ng kahilingan.
http-refusal-tooLarge = Masyadong malaki ang kahilingang iyan para sa workshop.
http-refusal-badRequest = Hindi naintindihan ng workshop ang kahilingang iyan.
http-refusal-failed = Hindi nasagot ng laptop ang kahilingang iyan. Subukang muli.
