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
