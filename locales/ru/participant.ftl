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
