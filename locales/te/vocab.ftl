# మోడల్ పదజాలం (journey-core `vocab`). ఫ్రేమ్‌వర్క్ పదాలు ../shared/glossary.md ప్రకారం.

## Card kinds
card-kind-touchpoint = టచ్‌పాయింట్
card-kind-pain-point = పెయిన్ పాయింట్
card-kind-opportunity = అవకాశం
card-kind-note = గమనిక
card-kind-quote = ఉల్లేఖనం

## Lane kinds
lane-kind-actions = చర్యలు
lane-kind-touchpoints = టచ్‌పాయింట్లు
lane-kind-channels = ఛానళ్లు
lane-kind-thoughts = ఆలోచనలు
lane-kind-emotions = భావోద్వేగ వక్రరేఖ
lane-kind-pain-points = పెయిన్ పాయింట్లు
lane-kind-opportunities = అవకాశాలు
lane-kind-frontstage = ముందు వేదిక
lane-kind-backstage = తెర వెనుక
lane-kind-support = మద్దతు
lane-kind-custom = అనుకూలం

## Phases
phase-recognize = గుర్తించడం
phase-request = అభ్యర్థన
phase-respond = స్పందన
phase-repeat = పునరావృతం
phase-before-purchase = కొనుగోలుకు ముందు
phase-during-purchase = కొనుగోలు సమయంలో
phase-after-purchase = కొనుగోలు తర్వాత

## Connected customer experiences
experience-respond-to-desire = కోరికకు స్పందన
experience-curated-offering = ఎంపిక చేసిన ఆఫర్
experience-coach-behavior = ప్రవర్తనకు మార్గదర్శనం
experience-automatic-execution = స్వయంచాలక అమలు

## Channels
channel-web = వెబ్
channel-app = యాప్
channel-store = స్టోర్
channel-phone = ఫోన్
channel-email = ఈమెయిల్
channel-social = సోషల్ మీడియా
channel-in-person = ప్రత్యక్షంగా
channel-chat = చాట్
channel-mail = పోస్ట్
channel-other = ఇతర

## The six pillars of customer experience
cx-pillar-personalization = వ్యక్తిగతీకరణ
cx-pillar-integrity = నిజాయితీ
cx-pillar-expectations = అంచనాలు
cx-pillar-resolution = పరిష్కారం
cx-pillar-time-and-effort = సమయం మరియు శ్రమ
cx-pillar-empathy = సహానుభూతి

## The five pillars of loyalty 3.0
loyalty-pillar-products-and-services = ఉత్పత్తులు మరియు సేవలు
loyalty-pillar-customer-service = కస్టమర్ సేవ
loyalty-pillar-community = కమ్యూనిటీ మరియు అఫినిటీ సమూహాలు
loyalty-pillar-experiences = అనుభవాలు
loyalty-pillar-bridges = వారధులు

## Kinds of friction
friction-repeated-data-entry = పదే పదే డేటా నమోదు
friction-inconsistent-messages = పొంతనలేని సందేశాలు
friction-hidden-cost = దాచిన ఖర్చు
friction-waiting = నిరీక్షణ
friction-other = ఇతర

## What the customer is short of
shortage-time = సమయం
shortage-money = డబ్బు
shortage-effort = శ్రమ
shortage-information = సమాచారం

## Named steps of the default emotion scale
emotion-furious = తీవ్ర కోపం
emotion-frustrated = నిరాశ
emotion-uneasy = అసౌకర్యం
emotion-neutral = తటస్థం
emotion-content = సంతృప్తి
emotion-happy = సంతోషం
emotion-delighted = పరమానందం
