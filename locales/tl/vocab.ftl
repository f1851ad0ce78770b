# Mga bokabularyo ng modelo (journey-core `vocab`). Mga termino ayon sa ../shared/glossary.md.

## Card kinds
card-kind-touchpoint = Touchpoint
card-kind-pain-point = Suliranin
card-kind-opportunity = Pagkakataon
card-kind-note = Tala
card-kind-quote = Sipi

## Lane kinds
lane-kind-actions = Mga aksyon
lane-kind-touchpoints = Mga touchpoint
lane-kind-channels = Mga channel
lane-kind-thoughts = Mga iniisip
lane-kind-emotions = Kurba ng emosyon
lane-kind-pain-points = Mga suliranin
lane-kind-opportunities = Mga pagkakataon
lane-kind-frontstage = Harapan
lane-kind-backstage = Likuran
lane-kind-support = Suporta
lane-kind-custom = Pasadya

## Phases
phase-recognize = Kilalanin
phase-request = Humiling
phase-respond = Tumugon
phase-repeat = Ulitin
phase-before-purchase = Bago bumili
phase-during-purchase = Habang bumibili
phase-after-purchase = Pagkatapos bumili

## Connected customer experiences
experience-respond-to-desire = Tumugon-sa-Pagnanais
experience-curated-offering = Na-curate na Pag-aalok
experience-coach-behavior = Paggabay sa Pag-uugali
experience-automatic-execution = Awtomatikong Pagpapatupad

## Channels
channel-web = Web
channel-app = App
channel-store = Tindahan
channel-phone = Telepono
channel-email = Email
channel-social = Social media
channel-in-person = Nang personal
channel-chat = Chat
channel-mail = Koreo
channel-other = Iba pa

## The six pillars of customer experience
cx-pillar-personalization = Pag-personalize
cx-pillar-integrity = Integridad
cx-pillar-expectations = Mga Inaasahan
cx-pillar-resolution = Paglutas
cx-pillar-time-and-effort = Oras at Pagsisikap
cx-pillar-empathy = Empatiya

## The five pillars of loyalty 3.0
loyalty-pillar-products-and-services = Mga Produkto at Serbisyo
loyalty-pillar-customer-service = Serbisyo sa Customer
loyalty-pillar-community = Komunidad at mga Affinity Group
loyalty-pillar-experiences = Mga Karanasan
loyalty-pillar-bridges = Mga Tulay

## Kinds of friction
friction-repeated-data-entry = Paulit-ulit na pagpasok ng datos
friction-inconsistent-messages = Hindi magkatugmang mensahe
friction-hidden-cost = Nakatagong gastos
friction-waiting = Paghihintay
friction-other = Iba pa

## What the customer is short of
shortage-time = Oras
shortage-money = Pera
shortage-effort = Pagsisikap
shortage-information = Impormasyon

## Named steps of the default emotion scale
emotion-furious = Galit na galit
emotion-frustrated = Bigo
emotion-uneasy = Balisa
emotion-neutral = Neutral
emotion-content = Kuntento
emotion-happy = Masaya
emotion-delighted = Tuwang-tuwa
