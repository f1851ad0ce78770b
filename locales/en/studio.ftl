# The window's words (ui/src). Each message is used by the component named in its group.

## Preferences: language
preferences-title = Preferences
preferences-language = Language
preferences-language-system = Follow the system ({ $language })
preferences-close = Close

## Inspector
cards-selected = { $count ->
    [one] { $count } card selected
   *[other] { $count } cards selected
}
