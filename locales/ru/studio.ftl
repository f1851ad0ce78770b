## Preferences: language
preferences-title = Настройки
preferences-language = Язык
preferences-language-system = Как в системе ({ $language })
preferences-close = Закрыть

## Inspector
cards-selected = { $count ->
    [one] Выбрана { $count } карточка
    [few] Выбраны { $count } карточки
   *[many] Выбрано { $count } карточек
}
