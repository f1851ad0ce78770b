# Словари модели (journey-core `vocab`). Термины методик — по ../shared/glossary.md.

## Card kinds
card-kind-touchpoint = Точка контакта
card-kind-pain-point = Болевая точка
card-kind-opportunity = Возможность
card-kind-note = Заметка
card-kind-quote = Цитата

## Lane kinds
lane-kind-actions = Действия
lane-kind-touchpoints = Точки контакта
lane-kind-channels = Каналы
lane-kind-thoughts = Мысли
lane-kind-emotions = Кривая эмоций
lane-kind-pain-points = Болевые точки
lane-kind-opportunities = Возможности
lane-kind-frontstage = Видимая зона
lane-kind-backstage = Закулисье
lane-kind-support = Поддержка
lane-kind-custom = Другое

## Phases
phase-recognize = Распознавание
phase-request = Запрос
phase-respond = Реагирование
phase-repeat = Повторение
phase-before-purchase = До покупки
phase-during-purchase = Во время покупки
phase-after-purchase = После покупки

## Connected customer experiences
experience-respond-to-desire = Реагирование на желание
experience-curated-offering = Подобранное предложение
experience-coach-behavior = Коучинг поведения
experience-automatic-execution = Автоматическое исполнение

## Channels
channel-web = Веб
channel-app = Приложение
channel-store = Магазин
channel-phone = Телефон
channel-email = Эл. почта
channel-social = Соцсети
channel-in-person = Лично
channel-chat = Чат
channel-mail = Почта
channel-other = Другой

## The six pillars of customer experience
cx-pillar-personalization = Персонализация
cx-pillar-integrity = Честность
cx-pillar-expectations = Ожидания
cx-pillar-resolution = Решение проблем
cx-pillar-time-and-effort = Время и усилия
cx-pillar-empathy = Эмпатия

## The five pillars of loyalty 3.0
loyalty-pillar-products-and-services = Продукты и услуги
loyalty-pillar-customer-service = Обслуживание клиентов
loyalty-pillar-community = Сообщество и группы по интересам
loyalty-pillar-experiences = Впечатления
loyalty-pillar-bridges = Мосты

## Kinds of friction
friction-repeated-data-entry = Повторный ввод данных
friction-inconsistent-messages = Противоречивые сообщения
friction-hidden-cost = Скрытые расходы
friction-waiting = Ожидание
friction-other = Другое

## What the customer is short of
shortage-time = Время
shortage-money = Деньги
shortage-effort = Усилия
shortage-information = Информация

## Named steps of the default emotion scale
emotion-furious = Ярость
emotion-frustrated = Раздражение
emotion-uneasy = Беспокойство
emotion-neutral = Нейтрально
emotion-content = Удовлетворение
emotion-happy = Радость
emotion-delighted = Восторг
