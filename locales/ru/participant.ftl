# Страница участника, на языке его браузера.

workshop-page-title = Воркшоп Journey Studio
join-title = Присоединиться к воркшопу
join-name = Ваше имя
join-code = Код
join-button = Войти
join-failed = Не удалось присоединиться.
join-error-wrongCode = Этот код не от этой сессии. Уточните его у ведущего.
join-error-tooManyAttempts = С этого устройства слишком много неверных кодов. Подождите минуту и попробуйте снова.
join-error-full = Сессия заполнена.
join-unreachable = Ноутбук недоступен. Вы в той же сети Wi-Fi?
join-ended = Сессия закончилась, или вас в ней больше нет. Спросите код у ведущего.
stages-nav = Этапы
follow-facilitator = Следовать за ведущим
reconnecting = Переподключаемся…
board-locked = Ведущий пока заблокировал доску.
you-are = Вы — { $name }.
private-note = Ваши новые карточки скрыты, пока ведущий их не раскроет.
vote-left = { $dots ->
    [one] Голосование: осталось { $left } из { $dots } точки.
   *[other] Голосование: осталось { $left } из { $dots } точек.
}
waiting = Ждут отправки: { $count }…
card-private-tag = скрыта
take-dot = Забрать точку
put-dot = Поставить точку на эту карточку
new-card-in = Новая карточка: { $lane }
write-card = Напишите карточку…
add-card = Добавить карточку

join-error-banned = Ведущий удалил вас из этой сессии.
join-error-tooManyJoins = С этого устройства присоединилось слишком много людей. Обратитесь к ведущему.

# Запрос, который ноутбук отклонил.
refusal-requestId = Идентификатор запроса — от 1 до { $max } символов.
refusal-cardsPerPerson = Вы добавили { $max } карточек — больше один человек за сессию добавить не может.
refusal-cardsPerSession = В сессии уже { $max } карточек, это предел; обратитесь к ведущему.
refusal-slowDownCards = { $rate ->
    [one] Помедленнее: не больше { $rate } карточки в секунду.
    [few] Помедленнее: не больше { $rate } карточек в секунду.
   *[other] Помедленнее: не больше { $rate } карточек в секунду.
}
refusal-slowDownDots = { $rate ->
    [one] Помедленнее: не больше { $rate } точки в секунду.
   *[other] Помедленнее: не больше { $rate } точек в секунду.
}
refusal-locked = Ведущий пока заблокировал доску.
refusal-emptyCard = Сначала напишите что-нибудь на карточке.
refusal-cardTooLong = На карточке помещается не больше { $max } символов.
refusal-laneClosed = Эта дорожка закрыта для карточек.
refusal-stageGone = Этого этапа больше нет на карте.
refusal-noVote = Голосование не открыто.
refusal-cardGone = Этой карточки больше нет на карте.
refusal-notInVote = Эта карточка не участвует в голосовании.
refusal-noDotsLeft = { $dots ->
    [one] Вы использовали свою { $dots } точку.
    [few] Вы использовали все { $dots } точки.
   *[other] Вы использовали все { $dots } точек.
}
refusal-noDotThere = На этой карточке нет вашей точки.
refusal-notUnderstood = Приложение не поняло этот запрос.
refusal-notSaved = Ноутбук не смог сохранить это изменение. Попробуйте снова.
