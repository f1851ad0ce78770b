## Preferences: language
preferences-title = అభిరుచులు
preferences-language = భాష
preferences-language-system = సిస్టమ్‌ను అనుసరించు ({ $language })
preferences-close = మూసివేయి

## Inspector
cards-selected = { $count ->
    [one] { $count } కార్డు ఎంచుకోబడింది
   *[other] { $count } కార్డులు ఎంచుకోబడ్డాయి
}
