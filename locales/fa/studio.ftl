# واژه‌های پنجره (ui/src). اصطلاحات چارچوب‌ها از ../shared/glossary.md.

## Preferences: language
preferences-title = ترجیحات
preferences-language = زبان
preferences-language-system = پیروی از سیستم ({ $language })
preferences-latin-digits = نوشتن اعداد با رقم‌های 0–9 به‌جای ۰–۹
preferences-close = بستن
preferences-open = ترجیحات (زبان)

## Inspector
cards-selected = { $count ->
    [one] { $count } کارت انتخاب شده
   *[other] { $count } کارت انتخاب شده
}

## Common
close = بستن
cancel = لغو
delete = حذف
duplicate = تکثیر
error-code = کد خطا:
dismiss = بستن پیام
none = هیچ

## Errors
open-failed-title = این فایل باز نشد
open-failed-hint = با پرونده › باز کردن… فضای کار دیگری انتخاب کنید، یا با پرونده › فضای کار تازه… یکی بسازید. فایل تغییری نکرد.
crash-title = پنجره با مشکلی روبه‌رو شد
crash-hint = کار شما امن است: هر تغییر همان لحظه در فایل ذخیره شد. برای ادامه، استودیو را دوباره بکشید؛ اگر این تکرار شد، یادداشت کنید درست پیش از آن چه کردید و گزارش دهید.
crash-retry = کشیدن دوبارهٔ استودیو

## Keyboard shortcuts
shortcuts-title = میان‌برهای صفحه‌کلید
keys-undo-shortcut = Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
keys-undo = واگرد، ازنو (حتی پس از راه‌اندازی دوباره)
keys-select-shortcut = پیکان‌ها
keys-select = انتخاب کارت بعدی در بالا، پایین، چپ یا راست
keys-move-shortcut = فاصله، پیکان‌ها، فاصله / Esc
keys-move = برداشتن کارت‌های انتخاب‌شده، انتخاب جا، گذاشتن / لغو
keys-stage-lane-shortcut = Alt+← / Alt+→, Alt+↑ / Alt+↓
keys-stage-lane = جابه‌جایی مرحلهٔ انتخاب‌شده به چپ یا راست، ردیف انتخاب‌شده به بالا یا پایین
keys-clipboard-shortcut = Ctrl+C / Ctrl+X / Ctrl+V
keys-clipboard = رونوشت، برش، چسباندن کارت‌ها (حتی در سفری دیگر)
keys-rename-shortcut = Enter یا F2
keys-rename = ویرایش متن کارت؛ تغییر نام مرحله یا ردیف انتخاب‌شده
keys-new-shortcut = N
keys-new = کارت تازه پس از کارت انتخاب‌شده
keys-emotion-shortcut = + / − (یا Alt+↑ / Alt+↓)
keys-emotion = بالا یا پایین بردن احساس نقطه تماس انتخاب‌شده
keys-delete-shortcut = Delete
keys-delete = حذف انتخاب (کارت‌ها، یک مرحله، یک ردیف؛ یک پیوند در نمودار مراحل)
keys-duplicate-shortcut = Ctrl+D
keys-duplicate = تکثیر کارت‌های انتخاب‌شده
keys-search-shortcut = Ctrl+F
keys-search = جست‌وجو؛ کارت‌های یافته‌شده برجسته می‌شوند
keys-zoom-shortcut = Ctrl+= / Ctrl+− / Ctrl+0
keys-zoom = بزرگ‌نمایی، کوچک‌نمایی، اندازهٔ واقعی (کشیدن با دکمهٔ میانی جابه‌جا می‌کند)
keys-views-shortcut = Ctrl+1 / Ctrl+2
keys-views = نقشه سفر / نمودار مراحل
keys-transfer-shortcut = Ctrl+E / Ctrl+I
keys-transfer = برون‌بری / درون‌ریزی
keys-present-shortcut = F5، سپس ← → و Esc
keys-present = ارائه: گذر از مرحله‌ها، خروج
keys-help-shortcut = F1
keys-help = همین فهرست

## Toolbar
toolbar-label = ابزارهای نقشه
toolbar-view = نما
view-map = نقشه
view-graph = نمودار مراحل
undo = واگرد
    .title = واگرد (Ctrl+Z)
redo = ازنو
    .title = ازنو (Ctrl+Shift+Z)
search-label = جست‌وجوی کارت‌ها
search-placeholder = جست‌وجوی کارت‌ها (Ctrl+F)
search-matches = { $count ->
    [one] { $count } مورد
   *[other] { $count } مورد
}
hint-graph = برای پیوند دادن، از مرحله‌ای به مرحلهٔ دیگر بکشید · Delete پیوند انتخاب‌شده را حذف می‌کند
hint-read-only = فقط‌خواندنی: تغییرها خاموش‌اند
hint-moving = جابه‌جایی: پیکان‌ها جا را انتخاب می‌کنند، فاصله می‌گذارد، Esc لغو می‌کند
hint-map = برای افزودن کارت روی خانه دوبار کلیک کنید · فاصله و سپس پیکان‌ها برای جابه‌جایی · Delete حذف می‌کند
zoom-out = کوچک‌نمایی
    .title = کوچک‌نمایی (Ctrl+−)
zoom-in = بزرگ‌نمایی
    .title = بزرگ‌نمایی (Ctrl+=)
zoom-actual = اندازهٔ واقعی
    .title = اندازهٔ واقعی (Ctrl+0)
zoom-fit = جا دادن
    .title = جا دادن نقشه در پنجره
panel-inspector = بازرس
    .title = نمایش یا پنهان کردن بازرس (جای بیشتر برای نقشه)
present = ارائه
    .title = نمایش سفر به حاضران، مرحله به مرحله
panel-workshop = کارگاه
    .title = برگزاری کارگاه: شرکت‌کنندگان از مرورگر خود می‌پیوندند
panel-insights = بینش‌ها
    .title = آنچه نقشه می‌گوید: مسیرها، دردها، ستون‌ها
panel-versions = نسخه‌ها
    .title = نسخه‌های نام‌دار این سفر

## The window
app-name = استودیوی سفر
opening-workspace = در حال باز کردن فضای کار…
crash-details = { $message } جزئیات در { $log } است.
open-log-folder = باز کردن پوشهٔ گزارش
merge-to-decide = { $count ->
    [one] { $count } مورد از ادغام به تصمیم نیاز دارد
   *[other] { $count } مورد از ادغام به تصمیم نیاز دارند
}
persona-value-spender = مشتری پرخرید
persona-value-sender = مشتری معرف
journey-summary = خلاصهٔ سفر
count-stages = { $count ->
    [one] { $count } مرحله
   *[other] { $count } مرحله
}
count-touchpoints = { $count ->
    [one] { $count } نقطه تماس
   *[other] { $count } نقطه تماس
}
count-pains = { $count ->
    [one] { $count } نقطه درد
   *[other] { $count } نقطه درد
}
file-read-only = فقط‌خواندنی
file-saved = ذخیرهٔ خودکار

## Journeys menu
journeys-menu = سفرها
journey-new-name = سفر تازه
journey-new = سفر تازه…
journey-duplicate = تکثیر این سفر
journey-rename = تغییر نام…
journey-save-template = ذخیره به‌عنوان الگو…
journey-delete = حذف این سفر…
journey-import = درون‌ریزی سفرها…
import-report-title = آنچه درون‌ریزی آورد
import-report-intro = این بخش‌های پرونده دقیقاً همان‌طور که در آن بودند وارد نشدند:
journey-merge = ادغام یک رونوشت…
journey-export = برون‌بری این سفر…
journey-new-name-label = نام تازه
rename = تغییر نام
field-name = نام
journey-start-from = شروع از
templates = الگوها
templates-loading = در حال بارگذاری الگوها…
template-yours = { $name } (مال شما)
template-name = نام الگو
template-hint = برای شما بیرون از این فایل ذخیره می‌شود: در همهٔ فضاهای کار زیر «سفر تازه» پیشنهاد می‌شود.
template-save = ذخیرهٔ الگو
journey-delete-confirm = «{ $name }» با تاریخچهٔ واگرد و نسخه‌هایش حذف شود؟ این کار بازگشت‌پذیر نیست.
journey-delete-button = حذف سفر

## Export
export-title = برون‌بری «{ $name }»
export-format = قالب
format-pdf = PDF
    .what = سند برداری برای چاپ و ایمیل؛ متن قابل جست‌وجو می‌ماند.
format-png = PNG
    .what = تصویری برای اسلایدها و گفتگوها، در هر اندازه.
format-svg = SVG
    .what = تصویر برداری؛ در مرورگرها و ابزارهای طراحی باز می‌شود و دوباره درون‌ریزی می‌شود.
format-html = صفحهٔ وب
    .what = یک فایل که بدون اینترنت در هر مرورگری باز می‌شود، با جابه‌جایی و بزرگ‌نمایی.
format-csv = CSV
    .what = یک سطر برای هر کارت، برای صفحه‌گسترده‌ها.
format-md = مارک‌داون
    .what = گزارشی خوانا: پرسونا، مرحله‌ها، احساسات، دردها به ترتیب اولویت.
format-json = JSON
    .what = تمام سفر؛ دقیقاً همان‌طور درون‌ریزی می‌شود.
format-mermaid = مرمید
    .what = متن نمودار سفر برای سایت‌های مستندات.
format-ojf = OpenJourney
    .what = نقشه برای Ptolemy و ابزارهای دیگر OJF؛ اینجا کامل برمی‌گردد.
format-xlsx = کارپوشهٔ اکسل
    .what = برای هر موضوع یک برگه، برای پژوهش و گزارش؛ ویرایش‌ها دوباره خوانده می‌شوند.
export-pages = صفحه‌ها
pages-fit = یک صفحه به اندازهٔ نقشه
pages-a4 = صفحه‌های A4 (اندازهٔ واقعی، با نمای کلی)
pages-a3 = صفحه‌های A3 (اندازهٔ واقعی، با نمای کلی)
pages-letter = صفحه‌های Letter (اندازهٔ واقعی، با نمای کلی)
export-size = اندازه
export-scale-1 = ۱× (اندازهٔ صفحه‌نمایش)
export-scale-2 = ۲× (واضح روی نمایشگرهای پرتراکم)
export-scale-4 = ۴× (پوستر و چاپ)
export-progress = پیشرفت برون‌بری
export-saved = ذخیره شد در { $path }
export-cancel = لغو برون‌بری
export-start = برون‌بری…

## Insights
insights-reading = در حال خواندن نقشه…
insights-findings = یافته‌ها
insights-show = نمایش روی نقشه
finding-warning = هشدار
finding-note = یادداشت
insights-paths = مسیرها
insights-paths-first = ({ $count } مسیر نخست)
path-no-scores = بدون امتیاز
path-figures = میانگین { $mean } · کمینه { $low }
path-repeats = تکرار می‌شود
path-tag-worst = بدترین
path-tag-lowest = پایین‌ترین نقطه
path-tag-best = بهترین
insights-heatmap = کجا درد دارد: شدت درد بر پایهٔ مرحله و ستون تجربه مشتری
insights-stage = مرحله
heatmap-cell = { $pillar } در { $stage }: شدت { $severity }
insights-untagged = { $count ->
    [one] { $count } نقطه درد هنوز ستونی ندارد.
   *[other] { $count } نقطه درد هنوز ستونی ندارند.
}
insights-matrix = فرصت‌ها: ارزش و تلاش
quadrant-quickWin = بردهای سریع
quadrant-majorProject = پروژه‌های بزرگ
quadrant-fillIn = کارهای پرکننده
quadrant-thankless = بی‌ثمر
quadrant-none = هیچ
card-empty = (کارت خالی)
value-effort-short = ارزش { $value } تلاش { $effort }
insights-loyalty = ستون‌های وفاداری

## Versions
version-save-title = ذخیرهٔ یک نسخه
version-name = نام نسخه
    .placeholder = مثلاً پیش از کارگاه
version-save = ذخیره
version-hint = نسخه یک عکس فوری است که در همین فایل نگه داشته می‌شود. بازگرداندن آن یک گام است که می‌توانید واگرد کنید.
versions-none = هنوز نسخه‌ای نیست.
version-meta = { $when } · { $cards ->
    [one] { $cards } کارت
   *[other] { $cards } کارت
}
version-stop-comparing = پایان مقایسه
version-compare = مقایسه با اکنون
version-view = دیدن
version-restore = بازگرداندن
version-delete = حذف نسخهٔ { $name }
diff-label = تغییرها از این نسخه تاکنون
diff-since = از «{ $name }»
diff-cards = کارت‌ها: { $list }
diff-cards-added = { $count } افزوده
diff-cards-removed = { $count } حذف‌شده
diff-cards-moved = { $count } جابه‌جا
diff-cards-changed = { $count } تغییرکرده
diff-no-cards = کارتی تغییر نکرده
mark-added = افزوده
mark-changed = تغییرکرده
mark-moved = جابه‌جا
diff-item = { $name } ({ $change })
change-added = افزوده
change-removed = حذف‌شده
change-updated = به‌روزشده
diff-stages = مرحله‌ها: { $list }
diff-lanes = ردیف‌ها: { $list }
diff-flows = پیوندها: { $added } افزوده، { $removed } حذف‌شده، { $changed } تغییرکرده
diff-removed-cards = کارت‌های حذف‌شده
diff-emotions = تغییرهای احساس

## Workshop
workshop-qr = کد QR پیوند پیوستن
card-removed = (کارت حذف‌شده)
workshop-intro = جلسه را از اینجا اداره کنید. شرکت‌کنندگانِ همان شبکهٔ Wi-Fi پیوندی را (یا کد QR را) در هر مرورگری باز می‌کنند، نام و یک کد کوتاه وارد می‌کنند، کارت می‌افزایند، رأی می‌دهند و زمان‌سنج را می‌بینند. بدون حساب کاربری و بدون اینترنت.
workshop-loopback = فقط همین رایانه (برای آزمودن)
workshop-start = شروع جلسه
workshop-join = پیوستن
workshop-join-code = کد پیوستن
workshop-participants = { $count ->
    [one] { $count } شرکت‌کننده
   *[other] { $count } شرکت‌کننده
}
workshop-remove = بیرون کردن
workshop-ban = مسدود کردن
workshop-ban-title = { $name } را بیرون کنید و دوباره با این نام راه ندهید
workshop-ban-device = مسدود کردن، دستگاه او را هم راه نمی‌دهد
workshop-new-code = کد تازه
workshop-new-code-title = به جلسه کد پیوستن تازه بدهید: کد قبلی دیگر کار نمی‌کند و همه در جلسه می‌مانند
workshop-cards = کارت‌های شرکت‌کنندگان
workshop-open-lanes = ردیف‌های باز برای کارت
workshop-private = حالت خصوصی: کارت‌های تازه تا آشکارسازی پنهان می‌مانند
workshop-reveal = آشکار کردن کارت‌های خصوصی
workshop-anonymously = بی‌نام
workshop-lock = قفل کردن تخته
workshop-follow = شرکت‌کنندگان مرحلهٔ مرا دنبال کنند
workshop-vote = رأی‌گیری نقطه‌ای
workshop-vote-status = { $voters } نفر رأی دادند · { $dots ->
    [one] هر نفر { $dots } نقطه
   *[other] هر نفر { $dots } نقطه
}
workshop-vote-close = بستن رأی‌گیری و ذخیرهٔ نتیجه
workshop-vote-cards = کارت‌های رأی‌گیری
workshop-vote-whole-map = همهٔ نقشه
workshop-dots = نقطه‌ها
workshop-vote-open = شروع رأی‌گیری
workshop-timer = زمان‌سنج
workshop-minutes = دقیقه
workshop-timer-set = تنظیم
workshop-timer-pause = مکث
workshop-timer-start = شروع
workshop-timer-extend = +۱ دقیقه
workshop-end = پایان جلسه
workshop-record = سابقهٔ جلسه ({ $count })

## Inspector fields
cards-selected-hint = هر کدام را بکشید تا گروه جابه‌جا شود، یا برای حذف همه Delete را بزنید.
last-changed = آخرین تغییر از { $who }، { $when }
field-text = متن
field-kind = نوع
field-channel = کانال
channel-none = بدون کانال
field-channel-name = نام کانال
field-emotion = احساس
emotion-none = بدون امتیاز
field-named-emotion = نام احساس
    .placeholder = مثلاً آسوده
moment-of-truth = لحظه حقیقت
field-experience = تجربه مشتری متصل
field-wanted = آنچه مشتری می‌خواست
    .placeholder = آنچه مشتری واقعاً می‌خواست
field-accepted = آنچه مشتری پذیرفت
    .placeholder = آنچه به آن رضایت داد
field-severity = شدت
severity-low = جزئی
severity-high = شدید
field-frequency = بسامد
frequency-low = کم
frequency-high = هر بار
pain-priority = اولویت { $priority } (شدت × بسامد)
field-pillar = ستون تجربه مشتری
field-friction = اصطکاک
field-friction-name = نام اصطکاک
field-short-of = کمبود مشتری
field-value = ارزش
value-low = کم
value-high = زیاد
field-effort = تلاش
effort-low = سریع
effort-high = یک پروژه
field-loyalty = ستون وفاداری
field-owner = مسئول
field-answers = پاسخ به این نقاط درد
pain-untitled = نقطه درد بی‌نام
field-speaker = گوینده
card-delete = حذف کارت
field-sample = پاسخ‌ها
inspector-stage = مرحله
field-description = توضیح
field-phase = فاز
phase-custom = سفارشی…
field-phase-name = نام فاز
inspector-metrics = سنجه‌ها
metric-nps = NPS (امتیاز خالص ترویج‌دهندگان، { $min } تا { $max })
metric-csat = CSAT (رضایت مشتری، ٪)
metric-ces = CES (تلاش مشتری، { $min } تا { $max })
stage-move-left = ← جابه‌جایی به چپ
    .title = Alt+←
stage-move-right = جابه‌جایی به راست →
    .title = Alt+→
stage-delete = حذف مرحله و کارت‌هایش
inspector-lane = ردیف
lane-hint = ردیف‌های پشت‌صحنه و پشتیبانی زیر خط دید قرار دارند.
lane-move-up = ↑ بالاتر
    .title = Alt+↑
lane-move-down = پایین‌تر ↓
    .title = Alt+↓
lane-delete = حذف ردیف و کارت‌هایش
inspector-journey = سفر
field-goal = هدف
inspector-scale = مقیاس احساس
scale-lowest = پایین‌ترین
scale-highest = بالاترین
scale-step = گام
    .placeholder = برای این گام نامی بگذارید
inspector-personas = پرسوناها
persona-new-name = پرسونای { $number }
persona-add = افزودن پرسونا
inspector-hint = برای ویرایش، یک کارت، مرحله یا ردیف را انتخاب کنید. برای افزودن کارت روی خانهٔ خالی دوبار کلیک کنید.
persona-role = نقش
persona-quote = نقل‌قول
persona-goals = هدف‌ها (هر کدام در یک سطر)
persona-needs = نیازهای مشتری (هر کدام در یک سطر)
persona-frustrations = ناکامی‌ها (هر کدام در یک سطر)
persona-value = ارزش مشتری
persona-value-none = تعیین نشده
persona-spender = مشتری پرخرید (بیشترین خرج)
persona-sender = مشتری معرف (دیگران را می‌آورد)
persona-color = رنگ منحنی
persona-color-of = رنگ منحنی { $name }
persona-remove = حذف پرسونا

## Cards
card-text = متن کارت
card-label = { $description }:
card-label-emotion = احساس { $score } { $name }
card-label-pain = شدت { $severity }، بسامد { $frequency }
card-label-votes = { $count ->
    [one] { $count } نقطه
   *[other] { $count } نقطه
}
card-empty-text = کارت خالی
sacrifice = فداکاری
    .title = می‌خواست: { $wanted } · پذیرفت: { $accepted }
pain-badge = ش{ $severity } × ب{ $frequency } = { $priority }
    .title = شدت × بسامد
value-effort = ارزش { $value } · تلاش { $effort }
    .title = ارزش و تلاش، از ۱ تا ۵
answers-pains = { $count ->
    [one] پاسخ به { $count } درد
   *[other] پاسخ به { $count } درد
}
votes = رأی‌ها
    .title = نقطه‌های آخرین رأی‌گیری
card-private = خصوصی

## Studio, map, curve, graph
viewing-version = دیدن نسخهٔ «{ $name }» (فقط‌خواندنی).
viewing-back = بازگشت به اکنون
viewing-restore = بازگرداندن این نسخه
graph-loading = در حال کشیدن نمودار مراحل…
workspace-empty = این فضای کار هنوز سفری ندارد.
curve-legend = منحنی‌های احساس
curve-point = احساس در «{ $text }»
stage-flows = پیوندهای مراحل
graph-cards = { $count ->
    [one] { $count } کارت
   *[other] { $count } کارت
}
flow-next = بعدی
flow-branch = شاخه
flow-repeat = حلقهٔ تکرار
graph-hint = برای پیوند، از لبهٔ مرحله به مرحلهٔ دیگر بکشید · پیوندی را انتخاب کنید و Delete بزنید · برای برچسب، روی پیوند دوبار کلیک کنید
flow-label = برچسب این پیوند
    .placeholder = مثلاً کالا موجود نیست
map-label = نقشه سفر مشتری: { $name }
map-corner-stages = مرحله‌ها →
map-corner-lanes = ردیف‌ها ↓
metric-answers = { $count ->
    [one] { $count } پاسخ
   *[other] { $count } پاسخ
}
map-cards = کارت‌ها
stage-name = نام مرحله
add-stage = + مرحله
lane-name = نام ردیف
add-lane = + ردیف
visibility-line = خط دید
stage-new-name = مرحلهٔ { $number }
lane-new-name = ردیف تازه

## Merge report
repair-select-cards = { $count ->
    [one] انتخاب کارت
   *[other] انتخاب کارت‌ها
}
repair-delete-cards = { $count ->
    [one] حذف کارت
   *[other] حذف کارت‌ها
}
repair-remove-flow = حذف پیوند
repair-make-repeat = تبدیل به حلقهٔ تکرار
repair-select-opportunity = انتخاب فرصت
repair-show-scale = نمایش مقیاس
repair-select-stage = انتخاب مرحله
repair-select-lane = انتخاب ردیف
repair-show-journey = نمایش فیلدهای سفر

## گزارش ادغام: آنچه نقشه جز سند ادغام‌شده نشان می‌دهد.
repair-item-journey = سفر
repair-item-stage = مرحلهٔ «{ $name }»
repair-item-lane = ردیف «{ $name }»
repair-item-persona = پرسونای «{ $name }»
repair-item-card = کارت «{ $name }»
repair-item-blank-card = کارتی بی‌متن
repair-item-flow = پیوند از { $from } به { $to }
repair-item-gone = موردی که روی نقشه نیست
repair-stage = «{ $name }»
repair-stage-gone = مرحله‌ای حذف‌شده
repair-pain = «{ $name }»
repair-pain-blank = کارتی بی‌متن
repair-too-long = { $item } · { $field }: { $length } نویسه، بیش از حد { $max }؛ نقشه { $max } نویسهٔ نخست را نشان می‌دهد.
repair-blank = { $item } · { $field }: خالی شد؛ نقشه «{ $instead }» را نشان می‌دهد.
repair-blank-none = { $item } · { $field }: خالی شد؛ نقشه چیزی نشان نمی‌دهد.
repair-out-of-range = { $item } · { $field }: { $value } بیرون از { $min } تا { $max } است؛ نقشه { $shown } را نشان می‌دهد.
repair-not-finite = { $item } · { $field }: عددی متناهی نیست؛ نقشه ۰ را به کار می‌برد.
repair-not-a-number = { $item } · { $field }: عدد نیست؛ نقشه آن را کنار می‌گذارد.
repair-not-a-colour = { $item } · { $field }: «{ $value }» رنگی مانند ‎#3366cc‎ نیست؛ نقشه رنگ پیش‌فرض را به کار می‌برد.
repair-too-many = { $item } · { $field }: { $count } مورد، بیش از حد { $max }؛ نقشه { $max } مورد نخست را نشان می‌دهد.
repair-scale-inverted = مقیاس احساس ادغام‌شده معتبر نیست: کمینهٔ آن { $min } پایین‌تر از بیشینهٔ آن { $max } نیست، پس نقشه مقیاس پیش‌فرض { $defaultMin } تا { $defaultMax } را به کار می‌برد.
repair-scale-too-wide = مقیاس احساس ادغام‌شده معتبر نیست: { $min } تا { $max } { $span } گام است، بیش از { $limit }، پس نقشه مقیاس پیش‌فرض { $defaultMin } تا { $defaultMax } را به کار می‌برد.
repair-scale-step-outside = مقیاس احساس ادغام‌شده معتبر نیست: گام { $step } نام «{ $name }» دارد اما بیرون از { $min } تا { $max } است؛ نام نشان داده نمی‌شود.
repair-scale-step-blank = مقیاس احساس ادغام‌شده معتبر نیست: نام گام { $step } خالی شد؛ نشان داده نمی‌شود.
repair-scale-step-too-long = مقیاس احساس ادغام‌شده معتبر نیست: نام گام { $step } { $length } نویسه است، بیش از حد { $max }؛ نقشه { $max } نویسهٔ نخست را نشان می‌دهد.
repair-over-limit = دو رونوشت روی هم بیش از آنچه یک سفر می‌تواند { $what ->
        [cards] کارت
        [stages] مرحله
        [lanes] ردیف
       *[personas] پرسونا
    } دارند ({ $limit })؛ { $hidden } مورد تازه‌تر نشان داده نمی‌شوند{ $cards ->
        [0] {""}
        [one] ، و نه کارتِ درون آن‌ها
       *[other] ، و نه { $cards } کارتِ درون آن‌ها
    }. برای نمایش آن‌ها چندتایی را حذف کنید.
repair-unplaced-stage = { $count ->
        [one] یک کارت در مرحله‌ای بود که در رونوشت دیگر حذف شد؛ در ستون «{ $unplaced }» نشان داده می‌شود. برای رفع این، آن را به مرحلهٔ دیگری ببرید.
       *[other] { $count } کارت در مرحله‌ای بودند که در رونوشت دیگر حذف شد؛ در ستون «{ $unplaced }» نشان داده می‌شوند. برای رفع این، آن‌ها را به مرحلهٔ دیگری ببرید.
    }
repair-unplaced-lane = { $count ->
        [one] یک کارت در ردیفی بود که در رونوشت دیگر حذف شد؛ در ردیف «{ $unplaced }» نشان داده می‌شود. برای رفع این، آن را به ردیف دیگری ببرید.
       *[other] { $count } کارت در ردیفی بودند که در رونوشت دیگر حذف شد؛ در ردیف «{ $unplaced }» نشان داده می‌شوند. برای رفع این، آن‌ها را به ردیف دیگری ببرید.
    }
repair-dangling-flow = پیوندی به یا از مرحله‌ای که در رونوشت دیگر حذف شد، روی نقشه نیامده است.
repair-flow-to-itself = { $kind ->
        [branch] شاخه‌ای
        [repeat] حلقهٔ تکراری
       *[next] پیوندی
    } از { $from } به خود { $from } برمی‌گردد؛ نگه داشته و خط‌چین کشیده می‌شود، اما دنبال نمی‌شود. آن را حذف کنید یا به مرحلهٔ دیگری وصل کنید.
repair-flow-duplicate = { $kind ->
        [branch] شاخه‌ای
        [repeat] حلقهٔ تکراری
       *[next] پیوندی
    } از { $from } به { $to } تکرار پیوند دیگری میان همین مرحله‌هاست؛ نگه داشته و خط‌چین کشیده می‌شود، اما دنبال نمی‌شود. یکی از آن‌ها را حذف کنید.
repair-loop-not-back = حلقهٔ تکرار از { $from } به { $to } به مرحله‌ای پیشین برنمی‌گردد؛ نگه داشته و خط‌چین کشیده می‌شود، اما دنبال نمی‌شود. آن را حذف کنید یا به پیوندی رو به جلو تبدیل کنید.
repair-flow-closes-loop = { $kind ->
        [branch] شاخه‌ای
       *[next] پیوندی
    } از { $from } به { $to } حلقه‌ای از پیوندهای رو به جلو می‌بست؛ نگه داشته و خط‌چین کشیده می‌شود، اما دنبال نمی‌شود. آن را حذف کنید یا به حلقهٔ تکرار تبدیل کنید.
repair-dropped-link = { $card }: این فرصت پاسخ { $pain } بود که دیگر نقطه درد نیست؛ پیوند نشان داده نمی‌شود.
repair-dropped-link-gone = { $card }: این فرصت پاسخ نقطه دردی بود که دیگر روی نقشه نیست؛ پیوند نشان داده نمی‌شود.
repair-dropped-persona-score = { $card }: این نقطه تماس امتیازی از پرسونایی دارد که دیگر در سفر نیست؛ امتیاز نشان داده نمی‌شود.
repair-score-outside = { $card }: امتیاز { $score } بیرون از مقیاس احساس { $min } تا { $max } است؛ نقشه { $shown } را نشان می‌دهد. امتیاز یا مقیاس را تغییر دهید.
repair-persona-score-outside = { $card }: امتیاز { $score } از پرسونای «{ $persona }» بیرون از مقیاس احساس { $min } تا { $max } است؛ نقشه { $shown } را نشان می‌دهد. امتیاز یا مقیاس را تغییر دهید.
field-persona-goals = اهداف
field-persona-needs = نیازها
field-persona-frustrations = ناکامی‌ها
## What an undo kept of a teammate's change (journey-store's keep_teammates).
kept-change-by = { $item } · { $field }: تغییر { $who } که پس از تغییر شما انجام شد، نگه داشته شد.
kept-change = { $item } · { $field }: تغییر یک هم‌تیمی که پس از تغییر شما انجام شد، نگه داشته شد.
kept-all-by = { $item }: تغییر { $who } که پس از تغییر شما انجام شد، نگه داشته شد.
kept-all = { $item }: تغییر یک هم‌تیمی که پس از تغییر شما انجام شد، نگه داشته شد.

merge-someone = کسی
merge-author-count = { $who } ({ $count })
merge-incoming = { $count ->
    [one] { $count } تغییر
   *[other] { $count } تغییر
}
merge-incoming-from = { $count ->
    [one] { $count } تغییر از { $from }
   *[other] { $count } تغییر از { $from }
}
merge-removed = در رونوشت حذف شده بود، پس اینجا هم حذف شد.
merge-kept-apart = جدا از سفری با همین شناسه در اینجا ساخته شده بود، پس این یکی همان‌طور ماند. برای داشتن هر دو، سفر رونوشت را درون‌ریزی کنید.
merge-added = تازه در اینجا: فقط رونوشت آن را داشت ({ $incoming }).
merge-came-in = { $incoming } رسید.
merge-report = گزارش ادغام
merge-after = پس از ادغام
merge-nothing = چیز تازه‌ای نیست: این فضای کار همهٔ تغییرهای رونوشت را داشت.
merge-open-journey = باز کردن این سفر برای تصمیم
merge-done = هر آنچه ادغام برای تصمیم گذاشته بود، اینجا تصمیم گرفته شد.
merge-items = { $count ->
    [one] { $count } مورد به تصمیم نیاز دارد
   *[other] { $count } مورد به تصمیم نیاز دارند
}

## Presentation
presentation-label = ارائه: { $name }
presentation-step = { $at } / { $of }
presentation-leave = خروج از ارائه
presentation-stages = مرحله‌ها
pain-badge-short = ش{ $severity } × ب{ $frequency }

## Native menus
menu-new = فضای کار تازه…
menu-open = باز کردن…
menu-close = بستن پنجره
menu-quit = خروج
menu-undo = واگرد
menu-redo = ازنو
menu-recent-none = فایل اخیری نیست
menu-recent-prune = حذف فایل‌های گم‌شده
menu-recent-clear = پاک کردن فایل‌های اخیر
menu-import = درون‌ریزی سفرها…
menu-merge-copy = ادغام یک رونوشت…
menu-export = برون‌بری…
menu-find = یافتن…
menu-duplicate = تکثیر
menu-cut = برش
menu-copy = رونوشت
menu-paste = چسباندن
menu-delete = حذف
menu-preferences = ترجیحات…
menu-zoom-in = بزرگ‌نمایی
menu-zoom-out = کوچک‌نمایی
menu-zoom-reset = اندازهٔ واقعی
menu-fit = جا دادن در پنجره
menu-view-map = نقشه سفر
menu-view-graph = نمودار مراحل
menu-toggle-inspector = بازرس
menu-present = ارائه
menu-toggle-workshop = کارگاه
menu-toggle-insights = بینش‌ها
menu-toggle-versions = نسخه‌ها
menu-journey-new = سفر تازه
menu-journey-duplicate = تکثیر سفر
menu-add-stage = افزودن مرحله
menu-add-lane = افزودن ردیف
menu-shortcuts = میان‌برهای صفحه‌کلید
menu-file = پرونده
menu-edit = ویرایش
menu-view = نما
menu-journey = سفر
menu-help = راهنما
menu-recent = باز کردن اخیر
menu-about = دربارهٔ استودیوی سفر
menu-recent-missing = { $path } (گم‌شده)

## Live announcements
announce-moved = { $count } کارت به { $stage }، { $lane } منتقل شد
announce-remote = سفر بیرون از این پنجره تغییر کرد.

## Live sync (the top bar)
sync-connecting = در حال اتصال به تیم…
sync-connected = همگام با تیم
sync-pending = { $count ->
    [one] در حال ارسال { $count } تغییر…
   *[other] در حال ارسال { $count } تغییر…
}
sync-offline = آفلاین: کار روی همین رایانه
sync-failed = همگام‌سازی متوقف است
sync-lost = ارتباط با سرور تیم قطع شد ({ $reason }). به‌صورت آفلاین کار می‌کنید: تغییرهایتان نگه داشته می‌شوند و وقتی سرور برگردد فرستاده می‌شوند.
sync-refused = سرور تیم اتصال را نپذیرفت.
sync-room-only = این فضای کار روی هیچ سرور تیمی نیست: هم‌تیمی‌های داخل اتاق تا وقتی اتاق این استودیو باز است با آن همگام می‌شوند.
sync-here = { $count ->
    [one] { $count } هم‌تیمی اینجاست
   *[other] { $count } هم‌تیمی اینجا هستند
}
peer-selected = انتخاب‌شده توسط { $names }

## Sharing (File > Share This Workspace…)
menu-share = اشتراک این فضای کاری…
share-title = اشتراک این فضای کاری
share-explain = هم‌تیمی‌هایی که دعوت‌نامه را دارند می‌توانند این فضای کاری را روی رایانهٔ خود باز کنند و با شما روی آن کار کنند؛ هر وقت به هم دسترسی دارید زنده، و هر وقت دوباره به هم رسیدید ادغام‌شده. هر کس دعوت‌نامه را داشته باشد می‌تواند آن را بخواند و تغییر دهد: آن را مانند خود فایل بفرستید.
share-server = سرور تیم
share-fingerprint = اثر انگشت گواهی (همان‌طور که سرور چاپ کرد؛ اختیاری)
share-start = اشتراک
share-sharing = در حال اشتراک…
share-invitation = دعوت‌نامه
share-copy = رونوشت
share-copied = رونوشت شد
share-close = بستن
journey-share = اشتراک این فضای کاری…

## Joining (File > Join a Shared Workspace…)
menu-join = پیوستن به فضای کاری مشترک…
journey-join = پیوستن به فضای کاری مشترک…
shared-join-title = پیوستن به فضای کاری مشترک
shared-join-explain = دعوت‌نامه‌ای را که هم‌تیمی فرستاده است اینجا بگذارید. شما انتخاب می‌کنید رونوشت خودتان از فضای کاری کجا نگه داشته شود؛ در پنجرهٔ جداگانه باز می‌شود و با تیم همگام می‌ماند.
shared-join-invitation = دعوت‌نامه
shared-join-start = پیوستن
shared-join-joining = در حال پیوستن…
shared-join-close = بستن

## The room (Share This Workspace… > In this room; Join a Shared Workspace… > a room nearby)
room-title = در همین اتاق
room-explain = سرور تیم یا اینترنت ندارید؟ هم‌تیمی‌هایی که به همین Wi-Fi وصل‌اند می‌توانند تا وقتی این استودیو آن‌ها را می‌پذیرد، مستقیم با آن همگام شوند. آن‌ها نشانی و کدی را که این‌جا نمایش داده می‌شود وارد می‌کنند، یا این اتاق را از میان اتاق‌هایی که استودیویشان در نزدیکی پیدا می‌کند برمی‌گزینند.
room-start = پذیرفتن هم‌تیمی‌ها در این اتاق
room-opening = در حال باز کردن اتاق…
room-open-explain = هم‌تیمی‌های روی این Wi-Fi گزینهٔ «پیوستن به فضای کاری مشترک…» را می‌زنند و وارد می‌کنند:
room-address = نشانی
room-code = کد
room-advertised = استودیوهای نزدیک هم این اتاق را با نام «{ $name }» فهرست می‌کنند.
room-not-advertised = استودیوهای این شبکه نمی‌توانند خودشان یکدیگر را پیدا کنند: هم‌تیمی‌ها نشانی را وارد می‌کنند.
room-only = این فضای کار روی هیچ سرور تیمی نیست: تا وقتی این اتاق باز است با هم‌تیمی‌ها همگام می‌شود، و آنچه هر کس جداگانه تغییر دهد هنگام دیدار دوباره ادغام می‌شود.
room-invitation = دعوت‌نامه (برای فرستادن به‌جای کد)
room-stop = توقف پذیرش
join-room-title = پیوستن به اتاقی در نزدیکی
join-room-explain = استودیوی هم‌تیمی‌ای که روی این Wi-Fi اتاق را می‌پذیرد: آن را برگزینید، یا نشانی‌ای را که نمایش می‌دهد وارد کنید، سپس کد آن را.
join-room-none = هنوز اتاقی در این شبکه پیدا نشده است. نشانی‌ای را که میزبان نشان می‌دهد وارد کنید.
join-room-nearby = اتاق‌های نزدیک
join-room-address = نشانی
join-room-code = کد
join-room-start = پیوستن به اتاق

# Which way a journey's map runs (the journey inspector); on a right-to-left map the stages
# run leftwards from the labels.
map-corner-stages-rtl = مرحله‌ها ←
direction-auto = خودکار (از روی متن)
field-direction = جهت نقشه
direction-auto-ltr = خودکار (چپ به راست، از روی متن)
direction-auto-rtl = خودکار (راست به چپ، از روی متن)
direction-ltr = چپ به راست
direction-rtl = راست به چپ
