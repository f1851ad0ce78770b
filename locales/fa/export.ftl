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

## The map (SVG, PNG, PDF and the HTML page draw it): labels on it beside the user's own text.
export-goal-persona = { $goal }  ·  پرسونا: { $persona }
export-line-of-visibility = خط دید
export-repeat-flow = تکرار: { $label }
export-stages-heading = مرحله‌ها
export-lanes-heading = ردیف‌ها
export-pain-weight = شدت { $severity } × بسامد { $frequency } = { $weight }
export-value-effort = ارزش { $value } · تلاش { $effort }
export-answers-pains = { $count ->
    [one] پاسخ به { $count } نقطه درد
   *[other] پاسخ به { $count } نقطه درد
}
export-legend-persona = پرسونا
export-legend-journey = سفر

## The HTML page's own controls (around the map).
export-html-zoom-out = کوچک‌نمایی
export-html-zoom-in = بزرگ‌نمایی
export-html-fit = جا دادن
export-html-insights = بینش‌ها
export-html-hint = برای جابه‌جایی بکشید یا بچرخانید · Ctrl+چرخ یا + / − برای بزرگ‌نمایی · F همه را جا می‌دهد
export-html-map = نقشه سفر مشتری
export-heatmap-title = شدت درد بر پایهٔ مرحله و ستون تجربه مشتری

## Tiled PDF pages. No parentheses here: the page labels are laid out without mirrored brackets.
export-pdf-tile = ردیف { $row }، ستون { $column } · صفحه { $page } از { $total } · { $paper } · هم‌پوشانی { $overlap } میلی‌متر
export-pdf-tab = ص { $page }
export-pdf-overview = نمای کلی · { $columns } × { $rows } صفحهٔ { $paper }، { $count } صفحه، ردیف به ردیف · نقشه در اندازهٔ واقعی { $width } × { $height } میلی‌متر

## The Markdown report.
export-md-goal = هدف
export-md-summary = { $stages } مرحله · { $cards } کارت · مقیاس احساس از { $min } تا { $max }
export-md-personas = پرسوناها
export-md-goals = هدف‌ها
export-md-needs = نیازهای مشتری
export-md-frustrations = ناکامی‌ها
export-md-in-their-words = به زبان خودشان
export-md-insights = بینش‌ها
export-md-stages = مرحله‌ها
export-md-no-cards = هنوز کارتی نیست.
export-md-empty-card = (کارت خالی)
export-md-votes = { $count } رأی
export-md-by = از { $author }
export-md-feels = احساس { $score } { $emotion }
export-md-sacrifice = فداکاری مشتری
export-md-wanted-accepted = می‌خواست { $wanted }، پذیرفت { $accepted }
export-md-pain-weight = شدت { $severity } × بسامد { $frequency } = { $weight }
export-md-value-effort = ارزش { $value }، تلاش { $effort }
export-md-owner = مسئول { $owner }
export-md-emotion-title = احساسات در طول سفر
export-md-average-label = میانگین
export-md-average = { $mean } در { $count } نقطه تماس
export-md-lowest = کمترین
export-md-highest = بیشترین
export-md-end = پایان
export-md-largest-drop = بیشترین افت
export-md-at-stage = { $score } در «{ $card }» ({ $stage })
export-md-at = { $score } در «{ $card }»
export-md-drop = { $from } → { $to } از «{ $fromCard }» تا «{ $toCard }»
export-md-pains-title = نقاط درد به ترتیب اولویت (شدت × بسامد)
export-md-nothing-yet = هنوز هیچ
export-md-opportunities = فرصت‌ها
export-col-stage = مرحله
export-col-score = امتیاز
export-col-emotion = احساس
export-col-rank = رتبه
export-col-severity = شدت
export-col-frequency = بسامد
export-col-weight = شدت×بسامد
export-col-pillar = ستون
export-col-answered-by = پاسخ‌دهنده
export-col-value = ارزش
export-col-effort = تلاش
export-col-loyalty-pillar = ستون وفاداری
export-col-answers = پاسخ به

## What the app says when an export cannot start (the native save dialog and the shell).
error-export-busy = برون‌بری دیگری هنوز در جریان است؛ منتظر بمانید یا آن را لغو کنید.

## The command line (`journey`).
cli-created = { $path } ساخته شد
cli-note = یادداشت: { $file }: { $note }
cli-error = journey: { $message }
cli-unknown-language = برای «{ $code }» فهرست پیامی نیست (زبان‌ها: { $languages })
cli-unknown-template = الگوی ناشناخته «{ $id }» (ببینید `journey templates`)
cli-edit-invalid = ویرایش معتبر نیست: { $reason }
cli-give-format-export = ‎--format‎ را بدهید، یا نام فایل خروجی با پسوندی شناخته‌شده
cli-give-format-import = ‎--format‎ را بدهید، یا نام فایل ورودی با پسوند .json، .csv، .mmd، .svg، .html، .ojf یا .xlsx
cli-unknown-import-format = قالب ناشناخته «{ $format }» (json، csv، mermaid، svg، html، ojf، xlsx، lucid)
cli-cannot-read = { $file } خوانده نمی‌شود: { $reason }
cli-validate = { $file }: { $count } سفر، درستی { $verdict }
cli-show-title = { $name } (ویرایش { $revision })
cli-merge-nothing-new = چیز تازه‌ای نیست: { $ours } همهٔ تغییرهای { $theirs } را دارد
cli-merge-added = کامل وارد شد
cli-merge-removed = در رونوشت حذف شده بود، پس اینجا هم
cli-merge-kept-apart = تنها شناسه‌اش با سفر رونوشت یکی است؛ همان‌طور ماند (برای داشتن هر دو، سفر رونوشت را درون‌ریزی کنید)
cli-merge-changes = { $count } تغییر از { $authors }
cli-merge-needs-decision = نیاز به تصمیم: { $sentence }
cli-analyse-findings = یافته‌ها
cli-analyse-paths = مسیرها ({ $count })
cli-analyse-paths-more = مسیرها ({ $count }، بیشتر فهرست نشده)
cli-analyse-worst-mean = بدترین میانگین
cli-analyse-lowest-point = پایین‌ترین نقطه
cli-analyse-best = بهترین
cli-analyse-mean = میانگین { $mean }، کمینه { $min }
cli-analyse-no-scores = بی‌امتیاز
cli-unknown-export-format = «{ $format }» قالب خروجی نیست (svg، png، pdf، html، csv، md، json، mermaid، ojf، xlsx)
cli-unknown-page = «{ $page }» اندازهٔ صفحه نیست (fit، a4، a3، letter)
cli-bad-scale = مقیاس باید میان { $min } و { $max } باشد، نه { $scale }
cli-cannot-write = { $file } نوشته نمی‌شود: { $reason }
cli-crash-problems = آزمون از کار افتادن { $count } مشکل یافت
cli-bench-store-nothing = دست‌کم یک اندازه و یک ویرایش بدهید
# --listen ADDRESS that is not an address; { $reason } is the system's own words.
cli-bad-listen = ‎--listen { $listen }‎: { $reason } (برای نمونه { $example })
cli-serve-failed = سرور تیم آغاز نشد: { $detail }
cli-joined = «{ $name }» در { $file } پیوست: { $count } سفر
cli-joined-room = «{ $name }» از اتاق در { $address } در { $file } پیوست: { $count } سفر
cli-synced = همگام شد: { $count } تغییر دریافت شد
# `journey sync --watch`: a line for each thing that happens until it is stopped.
cli-syncing = همگام‌سازی { $file } (برای توقف Ctrl+C)
cli-sync-stopped = متوقف شد: { $count } تغییر دریافت شد
cli-sync-received = { $count } تغییر از { $authors } دریافت شد
cli-sync-connecting = در حال اتصال
cli-sync-connected = متصل شد
cli-sync-offline = آفلاین: { $reason }
cli-sync-failed = ناموفق: { $reason }
