# Шаблоны на каждом языке (journey-core templates::localize).

## Connected strategy
template-connected-strategy-name = Стратегия непрерывной связи с клиентом
template-connected-strategy-description = Распознавание, Запрос, Реагирование и петля Повторения, со связанным опытом, который действует на каждой фазе.
template-connected-strategy-goal = Покажите, как потребность клиента распознаётся, превращается в запрос и получает ответ, и чему каждое повторение учит компанию, вплоть до автоматического исполнения: потребность закрывается раньше, чем клиент попросит, и весь путь сокращается.
template-connected-strategy-stage-1 = Распознавание
template-connected-strategy-stage-1-description = Здесь действует коучинг поведения: помогите осознать потребность и подтолкните клиента к действию.
template-connected-strategy-stage-2 = Запрос
template-connected-strategy-stage-2-description = Здесь действует подобранное предложение: помогите клиенту найти лучший вариант для его потребности.
template-connected-strategy-stage-3 = Реагирование
template-connected-strategy-stage-3-description = Здесь действует реагирование на желание: сделайте заказ, оплату и получение лёгкими.
template-connected-strategy-stage-4 = Повторение
template-connected-strategy-stage-4-description = Учитесь на этом круге, чтобы следующие Распознавание, Запрос и Реагирование подходили лучше.
template-connected-strategy-flow-4 = в следующий раз
template-connected-strategy-lane-1 = Действия клиента
template-connected-strategy-lane-2 = Точки контакта
template-connected-strategy-lane-3 = Эмоции
template-connected-strategy-lane-4 = Болевые точки
template-connected-strategy-lane-5 = Возможности
template-connected-strategy-card-1 = Как клиент (или компания) замечает потребность?
template-connected-strategy-card-2 = Как потребность превращается в запрос конкретного решения?
template-connected-strategy-card-3 = Как клиент получает и переживает решение?
template-connected-strategy-card-4 = Чему компания учится на этом круге и что в следующий раз подойдёт лучше?
template-connected-strategy-card-5 = Автоматическое исполнение: когда вы знаете потребность раньше клиента, закройте её заранее и обойдитесь без Распознавания, Запроса и Реагирования.

## classic-five
template-classic-five-name = Классические пять этапов
template-classic-five-description = Осведомлённость, рассмотрение, покупка, использование, рекомендация в одну линию, с обычными дорожками и без карточек.
template-classic-five-stage-1 = Осведомлённость
template-classic-five-stage-2 = Рассмотрение
template-classic-five-stage-3 = Покупка
template-classic-five-stage-4 = Использование
template-classic-five-stage-5 = Рекомендация
template-classic-five-lane-1 = Действия клиента
template-classic-five-lane-2 = Точки контакта
template-classic-five-lane-3 = Эмоции
template-classic-five-lane-4 = Болевые точки
template-classic-five-lane-5 = Возможности

## purchase
template-purchase-name = До, во время и после покупки
template-purchase-description = Управление клиентским опытом: вся покупка, эмоция и жертва клиента в каждой точке контакта.
template-purchase-goal = Увидеть весь опыт до, во время и после покупки — с эмоциями, которые движут решениями, и жертвой клиента (чего он хотел и на что согласился) в каждой точке контакта.
template-purchase-stage-1 = Знакомство
template-purchase-stage-1-description = До покупки: как потребность впервые встречает предложение.
template-purchase-stage-2 = Решение
template-purchase-stage-2-description = До покупки: сравнение вариантов и выбор.
template-purchase-stage-3 = Покупка
template-purchase-stage-3-description = Во время покупки: заказ, оплата и ожидание.
template-purchase-stage-4 = Использование
template-purchase-stage-4-description = После покупки: жизнь с продуктом или услугой и помощь.
template-purchase-stage-5 = Рекомендация
template-purchase-stage-5-description = После покупки: возвращение, отзывы, рассказ другим.
template-purchase-lane-1 = Действия клиента
template-purchase-lane-2 = Мысли
template-purchase-lane-3 = Точки контакта
template-purchase-lane-4 = Эмоции
template-purchase-lane-5 = Болевые точки
template-purchase-lane-6 = Возможности
template-purchase-card-1 = Где клиент впервые встречает предложение?
template-purchase-card-2 = Где он сравнивает и выбирает?
template-purchase-card-3 = Где он заказывает и платит?
template-purchase-card-4 = Где он пользуется или просит помощи?
template-purchase-card-5 = Где он оставляет отзыв или рассказывает другим?

## service-blueprint
template-service-blueprint-name = Сервисный блюпринт
template-service-blueprint-description = Действия клиента, видимая зона, закулисье и поддержка, разделённые линией видимости.
template-service-blueprint-goal = Покажите, что делает клиент, что делают сотрудники у него на виду, и работу и системы за линией видимости, благодаря которым происходит каждый шаг.
template-service-blueprint-stage-1 = Приход
template-service-blueprint-stage-2 = Заказ
template-service-blueprint-stage-3 = Получение
template-service-blueprint-stage-4 = Оплата
template-service-blueprint-stage-5 = Уход
template-service-blueprint-lane-1 = Физические свидетельства
template-service-blueprint-lane-2 = Действия клиента
template-service-blueprint-lane-3 = Видимая зона
template-service-blueprint-lane-4 = Закулисье
template-service-blueprint-lane-5 = Процессы поддержки
template-service-blueprint-card-1 = Вывеска, вход, меню: что клиент видит и трогает
template-service-blueprint-card-2 = Счёт и терминал
template-service-blueprint-card-3 = Входит и ищет свободный стол: что делает клиент
template-service-blueprint-card-4 = Выбирает из меню и заказывает
template-service-blueprint-card-5 = Хостес встречает гостя и предлагает стол: работа сотрудников на виду у клиента
template-service-blueprint-card-6 = Официант приносит еду и сверяет заказ
template-service-blueprint-card-7 = Кухня получает заказ и начинает готовить: работа сотрудников, которую клиент не видит
template-service-blueprint-card-8 = Стол убирают и накрывают для следующего гостя
template-service-blueprint-card-9 = Касса отправляет заказы на экран кухни: системы и команды, поддерживающие сотрудников
template-service-blueprint-card-10 = Платёжный провайдер проводит оплату картой

## six-pillars-audit
template-six-pillars-audit-name = Аудит по шести столпам
template-six-pillars-audit-description = По одной болевой точке на каждый столп клиентского опыта, распределённых по пути.
template-six-pillars-audit-goal = Проверьте путь по шести столпам клиентского опыта: найдите, где болит каждый столп, затем свяжите возможности с болевыми точками, на которые они отвечают.
template-six-pillars-audit-stage-1 = Осведомлённость
template-six-pillars-audit-stage-2 = Рассмотрение
template-six-pillars-audit-stage-3 = Покупка
template-six-pillars-audit-stage-4 = Использование
template-six-pillars-audit-stage-5 = Помощь
template-six-pillars-audit-stage-6 = Рекомендация
template-six-pillars-audit-flow-4 = что-то идёт не так
template-six-pillars-audit-lane-1 = Действия клиента
template-six-pillars-audit-lane-2 = Точки контакта
template-six-pillars-audit-lane-3 = Эмоции
template-six-pillars-audit-lane-4 = Болевые точки
template-six-pillars-audit-lane-5 = Возможности
template-six-pillars-audit-card-1 = Персонализация: где с клиентом обращаются как с любым другим, одним сообщением для всех?
template-six-pillars-audit-card-2 = Честность: где он может нам не доверять? Сведения, противоречащие другой точке контакта, расходы, скрытые до оплаты
template-six-pillars-audit-card-3 = Время и усилия: где трение? Повторный ввод уже данных сведений, противоречивые сообщения в разных каналах
template-six-pillars-audit-card-4 = Ожидания: где ожидаемое и полученное расходятся?
template-six-pillars-audit-card-5 = Решение проблем: где что-то ломается и как быстро и хорошо это исправляют?
template-six-pillars-audit-card-6 = Эмпатия: где эмоциональные спады, где клиент тревожится, чувствует себя забытым или непонятым?
