# واژگان مدل (journey-core `vocab`). اصطلاحات چارچوب‌ها از ../shared/glossary.md.

## Card kinds
card-kind-touchpoint = نقطه تماس
card-kind-pain-point = نقطه درد
card-kind-opportunity = فرصت
card-kind-note = یادداشت
card-kind-quote = نقل‌قول

## Lane kinds
lane-kind-actions = اقدامات
lane-kind-touchpoints = نقاط تماس
lane-kind-channels = کانال‌ها
lane-kind-thoughts = افکار
lane-kind-emotions = منحنی احساسات
lane-kind-pain-points = نقاط درد
lane-kind-opportunities = فرصت‌ها
lane-kind-frontstage = پیش‌صحنه
lane-kind-backstage = پشت‌صحنه
lane-kind-support = پشتیبانی
lane-kind-custom = سفارشی

## Phases
phase-recognize = شناسایی
phase-request = درخواست
phase-respond = پاسخ
phase-repeat = تکرار
phase-before-purchase = قبل از خرید
phase-during-purchase = حین خرید
phase-after-purchase = بعد از خرید

## Connected customer experiences
experience-respond-to-desire = پاسخ به خواسته
experience-curated-offering = پیشنهاد گزینش‌شده
experience-coach-behavior = مربی‌گری رفتار
experience-automatic-execution = اجرای خودکار

## Channels
channel-web = وب
channel-app = اپلیکیشن
channel-store = فروشگاه
channel-phone = تلفن
channel-email = ایمیل
channel-social = شبکه‌های اجتماعی
channel-in-person = حضوری
channel-chat = گفتگوی آنلاین
channel-mail = پست
channel-other = دیگر

## The six pillars of customer experience
cx-pillar-personalization = شخصی‌سازی
cx-pillar-integrity = صداقت
cx-pillar-expectations = انتظارات
cx-pillar-resolution = حل مشکل
cx-pillar-time-and-effort = زمان و تلاش
cx-pillar-empathy = همدلی

## The five pillars of loyalty 3.0
loyalty-pillar-products-and-services = محصولات و خدمات
loyalty-pillar-customer-service = خدمات مشتریان
loyalty-pillar-community = جامعه و گروه‌های هم‌علاقه
loyalty-pillar-experiences = تجربیات
loyalty-pillar-bridges = پل‌ها

## Kinds of friction
friction-repeated-data-entry = ورود مکرر اطلاعات
friction-inconsistent-messages = پیام‌های متناقض
friction-hidden-cost = هزینه پنهان
friction-waiting = انتظار
friction-other = دیگر

## What the customer is short of
shortage-time = زمان
shortage-money = پول
shortage-effort = تلاش
shortage-information = اطلاعات

## Named steps of the default emotion scale
emotion-furious = خشمگین
emotion-frustrated = دلسرد
emotion-uneasy = نگران
emotion-neutral = خنثی
emotion-content = راضی
emotion-happy = خوشحال
emotion-delighted = شادمان
