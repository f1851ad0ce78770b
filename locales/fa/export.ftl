## Export labels
export-pillar-heading = ستون تجربه مشتری

## Findings of the insights
finding-no-repeat-loop = حلقهٔ تکرار وجود ندارد: هیچ چیز مشتری را به آغاز برنمی‌گرداند (تکرار در استراتژی متصل).
finding-unreachable = به مرحلهٔ «{ $stage }» از آغاز نمی‌توان رسید.
finding-dead-end = مرحلهٔ «{ $stage }» بن‌بست است: هیچ پیوندی از آن ادامه نمی‌یابد.
finding-missing-phase = هیچ مرحله‌ای برچسب { $phase } ندارد.
finding-no-touchpoint = هنوز هیچ نقطه تماسی در { $stages } نیست.
finding-worst-path = بدترین مسیر: { $route } (میانگین احساس { $mean }، کمینه { $lowest }).
finding-negative-moment-of-truth = لحظه حقیقت با احساس { $score }: { $card } در «{ $stage }».
finding-largest-drop = بیشترین افت: { $from } → { $to } از { $fromCard } تا { $toCard }.
finding-peak-end = اوج و پایان: شدیدترین لحظه { $peak } در { $peakCard } است و سفر با { $end } ({ $endCard }) پایان می‌یابد؛ مشتریان تقریباً { $remembered } را به یاد خواهند داشت.
finding-top-pain = بزرگ‌ترین درد: { $card } (شدت { $severity } × بسامد { $frequency } = { $weight }) در «{ $stage }».
finding-unanswered-pains = { $count ->
    [one] { $count } نقطه درد هیچ فرصتی در پاسخ ندارد.
   *[other] { $count } نقطه درد هیچ فرصتی در پاسخ ندارند.
}
finding-quick-wins = بردهای سریع (ارزش زیاد، تلاش کم): { $cards }.
finding-pillar-hotspot = بیشترین درد: { $pillar } در «{ $stage }» (شدت درد { $severity }).
finding-empty-loyalty-pillars = هیچ فرصتی بر { $pillars } بنا نشده است.
finding-channel-switches = { $count ->
    [one] { $count } تغییر کانال: { $hops }.
   *[other] { $count } تغییر کانال: { $hops }.
}
finding-friction = { $kind } در { $stages }.
finding-persona-gap = { $a } و { $b } بیشترین تفاوت را در { $card } دارند ({ $aScore } در برابر { $bScore }).
