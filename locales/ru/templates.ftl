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
