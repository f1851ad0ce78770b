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
