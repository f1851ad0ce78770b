# Mga template sa bawat wika (journey-core templates::localize).

## Connected strategy
template-connected-strategy-name = Nakakonektang Estratehiya
template-connected-strategy-description = Kilalanin, Humiling, Tumugon at ang loop ng Ulitin, kasama ang nakakonektang karanasang kumikilos sa bawat yugto.
template-connected-strategy-goal = Imapa kung paano kinikilala, hinihiling at tinutugunan ang pangangailangan ng customer, at kung ano ang itinuturo ng bawat pag-uulit sa kompanya, hanggang sa awtomatikong pagpapatupad: natutugunan ang pangangailangan bago pa humiling ang customer, kaya umiikli ang buong paglalakbay.
template-connected-strategy-stage-1 = Kilalanin
template-connected-strategy-stage-1-description = Dito kumikilos ang Paggabay sa Pag-uugali: palakihin ang kamalayan sa pangangailangan at itulak ang customer na kumilos.
template-connected-strategy-stage-2 = Humiling
template-connected-strategy-stage-2-description = Dito kumikilos ang Na-curate na Pag-aalok: tulungan ang customer na mahanap ang pinakamainam na opsiyon para sa kanyang pangangailangan.
template-connected-strategy-stage-3 = Tumugon
template-connected-strategy-stage-3-description = Dito kumikilos ang Tumugon-sa-Pagnanais: gawing walang hirap ang pag-order, pagbabayad at pagtanggap.
template-connected-strategy-stage-4 = Ulitin
template-connected-strategy-stage-4-description = Matuto mula sa ikot na ito para mas bumagay ang susunod na Kilalanin, Humiling at Tumugon.
template-connected-strategy-flow-4 = sa susunod
template-connected-strategy-lane-1 = Mga aksyon ng customer
template-connected-strategy-lane-2 = Mga touchpoint
template-connected-strategy-lane-3 = Mga emosyon
template-connected-strategy-lane-4 = Mga suliranin
template-connected-strategy-lane-5 = Mga pagkakataon
template-connected-strategy-card-1 = Paano napapansin ng customer (o ng kompanya) ang pangangailangan?
template-connected-strategy-card-2 = Paano nagiging kahilingan para sa isang tiyak na solusyon ang pangangailangan?
template-connected-strategy-card-3 = Paano tinatanggap at nararanasan ng customer ang solusyon?
template-connected-strategy-card-4 = Ano ang natututuhan ng kompanya sa ikot na ito, at ano ang mas babagay sa susunod?
template-connected-strategy-card-5 = Awtomatikong Pagpapatupad: kapag alam mo na ang pangangailangan bago pa ang customer, tugunan ito nang maaga at laktawan ang Kilalanin, Humiling at Tumugon.

## classic-five
template-classic-five-name = Klasikong limang yugto
template-classic-five-description = Kamalayan, pagsasaalang-alang, pagbili, paggamit, pagrerekomenda sa isang linya, kasama ang karaniwang mga hanay at walang card.
template-classic-five-stage-1 = Kamalayan
template-classic-five-stage-2 = Pagsasaalang-alang
template-classic-five-stage-3 = Pagbili
template-classic-five-stage-4 = Paggamit
template-classic-five-stage-5 = Pagrerekomenda
template-classic-five-lane-1 = Mga aksyon ng customer
template-classic-five-lane-2 = Mga touchpoint
template-classic-five-lane-3 = Mga emosyon
template-classic-five-lane-4 = Mga suliranin
template-classic-five-lane-5 = Mga pagkakataon

## purchase
template-purchase-name = Bago bumili, habang bumibili at pagkatapos bumili
template-purchase-description = Pamamahala ng karanasan ng customer: ang buong pagbili, may emosyon at sakripisyo ng customer sa bawat touchpoint.
template-purchase-goal = Tingnan ang buong karanasan, bago bumili, habang bumibili at pagkatapos bumili, kasama ang mga emosyong nagtutulak sa pasya at ang sakripisyo ng customer (ang gusto niya laban sa tinanggap niya) sa bawat touchpoint.
template-purchase-stage-1 = Pagtuklas
template-purchase-stage-1-description = Bago bumili: kung paano unang nagtatagpo ang pangangailangan at ang alok.
template-purchase-stage-2 = Pagpapasya
template-purchase-stage-2-description = Bago bumili: paghahambing ng mga opsiyon at pagpapasya.
template-purchase-stage-3 = Pagbili
template-purchase-stage-3-description = Habang bumibili: pag-order, pagbabayad at paghihintay.
template-purchase-stage-4 = Paggamit
template-purchase-stage-4-description = Pagkatapos bumili: pamumuhay kasama ang produkto o serbisyo, at paghingi ng tulong.
template-purchase-stage-5 = Pagrerekomenda
template-purchase-stage-5-description = Pagkatapos bumili: pagbabalik, pagrerebyu, pagsasabi sa iba.
template-purchase-lane-1 = Mga aksyon ng customer
template-purchase-lane-2 = Mga iniisip
template-purchase-lane-3 = Mga touchpoint
template-purchase-lane-4 = Mga emosyon
template-purchase-lane-5 = Mga suliranin
template-purchase-lane-6 = Mga pagkakataon
template-purchase-card-1 = Saan nila unang nakikita ang alok?
template-purchase-card-2 = Saan sila naghahambing at pumipili?
template-purchase-card-3 = Saan sila nag-o-order at nagbabayad?
template-purchase-card-4 = Saan nila ito ginagamit, o humihingi ng tulong?
template-purchase-card-5 = Saan sila nagrerebyu o nagsasabi sa iba?

## service-blueprint
template-service-blueprint-name = Blueprint ng serbisyo
template-service-blueprint-description = Mga aksyon ng customer, harapan, likuran at suporta, hinati ng linya ng pagkakakita.
template-service-blueprint-goal = Ipakita ang ginagawa ng customer, ang ginagawa ng mga tauhan sa harap niya, at ang gawain at mga sistema sa likod ng linya ng pagkakakita na nagpapangyari sa bawat hakbang.
template-service-blueprint-stage-1 = Pagdating
template-service-blueprint-stage-2 = Pag-order
template-service-blueprint-stage-3 = Pagtanggap
template-service-blueprint-stage-4 = Pagbabayad
template-service-blueprint-stage-5 = Pag-alis
template-service-blueprint-lane-1 = Pisikal na ebidensiya
template-service-blueprint-lane-2 = Mga aksyon ng customer
template-service-blueprint-lane-3 = Harapan
template-service-blueprint-lane-4 = Likuran
template-service-blueprint-lane-5 = Mga proseso ng suporta
template-service-blueprint-card-1 = Karatula, pasukan, menu board: ang nakikita at nahahawakan ng customer
template-service-blueprint-card-2 = Bill at card reader
template-service-blueprint-card-3 = Pumapasok at naghahanap ng bakanteng mesa: ang ginagawa ng customer
template-service-blueprint-card-4 = Pumipili mula sa menu at nag-o-order
template-service-blueprint-card-5 = Sinasalubong ng host ang bisita at inaalok ng mesa: gawain ng tauhan na nakikita ng customer
template-service-blueprint-card-6 = Dinadala ng server ang pagkain at tinitingnan ang order
template-service-blueprint-card-7 = Natatanggap ng kusina ang tiket at nagsisimulang magluto: gawain ng tauhan na hindi nakikita ng customer
template-service-blueprint-card-8 = Nililinis at inihahanda ang mesa para sa susunod na bisita
template-service-blueprint-card-9 = Ipinapadala ng kaha ang mga order sa screen ng kusina: mga sistema at pangkat na sumusuporta sa mga tauhan
template-service-blueprint-card-10 = Pinoproseso ng payment provider ang bayad gamit ang card

## six-pillars-audit
template-six-pillars-audit-name = Pagsusuri sa anim na haligi
template-six-pillars-audit-description = Isang suliraning hahanapin para sa bawat haligi ng karanasan ng customer, nakakalat sa paglalakbay.
template-six-pillars-audit-goal = Suriin ang paglalakbay ayon sa anim na haligi ng karanasan ng customer: hanapin kung saan masakit ang bawat haligi, saka iugnay ang mga pagkakataon sa mga suliraning sinasagot nila.
template-six-pillars-audit-stage-1 = Kamalayan
template-six-pillars-audit-stage-2 = Pagsasaalang-alang
template-six-pillars-audit-stage-3 = Pagbili
template-six-pillars-audit-stage-4 = Paggamit
template-six-pillars-audit-stage-5 = Paghingi ng tulong
template-six-pillars-audit-stage-6 = Pagrerekomenda
template-six-pillars-audit-flow-4 = may nagkakaproblema
template-six-pillars-audit-lane-1 = Mga aksyon ng customer
template-six-pillars-audit-lane-2 = Mga touchpoint
template-six-pillars-audit-lane-3 = Mga emosyon
template-six-pillars-audit-lane-4 = Mga suliranin
template-six-pillars-audit-lane-5 = Mga pagkakataon
template-six-pillars-audit-card-1 = Pag-personalize: saan tinatrato ang customer na parang kahit sino, ang parehong mensahe para sa lahat?
template-six-pillars-audit-card-2 = Integridad: saan sila maaaring hindi magtiwala? Impormasyong salungat sa ibang touchpoint, gastos na nakatago hanggang checkout
template-six-pillars-audit-card-3 = Oras at Pagsisikap: saan may sagabal? Muling paglalagay ng impormasyong naibigay na, magkasalungat na mensahe sa mga channel
template-six-pillars-audit-card-4 = Mga Inaasahan: saan naghihiwalay ang inaasahan nila at ang naibigay namin?
template-six-pillars-audit-card-5 = Paglutas: saan nagkakaproblema, at gaano kabilis at kahusay naaayos?
template-six-pillars-audit-card-6 = Empatiya: saan ang mga pagbaba ng emosyon, kung saan sila nababalisa, napapabayaan o hindi naiintindihan?
