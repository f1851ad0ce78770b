## Preferences: language
preferences-title = ترجیحات
preferences-language = زبان
preferences-language-system = پیروی از سیستم ({ $language })
preferences-close = بستن

## Inspector
cards-selected = { $count ->
    [one] { $count } کارت انتخاب شده
   *[other] { $count } کارت انتخاب شده
}
