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
