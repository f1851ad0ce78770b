# Why something the window asked for was refused: the ApiError a command answers (its `id`
# and `args`, crates/journey-api/src/errors.rs and the shell's ApiError::said). Each code of
# ErrorCode has `error-<code>`; a code with several sentences has more precise ones beside it.
# Arguments such as { $detail } and { $reason } are the program's own words, in English.

## Editing (journey-core's EditError)
error-not-found = { $what ->
    [card] این کارت
    [stage] این مرحله
    [lane] این ردیف
    [persona] این پرسونا
    [flow] این پیوند میان مرحله‌ها
    [pain-point] این نقطه درد
   *[other] چیزی که این تغییر نام می‌برد
  } دیگر وجود ندارد (شاید حذف شده باشد).
error-duplicate-id = { $what ->
    [card] کارتی
    [stage] مرحله‌ای
    [lane] ردیفی
    [persona] پرسونایی
    [flow] پیوندی میان مرحله‌ها
   *[other] چیزی
  } با همین شناسه از پیش وجود دارد.
error-invalid-graph = مرحله‌ها را نمی‌توان این‌گونه به هم پیوند داد.
error-invalid-value = این مقدار پذیرفته نشد.
error-too-long = { $field }: این متن { $length } نویسه است؛ بیشینه { $max } نویسه است.

## What is wrong with a refused value (journey-core's Problem). { $field } names the value in
## the window's words: whoever formats the sentence first replaces the field's id by its own
## message, field-<id> (journey-api's ApiError::sentence, the page's l.error).
error-value-empty = { $field }: نمی‌تواند خالی بماند.
error-value-out-of-range = { $field }: عددی از { $min } تا { $max } برگزینید، نه { $value }.
error-value-not-between = { $field }: مقدار باید میان { $min } و { $max } باشد.
error-value-not-finite = { $field }: مقدار باید یک عدد باشد.
error-value-not-a-colour = { $field }: «{ $value }» رنگ نیست؛ رنگ را با نشانهٔ # و شش رقم شانزده‌شانزدهی بنویسید.
error-scale-inverted = { $field }: پایین‌ترین پله ({ $min }) باید از بالاترین پله ({ $max }) کمتر باشد.
error-scale-too-wide = { $field }: یک مقیاس حداکثر { $max } پله دارد.
error-scale-step-outside = { $field }: پلهٔ نام‌دار { $step } بیرون از مقیاس { $min } تا { $max } است.
error-score-outside-scale = { $field }: امتیاز { $score } بیرون از مقیاس احساس این سفر ({ $min } تا { $max }) است.
error-scale-leaves-scores = { $field }: { $count } امتیاز احساس بیرون از { $min } تا { $max } می‌افتد؛ نخست آن‌ها را تغییر دهید.
error-persona-too-many-entries = هر پرسونا از هر کدام از هدف‌ها، نیازها و ناکامی‌ها حداکثر { $max } مورد دارد.
error-answers-only-pain-points = یک فرصت فقط می‌تواند به نقاط درد پاسخ دهد.
error-journey-too-large = این سفر { $count } { $what ->
    [stages] مرحله
    [lanes] ردیف
    [personas] پرسونا
   *[cards] کارت
  } دارد؛ بیشینه { $max } است.
error-journey-full = { $field }: یک سفر بیش از { $max } تا از این‌ها نمی‌تواند داشته باشد.
error-card-use-a-move = برای تغییر جای کارت، آن را جابه‌جا کنید.
error-pain-point-answered = فرصت‌هایی به این نقطه درد پاسخ می‌دهند؛ نخست پیوند آن‌ها را بردارید.
error-card-already-kind = این کارت از پیش { $kind ->
    [touchpoint] نقطه تماس
    [pain-point] نقطه درد
    [opportunity] فرصت
    [note] یادداشت
   *[quote] نقل‌قول
  } است.
error-ids-per-card = { $field }: برای هر کارت یک شناسهٔ تازه بدهید ({ $cards } کارت، { $ids } شناسه).
error-stage-move-range = هر مرحله را می‌توان از یک تا { $max } جا جابه‌جا کرد؛ { $steps } بیرون از این بازه است.
error-place-past-end = این خانه { $others } کارت دیگر دارد، پس جای { $place } از انتهای آن فراتر است.
error-card-listed-twice = کارت { $card } دو بار آمده است.
error-no-cards-to-move = دست‌کم یک کارت را برای جابه‌جایی نام ببرید.
error-lane-move-zero = هر ردیف دست‌کم یک جا جابه‌جا می‌شود.
error-lane-at-end = «{ $lane }» از پیش { $end ->
    [first] نخستین
   *[last] آخرین
  } ردیف است.
error-lane-move-too-far = «{ $lane }» حداکثر { $room } جا به { $way ->
    [up] بالا
   *[down] پایین
  } می‌رود، نه { $steps }.
error-version-other-journey = این نسخه از آنِ سفر دیگری است.
error-version-not-rebuilt = این نسخه را نتوانستیم دقیقاً از سفر کنونی بازسازی کنیم.

## Why the stage graph refused a change (journey-core's GraphProblem); stages by their names.
error-stage-at-end = «{ $stage }» از پیش { $end ->
    [first] نخستین
   *[last] آخرین
  } مرحله است.
error-stages-not-in-line = «{ $a }» و «{ $b }» در یک رشتهٔ راست از پیوندهای «بعدی» نیستند، پس اینجا نمی‌توان جایشان را عوض کرد؛ شاخه‌ها را در نمودار مراحل تغییر دهید.
error-repeat-joins = یک حلقهٔ تکرار «{ $a }» و «{ $b }» را به هم می‌پیوندد؛ نخست آن را در نمودار مراحل تغییر دهید.
error-flow-to-itself = پیوندی نمی‌تواند از «{ $stage }» به خود آن برگردد.
error-already-connected = «{ $from }» از پیش به همین شیوه به «{ $to }» پیوسته است.
error-repeat-not-back = حلقهٔ تکرار باید به مرحله‌ای پیشین برگردد، اما «{ $to }» پیش از «{ $from }» نمی‌آید.
error-would-loop = «{ $to }» از پیش به «{ $from }» می‌رسد؛ برای بازگشت، به جای آن از حلقهٔ تکرار استفاده کنید.
error-rewire-kind = جابه‌جایی مرحله‌ها نوع هر پیوند را نگه می‌دارد.
error-repeat-would-break = حلقهٔ تکرار از «{ $from }» به «{ $to }» دیگر به عقب برنمی‌گشت؛ نخست آن را در نمودار مراحل تغییر دهید.
error-undo-needs-repair = این کار را با وضع کنونی سفر نمی‌توان واگرد کرد: { $detail }

## The values a refusal names (journey-core's Field, as field-<id>). The others are the
## inspector's own labels, in studio.ftl.
field-journey = سفر مشتری
field-journey-name = نام سفر
field-emotion-scale = مقیاس احساس
field-emotion-name = نام احساس
field-nps = امتیاز خالص ترویج‌دهندگان
field-csat = رضایت مشتری
field-ces = امتیاز تلاش مشتری
field-stages = مرحله‌ها
field-stage-name = نام مرحله
field-stage-description = توضیح مرحله
field-stage-rank = ترتیب مرحله
field-stage-move = جابه‌جایی مرحله
field-flow-label = برچسب پیوند
field-lanes = ردیف‌ها
field-lane-name = نام ردیف
field-lane-rank = ترتیب ردیف
field-lane-colour = رنگ ردیف
field-lane-move = جابه‌جایی ردیف
field-personas = پرسوناها
field-persona = پرسونا
field-persona-name = نام پرسونا
field-persona-role = نقش پرسونا
field-persona-quote = نقل‌قول پرسونا
field-persona-entry = هدف، نیاز یا ناکامی
field-persona-colour = رنگ پرسونا
field-cards = کارت‌ها
field-card = کارت
field-card-kind = نوع کارت
field-card-text = متن کارت
field-card-author = نویسندهٔ کارت
field-card-rank = ترتیب کارت
field-position = جا در خانه
field-duplicate = تکثیر
field-paste = چسباندن
field-version = نسخه
field-version-name = نام نسخه
field-template-name = نام الگو

## Opening and saving a workspace (journey-store's StoreError)
error-not-a-workspace = { $path } فضای کاری Journey Studio نیست: { $reason }. پرونده‌ای با پسوند ‎.journeys‎ را که Journey Studio ساخته است برگزینید.
error-newer-version = { $path } را نسخهٔ تازه‌تری از Journey Studio نوشته است (قالب پرونده { $found }؛ این نسخه تا { $supported } را می‌خواند). برای باز کردن آن Journey Studio را به‌روز کنید؛ پرونده تغییری نکرد.
error-corrupt = { $path } آسیب دیده است ({ $detail }). تغییری در آن داده نشد؛ آن را از پشتیبان یا یک رونوشت بازگردانید.
error-corrupt-row = داده‌های ذخیره‌شده خوانده نشد ({ $detail })؛ شاید پرونده از رونوشتی آسیب‌دیده آمده باشد.
error-locked = { $path } در پنجره یا برنامهٔ دیگری از Journey Studio باز است. نخست آن را آنجا ببندید.
error-read-only = { $path } را نمی‌توان تغییر داد: { $reason }. هرچه پیش‌تر ذخیره شده سالم است؛ برای ادامهٔ ویرایش، پرونده را به پوشه‌ای نوشتنی رونوشت کنید.
error-read-only-file = این پرونده یا پوشه‌اش فقط‌خواندنی است، پس این تغییر ذخیره نشد. هرچه پیش‌تر ذخیره شده سالم است؛ برای ادامهٔ ویرایش، پرونده را به پوشه‌ای نوشتنی رونوشت کنید.
error-read-only-workshop = این پرونده فقط‌خواندنی است: کارگاه باید کارت‌های شرکت‌کنندگان را در آن بنویسد.
error-disk-full = دیسک پر است، پس این تغییر ذخیره نشد. هرچه پیش‌تر ذخیره شده سالم است؛ کمی جا باز کنید و دوباره بکوشید.
error-missing = در { $path } پرونده‌ای نیست.
error-no-such-journey = این فضای کاری چنین سفری ندارد (شاید حذف شده باشد).
error-no-such-version = این سفر چنین نسخه‌ای ندارد (شاید حذف شده باشد).
error-stale = سفر از زمان کشیدن این نما تغییر کرده است؛ دوباره بارگذاری کنید و بکوشید.
error-nothing-to-do = { $what ->
    [undo] چیزی برای واگرد نیست.
    [redo] چیزی برای ازنو نیست.
    [restore] سفر هم‌اکنون با این نسخه یکی است.
   *[other] کاری برای انجام نیست.
  }
error-io = { $path } خوانده یا نوشته نشد: { $detail }
error-storage = خطای ذخیره‌سازی: { $detail }
error-unrelated-copy = { $path } رونوشتی از این فضای کاری نیست، پس چیزی برای ادغام ندارد؛ تغییری در آن داده نشد. برای آوردن سفرهایش از «پرونده > درون‌ریزی» استفاده کنید.
error-unrelated-remote = سفر هم‌تیمی شما تنها شناسه‌اش با سفر شما یکی است: این دو تاریخچهٔ مشترکی ندارند، پس سفر شما همان‌گونه که بود ماند.
error-bad-remote = آنچه از هم‌تیمی رسید پذیرفته نشد ({ $detail })؛ چیزی از کار شما تغییر نکرد و دوباره درخواست می‌شود.

## Sharing, joining and syncing (journey-sync)
error-unreachable = سرور تیم در { $server } در دسترس نیست ({ $detail }). شما آفلاین کار می‌کنید: تغییراتتان نگه داشته می‌شود و با بازگشت سرور فرستاده می‌شود.
error-wrong-secret = سرور تیم رمز این فضای کاری را نپذیرفت: دعوت‌نامه نادرست است یا برای سرور دیگری ساخته شده. دوباره دعوت‌نامه بخواهید.
error-revoked = مالک فضای کاری این دعوت‌نامه را باطل کرده است (رمزش عوض شده). از او دعوت‌نامهٔ تازه بخواهید.
error-unknown-workspace = این فضای کاری روی سرور تیم نیست. نخست مالکش آن را آنجا به اشتراک بگذارد («اشتراک این فضای کاری…» یا journey share).
error-newer-needed = سرور تیم نسخهٔ تازه‌تری از Journey Studio می‌خواهد. برای همگام‌سازی Journey Studio را به‌روز کنید؛ تا آن زمان کارتان روی همین رایانه می‌ماند.
error-certificate = گواهی سرور همانی نیست که دعوت‌نامه نام می‌برد، پس چیزی فرستاده نشد: سرور از نو برپا شده یا کسی در میانه است. دعوت‌نامهٔ تازه بخواهید.
error-certificate-room = گواهی اتاق در { $address } همانی نیست که دعوت‌نامه‌اش نام می‌برد: کسی در شبکه در میانه است. به چیزی نپیوستید؛ خود دعوت‌نامه را از میزبان بخواهید.
error-refused = سرور تیم اتصال را نپذیرفت ({ $detail }).
error-bad-invitation = این دعوت‌نامهٔ Journey Studio نیست: دعوت‌نامه یک خط است که با «journey-invite:» آغاز می‌شود. دوباره آن را بخواهید و همه‌اش را جای‌گذاری کنید.
error-bad-invitation-damaged = این دعوت‌نامه آسیب دیده است ({ $detail }): شاید بخشی از آن جا افتاده باشد. دوباره آن را بخواهید و همه‌اش را جای‌گذاری کنید.
error-bad-invitation-newer = این دعوت‌نامه را نسخهٔ تازه‌تری از Journey Studio ساخته است (قالب دعوت‌نامه { $version }). برای پیوستن Journey Studio را به‌روز کنید.
error-bad-invitation-server = نشانی سرور این دعوت‌نامه، { $server }، به کار نمی‌آید: { $detail }
error-timeout = همگام‌سازی در { $seconds } ثانیه تمام نشد: { $detail }. آنچه فرستاده شد می‌ماند؛ دوباره اجرا کنید.
error-not-shared = این فضای کاری به اشتراک گذاشته نشده است: نخست آن را به اشتراک بگذارید («اشتراک این فضای کاری…» یا journey share).
error-io-sync = همگام‌سازی آغاز نشد: { $detail }
error-join-exists = { $path } از پیش وجود دارد؛ در پرونده‌ای تازه بپیوندید.

## Joining a room by its address and code (journey-sync's RoomError)
error-bad-address = «{ $address }» نشانی نیست: آن را همان‌گونه که اتاق میزبان نشان می‌دهد بنویسید، برای نمونه 192.168.1.20:48213.
error-bad-code = کد اتاق ۸ حرف و رقم است، همان‌گونه که اتاق میزبان نشان می‌دهد (برای نمونه K7PQ-2MXR)؛ «{ $typed }» کد نیست.
error-no-room = هیچ اتاقی در { $address } پاسخ نمی‌دهد ({ $detail }). نشانی‌ای را که میزبان نشان می‌دهد بررسی کنید، و اینکه اتاق میزبان هنوز باز است و شما در یک شبکه‌اید.
error-wrong-code = این کد اتاق { $address } را باز نمی‌کند. کدی را که میزبان نشان می‌دهد بررسی کنید و دوباره بنویسید.
error-too-many-attempts = اتاق { $address } بیش از اندازه با کد آزموده شده است. { $seconds } ثانیه صبر کنید و دوباره بکوشید، یا خود دعوت‌نامه را از میزبان بخواهید.
error-not-a-room = استودیوی { $address } پاسخ داد، اما نه همچون اتاقی که هم‌تیمی‌ها را می‌پذیرد ({ $detail }).

## The shell's own refusals (src-tauri)
error-invalid-input = { $what } معتبر نیست: { $detail }
error-invalid-export = تنظیمات برون‌بری معتبر نیست: { $detail }
error-invalid-template = این الگو به کار نیامد: { $detail }
error-io-error = پرونده‌ای خوانده یا نوشته نشد: { $detail }
error-io-error-settings = پوشهٔ تنظیمات برنامه در دسترس نیست.
error-io-error-no-log-folder = پوشهٔ گزارش‌ها در دسترس نیست.
error-io-error-log-folder = پوشهٔ گزارش‌ها، { $path }، باز نشد: { $detail }
error-io-error-export = برون‌بری نوشته نشد: { $detail }. پوشهٔ دیگری برگزینید یا کمی جا باز کنید.
error-io-error-read = { $name } خوانده نشد: { $detail }
error-no-workspace = هیچ فضای کاری باز نیست. از «پرونده > باز کردن» یا «پرونده > تازه» استفاده کنید.
error-window-failed = پنجرهٔ تازه باز نشد: { $detail }
error-busy = کار دیگری هنوز در جریان است؛ صبر کنید و دوباره بکوشید.
error-busy-workshop = جلسه‌ای هم‌اکنون در جریان است؛ نخست آن را پایان دهید.
error-busy-workshop-elsewhere = جلسه‌ای هم‌اکنون در پنجرهٔ دیگری در جریان است؛ نخست آن را آنجا پایان دهید.
error-busy-merge = پیش از ادغام یک رونوشت، جلسهٔ کارگاه را پایان دهید: شرکت‌کنندگانش آنچه ادغام می‌آورد را نمی‌بینند.
error-workshop-failed = جلسه آغاز نشد: { $detail }
error-no-session = هیچ جلسه‌ای در جریان نیست.
error-cancelled = برون‌بری لغو شد؛ هیچ پرونده‌ای نوشته نشد.
error-too-large = این تصویر بیش از اندازه بزرگ می‌شود: { $detail }
error-export-failed = نقشه برون‌بری نشد: { $detail }
error-import-failed = { $name }: { $detail }. چیزی درون‌ریزی نشد.
error-import-format = { $name }: پرونده‌ای با پسوند ‎.json‎، ‎.csv‎، ‎.mmd‎، ‎.ojf‎، ‎.xlsx‎، ‎.svg‎ یا ‎.html‎ برگزینید.
error-internal = در درون Journey Studio چیزی نادرست پیش رفت: { $detail }
error-crashed = Journey Studio به خطایی درونی برخورد.

## The facilitator's workshop actions refused (the Workshop panel)
error-workshop-dots = به هر نفر ۱ تا { $max } نقطه بدهید.
error-workshop-timer = زمان‌سنج را میان چند ثانیه تا ۴ ساعت تنظیم کنید.
error-workshop-no-participant = این شرکت‌کننده در جلسه نیست.
error-workshop-action = کارگاه نتوانست این کار را انجام دهد: { $detail }

## Importing (journey-export's ImportError): where in the file, then what is wrong there.
## { $detail } is the message below it, already said; { $path }, { $sheet }, { $header },
## { $value } and { $name } are the file's own words. The CSV column names (journey, stage,
## emotion…) and the words a cell accepts ({ $words }, { $names }) are the format's.
error-import-at-line = خط { $line }: { $detail }
error-import-at-line-column = خط { $line }، ستون { $column }: { $detail }
error-import-at-cell = برگهٔ { $sheet }، سطر { $row }، ستون { $column } ({ $header }): { $detail }
error-import-at-row-header = برگهٔ { $sheet }، سطر { $row } ({ $header }): { $detail }
error-import-at-sheet-row = برگهٔ { $sheet }، سطر { $row }: { $detail }
error-import-at-sheet = برگهٔ { $sheet }: { $detail }
error-import-at-path = { $path }: { $detail }
# A detail that has no message of its own yet (the program's words, in English).
error-import-detail = { $detail }
error-import-wrong-format = این یک سند JSON از Journey Studio نیست (قالب آن «{ $format }» است)
error-import-newer-version = سند با نسخهٔ { $found } قالب نوشته شده؛ این نسخه تا { $supported } را می‌خواند
error-import-not-utf8 = پرونده متن UTF-8 نیست (بایت { $byte } نیست)
error-import-no-journey = پرونده هیچ سفری ندارد
error-import-journey-refused = سفر «{ $name }»: { $detail }
error-import-json-cut-off = پرونده پیش از پایان JSON خود تمام می‌شود (شاید بریده شده باشد)
error-import-not-json = این JSON درستی نیست: { $detail }
error-import-not-ojf-json = این JSON درستی از OpenJourney نیست: { $detail }
error-import-svg-malformed = ساختار این SVG درست نیست: { $detail }
error-import-svg-no-journey = این SVG هیچ سفری ندارد (فقط SVG صادرشده از Journey Studio را می‌توان درون‌ریزی کرد)
error-import-html-no-journey = این HTML هیچ سفری ندارد (فقط HTML صادرشده از Journey Studio را می‌توان درون‌ریزی کرد)
error-import-found-null = مقدار تهی (null)
error-import-found-bool = درست یا نادرست (true یا false)
error-import-found-number = یک عدد
error-import-found-text = متن
error-import-found-list = یک فهرست
error-import-found-object = یک شیء
error-import-expected = { $expected } انتظار می‌رفت، ولی { $found } آمده است
error-import-ojf-not-object = سند OpenJourney باید یک شیء باشد، نه { $found }
error-import-ojf-missing = نیست: پروندهٔ OpenJourney مرحله‌ها و ردیف‌هایش را فهرست می‌کند (Ptolemy هم پرونده‌ای بی آن‌ها را نمی‌پذیرد)
error-import-ojf-score-kind = امتیاز یک عدد است، نه { $found }
error-import-ojf-tag-kind = برچسب متن است، نه { $found }
error-import-ojf-blueprint-kind = قلم بلوپرینت یک شیء یا متن است، نه { $found }
error-import-ojf-score-outside = امتیاز { $score } بیرون از هر دو مقیاسی است که پرونده‌های OJF به کار می‌برند (۵- تا ۵+ در مشخصات، ۰ تا ۱۰ در نیازمندی‌های Ptolemy)
error-import-ojf-scales-mixed = امتیاز { $score } مقیاس ۰ تا ۱۰ را می‌خواهد، ولی { $other } برابر { $otherScore } است که ۵- تا ۵+ را می‌خواهد: پرونده دو مقیاس را درهم کرده است
error-import-ojf-score-exported = امتیاز { $score } بیرون از ۵- تا ۵+ است، مقیاسی که Journey Studio امتیازهای این پرونده را با آن نوشت
error-import-not-a-number = «{ $value }» عدد نیست
error-import-not-whole-from-to = { $value } عدد درستی از { $min } تا { $max } نیست
error-import-not-one-of = «{ $value }» یکی از این‌ها نیست: { $words }
error-import-needs-name = { $what ->
    [journey] سفر نام می‌خواهد
    [stage] مرحله نام می‌خواهد
    [lane] ردیف نام می‌خواهد
   *[persona] پرسونا نام می‌خواهد
  }
error-import-emotion-needs-score = احساس نام‌دار امتیاز می‌خواهد
error-import-outside-scale = { $score } بیرون از مقیاس { $min }..{ $max } است
error-import-xlsx-not-workbook = این کارپوشهٔ Excel (.xlsx) خواندنی نیست: { $detail }
error-import-xlsx-damaged = این کارپوشه آسیب دیده است: نشانی یکی از خانه‌هایش خواندنی نیست
error-import-xlsx-missing-sheet = نیست (کارپوشهٔ Journey Studio برگه‌های Journey، Stages، Lanes و Cards را دارد)
error-import-xlsx-not-ours = سطر «Workbook» نیست: این کارپوشه را Journey Studio صادر نکرده است
error-import-xlsx-layout = «{ $found }» چیدمانی از کارپوشه نیست که این نسخه بخواند (این نسخه «{ $reads }» را می‌خواند)
error-import-xlsx-sheet-unreadable = خواندنی نیست: { $detail }
error-import-xlsx-no-header = سطر سرستون‌ها نیست (برگه از سطر { $start } آغاز می‌شود)
error-import-xlsx-no-column = ستون «{ $header }» نیست (سرستونش تغییر کرده یا ستون پاک شده است)
error-import-xlsx-needs-whole = «{ $field }» یک عدد درست می‌خواهد
error-import-xlsx-scale-step = { $value } گام درستی از مقیاس نیست
error-import-xlsx-scale-name = «{ $value }» یک گام و نامش نیست، مانند «-3 خشمگین»
error-import-xlsx-persona-score = «{ $value }» یک پرسونا و امتیاز نیست، مانند «آنا: 2»
error-import-xlsx-name-twice = { $what ->
    [stage] دو مرحله
    [lane] دو ردیف
    [persona] دو پرسونا
   *[pain-point] دو نقطه درد
  } در برگهٔ { $sheet } «{ $name }» نام دارند: یکی را تغییر نام دهید یا شناسه‌اش را بنویسید
error-import-xlsx-name-empty = خالی است: هر سطر { $what ->
    [stage] مرحله‌اش
    [lane] ردیفش
    [persona] پرسونایش
   *[pain-point] نقطه دردش
  } را می‌خواهد
error-import-xlsx-no-such = در برگهٔ { $sheet } { $what ->
    [stage] مرحله‌ای
    [lane] ردیفی
    [persona] پرسونایی
   *[pain-point] نقطه دردی
  } به نام «{ $name }» نیست
error-import-not-csv = این CSV درستی نیست: { $detail }
error-import-csv-header-unreadable = سطر سرستون‌ها خواندنی نیست: { $detail }
error-import-csv-empty = پرونده خالی است؛ CSV سفر با سطر سرستون‌هایی مانند journey,stage,lane,kind,text آغاز می‌شود
error-import-csv-no-rows = پرونده سطر سرستون‌ها را دارد ولی زیر آن کارتی نیست
error-import-csv-column-twice = سرستون‌ها ستون «{ $column }» را دو بار دارند
error-import-csv-no-column = سرستون‌ها ستون «{ $column }» را ندارند؛ CSV سفر به journey، stage، lane و text نیاز دارد (یافته‌ها: { $found })
error-import-csv-cell-empty = خانهٔ «{ $column }» خالی است؛ هر سطر یک سفر، یک مرحله و یک ردیف می‌خواهد
error-import-csv-not-whole = { $column } باید عدد درستی از { $min } تا { $max } باشد، نه «{ $value }»
error-import-csv-out-of-range = { $column } باید از { $min } تا { $max } باشد، نه { $value }
error-import-csv-unknown = { $what ->
    [card-kind] نوع کارت
    [lane-kind] نوع ردیف
    [pillar] ستون
   *[loyalty-pillar] ستون وفاداری
  } ناشناخته «{ $value }» ({ $names })
error-import-csv-only-for = «{ $column }» فقط برای { $owner ->
    [touchpoint] نقطه‌های تماس
    [pain-point] نقطه‌های درد
    [opportunity] فرصت‌ها
   *[quote] نقل‌قول‌ها
  } است، ولی این کارت { $kind } است
error-import-csv-true-false = { $column } باید true یا false باشد، نه «{ $value }»
error-import-csv-emotion-name = نام احساس «{ $name }» در ستون «{ $column }» امتیاز می‌خواهد
error-import-csv-phase-differs = مرحلهٔ «{ $stage }» در خط { $line } در فاز «{ $was }» است، ولی اینجا در «{ $now }»
error-import-csv-lane-kind-differs = ردیف «{ $lane }» در خط { $line } از نوع { $was } است، ولی اینجا از نوع { $now }
error-import-csv-answers = فرصت به «{ $text }» پاسخ می‌دهد، ولی در سفر «{ $journey }» هیچ نقطه دردی این متن را ندارد
error-import-lucid-columns = CSV ‏Lucidchart ستون‌های Id و Name را دارد
error-import-lucid-no-id = سطر Id ندارد
error-import-lucid-same-id = Id ‏{ $id } در سطری پیشین هم هست
error-import-lucid-no-container = Contained By نام { $id } را می‌برد، ولی هیچ سطری این Id را ندارد
error-import-lucid-no-shapes = پرونده هیچ شکلی ندارد (فقط صفحه یا خط)
error-import-mermaid-front-matter = پیش‌گفتاری که اینجا آغاز می‌شود هرگز با «---» بسته نمی‌شود
error-import-mermaid-not-journey = سفر Mermaid با «journey» آغاز می‌شود
error-import-mermaid-empty = سفر Mermaid با «journey» آغاز می‌شود؛ این پرونده چیز دیگری ندارد
error-import-mermaid-section-name = بخش نام می‌خواهد، مانند «section پرداخت»
error-import-mermaid-journey-again = «journey» فقط در خط نخست می‌آید
error-import-mermaid-actors = بیش از { $max } بازیگر گوناگون؛ سفر بیش از این پرسونا نگه نمی‌دارد
error-import-mermaid-task = کار به «متن: امتیاز» نیاز دارد، ولی «{ $found }» آمده است
error-import-mermaid-task-first = کاری پیش از هر بخشی آمده است
error-import-mermaid-score = امتیاز باید از ۱ تا ۵ باشد، نه { $score }
# The core's names of the fields a file fills ({ $name }: any other, as the core writes it).
error-import-field = { $field ->
    [card-text] متن کارت
    [journey-name] نام سفر
    [stage-name] نام مرحله
    [lane-name] نام ردیف
    [persona-name] نام پرسونا
    [phase] فاز
   *[other] { $name }
  }
error-import-too-long = { $field } { $length } نویسه دارد؛ سقف آن { $max } است
error-import-empty = { $field }: نباید خالی باشد
