# صفحهٔ شرکت‌کننده، به زبان مرورگر او.

workshop-page-title = کارگاه استودیوی سفر
join-title = پیوستن به کارگاه
join-name = نام شما
join-code = کد
join-button = پیوستن
join-failed = پیوستن ممکن نشد.
join-error-wrongCode = این کد مال این جلسه نیست. آن را با تسهیلگر بررسی کنید.
join-error-tooManyAttempts = از این دستگاه کدهای نادرست زیادی آمده است. یک دقیقه صبر کنید و دوباره امتحان کنید.
join-error-full = جلسه پر است.
join-unreachable = به لپ‌تاپ دسترسی نیست. آیا در همان شبکهٔ Wi-Fi هستید؟
join-ended = جلسه تمام شده یا شما دیگر در آن نیستید. کد را از تسهیلگر بپرسید.
stages-nav = مرحله‌ها
follow-facilitator = دنبال کردن تسهیلگر
reconnecting = در حال اتصال دوباره…
board-locked = تسهیلگر فعلاً تخته را قفل کرده است.
you-are = شما { $name } هستید.
private-note = کارت‌های تازهٔ شما تا آشکارسازی تسهیلگر خصوصی می‌مانند.
vote-left = { $dots ->
    [one] رأی: { $left } از { $dots } نقطه مانده.
   *[other] رأی: { $left } از { $dots } نقطه مانده.
}
waiting = { $count } مورد در انتظار ارسال…
card-private-tag = خصوصی
take-dot = پس گرفتن یک نقطه
put-dot = گذاشتن یک نقطه روی این کارت
new-card-in = کارت تازه در { $lane }
write-card = کارتی بنویسید…
add-card = افزودن کارت

join-error-banned = تسهیلگر شما را از این جلسه بیرون کرده است.
join-error-tooManyJoins = از این دستگاه افراد زیادی پیوسته‌اند. از تسهیلگر بپرسید.
join-error-badName = نامی با ۱ تا { $max } نویسه وارد کنید.

# درخواستی که لپ‌تاپ نپذیرفت.
refusal-requestId = شناسهٔ درخواست باید ۱ تا { $max } نویسه باشد.
refusal-cardsPerPerson = شما { $max } کارت افزوده‌اید، بیشترین تعدادی که یک نفر در جلسه می‌تواند بیفزاید.
refusal-cardsPerSession = جلسه { $max } کارت دارد، بیشترین اندازه‌اش؛ از تسهیلگر بپرسید.
refusal-slowDownCards = { $rate ->
    [one] آهسته‌تر: حداکثر { $rate } کارت در ثانیه.
   *[other] آهسته‌تر: حداکثر { $rate } کارت در ثانیه.
}
refusal-slowDownDots = { $rate ->
    [one] آهسته‌تر: حداکثر { $rate } نقطه در ثانیه.
   *[other] آهسته‌تر: حداکثر { $rate } نقطه در ثانیه.
}
refusal-locked = تسهیلگر فعلاً تخته را قفل کرده است.
refusal-emptyCard = اول چیزی روی کارت بنویسید.
refusal-cardTooLong = یک کارت حداکثر { $max } نویسه جا دارد.
refusal-laneClosed = این ردیف برای کارت باز نیست.
refusal-stageGone = این مرحله دیگر روی نقشه نیست.
refusal-noVote = هیچ رأی‌گیری‌ای باز نیست.
refusal-cardGone = این کارت دیگر روی نقشه نیست.
refusal-notInVote = این کارت جزو این رأی‌گیری نیست.
refusal-noDotsLeft = { $dots ->
    [one] نقطهٔ خود را به کار برده‌اید.
   *[other] هر { $dots } نقطهٔ خود را به کار برده‌اید.
}
refusal-noDotThere = روی این کارت نقطه‌ای ندارید.
refusal-notUnderstood = برنامه این درخواست را نفهمید.
refusal-notSaved = لپ‌تاپ نتوانست این تغییر را نگه دارد. دوباره امتحان کنید.

# پاسخ‌های خود لپ‌تاپ به درخواستی که پیش از آنکه صفحه‌ای بتواند دلیلش را بگوید رد می‌کند؛
# مرورگر آن‌ها را به زبانی که Accept-Language می‌خواهد نشان می‌دهد.
http-refusal-wrongHost = این نشانی کارگاه نیست. پیوندی را که تسهیلگر نشان می‌دهد باز کنید.
http-refusal-foreignPage = فقط صفحهٔ خود کارگاه می‌تواند وصل شود.
http-refusal-joinFirst = اول به جلسه بپیوندید.
http-refusal-notFound = در این نشانی چیزی نیست. پیوندی را که تسهیلگر نشان می‌دهد باز کنید.
http-refusal-wrongMethod = کارگاه این‌جا چنین درخواستی را نمی‌پذیرد.
http-refusal-tooLarge = این درخواست برای کارگاه بیش از اندازه بزرگ است.
http-refusal-badRequest = کارگاه این درخواست را نفهمید.
http-refusal-failed = لپ‌تاپ نتوانست به این درخواست پاسخ دهد. دوباره امتحان کنید.
