## Preferences: language
preferences-title = Mga Kagustuhan
preferences-language = Wika
preferences-language-system = Sundin ang sistema ({ $language })
preferences-close = Isara

## Inspector
cards-selected = { $count ->
    [one] { $count } card ang napili
   *[other] { $count } card ang napili
}
