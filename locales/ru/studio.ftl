# Слова окна (ui/src). Термины методик — по ../shared/glossary.md.

## Preferences: language
preferences-title = Настройки
preferences-language = Язык
preferences-language-system = Как в системе ({ $language })
preferences-latin-digits = Писать числа цифрами 0–9
preferences-close = Закрыть
preferences-open = Настройки (язык)

## Inspector
cards-selected = { $count ->
    [one] Выбрана { $count } карточка
    [few] Выбраны { $count } карточки
   *[many] Выбрано { $count } карточек
}

## Common
close = Закрыть
cancel = Отмена
delete = Удалить
duplicate = Дублировать
error-code = Код ошибки:
dismiss = Закрыть сообщение
none = Нет

## Errors
open-failed-title = Не удалось открыть этот файл
open-failed-hint = Выберите другое рабочее пространство через Файл › Открыть… или создайте новое через Файл › Новое рабочее пространство…. Файл не изменён.
crash-title = В окне произошла ошибка
crash-hint = Ваша работа в сохранности: каждое изменение записывалось в файл сразу. Перерисуйте студию, чтобы продолжить; если это повторяется, запомните, что вы сделали перед этим, и сообщите об ошибке.
crash-retry = Перерисовать студию

## Keyboard shortcuts
shortcuts-title = Сочетания клавиш
keys-undo-shortcut = Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
keys-undo = отменить, повторить (и после перезапуска)
keys-select-shortcut = Стрелки
keys-select = выбрать соседнюю карточку сверху, снизу, слева или справа
keys-move-shortcut = Пробел, стрелки, Пробел / Esc
keys-move = взять выбранные карточки, выбрать место, положить / отменить
keys-stage-lane-shortcut = Alt+← / Alt+→, Alt+↑ / Alt+↓
keys-stage-lane = сдвинуть выбранный этап влево или вправо, выбранную дорожку вверх или вниз
keys-clipboard-shortcut = Ctrl+C / Ctrl+X / Ctrl+V
keys-clipboard = копировать, вырезать, вставить карточки (и в другой путь)
keys-rename-shortcut = Enter или F2
keys-rename = править текст карточки; переименовать выбранный этап или дорожку
keys-new-shortcut = N
keys-new = новая карточка после выбранной
keys-emotion-shortcut = + / − (или Alt+↑ / Alt+↓)
keys-emotion = поднять или опустить эмоцию выбранной точки контакта
keys-delete-shortcut = Delete
keys-delete = удалить выбранное (карточки, этап, дорожку; связь в графе этапов)
keys-duplicate-shortcut = Ctrl+D
keys-duplicate = дублировать выбранные карточки
keys-search-shortcut = Ctrl+F
keys-search = поиск; найденные карточки подсвечиваются
keys-zoom-shortcut = Ctrl+= / Ctrl+− / Ctrl+0
keys-zoom = увеличить, уменьшить, реальный размер (средняя кнопка мыши двигает карту)
keys-views-shortcut = Ctrl+1 / Ctrl+2
keys-views = карта пути / граф этапов
keys-transfer-shortcut = Ctrl+E / Ctrl+I
keys-transfer = экспорт / импорт
keys-present-shortcut = F5, затем ← → и Esc
keys-present = презентация: листать этапы, выйти
keys-help-shortcut = F1
keys-help = этот список

## Toolbar
toolbar-label = Инструменты карты
toolbar-view = Вид
view-map = Карта
view-graph = Граф этапов
undo = Отменить
    .title = Отменить (Ctrl+Z)
redo = Повторить
    .title = Повторить (Ctrl+Shift+Z)
search-label = Поиск карточек
search-placeholder = Поиск карточек (Ctrl+F)
search-matches = { $count ->
    [one] { $count } совпадение
    [few] { $count } совпадения
   *[many] { $count } совпадений
}
hint-graph = Тяните от этапа к этапу, чтобы связать их · Delete удаляет выбранную связь
hint-read-only = Только чтение: изменения выключены
hint-moving = Перенос: стрелки выбирают место, Пробел кладёт, Esc отменяет
hint-map = Двойной щелчок по ячейке добавляет карточку · Пробел и стрелки переносят её · Delete удаляет
zoom-out = Уменьшить
    .title = Уменьшить (Ctrl+−)
zoom-in = Увеличить
    .title = Увеличить (Ctrl+=)
zoom-actual = Реальный размер
    .title = Реальный размер (Ctrl+0)
zoom-fit = Вписать
    .title = Вписать карту в окно
panel-inspector = Инспектор
    .title = Показать или скрыть инспектор (больше места для карты)
present = Показ
    .title = Показать путь залу, этап за этапом
panel-workshop = Воркшоп
    .title = Провести воркшоп: участники подключаются из браузера
panel-insights = Выводы
    .title = Что говорит карта: пути, боли, столпы
panel-versions = Версии
    .title = Именованные версии этого пути

## The window
app-name = Journey Studio
opening-workspace = Открываем рабочее пространство…
crash-details = { $message } Подробности в { $log }.
open-log-folder = Открыть папку журнала
merge-to-decide = { $count ->
    [one] { $count } пункт после слияния ждёт решения
    [few] { $count } пункта после слияния ждут решения
   *[many] { $count } пунктов после слияния ждут решения
}
persona-value-spender = тратящий клиент
persona-value-sender = рекомендующий клиент
journey-summary = Сводка по пути
count-stages = { $count ->
    [one] { $count } этап
    [few] { $count } этапа
   *[many] { $count } этапов
}
count-touchpoints = { $count ->
    [one] { $count } точка контакта
    [few] { $count } точки контакта
   *[many] { $count } точек контакта
}
count-pains = { $count ->
    [one] { $count } болевая точка
    [few] { $count } болевые точки
   *[many] { $count } болевых точек
}
file-read-only = Только чтение
file-saved = Сохраняется автоматически

## Journeys menu
journeys-menu = Пути
journey-new-name = Новый путь
journey-new = Новый путь…
journey-duplicate = Дублировать этот путь
journey-rename = Переименовать…
journey-save-template = Сохранить как шаблон…
journey-delete = Удалить этот путь…
journey-import = Импортировать пути…
import-report-title = Что принёс импорт
import-report-intro = Эти части файла пришли не совсем так, как были в нём записаны:
journey-merge = Слить с копией…
journey-export = Экспортировать этот путь…
journey-new-name-label = Новое название
rename = Переименовать
field-name = Название
journey-start-from = Начать с
templates = Шаблоны
templates-loading = Загружаем шаблоны…
template-yours = { $name } (ваш)
template-name = Название шаблона
template-hint = Сохраняется для вас вне этого файла: он появится в «Новый путь» в любом рабочем пространстве.
template-save = Сохранить шаблон
journey-delete-confirm = Удалить «{ $name }» вместе с историей отмен и версиями? Это нельзя отменить.
journey-delete-button = Удалить путь

## Export
export-title = Экспорт «{ $name }»
export-format = Формат
format-pdf = PDF
    .what = Векторный документ для печати и почты; текст остаётся доступным для поиска.
format-png = PNG
    .what = Картинка для слайдов и чатов, любого размера.
format-svg = SVG
    .what = Векторная картинка; открывается в браузерах и редакторах и импортируется обратно.
format-html = Веб-страница
    .what = Один файл, который открывается без сети в любом браузере, с прокруткой и масштабом.
format-csv = CSV
    .what = Строка на каждую карточку, для таблиц.
format-md = Markdown
    .what = Читаемый отчёт: персона, этапы, эмоции, боли по приоритету.
format-json = JSON
    .what = Весь путь целиком; импортируется обратно без потерь.
format-mermaid = Mermaid
    .what = Текст диаграммы пути для сайтов документации.
format-ojf = OpenJourney
    .what = Карта для Ptolemy и других программ OJF; читается здесь обратно целиком.
format-xlsx = Книга Excel
    .what = Лист на каждую тему для исследований и отчётов; правки читаются обратно.
export-pages = Страницы
pages-fit = Одна страница размером с карту
pages-a4 = Страницы A4 (в натуральную величину, с обзором)
pages-a3 = Страницы A3 (в натуральную величину, с обзором)
pages-letter = Страницы Letter (в натуральную величину, с обзором)
export-size = Размер
export-scale-1 = 1× (размер экрана)
export-scale-2 = 2× (чётко на экранах высокой чёткости)
export-scale-4 = 4× (плакаты и печать)
export-progress = Ход экспорта
export-saved = Сохранено в { $path }
export-cancel = Прервать экспорт
export-start = Экспортировать…

## Insights
insights-reading = Читаем карту…
insights-findings = Наблюдения
insights-show = Показать на карте
finding-warning = Предупреждение
finding-note = Заметка
insights-paths = Пути
insights-paths-first = (первые { $count })
path-no-scores = нет оценок
path-figures = среднее { $mean } · минимум { $low }
path-repeats = повторяется
path-tag-worst = худший
path-tag-lowest = самая низкая точка
path-tag-best = лучший
insights-heatmap = Где болит: тяжесть болей по этапам и столпам клиентского опыта
insights-stage = Этап
heatmap-cell = { $pillar } на этапе «{ $stage }»: тяжесть { $severity }
insights-untagged = { $count ->
    [one] У { $count } болевой точки ещё нет столпа.
   *[other] У { $count } болевых точек ещё нет столпа.
}
insights-matrix = Возможности: ценность и усилия
quadrant-quickWin = Быстрые победы
quadrant-majorProject = Крупные проекты
quadrant-fillIn = Заполнители
quadrant-thankless = Неблагодарные
quadrant-none = нет
card-empty = (пустая карточка)
value-effort-short = Ц{ $value } У{ $effort }
insights-loyalty = Столпы лояльности

## Versions
version-save-title = Сохранить версию
version-name = Название версии
    .placeholder = например, До воркшопа
version-save = Сохранить
version-hint = Версия — это снимок, хранящийся в этом файле. Восстановление — один шаг, который можно отменить.
versions-none = Версий пока нет.
version-meta = { $when } · { $cards ->
    [one] { $cards } карточка
    [few] { $cards } карточки
   *[many] { $cards } карточек
}
version-stop-comparing = Закончить сравнение
version-compare = Сравнить с текущим
version-view = Посмотреть
version-restore = Восстановить
version-delete = Удалить версию { $name }
diff-label = Изменения с этой версии
diff-since = С версии «{ $name }»
diff-cards = Карточки: { $list }
diff-cards-added = добавлено: { $count }
diff-cards-removed = удалено: { $count }
diff-cards-moved = перенесено: { $count }
diff-cards-changed = изменено: { $count }
diff-no-cards = Карточки не менялись
mark-added = добавлено
mark-changed = изменено
mark-moved = перенесено
diff-item = { $name } ({ $change })
change-added = добавлен
change-removed = удалён
change-updated = изменён
diff-stages = Этапы: { $list }
diff-lanes = Дорожки: { $list }
diff-flows = Связи: добавлено { $added }, удалено { $removed }, изменено { $changed }
diff-removed-cards = Удалённые карточки
diff-emotions = Изменения эмоций

## Workshop
workshop-qr = QR-код ссылки для входа
card-removed = (удалённая карточка)
workshop-intro = Ведите сессию отсюда. Участники в той же сети Wi-Fi открывают ссылку (или сканируют QR-код) в любом браузере, вводят имя и короткий код, добавляют карточки, голосуют и видят таймер. Без учётных записей и без интернета.
workshop-loopback = Только этот компьютер (чтобы попробовать)
workshop-start = Начать сессию
workshop-join = Вход
workshop-join-code = Код входа
workshop-participants = { $count ->
    [one] { $count } участник
    [few] { $count } участника
   *[many] { $count } участников
}
workshop-remove = Убрать
workshop-ban = Заблокировать
workshop-ban-title = Убрать { $name } и больше не пускать под этим именем
workshop-ban-device = Блокировка не пускает и с того же устройства
workshop-new-code = Новый код
workshop-new-code-title = Дать сессии новый код входа: старый перестанет работать, все участники останутся
workshop-cards = Карточки участников
workshop-open-lanes = Дорожки, открытые для карточек
workshop-private = Закрытый режим: новые карточки скрыты до раскрытия
workshop-reveal = Раскрыть закрытые карточки
workshop-anonymously = анонимно
workshop-lock = Заблокировать доску
workshop-follow = Участники следуют за моим этапом
workshop-vote = Голосование точками
workshop-vote-status = Проголосовали: { $voters } · { $dots ->
    [one] { $dots } точка на каждого
    [few] { $dots } точки на каждого
   *[many] { $dots } точек на каждого
}
workshop-vote-close = Закрыть голосование и сохранить итоги
workshop-vote-cards = Карточки для голосования
workshop-vote-whole-map = Вся карта
workshop-dots = Точки
workshop-vote-open = Открыть голосование
workshop-timer = Таймер
workshop-minutes = Минуты
workshop-timer-set = Задать
workshop-timer-pause = Пауза
workshop-timer-start = Старт
workshop-timer-extend = +1 мин
workshop-end = Завершить сессию
workshop-record = Журнал сессии ({ $count })

## Inspector fields
cards-selected-hint = Потяните любую, чтобы перенести группу, или нажмите Delete, чтобы удалить их все.
last-changed = Последним менял { $who }, { $when }
field-text = Текст
field-kind = Вид
field-channel = Канал
channel-none = Без канала
field-channel-name = Название канала
field-emotion = Эмоция
emotion-none = Без оценки
field-named-emotion = Название эмоции
    .placeholder = например, облегчение
moment-of-truth = Момент истины
field-experience = Связанный опыт
field-wanted = Клиент хотел
    .placeholder = Чего клиент на самом деле хотел
field-accepted = Клиент согласился на
    .placeholder = На что он согласился
field-severity = Тяжесть
severity-low = слабая
severity-high = сильная
field-frequency = Частота
frequency-low = редко
frequency-high = каждый раз
pain-priority = Приоритет { $priority } (тяжесть × частота)
field-pillar = Столп клиентского опыта
field-friction = Трение
field-friction-name = Вид трения
field-short-of = Клиенту не хватает
field-value = Ценность
value-low = мало
value-high = много
field-effort = Усилия
effort-low = быстро
effort-high = целый проект
field-loyalty = Столп лояльности
field-owner = Ответственный
field-answers = Отвечает на болевые точки
pain-untitled = Болевая точка без названия
field-speaker = Кто говорит
card-delete = Удалить карточку
field-sample = Ответов
inspector-stage = Этап
field-description = Описание
field-phase = Фаза
phase-custom = Своя…
field-phase-name = Название фазы
inspector-metrics = Показатели
metric-nps = NPS (от { $min } до { $max })
metric-csat = CSAT (%)
metric-ces = CES (от { $min } до { $max })
stage-move-left = ← Влево
    .title = Alt+←
stage-move-right = Вправо →
    .title = Alt+→
stage-delete = Удалить этап с карточками
inspector-lane = Дорожка
lane-hint = Дорожки закулисья и поддержки лежат ниже линии видимости.
lane-move-up = ↑ Выше
    .title = Alt+↑
lane-move-down = Ниже ↓
    .title = Alt+↓
lane-delete = Удалить дорожку с карточками
inspector-journey = Путь
field-goal = Цель
inspector-scale = Шкала эмоций
scale-lowest = Нижняя
scale-highest = Верхняя
scale-step = Шаг
    .placeholder = Назовите этот шаг
inspector-personas = Персоны
persona-new-name = Персона { $number }
persona-add = Добавить персону
inspector-hint = Выберите карточку, этап или дорожку, чтобы изменить. Двойной щелчок по пустой ячейке добавляет карточку.
persona-role = Роль
persona-quote = Цитата
persona-goals = Цели (по одной в строке)
persona-needs = Потребности (по одной в строке)
persona-frustrations = Огорчения (по одному в строке)
persona-value = Ценность клиента
persona-value-none = Не задано
persona-spender = Тратящий (тратит больше всех)
persona-sender = Рекомендующий (приводит других)
persona-color = Цвет кривой
persona-color-of = Цвет кривой: { $name }
persona-remove = Убрать персону

## Cards
card-text = Текст карточки
card-label = { $description }:
card-label-emotion = эмоция { $score } { $name }
card-label-pain = тяжесть { $severity }, частота { $frequency }
card-label-votes = { $count ->
    [one] { $count } точка
    [few] { $count } точки
   *[many] { $count } точек
}
card-empty-text = Пустая карточка
sacrifice = Жертва
    .title = Хотел: { $wanted } · Согласился: { $accepted }
pain-badge = Т{ $severity } × Ч{ $frequency } = { $priority }
    .title = Тяжесть × частота
value-effort = Ценность { $value } · Усилия { $effort }
    .title = Ценность и усилия, от 1 до 5
answers-pains = { $count ->
    [one] Отвечает на { $count } боль
    [few] Отвечает на { $count } боли
   *[many] Отвечает на { $count } болей
}
votes = Голоса
    .title = Точки последнего голосования
card-private = Закрыта

## Studio, map, curve, graph
viewing-version = Просмотр версии «{ $name }» (только чтение).
viewing-back = Вернуться к текущему
viewing-restore = Восстановить эту версию
graph-loading = Рисуем граф этапов…
workspace-empty = В этом рабочем пространстве ещё нет путей.
curve-legend = Кривые эмоций
curve-point = Эмоция в «{ $text }»
stage-flows = Связи этапов
graph-cards = { $count ->
    [one] { $count } карточка
    [few] { $count } карточки
   *[many] { $count } карточек
}
flow-next = следующий
flow-branch = ветвь
flow-repeat = петля повторения
graph-hint = Тяните от правого края этапа к другому этапу, чтобы связать их · выберите связь и нажмите Delete · двойной щелчок по связи даёт ей подпись
flow-label = Подпись связи
    .placeholder = например, товара нет
map-label = Карта пути: { $name }
map-corner-stages = Этапы →
map-corner-lanes = Дорожки ↓
metric-answers = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
   *[many] { $count } ответов
}
map-cards = Карточки
stage-name = Название этапа
add-stage = + Этап
lane-name = Название дорожки
add-lane = + Дорожка
visibility-line = Линия видимости
stage-new-name = Этап { $number }
lane-new-name = Новая дорожка

## Merge report
repair-select-cards = { $count ->
    [one] Выбрать карточку
   *[other] Выбрать карточки
}
repair-delete-cards = { $count ->
    [one] Удалить карточку
   *[other] Удалить карточки
}
repair-remove-flow = Удалить связь
repair-make-repeat = Сделать петлёй повторения
repair-select-opportunity = Выбрать возможность
repair-show-scale = Показать шкалу
repair-select-stage = Выбрать этап
repair-select-lane = Выбрать дорожку
repair-show-journey = Показать поля пути

## Отчёт о слиянии: что карта показывает иначе, чем в слитом документе.
repair-item-journey = Путь
repair-item-stage = Этап «{ $name }»
repair-item-lane = Дорожка «{ $name }»
repair-item-persona = Персона «{ $name }»
repair-item-card = Карточка «{ $name }»
repair-item-blank-card = Карточка без текста
repair-item-flow = Связь от { $from } к { $to }
repair-item-gone = Элемент, которого нет на карте
repair-stage = «{ $name }»
repair-stage-gone = (удалённый этап)
repair-pain = «{ $name }»
repair-pain-blank = карточку без текста
repair-too-long = { $item } · { $field }: { $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[many] { $length } символов
    }, больше предела в { $max }; карта показывает первые { $max }.
repair-blank = { $item } · { $field }: стало пустым; карта показывает «{ $instead }».
repair-blank-none = { $item } · { $field }: стало пустым; карта ничего не показывает.
repair-out-of-range = { $item } · { $field }: { $value } вне диапазона от { $min } до { $max }; карта показывает { $shown }.
repair-not-finite = { $item } · { $field }: не конечное число; карта использует 0.
repair-not-a-number = { $item } · { $field }: не число; карта его не показывает.
repair-not-a-colour = { $item } · { $field }: «{ $value }» — не цвет вида #3366cc; карта использует цвет по умолчанию.
repair-too-many = { $item } · { $field }: { $count ->
        [one] { $count } запись
        [few] { $count } записи
       *[many] { $count } записей
    }, больше предела в { $max }; карта показывает первые { $max }.
repair-scale-inverted = Слитая шкала эмоций недействительна: её минимум { $min } не ниже максимума { $max }, поэтому карта использует шкалу по умолчанию от { $defaultMin } до { $defaultMax }.
repair-scale-too-wide = Слитая шкала эмоций недействительна: от { $min } до { $max } — это { $span } шагов, больше { $limit }, поэтому карта использует шкалу по умолчанию от { $defaultMin } до { $defaultMax }.
repair-scale-step-outside = Слитая шкала эмоций недействительна: шаг { $step } назван «{ $name }», но лежит вне диапазона от { $min } до { $max }; название не показано.
repair-scale-step-blank = Слитая шкала эмоций недействительна: название шага { $step } стало пустым; оно не показано.
repair-scale-step-too-long = Слитая шкала эмоций недействительна: в названии шага { $step } { $length } символов, больше предела в { $max }; карта показывает первые { $max }.
repair-over-limit = Вместе две копии содержат больше { $what ->
        [cards] карточек
        [stages] этапов
        [lanes] дорожек
       *[personas] персон
    }, чем допускает путь ({ $limit }); самые новые ({ $hidden }) не показаны{ $cards ->
        [0] {""}
        [one] , как и карточка в них
       *[other] , как и карточки в них ({ $cards })
    }. Удалите лишние, чтобы показать их.
repair-unplaced-stage = { $count ->
        [one] { $count } карточка была на этапе, удалённом в другой копии; она показана в столбце «{ $unplaced }». Перенесите её на другой этап, чтобы решить это.
        [few] { $count } карточки были на этапе, удалённом в другой копии; они показаны в столбце «{ $unplaced }». Перенесите их на другой этап, чтобы решить это.
       *[many] { $count } карточек были на этапе, удалённом в другой копии; они показаны в столбце «{ $unplaced }». Перенесите их на другой этап, чтобы решить это.
    }
repair-unplaced-lane = { $count ->
        [one] { $count } карточка была на дорожке, удалённой в другой копии; она показана в строке «{ $unplaced }». Перенесите её на другую дорожку, чтобы решить это.
        [few] { $count } карточки были на дорожке, удалённой в другой копии; они показаны в строке «{ $unplaced }». Перенесите их на другую дорожку, чтобы решить это.
       *[many] { $count } карточек были на дорожке, удалённой в другой копии; они показаны в строке «{ $unplaced }». Перенесите их на другую дорожку, чтобы решить это.
    }
repair-dangling-flow = Связь к этапу или от этапа, удалённого в другой копии, не показана на карте.
repair-flow-to-itself = { $kind ->
        [branch] Ветвь
        [repeat] Петля повторения
       *[next] Связь
    } от { $from } ведёт обратно к { $from }; она сохранена и нарисована пунктиром, но не учитывается. Удалите её или соедините с другим этапом.
repair-flow-duplicate = { $kind ->
        [branch] Ветвь
        [repeat] Петля повторения
       *[next] Связь
    } от { $from } к { $to } повторяет другую между теми же этапами; она сохранена и нарисована пунктиром, но не учитывается. Удалите одну из них.
repair-loop-not-back = Петля повторения от { $from } к { $to } не ведёт назад, к более раннему этапу; она сохранена и нарисована пунктиром, но не учитывается. Удалите её или сделайте прямой связью.
repair-flow-closes-loop = { $kind ->
        [branch] Ветвь
       *[next] Связь
    } от { $from } к { $to } замкнула бы цикл из прямых связей; она сохранена и нарисована пунктиром, но не учитывается. Удалите её или сделайте петлёй повторения.
repair-dropped-link = { $card }: возможность отвечала на { $pain }, но это больше не болевая точка; связь не показана.
repair-dropped-link-gone = { $card }: возможность отвечала на болевую точку, которой больше нет на карте; связь не показана.
repair-dropped-persona-score = { $card }: у точки контакта есть оценка персоны, которой больше нет в пути; оценка не показана.
repair-score-outside = { $card }: оценка { $score } вне шкалы эмоций от { $min } до { $max }; карта показывает { $shown }. Измените оценку или шкалу.
repair-persona-score-outside = { $card }: оценка { $score } персоны «{ $persona }» вне шкалы эмоций от { $min } до { $max }; карта показывает { $shown }. Измените оценку или шкалу.
field-persona-goals = Цели
field-persona-needs = Потребности
field-persona-frustrations = Огорчения
## What an undo kept of a teammate's change (journey-store's keep_teammates).
kept-change-by = { $item } · { $field }: сохранено изменение участника { $who }, сделанное после вашего.
kept-change = { $item } · { $field }: сохранено изменение коллеги, сделанное после вашего.
kept-all-by = { $item }: сохранено изменение участника { $who }, сделанное после вашего.
kept-all = { $item }: сохранено изменение коллеги, сделанное после вашего.

merge-someone = кто-то
merge-author-count = { $who } ({ $count })
merge-incoming = { $count ->
    [one] { $count } изменение
    [few] { $count } изменения
   *[many] { $count } изменений
}
merge-incoming-from = { $count ->
    [one] { $count } изменение от { $from }
    [few] { $count } изменения от { $from }
   *[many] { $count } изменений от { $from }
}
merge-removed = Удалён в копии, поэтому удалён и здесь.
merge-kept-apart = Создан отдельно от пути с тем же идентификатором здесь, поэтому этот оставлен как есть. Импортируйте путь из копии, чтобы были оба.
merge-added = Новый здесь: он был только в копии ({ $incoming }).
merge-came-in = Пришло: { $incoming }.
merge-report = Отчёт о слиянии
merge-after = После слияния
merge-nothing = Ничего нового: в этом рабочем пространстве уже есть все изменения копии.
merge-open-journey = Открыть этот путь, чтобы решить
merge-done = Всё, что слияние оставило решить здесь, решено.
merge-items = { $count ->
    [one] { $count } пункт ждёт решения
    [few] { $count } пункта ждут решения
   *[many] { $count } пунктов ждут решения
}

## Presentation
presentation-label = Презентация: { $name }
presentation-step = { $at } / { $of }
presentation-leave = Выйти из презентации
presentation-stages = Этапы
pain-badge-short = Т{ $severity } × Ч{ $frequency }

## Native menus
menu-new = Новое рабочее пространство…
menu-open = Открыть…
menu-close = Закрыть окно
menu-quit = Выйти
menu-undo = Отменить
menu-redo = Повторить
menu-recent-none = Нет недавних файлов
menu-recent-prune = Убрать отсутствующие файлы
menu-recent-clear = Очистить список недавних
menu-import = Импортировать пути…
menu-merge-copy = Слить с копией…
menu-export = Экспорт…
menu-find = Найти…
menu-duplicate = Дублировать
menu-cut = Вырезать
menu-copy = Копировать
menu-paste = Вставить
menu-delete = Удалить
menu-preferences = Настройки…
menu-zoom-in = Увеличить
menu-zoom-out = Уменьшить
menu-zoom-reset = Реальный размер
menu-fit = Вписать в окно
menu-view-map = Карта пути
menu-view-graph = Граф этапов
menu-toggle-inspector = Инспектор
menu-present = Презентация
menu-toggle-workshop = Воркшоп
menu-toggle-insights = Выводы
menu-toggle-versions = Версии
menu-journey-new = Новый путь
menu-journey-duplicate = Дублировать путь
menu-add-stage = Добавить этап
menu-add-lane = Добавить дорожку
menu-shortcuts = Сочетания клавиш
menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-journey = Путь
menu-help = Справка
menu-recent = Недавние
menu-about = О программе Journey Studio
menu-recent-missing = { $path } (нет на месте)

## Live announcements
announce-moved = { $count ->
    [one] { $count } карточка перенесена: { $stage }, { $lane }
    [few] { $count } карточки перенесены: { $stage }, { $lane }
   *[many] { $count } карточек перенесено: { $stage }, { $lane }
}
announce-remote = Путь изменили вне этого окна.

## Live sync (the top bar)
sync-connecting = Подключение к команде…
sync-connected = Синхронизировано с командой
sync-pending = { $count ->
    [one] Отправляется { $count } изменение…
    [few] Отправляются { $count } изменения…
   *[other] Отправляются { $count } изменений…
}
sync-offline = Офлайн: работа на этом компьютере
sync-failed = Синхронизация не идёт
sync-lost = Связь с сервером команды потеряна ({ $reason }). Вы работаете офлайн: изменения сохраняются и будут отправлены, когда он вернётся.
sync-refused = Сервер команды отклонил подключение.
sync-room-only = Это рабочее пространство не на сервере команды: коллеги в комнате синхронизируются с этой студией, пока её комната открыта.
sync-here = { $count ->
    [one] { $count } коллега здесь
    [few] { $count } коллеги здесь
   *[other] { $count } коллег здесь
}
peer-selected = Выбрано: { $names }

## Sharing (File > Share This Workspace…)
menu-share = Поделиться рабочим пространством…
share-title = Поделиться рабочим пространством
share-explain = Коллеги с приглашением смогут открыть это пространство на своих ноутбуках и работать в нём вместе с вами: вживую, когда вы на связи, и со слиянием, когда снова встретитесь. Любой, у кого есть приглашение, может читать и менять его: отправляйте его так же, как сам файл.
share-server = Командный сервер
share-fingerprint = Отпечаток сертификата (как его вывел сервер; необязательно)
share-start = Поделиться
share-sharing = Подключение…
share-invitation = Приглашение
share-copy = Копировать
share-copied = Скопировано
share-close = Закрыть
journey-share = Поделиться рабочим пространством…

## Joining (File > Join a Shared Workspace…)
menu-join = Присоединиться к общему пространству…
journey-join = Присоединиться к общему пространству…
shared-join-title = Присоединиться к общему рабочему пространству
shared-join-explain = Вставьте приглашение, которое прислал коллега. Вы выбираете, где хранить свою копию пространства; она откроется в отдельном окне и будет синхронизироваться с командой.
shared-join-invitation = Приглашение
shared-join-start = Присоединиться
shared-join-joining = Подключение…
shared-join-close = Закрыть

## The room (Share This Workspace… > In this room; Join a Shared Workspace… > a room nearby)
room-title = В этой комнате
room-explain = Нет командного сервера или интернета? Коллеги в той же сети Wi-Fi могут синхронизироваться с этой студией напрямую, пока она их принимает. Они вводят адрес и код, показанные здесь, или выбирают эту комнату среди найденных их студией поблизости.
room-start = Принимать коллег в этой комнате
room-opening = Комната открывается…
room-open-explain = Коллеги в этой сети Wi-Fi выбирают «Присоединиться к общему пространству…» и вводят:
room-address = Адрес
room-code = Код
room-advertised = Студии поблизости тоже видят эту комнату как «{ $name }».
room-not-advertised = Студии в этой сети не могут найти друг друга сами: коллеги вводят адрес.
room-only = Это пространство не на командном сервере: оно синхронизируется с коллегами, пока комната открыта, а то, что каждый изменит отдельно, объединится при следующей встрече.
room-invitation = Приглашение (можно отправить вместо кода)
room-stop = Перестать принимать
join-room-title = Присоединиться к комнате поблизости
join-room-explain = Студия коллеги, принимающая комнату в этой сети Wi-Fi: выберите её или введите показанный ею адрес, затем её код.
join-room-none = В этой сети пока не найдено ни одной комнаты. Введите адрес, который показывает хозяин.
join-room-nearby = Комнаты поблизости
join-room-address = Адрес
join-room-code = Код
join-room-start = Войти в комнату

# Which way a journey's map runs (the journey inspector); on a right-to-left map the stages
# run leftwards from the labels.
map-corner-stages-rtl = Этапы ←
direction-auto = Автоматически (по тексту)
field-direction = Направление карты
direction-auto-ltr = Автоматически (слева направо, по тексту)
direction-auto-rtl = Автоматически (справа налево, по тексту)
direction-ltr = Слева направо
direction-rtl = Справа налево
