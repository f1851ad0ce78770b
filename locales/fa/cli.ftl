# The command line's help (`journey --help`, `journey SUB --help`) and clap's usage mistakes
# (crates/journey-cli/src/help.rs). Not bundled into the window.
# Ids: cli-help-<command> is what a command does (cli-help-journey: the program;
# cli-help-version-list: `journey version list`); cli-help-<command>-<argument> what one of its
# arguments means; cli-help-any-<argument> an argument several commands share.
# Keep command names, option names (--format), values (fit, a4) and file formats as they are.

## clap's own words around the help.
cli-help-usage = کاربرد:
cli-help-heading-commands = فرمان‌ها
cli-help-heading-arguments = ورودی‌ها
cli-help-heading-options = گزینه‌ها
# An argument's help and the value it takes when not given.
cli-help-default = { $help } [پیش‌فرض: { $value }]
cli-help-help = نمایش همین راهنما یا راهنمای فرمان‌های داده‌شده

## Usage mistakes clap finds. { $argument } is written as typed (--format, <FILE>).
cli-usage-unknown-command = فرمانی به نام «{ $name }» نیست
cli-usage-unknown-argument = ورودی ناخواستهٔ «{ $argument }»
cli-usage-missing = کم است: { $arguments }
cli-usage-invalid-value = «{ $value }» مقدار درستی برای { $argument } نیست
cli-usage-invalid-value-one-of = «{ $value }» مقدار درستی برای { $argument } نیست (یکی از: { $valid })
cli-usage-conflict = { $argument } را نمی‌توان با { $other } به کار برد
cli-usage-missing-command = { $name } به یک فرمان نیاز دارد
cli-usage-number-of-values = شمار مقدارهای { $argument } درست نیست ({ $detail })
cli-usage-other = خط فرمان معتبر نیست: { $detail }
cli-usage-did-you-mean = منظورتان «{ $suggestion }» بود؟
cli-usage-more = برای آگاهی بیشتر «{ $command } --help» را ببینید.

## Arguments many commands share.
cli-help-any-lang = زبان پیام‌ها، گزارش‌ها و برچسب‌های خروجی: en، fa، ru، te یا tl (پیش‌فرض: زبان سیستم، از LC_ALL / LC_MESSAGES / LANG؛ اگر فهرست پیامی نداشته باشد، انگلیسی)
cli-help-any-help = نمایش راهنما
cli-help-any-version = نمایش نسخهٔ برنامه
cli-help-any-file = فایل فضای کاری (.journeys)
cli-help-any-journey = نام یا شناسهٔ سفر (پیش‌فرض: نخستین)
cli-help-any-author = تغییر به نام چه کسی ثبت شود (پیش‌فرض: $JOURNEY_AUTHOR، وگرنه نام کاربری)
cli-help-any-timeout = چند ثانیه پیش از دست کشیدن منتظر سرور بماند

## The commands.
cli-help-journey = بررسی و مدیریت فایل‌های فضای کاری Journey Studio

cli-help-new = ساختن فایل فضای کاری با سفر نمونهٔ همراه برنامه
cli-help-new-file = فایل فضای کاری که ساخته می‌شود (نباید از پیش وجود داشته باشد)
cli-help-new-empty = آن را بی هیچ سفری بسازد
cli-help-new-cards = به‌جای نمونه، یک سفر ساختگی با این شمار کارت (برای سنجش کارایی)
cli-help-new-stages = همراه با ‎--cards‎: این شمار مرحله پشت سر هم (سفری دراز) به‌جای مرحله‌های نمونه
cli-help-new-template = به‌جای نمونه، یک سفر از این الگو (ببینید `journey templates`)

cli-help-templates = فهرست الگوهای همراه برنامه: شناسه، نام، توضیح

cli-help-list = چاپ سفرهای یک فضای کاری: شناسه و نام، هر کدام در یک خط

cli-help-edit = یک ویرایش (JSON، همان‌گونه که پنجره می‌فرستد و فهرست واگرد نگه می‌دارد) را از راه خود انباره اعمال می‌کند (بررسی‌شده، ماندگار، واگردپذیر) و پاسخ انباره را چاپ می‌کند: `{"{"} revision, canUndo, canRedo, change, skipped {"}"}`، که change همان وصله‌ای است که پنجره اعمال می‌کند
cli-help-edit-edit = ویرایش به صورت JSON، برای نمونه '{"{"}"type":"removeCard","id":"…"{"}"}'

cli-help-merge = همهٔ تغییرهای رونوشت دیگری از این فضای کاری را به آن می‌آورد (رونوشت تنها خوانده می‌شود). آنچه آمد و آنچه نیاز به تصمیم دارد را چاپ می‌کند؛ `--json` گزارش ادغام را چاپ می‌کند
cli-help-merge-ours = همین فضای کاری: تغییرها به آن می‌آیند
cli-help-merge-theirs = رونوشت دیگر (تنها خوانده می‌شود)
cli-help-merge-json = گزارش ادغام را به صورت JSON چاپ کند

cli-help-undo = واگرد آخرین ویرایش سفر؛ پاسخ را مانند `edit` چاپ می‌کند
cli-help-redo = ازنو کردن آخرین ویرایش واگردشدهٔ سفر؛ پاسخ را مانند `edit` چاپ می‌کند

cli-help-show = چاپ مرحله‌های یک سفر (به ترتیب جدول) و کارت‌های آن
cli-help-show-json = به‌جای آن، سفر را به صورت JSON چاپ کند (شیء سفر در قالب خروجی)

cli-help-view = چاپ آنچه پنجره برای یک سفر می‌کشد: `{"{"} journey, layout, revision, canUndo, canRedo {"}"}` به صورت JSON (پاسخ `journey_view` برنامه)، برای ابزارها و سنجش کارایی رابط

cli-help-export = برون‌بری یک سفر به svg، png، pdf، html، csv، md، json، mermaid، ojf یا xlsx
cli-help-export-format = قالب (پیش‌فرض: از پسوند ‎-o‎)
cli-help-export-output = فایلی که نوشته می‌شود؛ تنها وقتی برون‌بری کامل شد جایگزین می‌شود
cli-help-export-page = صفحه‌های PDF: ‏fit (یک صفحه به اندازهٔ نقشه)، یا a4، a3، letter (کاشی‌شده به اندازهٔ واقعی)
cli-help-export-scale = مقیاس PNG: پیکسل به ازای هر واحد نقشه (1، 2، 4...)

cli-help-import = سفرهای یک فایل JSON، CSV (از همین برنامه یا Lucidchart)، Mermaid، SVG، HTML، OpenJourney (‏.ojf) یا Excel (‏.xlsx) را به یک فضای کاری می‌افزاید (اگر نباشد ساخته می‌شود)؛ شناسهٔ هر سفر تازه را چاپ می‌کند، و آنچه همان‌طور که نوشته شده بود نیامد را در stderr. فایل نادرست چیزی را تغییر نمی‌دهد
cli-help-import-input = فایلی که درون‌ریزی می‌شود
cli-help-import-into = فضای کاری‌ای که سفرها به آن افزوده می‌شوند (اگر نباشد ساخته می‌شود)
cli-help-import-format = json، csv، mermaid، svg، html، ojf، xlsx یا lucid (پیش‌فرض: از پسوند ورودی؛ فایل .csv با سرستون Lucidchart همچون فایل Lucidchart خوانده می‌شود)

cli-help-analyse = آنچه نقشه می‌گوید: مسیرها و احساسات آن‌ها، مشکلات ساختار، اوج و پایان، نقطه‌های درد به ترتیب اولویت، نقشهٔ گرمایی ستون‌ها، جابه‌جایی کانال‌ها، فاصلهٔ پرسوناها (docs/insights.md)
cli-help-analyse-json = همهٔ تحلیل را به صورت JSON چاپ کند (ساختار در docs/insights.md)

cli-help-schema = چاپ JSON Schema قالب خروجی (docs/journey.schema.json)، یا با ‎--insights‎ طرح `analyse --json` ‏(docs/insights.schema.json)
cli-help-schema-insights = به‌جای آن، طرح `analyse --json` را چاپ کند

cli-help-validate = بررسی اینکه فایل باز می‌شود و از آزمون درستی SQLite می‌گذرد

cli-help-version = نسخه‌های نام‌دار یک سفر: فهرست، ذخیره، یا مقایسهٔ یکی با اکنون
cli-help-version-list = برای هر نسخه یک خط، تازه‌ترین نخست: شناسه، زمان (UTC)، کارت‌ها، نام (جداشده با تب)
cli-help-version-save = ذخیرهٔ سفر همان‌گونه که اکنون هست به نام NAME؛ شناسهٔ نسخهٔ تازه را چاپ می‌کند
cli-help-version-save-name = نام نسخه
cli-help-version-diff = آنچه از یک نسخه تا اکنون تغییر کرده، به صورت JSON (کارت‌های افزوده، حذف‌شده، جابه‌جاشده، تغییرکرده، تغییر احساسات، مرحله‌ها، ردیف‌ها، پیوندها)
cli-help-version-diff-version = شناسهٔ نسخه (ببینید `journey version list`)

cli-help-stress = آزمون‌های استواری (ببینید `journey stress crash --help`)
cli-help-stress-crash = فرایندی را که می‌نویسد در لحظه‌های تصادفی از کار می‌اندازد و بررسی می‌کند که هیچ ویرایش تأییدشده‌ای از دست نرود
cli-help-stress-crash-trials = چند بار نویسنده از کار انداخته شود
cli-help-stress-crash-seed = بذر لحظه‌های تصادفی از کار انداختن (پیش‌فرض: از ساعت؛ چاپ می‌شود)
cli-help-stress-crash-dir = فایل فضای کاری را به‌جای پوشه‌ای موقت در این پوشه نگه دارد

cli-help-serve = اجرای سرور تیم: فضاهای کاری که در آن به اشتراک گذاشته شوند از راه آن همگام می‌شوند (wss:// با گواهی خودامضا که در نخستین آغاز ساخته می‌شود؛ نشانی و اثر انگشت خود را چاپ می‌کند). با SIGTERM می‌ایستد
cli-help-serve-data = جایی که سندها، سوابق دسترسی و گواهی نگه داشته می‌شوند
cli-help-serve-listen = نشانی و درگاهی که سرور به آن گوش می‌دهد
cli-help-serve-plain = ws:// ساده بی TLS: تنها روی نشانی همین رایانه (پشت یک پراکسی TLS، یا برای آزمون‌ها)

cli-help-share = اشتراک یک فضای کاری روی سرور تیم (آن را بارگذاری می‌کند) و چاپ دعوت‌نامه‌ای که هم‌تیمی‌ها با آن می‌پیوندند. دوباره بی ‎--server‎: دعوت‌نامه را چاپ می‌کند؛ ‎--rotate‎: رمز تازه (دعوت‌نامه‌های پیشین دیگر کار نمی‌کنند). خروج 3: سرور در دسترس نیست؛ 4: رد شد
cli-help-share-server = wss://host:port (یا ws://127.0.0.1:port)
cli-help-share-fingerprint = اثر انگشت گواهی سرور همان‌طور که `journey serve` چاپ کرد (بررسی می‌شود)
cli-help-share-rotate = به فضای کاری رمز تازه‌ای بدهد و دعوت‌نامهٔ تازه را چاپ کند (دعوت‌نامه‌های پیشین دیگر کار نمی‌کنند)
cli-help-share-out = دعوت‌نامه را در این فایل هم بنویسد (.journey-invite)

cli-help-join = پیوستن به یک فضای کاری مشترک: INVITATION متن دعوت‌نامه یا فایلی است که آن را دارد (یا ‎--room‎ و ‎--code‎: استودیویی که اتاق را می‌پذیرد، همان‌گونه که نشان می‌دهد)؛ FILE (تازه) را می‌سازد و یک بار همگامش می‌کند. خروج 3: سرور یا اتاق در دسترس نیست؛ 4: رد شد (لغوشده، نادرست، برنامهٔ تازه‌تر، کد نادرست)
cli-help-join-invitation = متن دعوت‌نامه، یا فایلی که آن را دارد
cli-help-join-room = HOST:PORT استودیویی که اتاق را می‌پذیرد (`journey room`، یا پنجرهٔ برنامه)
cli-help-join-code = کد اتاق (K7PQ-2MXR)
cli-help-join-into = فایل فضای کاری تازه‌ای که ساخته می‌شود

cli-help-room = پذیرفتن هم‌تیمی‌ها در اتاقِ FILE بی پنجره، تا SIGTERM: ‏`room ADDRESS`، `code CODE` و `invitation TEXT` را چاپ می‌کند؛ هم‌تیمی‌ها با `journey join --room` می‌پیوندند
cli-help-room-listen = جایی که هم‌تیمی‌ها وصل می‌شوند: 0.0.0.0:PORT برای شبکهٔ اتاق (درگاه 0: هر درگاه آزاد)
cli-help-room-quiet = اتاق را در شبکهٔ محلی اعلام نکند (mDNS)

cli-help-sync = همگام‌سازی یک فضای کاری مشترک با سرورش یک بار (تا هر دو همه‌چیز را داشته باشند)، یا با ‎--watch‎ تا وقتی متوقف شود (SIGTERM، Ctrl+C). خروج 3: سرور در دسترس نیست؛ 4: رد شد
cli-help-sync-watch = تا وقتی متوقف شود همگام‌سازی را ادامه دهد (SIGTERM، Ctrl+C)، برای هر رویداد یک خط

cli-help-workshop = اجرای جلسهٔ کارگاه روی یک سفر از خط فرمان (بی پنجره)، با سرور و محدودیت‌های برنامه: پیوند پیوستن و کد را چاپ می‌کند، همهٔ ردیف‌ها را باز می‌کند، کارهای تسهیل‌گر را به صورت خط‌های JSON از stdin می‌گیرد، و با SIGTERM، Ctrl+C یا پایان stdin پایان می‌یابد
cli-help-workshop-listen = جایی که شرکت‌کنندگان وصل می‌شوند: 0.0.0.0:PORT برای شبکهٔ اتاق، 127.0.0.1:0 تنها برای همین رایانه روی هر درگاه آزاد
cli-help-workshop-author = نام تسهیل‌گر (رزروشده: هیچ شرکت‌کننده‌ای نمی‌تواند با این نام بپیوندد)

cli-help-bench = سنجه‌های کارایی (ببینید `journey bench store --help`)
cli-help-bench-workshop = شرکت‌کنندگان شبیه‌سازی‌شده در جلسهٔ کارگاهی واقعی روی همین رایانه، روی نمونه و روی سفری ساختگی، با تغییرهای جزئی و با تصویرهای کامل قدیمی: کارت‌ها و رأی‌های فرستاده و ذخیره‌شده، بایت در هر پخش، زمان از فرستادن یک کارت تا دیدن آن. یک جدول، سپس یک خط JSON
cli-help-bench-workshop-participants = شمار شرکت‌کنندگان شبیه‌سازی‌شده
cli-help-bench-workshop-seconds = برای هر اجرا: هر سفر برای هر شیوهٔ رساندن یک بار اجرا می‌شود
cli-help-bench-workshop-cards = کارت‌های سفر ساختگی که پس از نمونه اجرا می‌شود (0: تنها نمونه)
cli-help-bench-workshop-delivery = تغییرهای جزئی (شیوهٔ کار جلسه‌ها)، تصویر کامل پس از هر تغییر (شیوهٔ پیشین، مبنای مقایسه)، یا هر دو در یک اجرا
cli-help-bench-sync = تیمی که یک سفر را زنده از راه سرور تیم روی همین رایانه ویرایش می‌کند: ویرایش‌های انجام‌شده، دیده‌شده در هر استودیوی دیگر، از دست رفته، اینکه همه یکی شدند یا نه، و زمان از یک ویرایش تا رسیدنش به همهٔ استودیوها. یک جدول، سپس یک خط JSON
cli-help-bench-sync-clients = چند استودیو هم‌زمان ویرایش کنند
cli-help-bench-sync-seconds = چند ثانیه ویرایش کنند
cli-help-bench-sync-cards = کارت‌های سفری که ویرایش می‌کنند
cli-help-bench-sync-seed = بذر ویرایش‌های تصادفی
cli-help-bench-analyse = زمان تحلیل کامل (`journey analyse`) برای سفرهای ساختگی، در برابر نمونه در همان اجرا. آخرین خط چاپ‌شده یک شیء JSON است
cli-help-bench-analyse-sizes = کارت‌های هر سفر ساختگی، جداشده با ویرگول
cli-help-bench-export = SVG، PNG و PDF یک سفر ساختگی، و یک PNG از نقشه‌ای به پهنای 40,000 پیکسل، در برابر نمونهٔ 33 کارتی در همان اجرا. آخرین خط چاپ‌شده یک شیء JSON است
cli-help-bench-export-cards = کارت‌های سفر ساختگی
cli-help-bench-export-wide-stages = مرحله‌های نقشهٔ پهن (هر کدام 236 پیکسل)
cli-help-bench-export-keep = فایل‌های برون‌بری را در این پوشه (موجود) نگه دارد
cli-help-bench-store = زمان ویرایش و باز کردن برای سفرهایی با اندازهٔ رو به افزایش، در برابر مبنایی که همه‌چیز را از نو می‌نویسد. آخرین خط چاپ‌شده یک شیء JSON است
cli-help-bench-store-sizes = کارت‌های هر سفر، جداشده با ویرگول
cli-help-bench-store-edits = شمار ویرایش‌های زمان‌سنجی‌شده برای هر اندازه
cli-help-bench-store-seed = بذر ویرایش‌های تصادفی
cli-help-bench-store-keep = فایل‌های سنجش را در این پوشه (موجود و خالی) بنویسد و نگه دارد
