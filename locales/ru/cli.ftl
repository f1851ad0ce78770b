# The command line's help (`journey --help`, `journey SUB --help`) and clap's usage mistakes
# (crates/journey-cli/src/help.rs). Not bundled into the window.
# Ids: cli-help-<command> is what a command does (cli-help-journey: the program;
# cli-help-version-list: `journey version list`); cli-help-<command>-<argument> what one of its
# arguments means; cli-help-any-<argument> an argument several commands share.
# Keep command names, option names (--format), values (fit, a4) and file formats as they are.

## clap's own words around the help.
cli-help-usage = Использование:
cli-help-heading-commands = Команды
cli-help-heading-arguments = Аргументы
cli-help-heading-options = Параметры
# An argument's help and the value it takes when not given.
cli-help-default = { $help } [по умолчанию: { $value }]
cli-help-help = Показать эту справку или справку по указанным командам

## Usage mistakes clap finds. { $argument } is written as typed (--format, <FILE>).
cli-usage-unknown-command = нет команды «{ $name }»
cli-usage-unknown-argument = неожиданный аргумент «{ $argument }»
cli-usage-missing = не хватает: { $arguments }
cli-usage-invalid-value = «{ $value }» — недопустимое значение для { $argument }
cli-usage-invalid-value-one-of = «{ $value }» — недопустимое значение для { $argument } (допустимы: { $valid })
cli-usage-conflict = { $argument } нельзя использовать вместе с { $other }
cli-usage-missing-command = { $name } требует команду
cli-usage-number-of-values = неверное число значений для { $argument } ({ $detail })
cli-usage-other = командная строка недопустима: { $detail }
cli-usage-did-you-mean = может быть, «{ $suggestion }»?
cli-usage-more = Подробнее: «{ $command } --help».

## Arguments many commands share.
cli-help-any-lang = Язык сообщений, отчётов и подписей экспорта: en, fa, ru, te или tl (по умолчанию — язык системы из LC_ALL / LC_MESSAGES / LANG; английский, если для него нет каталога)
cli-help-any-help = Показать справку
cli-help-any-version = Показать версию
cli-help-any-file = Файл рабочего пространства (.journeys)
cli-help-any-journey = Название или идентификатор пути (по умолчанию — первый)
cli-help-any-author = От чьего имени записывается изменение (по умолчанию — $JOURNEY_AUTHOR, иначе имя пользователя в системе)
cli-help-any-timeout = Сколько секунд ждать сервер, прежде чем сдаться

## The commands.
cli-help-journey = Просмотр файлов рабочих пространств Journey Studio и работа с ними

cli-help-new = Создать файл рабочего пространства с встроенным примером пути
cli-help-new-file = Создаваемый файл рабочего пространства (его ещё не должно быть)
cli-help-new-empty = Создать его совсем без путей
cli-help-new-cards = Вместо примера — один сгенерированный путь с таким числом карточек (для замеров)
cli-help-new-stages = Вместе с --cards: столько этапов в одну линию (длинный путь) вместо этапов примера
cli-help-new-template = Вместо примера — один путь из этого шаблона (см. `journey templates`)

cli-help-templates = Список встроенных шаблонов: идентификатор, название, описание

cli-help-list = Вывести пути рабочего пространства: идентификатор и название, по одному в строке

cli-help-edit = Применить одну правку (JSON, как её отправляет окно и хранит журнал отмены) тем же путём, что и хранилище (с проверкой, надёжно, с возможностью отмены), и вывести ответ хранилища: `{"{"} revision, canUndo, canRedo, change, skipped {"}"}`, где change — изменение, которое применяет окно
cli-help-edit-edit = Правка в виде JSON, например '{"{"}"type":"removeCard","id":"…"{"}"}'

cli-help-merge = Перенести в это рабочее пространство все изменения другой его копии (копия только читается). Выводит, что пришло и что требует решения; `--json` выводит отчёт о слиянии
cli-help-merge-ours = Это рабочее пространство: изменения приходят в него
cli-help-merge-theirs = Другая копия (только читается)
cli-help-merge-json = Вывести отчёт о слиянии в виде JSON

cli-help-undo = Отменить последнюю правку пути; выводит ответ, как `edit`
cli-help-redo = Повторить последнюю отменённую правку пути; выводит ответ, как `edit`

cli-help-show = Вывести этапы пути (в порядке сетки) и его карточки
cli-help-show-json = Вместо этого вывести путь в виде JSON (объект пути из формата экспорта)

cli-help-view = Вывести то, что окно рисует для пути: `{"{"} journey, layout, revision, canUndo, canRedo {"}"}` в виде JSON (ответ приложения `journey_view`), для инструментов и замеров интерфейса

cli-help-export = Экспортировать путь в svg, png, pdf, html, csv, md, json, mermaid, ojf или xlsx
cli-help-export-format = Формат (по умолчанию — по расширению -o)
cli-help-export-output = Файл для записи; он заменяется, только когда экспорт завершён
cli-help-export-page = Страницы PDF: fit (одна страница размером с карту) или a4, a3, letter (плитками в натуральную величину)
cli-help-export-scale = Масштаб PNG: пикселей на единицу карты (1, 2, 4...)

cli-help-import = Добавить в рабочее пространство (созданное при отсутствии) пути из файла JSON, CSV (нашего или Lucidchart), Mermaid, SVG, HTML, OpenJourney (.ojf) или Excel (.xlsx); выводит идентификатор каждого нового пути, а то, что пришло не так, как было записано, — в stderr. Неверный файл ничего не меняет
cli-help-import-input = Импортируемый файл
cli-help-import-into = Рабочее пространство, в которое добавляются пути (создаётся при отсутствии)
cli-help-import-format = json, csv, mermaid, svg, html, ojf, xlsx или lucid (по умолчанию — по расширению входного файла; .csv с заголовком Lucidchart читается как файл Lucidchart)

cli-help-analyse = Что говорит карта: пути и их эмоции, проблемы структуры, пик и конец, болевые точки по приоритету, тепловая карта столпов, смены каналов, различия персон (docs/insights.md)
cli-help-analyse-json = Вывести весь анализ в виде JSON (структура в docs/insights.md)

cli-help-schema = Вывести JSON Schema формата экспорта (docs/journey.schema.json) или, с --insights, схему `analyse --json` (docs/insights.schema.json)
cli-help-schema-insights = Вместо этого вывести схему `analyse --json`

cli-help-validate = Проверить, что файл открывается и проходит проверку целостности SQLite

cli-help-version = Именованные версии пути: список, сохранение или сравнение версии с текущим состоянием
cli-help-version-list = По строке на версию, новые сначала: идентификатор, время (UTC), карточки, название (через табуляцию)
cli-help-version-save = Сохранить путь в нынешнем виде под именем NAME; выводит идентификатор новой версии
cli-help-version-save-name = Название версии
cli-help-version-diff = Что изменилось от версии до сейчас, в виде JSON (карточки добавленные, удалённые, перемещённые, изменённые, сдвиги эмоций, этапы, дорожки, связи)
cli-help-version-diff-version = Идентификатор версии (см. `journey version list`)

cli-help-stress = Проверки надёжности (см. `journey stress crash --help`)
cli-help-stress-crash = Убивать пишущий процесс в случайные моменты и проверять, что ни одна подтверждённая правка не потеряна
cli-help-stress-crash-trials = Сколько раз убить пишущий процесс
cli-help-stress-crash-seed = Зерно случайных моментов (по умолчанию — от часов; выводится)
cli-help-stress-crash-dir = Держать файл рабочего пространства в этой папке, а не во временной

cli-help-serve = Запустить сервер команды: рабочие пространства, которыми на нём поделились, синхронизируются через него (wss:// с самоподписанным сертификатом, созданным при первом запуске; выводит свой адрес и отпечаток). Останавливается по SIGTERM
cli-help-serve-data = Где хранятся документы, записи о доступе и сертификат
cli-help-serve-listen = Адрес и порт, на которых слушать
cli-help-serve-plain = Простой ws:// без TLS: только на адресе этого компьютера (за прокси TLS или для тестов)

cli-help-share = Поделиться рабочим пространством на сервере команды (выгружает его) и вывести приглашение, по которому присоединяются участники команды. Повторно без --server: вывести приглашение; --rotate: новый секрет (старые приглашения перестают работать). Код выхода 3: сервер недоступен; 4: отказ
cli-help-share-server = wss://host:port (или ws://127.0.0.1:port)
cli-help-share-fingerprint = Отпечаток сертификата сервера, как его вывел `journey serve` (проверяется)
cli-help-share-rotate = Дать рабочему пространству новый секрет и вывести новое приглашение (старые перестают работать)
cli-help-share-out = Также записать приглашение в этот файл (.journey-invite)

cli-help-join = Присоединиться к общему рабочему пространству: INVITATION — текст приглашения или файл с ним (или --room и --code: студия, принимающая комнату, как она их показывает); создаёт FILE (новый) и один раз синхронизирует его. Код выхода 3: сервер или комната недоступны; 4: отказ (отозвано, неверно, нужно более новое приложение, неверный код)
cli-help-join-invitation = Текст приглашения или файл с ним
cli-help-join-room = HOST:PORT студии, принимающей комнату (`journey room` или окно приложения)
cli-help-join-code = Код комнаты (K7PQ-2MXR)
cli-help-join-into = Новый файл рабочего пространства, который будет создан

cli-help-room = Принимать участников команды в комнате для FILE без окна, до SIGTERM: выводит `room ADDRESS`, `code CODE` и `invitation TEXT`; участники присоединяются через `journey join --room`
cli-help-room-listen = Куда подключаются участники команды: 0.0.0.0:PORT для сети комнаты (порт 0 — любой свободный)
cli-help-room-quiet = Не объявлять комнату в локальной сети (mDNS)

cli-help-sync = Синхронизировать общее рабочее пространство с его сервером один раз (пока у обоих не будет всего) или, с --watch, до остановки (SIGTERM, Ctrl+C). Код выхода 3: сервер недоступен; 4: отказ
cli-help-sync-watch = Синхронизировать до остановки (SIGTERM, Ctrl+C), по строке на каждое событие

cli-help-workshop = Провести сессию воркшопа по пути из командной строки (без окна), с сервером и ограничениями приложения: выводит ссылку для входа и код, открывает все дорожки, принимает действия ведущего строками JSON из stdin, завершается по SIGTERM, Ctrl+C или концу stdin
cli-help-workshop-listen = Куда подключаются участники: 0.0.0.0:PORT для сети комнаты, 127.0.0.1:0 — только этот компьютер на любом свободном порту
cli-help-workshop-author = Имя ведущего (занято: ни один участник не может войти под ним)

cli-help-bench = Показатели производительности (см. `journey bench store --help`)
cli-help-bench-workshop = Имитированные участники в настоящей сессии воркшопа на этом компьютере, на примере и на сгенерированном пути, с изменениями по частям и со старыми полными снимками: отправленные и сохранённые карточки и голоса, байты на рассылку, время от отправки карточки до её появления. Таблица, затем одна строка JSON
cli-help-bench-workshop-participants = Сколько участников имитировать
cli-help-bench-workshop-seconds = На каждый прогон: каждый путь прогоняется по разу для каждого способа доставки
cli-help-bench-workshop-cards = Карточки сгенерированного пути, прогоняемого после примера (0 — только пример)
cli-help-bench-workshop-delivery = Изменения по частям (как работают сессии), полные снимки после каждого изменения (как они работали раньше, для сравнения) или оба в одном прогоне
cli-help-bench-sync = Команда правит один путь вживую через сервер команды на этом компьютере: сделанные правки, увиденные каждой другой студией, потерянные, сошлись ли все, и время от правки до её появления во всех студиях. Таблица, затем одна строка JSON
cli-help-bench-sync-clients = Сколько студий правят одновременно
cli-help-bench-sync-seconds = Сколько секунд они правят
cli-help-bench-sync-cards = Карточки пути, который они правят
cli-help-bench-sync-seed = Зерно случайных правок
cli-help-bench-analyse = Время полного анализа (`journey analyse`) для сгенерированных путей в сравнении с примером в том же прогоне. Последняя выведенная строка — один объект JSON
cli-help-bench-analyse-sizes = Карточки каждого сгенерированного пути, через запятую
cli-help-bench-export = SVG, PNG и PDF сгенерированного пути и PNG карты шириной 40 000 пикселей в сравнении с примером из 33 карточек в том же прогоне. Последняя выведенная строка — один объект JSON
cli-help-bench-export-cards = Карточки сгенерированного пути
cli-help-bench-export-wide-stages = Этапы широкой карты (по 236 пикселей)
cli-help-bench-export-keep = Сохранить экспортированные файлы в этой (существующей) папке
cli-help-bench-store = Время правки и открытия для путей растущего размера в сравнении с вариантом, переписывающим всё. Последняя выведенная строка — один объект JSON
cli-help-bench-store-sizes = Карточки каждого пути, через запятую
cli-help-bench-store-edits = Сколько правок замерять на каждый размер
cli-help-bench-store-seed = Зерно случайных правок
cli-help-bench-store-keep = Записать файлы замера в эту (существующую, пустую) папку и сохранить их
