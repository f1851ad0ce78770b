# Why something the window asked for was refused: the ApiError a command answers (its `id`
# and `args`, crates/journey-api/src/errors.rs and the shell's ApiError::said). Each code of
# ErrorCode has `error-<code>`; a code with several sentences has more precise ones beside it.
# Arguments such as { $detail } and { $reason } are the program's own words, in English.

## Editing (journey-core's EditError)
error-not-found = { $what ->
    [card] Этой карточки
    [stage] Этого этапа
    [lane] Этой дорожки
    [persona] Этой персоны
    [flow] Этой связи между этапами
    [pain-point] Этой болевой точки
   *[other] Того, что называет это изменение,
  } больше нет (возможно, удалено).
error-duplicate-id = { $what ->
    [card] Карточка
    [stage] Этап
    [lane] Дорожка
    [persona] Персона
    [flow] Связь между этапами
   *[other] Объект
  } с таким идентификатором уже существует.
error-invalid-graph = Этапы нельзя связать таким образом.
error-invalid-value = Значение не принято.
error-too-long = { $field }: в тексте { $length } { $length ->
    [one] символ
    [few] символа
   *[other] символов
  }; предел — { $max }.

## What is wrong with a refused value (journey-core's Problem). { $field } names the value in
## the window's words: whoever formats the sentence first replaces the field's id by its own
## message, field-<id> (journey-api's ApiError::sentence, the page's l.error).
error-value-empty = { $field }: поле не может быть пустым.
error-value-out-of-range = { $field }: выберите значение от { $min } до { $max }, а не { $value }.
error-value-not-between = { $field }: значение должно быть от { $min } до { $max }.
error-value-not-finite = { $field }: значение должно быть числом.
error-value-not-a-colour = { $field }: «{ $value }» — не цвет; запишите # и шесть шестнадцатеричных цифр, например #3366cc.
error-scale-inverted = { $field }: нижняя ступень ({ $min }) должна быть ниже верхней ({ $max }).
error-scale-too-wide = { $field }: в шкале может быть не более { $max } { $max ->
    [one] ступени
   *[other] ступеней
  }.
error-scale-step-outside = { $field }: названная ступень { $step } лежит вне шкалы от { $min } до { $max }.
error-score-outside-scale = { $field }: оценка { $score } лежит вне шкалы эмоций этого пути клиента (от { $min } до { $max }).
error-scale-leaves-scores = { $field }: { $count ->
    [one] { $count } оценка эмоции выходит
    [few] { $count } оценки эмоций выходят
   *[other] { $count } оценок эмоций выходят
  } за пределы от { $min } до { $max }; сначала измените их.
error-persona-too-many-entries = У персоны может быть не более { $max } { $max ->
    [one] цели, потребности или огорчения
   *[other] целей, потребностей или огорчений
  } каждого вида.
error-answers-only-pain-points = Возможность может отвечать только на болевые точки.
error-journey-too-large = { $what ->
    [stages] Этапов
    [lanes] Дорожек
    [personas] Персон
   *[cards] Карточек
  } в пути клиента: { $count }; предел — { $max }.
error-journey-full = { $field }: в пути клиента может быть не более { $max }.
error-card-use-a-move = Чтобы изменить место карточки, переместите её.
error-pain-point-answered = На эту болевую точку отвечают возможности; сначала отвяжите их.
error-card-already-kind = Эта карточка уже { $kind ->
    [touchpoint] точка контакта
    [pain-point] болевая точка
    [opportunity] возможность
    [note] заметка
   *[quote] цитата
  }.
error-ids-per-card = { $field }: укажите по одному новому идентификатору на каждую карточку (карточек: { $cards }, идентификаторов: { $ids }).
error-stage-move-range = Этап сдвигается на число мест от 1 до { $max }; { $steps } — вне этого диапазона.
error-place-past-end = Других карточек в ячейке: { $others }, поэтому место { $place } — за её концом.
error-card-listed-twice = Карточка { $card } указана дважды.
error-no-cards-to-move = Укажите хотя бы одну карточку для перемещения.
error-lane-move-zero = Дорожку нужно сдвинуть хотя бы на одно место.
error-lane-at-end = «{ $lane }» — уже { $end ->
    [first] первая
   *[last] последняя
  } дорожка.
error-lane-move-too-far = «{ $lane }» можно сдвинуть { $way ->
    [up] вверх
   *[down] вниз
  } не более чем на { $room } { $room ->
    [one] место
    [few] места
   *[other] мест
  }, а не на { $steps }.
error-version-other-journey = Эта версия относится к другому пути клиента.
error-version-not-rebuilt = Эту версию не удалось точно восстановить из пути клиента в его нынешнем виде.

## Why the stage graph refused a change (journey-core's GraphProblem); stages by their names.
error-stage-at-end = «{ $stage }» — уже { $end ->
    [first] первый
   *[last] последний
  } этап.
error-stages-not-in-line = «{ $a }» и «{ $b }» не стоят в одной прямой цепочке связей «следующий», поэтому здесь их нельзя поменять местами; измените ветви в графе этапов.
error-repeat-joins = «{ $a }» и «{ $b }» соединяет петля повторения; сначала измените её в графе этапов.
error-flow-to-itself = Связь не может вести от этапа «{ $stage }» к нему же.
error-already-connected = Этап «{ $from }» уже связан с «{ $to }» таким образом.
error-repeat-not-back = Петля повторения должна вести назад, к более раннему этапу, но «{ $to }» не стоит раньше «{ $from }».
error-would-loop = «{ $to }» уже ведёт к «{ $from }»; чтобы вернуться назад, используйте петлю повторения.
error-rewire-kind = При перемещении этапов вид каждой связи сохраняется.
error-repeat-would-break = Петля повторения от «{ $from }» назад к «{ $to }» перестала бы вести назад; сначала измените её в графе этапов.
error-undo-needs-repair = Это нельзя отменить при нынешнем состоянии пути клиента: { $detail }

## The values a refusal names (journey-core's Field, as field-<id>). The others are the
## inspector's own labels, in studio.ftl.
field-journey = Путь клиента
field-journey-name = Название пути
field-emotion-scale = Шкала эмоций
field-emotion-name = Название эмоции
field-nps = NPS
field-csat = CSAT
field-ces = CES
field-stages = Этапы
field-stage-name = Название этапа
field-stage-description = Описание этапа
field-stage-rank = Порядок этапа
field-stage-move = Перемещение этапа
field-flow-label = Подпись связи
field-lanes = Дорожки
field-lane-name = Название дорожки
field-lane-rank = Порядок дорожки
field-lane-colour = Цвет дорожки
field-lane-move = Перемещение дорожки
field-personas = Персоны
field-persona = Персона
field-persona-name = Имя персоны
field-persona-role = Роль персоны
field-persona-quote = Цитата персоны
field-persona-entry = Цель, потребность или огорчение
field-persona-colour = Цвет персоны
field-cards = Карточки
field-card = Карточка
field-card-kind = Вид карточки
field-card-text = Текст карточки
field-card-author = Автор карточки
field-card-rank = Порядок карточки
field-position = Место в ячейке
field-duplicate = Дублирование
field-paste = Вставка
field-version = Версия
field-version-name = Название версии
field-template-name = Название шаблона

## Opening and saving a workspace (journey-store's StoreError)
error-not-a-workspace = { $path } — не рабочее пространство Journey Studio: { $reason }. Выберите файл .journeys, созданный в Journey Studio.
error-newer-version = { $path } записан более новой версией Journey Studio (формат файла { $found }; эта версия читает до { $supported }). Обновите Journey Studio, чтобы открыть его; файл не изменён.
error-corrupt = { $path } повреждён ({ $detail }). Он не изменён; восстановите его из резервной копии или копии.
error-corrupt-row = Сохранённые данные не удалось прочитать ({ $detail }); возможно, файл взят из повреждённой копии.
error-locked = { $path } открыт в другом окне или процессе Journey Studio. Сначала закройте его там.
error-read-only = { $path } нельзя изменить: { $reason }. Всё сохранённое ранее цело; скопируйте файл в папку с правом записи, чтобы продолжить.
error-read-only-file = Этот файл или его папка доступны только для чтения, поэтому изменение не сохранено. Всё сохранённое ранее цело; скопируйте файл в папку с правом записи, чтобы продолжить.
error-read-only-workshop = Этот файл доступен только для чтения, а воркшопу нужно записывать в него карточки участников.
error-disk-full = Диск заполнен, поэтому изменение не сохранено. Всё сохранённое ранее цело; освободите место и попробуйте снова.
error-missing = Файла { $path } нет.
error-no-such-journey = В этом рабочем пространстве нет такого пути (возможно, он удалён).
error-no-such-version = У этого пути нет такой версии (возможно, она удалена).
error-stale = Путь изменился с тех пор, как был нарисован этот вид; обновите его и попробуйте снова.
error-nothing-to-do = { $what ->
    [undo] Нечего отменять.
    [redo] Нечего повторять.
    [restore] Путь уже совпадает с этой версией.
   *[other] Делать нечего.
  }
error-io = Не удалось прочитать или записать { $path }: { $detail }
error-storage = Ошибка хранилища: { $detail }
error-unrelated-copy = { $path } — не копия этого рабочего пространства, сливать нечего; файл не изменён. Чтобы перенести его пути, используйте «Файл > Импорт».
error-unrelated-remote = Путь коллеги совпадает с вашим только идентификатором: общей истории у них нет, поэтому ваш оставлен как есть.
error-bad-remote = Полученное от коллеги не удалось принять ({ $detail }); ваши данные не изменены, запрос будет повторён.

## Sharing, joining and syncing (journey-sync)
error-unreachable = Командный сервер { $server } недоступен ({ $detail }). Вы работаете офлайн: изменения сохраняются и будут отправлены, когда он вернётся.
error-wrong-secret = Командный сервер отклонил секрет этого рабочего пространства: приглашение неверно или сделано для другого сервера. Запросите приглашение снова.
error-revoked = Владелец рабочего пространства отозвал это приглашение (его секрет изменён). Попросите новое приглашение.
error-unknown-workspace = На командном сервере нет этого рабочего пространства. Сначала его владелец делится им там («Поделиться рабочим пространством…» или journey share).
error-newer-needed = Командному серверу нужна более новая Journey Studio. Обновите Journey Studio, чтобы синхронизироваться; пока ваша работа остаётся на этом компьютере.
error-certificate = Сертификат сервера не тот, что указан в приглашении, поэтому ничего не отправлено: сервер настроен заново или кто-то вклинился посередине. Попросите новое приглашение.
error-certificate-room = Сертификат комнаты { $address } не тот, что указан в её приглашении: кто-то в сети вклинился посередине. Вы никуда не присоединились; попросите у хоста само приглашение.
error-refused = Командный сервер отклонил соединение ({ $detail }).
error-bad-invitation = Это не приглашение Journey Studio: приглашение — одна строка, начинающаяся с «journey-invite:». Запросите его снова и вставьте целиком.
error-bad-invitation-damaged = Приглашение повреждено ({ $detail }): возможно, часть его потерялась. Запросите его снова и вставьте целиком.
error-bad-invitation-newer = Это приглашение создано более новой Journey Studio (формат приглашения { $version }). Обновите Journey Studio, чтобы присоединиться.
error-bad-invitation-server = Адрес сервера в приглашении, { $server }, использовать нельзя: { $detail }
error-timeout = Синхронизация не завершилась за { $seconds } с: { $detail }. Отправленное сохранено; запустите её снова.
error-not-shared = Этим рабочим пространством ещё не поделились: сначала поделитесь им («Поделиться рабочим пространством…» или journey share).
error-io-sync = Не удалось начать синхронизацию: { $detail }
error-join-exists = { $path } уже существует; присоединяйтесь в новый файл.

## Joining a room by its address and code (journey-sync's RoomError)
error-bad-address = «{ $address }» — не адрес: введите его так, как показывает комната хоста, например 192.168.1.20:48213.
error-bad-code = Код комнаты — 8 букв и цифр, как показывает комната хоста (например, K7PQ-2MXR); «{ $typed }» — не код.
error-no-room = По адресу { $address } комната не отвечает ({ $detail }). Проверьте адрес, который показывает хост, что его комната ещё открыта и что вы в одной сети.
error-wrong-code = Этот код не открывает комнату { $address }. Проверьте код, который показывает хост, и введите его снова.
error-too-many-attempts = В комнату { $address } было слишком много попыток с кодом. Подождите { $seconds } с и попробуйте снова или попросите у хоста само приглашение.
error-not-a-room = Студия { $address } ответила, но не как комната, принимающая коллег ({ $detail }).

## The shell's own refusals (src-tauri)
error-invalid-input = { $what }: недопустимое значение: { $detail }
error-invalid-export = Параметры экспорта недопустимы: { $detail }
error-invalid-template = Шаблон не удалось использовать: { $detail }
error-io-error = Не удалось прочитать или записать файл: { $detail }
error-io-error-settings = Папка настроек приложения недоступна.
error-io-error-no-log-folder = Папка журналов недоступна.
error-io-error-log-folder = Не удалось открыть папку журналов { $path }: { $detail }
error-io-error-export = Не удалось записать экспорт: { $detail }. Выберите другую папку или освободите место.
error-io-error-read = Не удалось прочитать { $name }: { $detail }
error-no-workspace = Рабочее пространство не открыто. Используйте «Файл > Открыть» или «Файл > Новое».
error-window-failed = Не удалось открыть новое окно: { $detail }
error-busy = Ещё выполняется другая операция; дождитесь её и попробуйте снова.
error-busy-workshop = Сессия уже идёт; сначала завершите её.
error-busy-workshop-elsewhere = Сессия уже идёт в другом окне; сначала завершите её там.
error-busy-merge = Завершите сессию воркшопа, прежде чем сливать копию: её участники не увидят того, что принесёт слияние.
error-workshop-failed = Сессию не удалось начать: { $detail }
error-no-session = Сессия не идёт.
error-cancelled = Экспорт отменён; файл не записан.
error-too-large = Изображение получилось бы слишком большим: { $detail }
error-export-failed = Не удалось экспортировать карту: { $detail }
error-import-failed = { $name }: { $detail }. Ничего не импортировано.
error-import-format = { $name }: выберите файл .json, .csv, .mmd, .ojf, .xlsx, .svg или .html.
error-internal = Внутри Journey Studio что-то пошло не так: { $detail }
error-crashed = В Journey Studio произошла внутренняя ошибка.

## The facilitator's workshop actions refused (the Workshop panel)
error-workshop-dots = Дайте каждому от 1 до { $max } точек.
error-workshop-timer = Установите таймер от нескольких секунд до 4 часов.
error-workshop-no-participant = Этого участника нет в сессии.
error-workshop-action = Воркшоп не смог этого сделать: { $detail }

## Importing (journey-export's ImportError): where in the file, then what is wrong there.
## { $detail } is the message below it, already said; { $path }, { $sheet }, { $header },
## { $value } and { $name } are the file's own words. The CSV column names (journey, stage,
## emotion…) and the words a cell accepts ({ $words }, { $names }) are the format's.
error-import-at-line = строка { $line }: { $detail }
error-import-at-line-column = строка { $line }, столбец { $column }: { $detail }
error-import-at-cell = лист { $sheet }, строка { $row }, столбец { $column } ({ $header }): { $detail }
error-import-at-row-header = лист { $sheet }, строка { $row } ({ $header }): { $detail }
error-import-at-sheet-row = лист { $sheet }, строка { $row }: { $detail }
error-import-at-sheet = лист { $sheet }: { $detail }
error-import-at-path = { $path }: { $detail }
# A detail that has no message of its own yet (the program's words, in English).
error-import-detail = { $detail }
error-import-wrong-format = это не JSON-документ Journey Studio (его формат — «{ $format }»)
error-import-newer-version = документ записан в версии формата { $found }; эта версия читает до { $supported }
error-import-not-utf8 = файл — не текст в UTF-8 (байт { $byte } не подходит)
error-import-no-journey = в файле нет ни одного пути
error-import-journey-refused = путь «{ $name }»: { $detail }
error-import-json-cut-off = файл заканчивается раньше, чем его JSON (возможно, он обрезан)
error-import-not-json = это не корректный JSON: { $detail }
error-import-not-ojf-json = это не корректный JSON формата OpenJourney: { $detail }
error-import-svg-malformed = этот SVG составлен неправильно: { $detail }
error-import-svg-no-journey = в этом SVG нет пути (импортировать можно только SVG, экспортированный из Journey Studio)
error-import-html-no-journey = в этом HTML нет пути (импортировать можно только HTML, экспортированный из Journey Studio)
error-import-found-null = пустое значение (null)
error-import-found-bool = логическое значение (true или false)
error-import-found-number = число
error-import-found-text = текст
error-import-found-list = список
error-import-found-object = объект
error-import-expected = ожидалось: { $expected }, а найдено: { $found }
error-import-ojf-not-object = документ OpenJourney должен быть объектом, а не так: { $found }
error-import-ojf-missing = отсутствует: файл OpenJourney перечисляет свои этапы и дорожки (Ptolemy тоже отказывается от файла без них)
error-import-ojf-score-kind = оценка — это число, а здесь: { $found }
error-import-ojf-tag-kind = метка — это текст, а здесь: { $found }
error-import-ojf-blueprint-kind = элемент блюпринта — объект или текст, а здесь: { $found }
error-import-ojf-score-outside = оценка { $score } выходит за обе шкалы файлов OJF (-5..+5 в спецификации, 0..10 в требованиях Ptolemy)
error-import-ojf-scales-mixed = оценке { $score } нужна шкала 0..10, но { $other } равно { $otherScore }, а этому нужна -5..+5: в файле смешаны две шкалы
error-import-ojf-score-exported = оценка { $score } выходит за -5..+5, шкалу, на которой Journey Studio записал оценки этого файла
error-import-not-a-number = «{ $value }» — не число
error-import-not-whole-from-to = { $value } — не целое число от { $min } до { $max }
error-import-not-one-of = «{ $value }» — не одно из: { $words }
error-import-needs-name = { $what ->
    [journey] пути нужно название
    [stage] этапу нужно название
    [lane] дорожке нужно название
   *[persona] персоне нужно имя
  }
error-import-emotion-needs-score = названной эмоции нужна оценка
error-import-outside-scale = { $score } вне шкалы { $min }..{ $max }
error-import-xlsx-not-workbook = это не книга Excel (.xlsx), которую можно прочитать: { $detail }
error-import-xlsx-damaged = эта книга повреждена: ссылку на ячейку в ней нельзя прочитать
error-import-xlsx-missing-sheet = отсутствует (в книге Journey Studio есть листы Journey, Stages, Lanes и Cards)
error-import-xlsx-not-ours = нет строки «Workbook»: эта книга экспортирована не из Journey Studio
error-import-xlsx-layout = «{ $found }» — не та разметка книги, которую читает эта версия (она читает «{ $reads }»)
error-import-xlsx-sheet-unreadable = не читается: { $detail }
error-import-xlsx-no-header = нет строки заголовков (лист начинается со строки { $start })
error-import-xlsx-no-column = нет столбца «{ $header }» (его заголовок изменён или столбец удалён)
error-import-xlsx-needs-whole = «{ $field }» требует целого числа
error-import-xlsx-scale-step = { $value } — не целый шаг шкалы
error-import-xlsx-scale-name = «{ $value }» — не шаг с названием, как «-3 В ярости»
error-import-xlsx-persona-score = «{ $value }» — не персона с оценкой, как «Анна: 2»
error-import-xlsx-name-twice = { $what ->
    [stage] два этапа
    [lane] две дорожки
    [persona] две персоны
   *[pain-point] две болевые точки
  } называются «{ $name }» на листе { $sheet }: переименуйте одну или укажите её идентификатор
error-import-xlsx-name-empty = пусто: в каждой строке нужен { $what ->
    [stage] этап
    [lane] дорожка
    [persona] персона
   *[pain-point] болевая точка
  }
error-import-xlsx-no-such = на листе { $sheet } нет { $what ->
    [stage] этапа
    [lane] дорожки
    [persona] персоны
   *[pain-point] болевой точки
  } «{ $name }»
error-import-not-csv = это не корректный CSV: { $detail }
error-import-csv-header-unreadable = строку заголовков нельзя прочитать: { $detail }
error-import-csv-empty = файл пуст; CSV пути начинается со строки заголовков вроде journey,stage,lane,kind,text
error-import-csv-no-rows = в файле есть строка заголовков, но под ней нет карточек
error-import-csv-column-twice = в заголовке дважды есть столбец «{ $column }»
error-import-csv-no-column = в заголовке нет столбца «{ $column }»; CSV пути нужны journey, stage, lane и text (найдено: { $found })
error-import-csv-cell-empty = ячейка «{ $column }» пуста; в каждой строке нужны путь, этап и дорожка
error-import-csv-not-whole = { $column } должно быть целым числом от { $min } до { $max }, а не «{ $value }»
error-import-csv-out-of-range = { $column } должно быть от { $min } до { $max }, а не { $value }
error-import-csv-unknown = { $what ->
    [card-kind] неизвестный вид карточки
    [lane-kind] неизвестный вид дорожки
    [pillar] неизвестный столп
   *[loyalty-pillar] неизвестный столп лояльности
  } «{ $value }» ({ $names })
error-import-csv-only-for = «{ $column }» — только для { $owner ->
    [touchpoint] точек контакта
    [pain-point] болевых точек
    [opportunity] возможностей
   *[quote] цитат
  }, а эта карточка — { $kind }
error-import-csv-true-false = { $column } должно быть true или false, а не «{ $value }»
error-import-csv-emotion-name = названию эмоции «{ $name }» нужна оценка в столбце «{ $column }»
error-import-csv-phase-differs = этап «{ $stage }» в строке { $line } относится к фазе «{ $was }», а здесь — к «{ $now }»
error-import-csv-lane-kind-differs = дорожка «{ $lane }» в строке { $line } вида { $was }, а здесь — вида { $now }
error-import-csv-answers = возможность отвечает на «{ $text }», но в пути «{ $journey }» нет болевой точки с таким текстом
error-import-lucid-columns = в CSV Lucidchart есть столбцы Id и Name
error-import-lucid-no-id = у строки нет Id
error-import-lucid-same-id = Id { $id } есть и в более ранней строке
error-import-lucid-no-container = Contained By называет { $id }, но ни у одной строки нет такого Id
error-import-lucid-no-shapes = в файле нет фигур (только страницы или линии)
error-import-mermaid-front-matter = вводная часть, которая начинается здесь, нигде не закрыта строкой «---»
error-import-mermaid-not-journey = путь Mermaid начинается со слова «journey»
error-import-mermaid-empty = путь Mermaid начинается со слова «journey»; в этом файле больше ничего нет
error-import-mermaid-section-name = разделу нужно название, как в «section Оплата»
error-import-mermaid-journey-again = «journey» пишется только в первой строке
error-import-mermaid-actors = больше { $max } разных участников; в пути может быть не больше стольких персон
error-import-mermaid-task = задаче нужно «текст: оценка», а найдено «{ $found }»
error-import-mermaid-task-first = задача стоит раньше любого раздела
error-import-mermaid-score = оценка должна быть от 1 до 5, а не { $score }
# The core's names of the fields a file fills ({ $name }: any other, as the core writes it).
error-import-field = { $field ->
    [card-text] текст карточки
    [journey-name] название пути
    [stage-name] название этапа
    [lane-name] название дорожки
    [persona-name] имя персоны
    [phase] фаза
   *[other] { $name }
  }
error-import-too-long = { $field }: длина { $length } символов; предел — { $max }
error-import-empty = { $field }: не может быть пустым
