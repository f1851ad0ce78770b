# పాల్గొనేవారి పేజీ, వారి బ్రౌజర్ భాషలో.

workshop-page-title = జర్నీ స్టూడియో వర్క్‌షాప్
join-title = వర్క్‌షాప్‌లో చేరండి
join-name = మీ పేరు
join-code = కోడ్
join-button = చేరండి
join-failed = చేరలేకపోయాము.
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
