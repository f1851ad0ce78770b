## Export labels
export-pillar-heading = కస్టమర్ అనుభవ స్తంభం

## Findings of the insights
finding-no-repeat-loop = పునరావృత లూప్ లేదు: కస్టమర్‌ను మళ్లీ మొదటికి తీసుకువచ్చేది ఏదీ లేదు (కనెక్టెడ్ స్ట్రాటజీ పునరావృతం).
finding-unreachable = “{ $stage }” దశను ప్రారంభం నుండి చేరుకోలేము.
finding-dead-end = “{ $stage }” దశ ముగింపు మార్గం: దాని నుండి ఏ ప్రవాహమూ ముందుకు వెళ్లదు.
finding-missing-phase = ఏ దశకూ { $phase } ట్యాగ్ లేదు.
finding-no-touchpoint = { $stages } లో ఇంకా టచ్‌పాయింట్ లేదు.
finding-worst-path = అధ్వాన్న మార్గం: { $route } (సగటు భావోద్వేగం { $mean }, కనిష్ఠం { $lowest }).
finding-negative-moment-of-truth = నిర్ణయాత్మక క్షణం { $score } గా అనిపించింది: “{ $stage }” లో { $card }.
finding-largest-drop = అతిపెద్ద పతనం: { $fromCard } నుండి { $toCard } కు { $from } → { $to }.
finding-peak-end = శిఖరం-ముగింపు: అత్యంత తీవ్రమైన క్షణం { $peakCard } వద్ద { $peak }, ప్రయాణం { $end } ({ $endCard }) తో ముగుస్తుంది; కస్టమర్లు సుమారు { $remembered } గుర్తుంచుకుంటారు.
finding-top-pain = ప్రధాన ఇబ్బంది: “{ $stage }” లో { $card } (తీవ్రత { $severity } × తరచుదనం { $frequency } = { $weight }).
finding-unanswered-pains = { $count ->
    [one] { $count } పెయిన్ పాయింట్‌కు ఏ అవకాశమూ సమాధానం ఇవ్వదు.
   *[other] { $count } పెయిన్ పాయింట్లకు ఏ అవకాశమూ సమాధానం ఇవ్వదు.
}
finding-quick-wins = త్వరిత విజయాలు (ఎక్కువ విలువ, తక్కువ శ్రమ): { $cards }.
finding-pillar-hotspot = ఎక్కువగా బాధించేది: “{ $stage }” లో { $pillar } (ఇబ్బంది తీవ్రత { $severity }).
finding-empty-loyalty-pillars = { $pillars } పై ఏ అవకాశమూ నిర్మించబడలేదు.
finding-channel-switches = { $count ->
    [one] { $count } ఛానల్ మార్పు: { $hops }.
   *[other] { $count } ఛానల్ మార్పులు: { $hops }.
}
finding-friction = { $stages } లో { $kind }.
finding-persona-gap = { $card } వద్ద { $a } మరియు { $b } ఎక్కువగా భిన్నంగా ఉన్నారు ({ $aScore } vs { $bScore }).
