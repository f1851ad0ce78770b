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

## classic-five
template-classic-five-name = پنج مرحلهٔ کلاسیک
template-classic-five-description = آگاهی، بررسی، خرید، استفاده و توصیه در یک خط، با ردیف‌های معمول و بدون کارت.
template-classic-five-stage-1 = آگاهی
template-classic-five-stage-2 = بررسی
template-classic-five-stage-3 = خرید
template-classic-five-stage-4 = استفاده
template-classic-five-stage-5 = توصیه
template-classic-five-lane-1 = اقدامات مشتری
template-classic-five-lane-2 = نقاط تماس
template-classic-five-lane-3 = احساسات
template-classic-five-lane-4 = نقاط درد
template-classic-five-lane-5 = فرصت‌ها

## purchase
template-purchase-name = قبل از خرید، حین خرید و بعد از خرید
template-purchase-description = مدیریت تجربه مشتری: تمام خرید، با احساس و فداکاری مشتری در هر نقطه تماس.
template-purchase-goal = کل تجربه را ببینید، قبل از خرید، حین خرید و بعد از خرید، با احساساتی که تصمیم‌ها را می‌رانند و فداکاری مشتری (آنچه می‌خواست در برابر آنچه پذیرفت) در هر نقطه تماس.
template-purchase-stage-1 = کشف
template-purchase-stage-1-description = قبل از خرید: نیاز و پیشنهاد چگونه نخستین بار به هم می‌رسند.
template-purchase-stage-2 = تصمیم
template-purchase-stage-2-description = قبل از خرید: مقایسهٔ گزینه‌ها و تصمیم گرفتن.
template-purchase-stage-3 = خرید
template-purchase-stage-3-description = حین خرید: سفارش، پرداخت و انتظار.
template-purchase-stage-4 = استفاده
template-purchase-stage-4-description = بعد از خرید: زندگی با محصول یا خدمت، و کمک گرفتن.
template-purchase-stage-5 = توصیه
template-purchase-stage-5-description = بعد از خرید: بازگشتن، نظر دادن، گفتن به دیگران.
template-purchase-lane-1 = اقدامات مشتری
template-purchase-lane-2 = افکار
template-purchase-lane-3 = نقاط تماس
template-purchase-lane-4 = احساسات
template-purchase-lane-5 = نقاط درد
template-purchase-lane-6 = فرصت‌ها
template-purchase-card-1 = نخستین بار کجا با پیشنهاد روبه‌رو می‌شوند؟
template-purchase-card-2 = کجا مقایسه و انتخاب می‌کنند؟
template-purchase-card-3 = کجا سفارش می‌دهند و می‌پردازند؟
template-purchase-card-4 = کجا از آن استفاده می‌کنند یا کمک می‌خواهند؟
template-purchase-card-5 = کجا درباره‌اش نظر می‌دهند یا به دیگران می‌گویند؟
