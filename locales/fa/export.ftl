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

## Import report: what a file held that did not come in as written (journey-export's notes,
## shown after File > Import… and printed by `journey import`). { $path }, { $name }, { $sheet },
## { $examples } and the like are the file's own words; OpenJourney's member names
## (journeyStudio, overrideEmotion, stageId, metadata.title…) are the format's and stay as they are.
export-import-number = { $n }
export-import-counted = { $what }: { $count } ({ $examples }{ $more ->
    [0] {""}
   *[other] ، …
  }).
export-import-kind-touchpoint = نقطه تماس
export-import-kind-pain-point = نقطه درد
export-import-kind-opportunity = فرصت
export-import-kind-note = یادداشت
export-import-kind-quote = نقل‌قول
export-import-ojf-exact = دقیقاً همان‌طور خوانده شد که Journey Studio صادر کرده بود: فیلدهای OJF پرونده تغییر نکرده‌اند، پس عضو journeyStudio آن کل سفر را در خود دارد.
export-import-ojf-changed = این پرونده را Journey Studio صادر کرده و از آن پس تغییر کرده است (فیلدهای OJF آن با آنچه صادر شد فرق دارند): از روی فیلدهای OJF خوانده شد و شناسه‌ها، نوع ردیف‌ها و آنچه OJF فیلدی برایش ندارد از عضو journeyStudio آن برداشته شد.
export-import-ojf-read = به‌صورت OpenJourney خوانده شد: { $stages } مرحله، { $swimlanes } ردیف OJF و { $nodes } گره، { $lanes } ردیف و { $cards } کارت ساختند.
export-import-ojf-scale-0-10 = مقیاس: ۰ تا ۱۰ (نیازمندی‌های Ptolemy)، چون { $path } برابر { $score } است؛ امتیازها همان‌طور که نوشته شده‌اند ماندند.
export-import-ojf-scale-negative = مقیاس: ۵- تا ۵+ (مشخصات OJF)، چنان‌که امتیازهای منفی پرونده نشان می‌دهند؛ امتیازها همان‌طور که نوشته شده‌اند ماندند.
export-import-ojf-scale-no-scores = مقیاس: ۵- تا ۵+ (مشخصات OJF)؛ پرونده هیچ امتیازی ندارد.
export-import-ojf-scale-assumed = مقیاس ۵- تا ۵+ (مشخصات OJF) فرض شد: همهٔ امتیازها میان ۰ و ۵ هستند، که هم با ۵- تا ۵+ مشخصات جور است و هم با ۰ تا ۱۰ نیازمندی‌های Ptolemy. اگر منظور پرونده ۰ تا ۱۰ بوده، مقیاس سفر را ۰ تا ۱۰ بگذارید.
export-import-ojf-lane-added = ردیف «{ $name }» برای آنچه گره‌ها جز کارت خودشان دارند افزوده شد.
export-import-ojf-no-title = پرونده عنوانی ندارد (نه title در ریشه و نه metadata.title): نام سفر «{ $name }» شد.
export-import-ojf-lanes-guessed = نوع ردیف‌ها از نام ردیف‌های OJF حدس زده شد (ردیف‌های OJF نوعی ندارند): { $lanes }.
export-import-ojf-lane-guess = «{ $name }» به‌عنوان «{ $kind }»
export-import-ojf-persona = پرسونای «{ $name }» پرسونای سفر شد (OJF فقط نام آن را دارد).
export-import-ojf-score-text = امتیازهایی که به‌صورت متن نوشته شده بودند و عدد خوانده شدند
export-import-ojf-score-not-number = امتیازهایی که عدد نیستند و بی‌امتیاز ماندند
export-import-ojf-score-fraction = امتیازهای کسری که به گام‌های درست مقیاس گرد شدند
export-import-ojf-stage-unnamed = مرحله‌های بی‌نام که به نام جایگاهشان نامیده شدند
export-import-ojf-stage-same-id = مرحله‌هایی با شناسهٔ یک مرحلهٔ پیشین (گره‌های با آن شناسه به اولی می‌روند)
export-import-ojf-stage-no-id = مرحله‌های بی‌شناسه (هیچ گرهی نمی‌تواند در آن‌ها باشد)
export-import-ojf-lane-unnamed = ردیف‌های بی‌نام که به نام جایگاهشان نامیده شدند
export-import-ojf-lane-same-id = ردیف‌هایی با شناسهٔ یک ردیف پیشین (گره‌های با آن شناسه به اولی می‌روند)
export-import-ojf-lane-no-id = ردیف‌های بی‌شناسه (هیچ گرهی نمی‌تواند در آن‌ها باشد)
export-import-ojf-node-no-stage = گره‌های کنارگذاشته: stageId آن‌ها هیچ مرحله‌ای از پرونده را نام نمی‌برد (Ptolemy هم نشانشان نمی‌دهد)
export-import-ojf-node-no-lane = گره‌های کنارگذاشته: swimlaneId آن‌ها هیچ ردیفی از پرونده را نام نمی‌برد (Ptolemy هم نشانشان نمی‌دهد)
export-import-ojf-tags = برچسب‌های گره‌ها به‌صورت خط آخر کارت «Tags: ...» نگه داشته شدند (کارت‌ها فیلد برچسب ندارند)
export-import-ojf-severity-word = شدت‌هایی جز low، medium و high که medium خوانده شدند
export-import-ojf-purpose-as = هدف «{ $purpose }» به‌عنوان «{ $kind }» خوانده شد
export-import-ojf-purpose-unknown = هدف «{ $purpose }» ناشناخته است و به‌عنوان نوع ردیفش («{ $kind }») خوانده شد
export-import-ojf-sentiment = حس گره‌های بی‌امتیاز جایی نداشت (احساس نام‌دار امتیاز می‌خواهد)
export-import-ojf-moment = لحظه‌های حقیقت گره‌هایی که نقطه تماس نیستند جایی نداشتند
export-import-ojf-severity-not-pain = شدت گره‌هایی که نقطه درد نیستند جایی نداشت (فقط نقطه‌های درد شدت دارند)
export-import-ojf-icon = نمادهای گره‌ها جایی نداشتند (کارت‌ها نماد ندارند)
export-import-ojf-icon-color = رنگ نماد گره‌ها (iconColor) جایی نداشت (کارت‌ها رنگ خودشان را ندارند)
export-import-ojf-scored = گره‌های امتیازدار از نوع «{ $kind }» یک نقطه تماس (امتیاز) و یک کارت «{ $kind }» پیوسته به آن ساختند
export-import-ojf-blueprint = اقلام بلوپرینت «{ $part }» کارت‌هایی در ردیف «{ $lane }» شدند که به گره خود پیوسته‌اند
export-import-ojf-stage-emotion = overrideEmotion مرحله‌ها نقطه تماسی به نام «{ $card }» در ردیف احساسات شد
export-import-xlsx-read = کارپوشه خوانده شد: { $stages } مرحله، { $lanes } ردیف، { $personas } پرسونا و { $cards } کارت؛ برگه‌های { $sheets } از این‌ها محاسبه می‌شوند و خوانده نشدند.
export-import-xlsx-flows-dropped = { $count } پیوند مرحله‌ای را نام می‌بردند که دیگر در برگهٔ { $sheet } نیست و کنار گذاشته شدند.
export-import-xlsx-no-flows = برگهٔ { $flows } نیست: مرحله‌ها به ترتیب برگهٔ { $stages } پشت سر هم می‌آیند.
export-import-xlsx-unplaced = مرحله‌های تازه‌ای که هنوز پیوندی ندارند (برای جا دادنشان در سفر، سطری به برگهٔ { $sheet } بیفزایید): { $stages }.
export-import-xlsx-links-dropped = { $count } پیوند از فرصت‌ها به نقطه‌های دردی که دیگر در برگهٔ { $sheet } نیستند کنار گذاشته شد.
export-import-xlsx-copied = { $count } سطر شناسهٔ یک سطر پیشین را داشتند (سطرهای رونوشت‌شده): هر کدام چیزی تازه با شناسهٔ خودش شد.
export-import-xlsx-new-cards = { $count } کارت تازه (سطرهای بی‌شناسه).
export-import-lucid-page = صفحهٔ «{ $name }»: { $note }
export-import-lucid-lanes = { $count } ردیف شناور، ردیف‌های نقطه تماس شدند.
export-import-lucid-shapes-stages = جز ردیف‌های شناور ظرفی نیست: هر یک از { $count } شکل، به ترتیبی که خط‌ها می‌دهند، مرحله‌ای جداگانه شد.
export-import-lucid-containers = { $count } ظرف مرحله شدند.
export-import-lucid-loose = شکل‌هایی که در هیچ ظرفی نبودند به مرحلهٔ «{ $stage }» رفتند.
export-import-lucid-cards = { $count } شکل کارت شدند ({ $notes } یادداشت، بقیه نقطه تماس بی‌امتیاز).
export-import-lucid-flows = { $count } خط پیوند شدند ({ $repeats } تا به مرحله‌ای پیشین برمی‌گردند، به‌صورت حلقهٔ تکرار).
export-import-lucid-same-stage = { $count } خط درون یک مرحله (یا تکرار خطی دیگر) پیوندی نمی‌توانستند بشوند.
export-import-lucid-dangling = { $count } خط دو شکل را به هم وصل نمی‌کردند و کنار گذاشته شدند.
export-import-mermaid-unscored = خط { $line }: کار «{ $task }» امتیاز ندارد («{ $score }» عدد نیست)، پس کنار گذاشته شد

## Export report: what an OpenJourney (.ojf) export cannot hold in OJF's own fields (`journey export`).
export-ojf-scale = امتیازهای این سفر روی مقیاس { $min }..{ $max } هستند؛ روی ۵- تا ۵+ OJF نوشته می‌شوند (گردشده)، و مقیاس و نام‌هایش به عضو journeyStudio می‌روند.
# The notes after this one each name one of the things it says OJF has no field for.
export-ojf-no-field = OJF برای آنچه در پی می‌آید فیلدی ندارد. در عضو journeyStudio پرونده نگه داشته می‌شود (Journey Studio آن را باز می‌خواند؛ Ptolemy نگهش می‌دارد ولی نشانش نمی‌دهد).
export-ojf-lost-flows = پیوندهای انشعاب یا تکرار میان مرحله‌ها (مرحله‌های OJF یک رشتهٔ ساده‌اند): { $count }
export-ojf-lost-personas = پرسوناهای پس از نخستین (OJF یک پرسونا را نام می‌برد): { $count }
export-ojf-lost-persona-details = جزئیات پرسوناها (نقش، هدف‌ها، نیازها، ناکامی‌ها، نقل‌قول، خرج‌کننده یا فرستنده، رنگ): { $count }
export-ojf-lost-metrics = سنجه‌های سفر (NPS، CSAT، CES): { $count }
export-ojf-lost-stage-details = توضیح، فاز، تجربهٔ متصل یا سنجه‌های مرحله‌ها: { $count }
export-ojf-lost-lane-kinds = نوع و رنگ ردیف‌ها (ردیف‌های OJF فقط نام دارند): { $count }
export-ojf-lost-touchpoint-details = کانال، فداکاری مشتری، تجربهٔ متصل یا امتیاز پرسوناهای دیگر در نقطه‌های تماس: { $count }
export-ojf-lost-pain-details = بسامد، ستون، اصطکاک و کمبود نقطه‌های درد: { $count }
export-ojf-lost-severities = نقطه‌های دردی که OJF شدتشان (۱ تا ۵) را فقط به‌صورت low (۱ و ۲)، medium (۳) یا high (۴ و ۵) می‌تواند بگوید: { $count }
export-ojf-lost-opportunity-details = پیوند فرصت‌ها به دردها، ارزش، تلاش، مالک و ستون وفاداری: { $count }
export-ojf-lost-speakers = گویندگان نقل‌قول‌ها (نقل‌قول به‌صورت مشاهده نوشته می‌شود): { $count }
export-ojf-lost-workshop = رأی‌های کارگاه، نویسندگان یا خصوصی بودن کارت‌ها: { $count }

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
