# పాల్గొనేవారి పేజీ, వారి బ్రౌజర్ భాషలో.

workshop-page-title = జర్నీ స్టూడియో వర్క్‌షాప్
join-title = వర్క్‌షాప్‌లో చేరండి
join-name = మీ పేరు
join-code = కోడ్
join-button = చేరండి
join-failed = చేరలేకపోయాము.
join-error-wrongCode = ఆ కోడ్ ఈ సెషన్‌ది కాదు. ఫెసిలిటేటర్‌తో సరిచూసుకోండి.
join-error-tooManyAttempts = ఈ పరికరం నుండి చాలా తప్పు కోడ్‌లు వచ్చాయి. ఒక నిమిషం ఆగి మళ్లీ ప్రయత్నించండి.
join-error-full = సెషన్ నిండిపోయింది.
join-unreachable = ల్యాప్‌టాప్‌ను చేరుకోలేకపోయాము. మీరు అదే Wi-Fi లో ఉన్నారా?
join-ended = సెషన్ ముగిసింది లేదా మీరు ఇక అందులో లేరు. కోడ్ కోసం ఫెసిలిటేటర్‌ను అడగండి.
stages-nav = దశలు
follow-facilitator = ఫెసిలిటేటర్‌ను అనుసరించు
reconnecting = మళ్లీ కనెక్ట్ అవుతోంది…
board-locked = ఫెసిలిటేటర్ ప్రస్తుతానికి బోర్డును లాక్ చేశారు.
you-are = మీరు { $name }.
private-note = ఫెసిలిటేటర్ బహిర్గతం చేసే వరకు మీ కొత్త కార్డులు ప్రైవేట్‌గా ఉంటాయి.
vote-left = { $dots ->
    [one] ఓటు: { $dots } లో { $left } చుక్క మిగిలింది.
   *[other] ఓటు: { $dots } లో { $left } చుక్కలు మిగిలాయి.
}
waiting = { $count } పంపడానికి వేచి ఉన్నాయి…
card-private-tag = ప్రైవేట్
take-dot = ఒక చుక్కను వెనక్కి తీసుకో
put-dot = ఈ కార్డుపై ఒక చుక్క పెట్టు
new-card-in = { $lane } లో కొత్త కార్డు
write-card = ఒక కార్డు రాయండి…
add-card = కార్డు జోడించు

join-error-banned = ఫెసిలిటేటర్ మిమ్మల్ని ఈ సెషన్ నుండి తొలగించారు.
join-error-tooManyJoins = ఈ పరికరం నుండి చాలా మంది చేరారు. ఫెసిలిటేటర్‌ను అడగండి.

# ల్యాప్‌టాప్ తిరస్కరించిన అభ్యర్థన.
refusal-requestId = అభ్యర్థన గుర్తింపు 1 నుండి { $max } అక్షరాలు ఉండాలి.
refusal-cardsPerPerson = మీరు { $max } కార్డులు జోడించారు, ఒక సెషన్‌లో ఒక వ్యక్తి జోడించగలిగే గరిష్ఠం అదే.
refusal-cardsPerSession = సెషన్‌లో { $max } కార్డులు ఉన్నాయి, అదే గరిష్ఠం; ఫెసిలిటేటర్‌ను అడగండి.
refusal-slowDownCards = { $rate ->
    [one] నెమ్మదిగా: సెకనుకు గరిష్ఠంగా { $rate } కార్డు.
   *[other] నెమ్మదిగా: సెకనుకు గరిష్ఠంగా { $rate } కార్డులు.
}
refusal-slowDownDots = { $rate ->
    [one] నెమ్మదిగా: సెకనుకు గరిష్ఠంగా { $rate } చుక్క.
   *[other] నెమ్మదిగా: సెకనుకు గరిష్ఠంగా { $rate } చుక్కలు.
}
refusal-locked = ఫెసిలిటేటర్ ప్రస్తుతానికి బోర్డును లాక్ చేశారు.
refusal-emptyCard = ముందు కార్డుపై ఏదైనా రాయండి.
refusal-cardTooLong = ఒక కార్డులో గరిష్ఠంగా { $max } అక్షరాలు పడతాయి.
refusal-laneClosed = ఆ వరుస కార్డుల కోసం తెరిచి లేదు.
refusal-stageGone = ఆ దశ ఇక మ్యాప్‌లో లేదు.
refusal-noVote = ఏ ఓటింగ్ తెరిచి లేదు.
refusal-cardGone = ఆ కార్డు ఇక మ్యాప్‌లో లేదు.
refusal-notInVote = ఆ కార్డు ఈ ఓటింగ్‌లో భాగం కాదు.
refusal-noDotsLeft = { $dots ->
    [one] మీ { $dots } చుక్కను వాడేశారు.
   *[other] మీ { $dots } చుక్కలన్నీ వాడేశారు.
}
refusal-noDotThere = ఆ కార్డుపై మీ చుక్క లేదు.
refusal-notUnderstood = యాప్‌కు ఆ అభ్యర్థన అర్థం కాలేదు.
refusal-notSaved = ల్యాప్‌టాప్ ఆ మార్పును ఉంచలేకపోయింది. మళ్లీ ప్రయత్నించండి.
