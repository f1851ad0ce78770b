# الگوهای همراه به هر زبان (journey-core templates::localize).

## Connected strategy
template-connected-strategy-name = استراتژی متصل
template-connected-strategy-description = شناسایی، درخواست، پاسخ و حلقهٔ تکرار، با تجربه مشتری متصلی که بر هر مرحله اثر می‌گذارد.
template-connected-strategy-goal = نقشه بکشید که نیاز مشتری چگونه شناسایی، درخواست و پاسخ داده می‌شود و هر تکرار چه به شرکت می‌آموزد، تا اجرای خودکار: برآوردن نیاز پیش از آنکه مشتری بخواهد، که کل سفر را کوتاه می‌کند.
template-connected-strategy-stage-1 = شناسایی
template-connected-strategy-stage-1-description = مربی‌گری رفتار اینجا اثر می‌گذارد: آگاهی از نیاز را بالا ببرید و مشتری را به اقدام ترغیب کنید.
template-connected-strategy-stage-2 = درخواست
template-connected-strategy-stage-2-description = پیشنهاد گزینش‌شده اینجا اثر می‌گذارد: به مشتری کمک کنید بهترین گزینه را برای نیازش بیابد.
template-connected-strategy-stage-3 = پاسخ
template-connected-strategy-stage-3-description = پاسخ به خواسته اینجا اثر می‌گذارد: سفارش، پرداخت و دریافت را بی‌زحمت کنید.
template-connected-strategy-stage-4 = تکرار
template-connected-strategy-stage-4-description = از این دور بیاموزید تا شناسایی، درخواست و پاسخ بعدی بهتر جور شوند.
template-connected-strategy-flow-4 = دفعهٔ بعد
template-connected-strategy-lane-1 = اقدامات مشتری
template-connected-strategy-lane-2 = نقاط تماس
template-connected-strategy-lane-3 = احساسات
template-connected-strategy-lane-4 = نقاط درد
template-connected-strategy-lane-5 = فرصت‌ها
template-connected-strategy-card-1 = مشتری (یا شرکت) چگونه متوجه نیاز می‌شود؟
template-connected-strategy-card-2 = نیاز چگونه به درخواست راه‌حلی مشخص تبدیل می‌شود؟
template-connected-strategy-card-3 = مشتری راه‌حل را چگونه دریافت و تجربه می‌کند؟
template-connected-strategy-card-4 = شرکت از این دور چه می‌آموزد و دفعهٔ بعد چه چیزی بهتر جور می‌شود؟
template-connected-strategy-card-5 = اجرای خودکار: وقتی نیاز را پیش از مشتری می‌دانید، آن را پیشاپیش برآورید و از شناسایی، درخواست و پاسخ یکسره بگذرید.
