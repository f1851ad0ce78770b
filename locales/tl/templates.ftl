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
