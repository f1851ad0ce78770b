## Export labels
export-pillar-heading = Столп клиентского опыта

## Findings of the insights
finding-no-repeat-loop = Нет петли повторения: ничто не возвращает клиента к началу (Повторение в стратегии непрерывной связи).
finding-unreachable = До этапа «{ $stage }» нельзя дойти от начала.
finding-dead-end = Этап «{ $stage }» — тупик: от него не ведёт ни одна связь.
finding-missing-phase = Ни один этап не отмечен фазой «{ $phase }».
finding-no-touchpoint = Пока нет точек контакта: { $stages }.
finding-worst-path = Худший путь: { $route } (средняя эмоция { $mean }, минимум { $lowest }).
finding-negative-moment-of-truth = Момент истины с оценкой { $score }: { $card } на этапе «{ $stage }».
finding-largest-drop = Самое большое падение: { $from } → { $to }, от { $fromCard } к { $toCard }.
finding-peak-end = Пик и конец: самый сильный момент — { $peak } в «{ $peakCard }», путь заканчивается на { $end } («{ $endCard }»); клиенты запомнят примерно { $remembered }.
finding-top-pain = Главная боль: { $card } (тяжесть { $severity } × частота { $frequency } = { $weight }) на этапе «{ $stage }».
finding-unanswered-pains = { $count ->
    [one] На { $count } болевую точку не отвечает ни одна возможность.
    [few] На { $count } болевые точки не отвечает ни одна возможность.
   *[many] На { $count } болевых точек не отвечает ни одна возможность.
}
finding-quick-wins = Быстрые победы (высокая ценность, малые усилия): { $cards }.
finding-pillar-hotspot = Где болит сильнее всего: { $pillar } на этапе «{ $stage }» (тяжесть боли { $severity }).
finding-empty-loyalty-pillars = Ни одна возможность не опирается на: { $pillars }.
finding-channel-switches = { $count ->
    [one] { $count } смена канала: { $hops }.
    [few] { $count } смены канала: { $hops }.
   *[many] { $count } смен канала: { $hops }.
}
finding-friction = { $kind }: { $stages }.
finding-persona-gap = { $a } и { $b } расходятся сильнее всего в «{ $card }» ({ $aScore } против { $bScore }).

## The map (SVG, PNG, PDF and the HTML page draw it): labels on it beside the user's own text.
export-goal-persona = { $goal }  ·  Персона: { $persona }
export-line-of-visibility = Линия видимости
export-repeat-flow = Повторение: { $label }
export-stages-heading = ЭТАПЫ
export-lanes-heading = ДОРОЖКИ
export-pain-weight = Т{ $severity } × Ч{ $frequency } = { $weight }
export-value-effort = Ценность { $value } · Усилия { $effort }
export-answers-pains = { $count ->
    [one] Отвечает на { $count } боль
    [few] Отвечает на { $count } боли
   *[many] Отвечает на { $count } болей
}
export-legend-persona = Персона
export-legend-journey = Путь

## The HTML page's own controls (around the map).
export-html-zoom-out = Уменьшить
export-html-zoom-in = Увеличить
export-html-fit = Вписать
export-html-insights = Выводы
export-html-hint = Тяните или прокручивайте, чтобы двигать · Ctrl+колесо или + / −, чтобы масштабировать · F вписывает
export-html-map = Карта пути клиента
export-heatmap-title = Тяжесть болей по этапам и столпам клиентского опыта

## Tiled PDF pages.
export-pdf-tile = Ряд { $row }, столбец { $column } · страница { $page } из { $total } · { $paper } · нахлёст { $overlap } мм
export-pdf-tab = с. { $page }
export-pdf-overview = Обзор · { $columns } x { $rows } страниц { $paper } ({ $count } всего, затем по рядам) · карта в натуральную величину { $width } x { $height } мм

## The Markdown report.
export-md-goal = Цель
export-md-summary = Этапов: { $stages } · карточек: { $cards } · шкала эмоций от { $min } до { $max }
export-md-personas = Персоны
export-md-goals = Цели
export-md-needs = Потребности
export-md-frustrations = Огорчения
export-md-in-their-words = Своими словами
export-md-insights = Выводы
export-md-stages = Этапы
export-md-no-cards = Карточек пока нет.
export-md-empty-card = (пустая карточка)
export-md-votes = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
   *[many] { $count } голосов
}
export-md-by = автор: { $author }
export-md-feels = эмоция { $score } { $emotion }
export-md-sacrifice = жертва клиента
export-md-wanted-accepted = хотел { $wanted }, согласился на { $accepted }
export-md-pain-weight = тяжесть { $severity } × частота { $frequency } = { $weight }
export-md-value-effort = ценность { $value }, усилия { $effort }
export-md-owner = ответственный { $owner }
export-md-emotion-title = Эмоции на пути клиента
export-md-average-label = Среднее
export-md-average = { $mean } по { $count ->
    [one] { $count } точке контакта
   *[other] { $count } точкам контакта
}
export-md-lowest = Минимум
export-md-highest = Максимум
export-md-end = Конец
export-md-largest-drop = Самое большое падение
export-md-at-stage = { $score } в «{ $card }» ({ $stage })
export-md-at = { $score } в «{ $card }»
export-md-drop = { $from } → { $to }, от «{ $fromCard }» к «{ $toCard }»
export-md-pains-title = Болевые точки по приоритету (тяжесть × частота)
export-md-nothing-yet = пока ничего
export-md-opportunities = Возможности
export-col-stage = Этап
export-col-score = Оценка
export-col-emotion = Эмоция
export-col-rank = Место
export-col-severity = Тяжесть
export-col-frequency = Частота
export-col-weight = Т×Ч
export-col-pillar = Столп
export-col-answered-by = Чем закрыта
export-col-value = Ценность
export-col-effort = Усилия
export-col-loyalty-pillar = Столп лояльности
export-col-answers = Отвечает на

## What the app says when an export cannot start (the native save dialog and the shell).
error-export-busy = Ещё идёт другой экспорт; дождитесь его или отмените.

## The command line (`journey`).
cli-created = создан { $path }
cli-note = примечание: { $file }: { $note }
cli-error = journey: { $message }
cli-unknown-language = нет каталога для «{ $code }» (языки: { $languages })
cli-unknown-template = неизвестный шаблон «{ $id }» (см. `journey templates`)
cli-edit-invalid = правка недопустима: { $reason }
cli-give-format-export = укажите --format или имя выходного файла с известным расширением
cli-give-format-import = укажите --format или имя входного файла с расширением .json, .csv, .mmd, .svg, .html, .ojf или .xlsx
cli-unknown-import-format = неизвестный формат «{ $format }» (json, csv, mermaid, svg, html, ojf, xlsx, lucid)
cli-cannot-read = не удаётся прочитать { $file }: { $reason }
cli-validate = { $file }: { $count ->
    [one] { $count } путь
    [few] { $count } пути
   *[many] { $count } путей
}, целостность: { $verdict }
cli-show-title = { $name } (ревизия { $revision })
cli-merge-nothing-new = ничего нового: в { $ours } уже есть все изменения из { $theirs }
cli-merge-added = пришёл целиком
cli-merge-removed = удалён в копии, поэтому удалён и здесь
cli-merge-kept-apart = совпадает с путём копии только идентификатором; оставлен как был (импортируйте путь копии, чтобы иметь оба)
cli-merge-changes = { $count ->
    [one] { $count } изменение от { $authors }
    [few] { $count } изменения от { $authors }
   *[many] { $count } изменений от { $authors }
}
cli-merge-needs-decision = нужно решение: { $sentence }
cli-analyse-findings = Выводы
cli-analyse-paths = Пути ({ $count })
cli-analyse-paths-more = Пути ({ $count }, показаны не все)
cli-analyse-worst-mean = худшее среднее
cli-analyse-lowest-point = самая низкая точка
cli-analyse-best = лучший
cli-analyse-mean = среднее { $mean }, минимум { $min }
cli-analyse-no-scores = нет оценок

## Import report: what a file held that did not come in as written (journey-export's notes,
## shown after File > Import… and printed by `journey import`). { $path }, { $name }, { $sheet },
## { $examples } and the like are the file's own words; OpenJourney's member names
## (journeyStudio, overrideEmotion, stageId, metadata.title…) are the format's and stay as they are.
export-import-number = { $n }
export-import-counted = { $what }: { $count } ({ $examples }{ $more ->
    [0] {""}
   *[other] , …
  }).
export-import-kind-touchpoint = точка контакта
export-import-kind-pain-point = болевая точка
export-import-kind-opportunity = возможность
export-import-kind-note = заметка
export-import-kind-quote = цитата
export-import-ojf-exact = Прочитано точно так, как экспортировал Journey Studio: поля OJF в файле не изменены, поэтому его член journeyStudio содержит весь путь.
export-import-ojf-changed = Файл экспортирован из Journey Studio и с тех пор изменён (его поля OJF отличаются от экспортированных): прочитан по полям OJF, а идентификаторы, виды дорожек и то, для чего в OJF нет поля, взяты из члена journeyStudio.
export-import-ojf-read = Прочитано как OpenJourney: { $stages } { $stages ->
    [one] этап
    [few] этапа
   *[many] этапов
  }, { $swimlanes } { $swimlanes ->
    [one] дорожка
    [few] дорожки
   *[many] дорожек
  } OJF и { $nodes } { $nodes ->
    [one] узел
    [few] узла
   *[many] узлов
  } дали { $lanes } { $lanes ->
    [one] дорожку
    [few] дорожки
   *[many] дорожек
  } и { $cards } { $cards ->
    [one] карточку
    [few] карточки
   *[many] карточек
  }.
export-import-ojf-scale-0-10 = Шкала: 0..10 (требования Ptolemy), потому что { $path } равно { $score }; оценки сохранены как записаны.
export-import-ojf-scale-negative = Шкала: -5..+5 (спецификация OJF), как показывают отрицательные оценки в файле; оценки сохранены как записаны.
export-import-ojf-scale-no-scores = Шкала: -5..+5 (спецификация OJF); в файле нет оценок.
export-import-ojf-scale-assumed = Принята шкала -5..+5 (спецификация OJF): все оценки лежат в 0..5, что подходит и к -5..+5 спецификации, и к 0..10 из требований Ptolemy. Если файл имел в виду 0..10, задайте пути шкалу 0..10.
export-import-ojf-lane-added = Добавлена дорожка «{ $name }» для того, что узлы содержат помимо собственной карточки.
export-import-ojf-no-title = У файла нет названия (ни корневого title, ни metadata.title): путь назван «{ $name }».
export-import-ojf-lanes-guessed = Виды дорожек угаданы по названиям дорожек OJF (у них нет вида): { $lanes }.
export-import-ojf-lane-guess = «{ $name }» как «{ $kind }»
export-import-ojf-persona = Персона «{ $name }» стала персоной пути (OJF хранит только её имя).
export-import-ojf-score-text = Оценки, записанные текстом, прочитаны как числа
export-import-ojf-score-not-number = Оценки, которые не являются числами, оставлены без оценки
export-import-ojf-score-fraction = Дробные оценки округлены до целых шагов шкалы
export-import-ojf-stage-unnamed = Этапы без названия названы по своему месту
export-import-ojf-stage-same-id = Этапы с тем же идентификатором, что у более раннего (узлы с ним попадают в первый)
export-import-ojf-stage-no-id = Этапы без идентификатора (в них не может быть узлов)
export-import-ojf-lane-unnamed = Дорожки без названия названы по своему месту
export-import-ojf-lane-same-id = Дорожки с тем же идентификатором, что у более ранней (узлы с ним попадают в первую)
export-import-ojf-lane-no-id = Дорожки без идентификатора (в них не может быть узлов)
export-import-ojf-node-no-stage = Пропущенные узлы: их stageId не называет ни одного этапа файла (Ptolemy их тоже не показывает)
export-import-ojf-node-no-lane = Пропущенные узлы: их swimlaneId не называет ни одной дорожки файла (Ptolemy их тоже не показывает)
export-import-ojf-tags = Метки узлов сохранены последней строкой карточки «Tags: ...» (у карточек нет поля меток)
export-import-ojf-severity-word = Серьёзность, отличная от low, medium и high, прочитана как medium
export-import-ojf-purpose-as = Назначение «{ $purpose }» прочитано как «{ $kind }»
export-import-ojf-purpose-unknown = Назначение «{ $purpose }» неизвестно, прочитано как вид его дорожки («{ $kind }»)
export-import-ojf-sentiment = Настроение узлов без оценки некуда поместить (названной эмоции нужна оценка)
export-import-ojf-moment = Моменты истины у узлов, которые не являются точками контакта, некуда поместить
export-import-ojf-severity-not-pain = Серьёзность узлов, которые не являются болевыми точками, некуда поместить (она есть только у болевых точек)
export-import-ojf-icon = Значки узлов некуда поместить (у карточек нет значка)
export-import-ojf-icon-color = Цвета значков узлов (iconColor) некуда поместить (у карточек нет своего цвета)
export-import-ojf-scored = Оценённые узлы вида «{ $kind }» дали точку контакта (оценку) и связанную с ней карточку вида «{ $kind }»
export-import-ojf-blueprint = Элементы блюпринта «{ $part }» стали карточками на дорожке «{ $lane }», связанными со своим узлом
export-import-ojf-stage-emotion = overrideEmotion этапов стал точкой контакта «{ $card }» на дорожке эмоций
export-import-xlsx-read = Книга прочитана: { $stages } { $stages ->
    [one] этап
    [few] этапа
   *[many] этапов
  }, { $lanes } { $lanes ->
    [one] дорожка
    [few] дорожки
   *[many] дорожек
  }, { $personas } { $personas ->
    [one] персона
    [few] персоны
   *[many] персон
  } и { $cards } { $cards ->
    [one] карточка
    [few] карточки
   *[many] карточек
  }; листы { $sheets } вычисляются из них и не читались.
export-import-xlsx-flows-dropped = { $count } { $count ->
    [one] связь называла этап, которого больше нет на листе { $sheet }, и пропущена.
    [few] связи называли этап, которого больше нет на листе { $sheet }, и пропущены.
   *[many] связей называли этап, которого больше нет на листе { $sheet }, и пропущены.
  }
export-import-xlsx-no-flows = Нет листа { $flows }: этапы следуют друг за другом в порядке листа { $stages }.
export-import-xlsx-unplaced = Новые этапы пока без связей (добавьте строку на лист { $sheet }, чтобы поставить их в путь): { $stages }.
export-import-xlsx-links-dropped = { $count } { $count ->
    [one] ссылка от возможности к болевой точке, которой больше нет на листе { $sheet }, пропущена.
    [few] ссылки от возможностей к болевым точкам, которых больше нет на листе { $sheet }, пропущены.
   *[many] ссылок от возможностей к болевым точкам, которых больше нет на листе { $sheet }, пропущены.
  }
export-import-xlsx-copied = { $count } { $count ->
    [one] строка несла идентификатор более ранней строки (скопированная строка): она стала новым объектом со своим идентификатором.
    [few] строки несли идентификатор более ранней строки (скопированные строки): каждая стала новым объектом со своим идентификатором.
   *[many] строк несли идентификатор более ранней строки (скопированные строки): каждая стала новым объектом со своим идентификатором.
  }
export-import-xlsx-new-cards = { $count } { $count ->
    [one] новая карточка (строка без идентификатора).
    [few] новые карточки (строки без идентификатора).
   *[many] новых карточек (строки без идентификатора).
  }
export-import-lucid-page = Страница «{ $name }»: { $note }
export-import-lucid-lanes = { $count } { $count ->
    [one] плавательная дорожка стала дорожкой точек контакта.
    [few] плавательные дорожки стали дорожками точек контакта.
   *[many] плавательных дорожек стали дорожками точек контакта.
  }
export-import-lucid-shapes-stages = Нет контейнеров, кроме плавательных дорожек: каждая из фигур ({ $count }) стала отдельным этапом в порядке, который задают линии.
export-import-lucid-containers = { $count } { $count ->
    [one] контейнер стал этапом.
    [few] контейнера стали этапами.
   *[many] контейнеров стали этапами.
  }
export-import-lucid-loose = Фигуры вне контейнеров попали в этап «{ $stage }».
export-import-lucid-cards = { $count } { $count ->
    [one] фигура стала карточкой
    [few] фигуры стали карточками
   *[many] фигур стали карточками
  } (заметок: { $notes }, остальные — точки контакта без оценки).
export-import-lucid-flows = { $count } { $count ->
    [one] линия стала связью
    [few] линии стали связями
   *[many] линий стали связями
  } (назад к более раннему этапу, как петли повтора: { $repeats }).
export-import-lucid-same-stage = { $count } { $count ->
    [one] линия внутри одного этапа (или повторяющая другую) не могла стать связью.
    [few] линии внутри одного этапа (или повторяющие другие) не могли стать связями.
   *[many] линий внутри одного этапа (или повторяющих другие) не могли стать связями.
  }
export-import-lucid-dangling = { $count } { $count ->
    [one] линия не соединяла две фигуры и пропущена.
    [few] линии не соединяли две фигуры и пропущены.
   *[many] линий не соединяли две фигуры и пропущены.
  }
export-import-mermaid-unscored = строка { $line }: у задачи «{ $task }» нет оценки («{ $score }» — не число), поэтому она пропущена

## Export report: what an OpenJourney (.ojf) export cannot hold in OJF's own fields (`journey export`).
export-ojf-scale = Оценки этого пути стоят на шкале { $min }..{ $max }; в файл они записаны на шкале OJF -5..+5 (с округлением), а шкала и её названия — в член journeyStudio.
# The notes after this one each name one of the things it says OJF has no field for.
export-ojf-no-field = В OJF нет полей для того, что перечислено ниже. Оно сохранено в члене journeyStudio файла (Journey Studio читает его обратно; Ptolemy хранит, но не показывает).
export-ojf-lost-flows = ветвления и повторы между этапами (этапы OJF — простая последовательность): { $count }
export-ojf-lost-personas = персоны после первой (OJF называет одну персону): { $count }
export-ojf-lost-persona-details = подробности персон (роль, цели, потребности, разочарования, цитата, тратящий/направляющий, цвет): { $count }
export-ojf-lost-metrics = метрики пути (NPS, CSAT, CES): { $count }
export-ojf-lost-stage-details = описания, фазы, связанные впечатления или метрики этапов: { $count }
export-ojf-lost-lane-kinds = виды и цвета дорожек (у дорожек OJF есть только название): { $count }
export-ojf-lost-touchpoint-details = каналы, жертвы клиента, связанные впечатления или оценки других персон у точек контакта: { $count }
export-ojf-lost-pain-details = частота, столп, трение и нехватка у болевых точек: { $count }
export-ojf-lost-severities = болевые точки, чью серьёзность (1-5) OJF может сказать только как low (1-2), medium (3) или high (4-5): { $count }
export-ojf-lost-opportunity-details = ссылки на боли, ценность, усилия, владелец и столп лояльности у возможностей: { $count }
export-ojf-lost-speakers = авторы цитат (цитата записывается как наблюдение): { $count }
export-ojf-lost-workshop = голоса воркшопа, авторы или приватность карточек: { $count }

cli-unknown-export-format = «{ $format }» — не формат экспорта (svg, png, pdf, html, csv, md, json, mermaid, ojf, xlsx)
cli-unknown-page = «{ $page }» — не размер страницы (fit, a4, a3, letter)
cli-bad-scale = масштаб должен быть от { $min } до { $max }, а не { $scale }
cli-cannot-write = не удаётся записать { $file }: { $reason }
cli-crash-problems = { $count ->
    [one] проверка на сбои нашла { $count } проблему
    [few] проверка на сбои нашла { $count } проблемы
   *[many] проверка на сбои нашла { $count } проблем
}
cli-bench-store-nothing = укажите хотя бы один размер и одну правку
# --listen ADDRESS that is not an address; { $reason } is the system's own words.
cli-bad-listen = --listen { $listen }: { $reason } (например, { $example })
cli-serve-failed = сервер команды не удалось запустить: { $detail }
cli-joined = { $count ->
    [one] «{ $name }» присоединено в { $file }: { $count } путь
    [few] «{ $name }» присоединено в { $file }: { $count } пути
   *[many] «{ $name }» присоединено в { $file }: { $count } путей
}
cli-joined-room = { $count ->
    [one] «{ $name }» из комнаты по адресу { $address } присоединено в { $file }: { $count } путь
    [few] «{ $name }» из комнаты по адресу { $address } присоединено в { $file }: { $count } пути
   *[many] «{ $name }» из комнаты по адресу { $address } присоединено в { $file }: { $count } путей
}
cli-synced = { $count ->
    [one] синхронизировано: получено { $count } изменение
    [few] синхронизировано: получено { $count } изменения
   *[many] синхронизировано: получено { $count } изменений
}
# `journey sync --watch`: a line for each thing that happens until it is stopped.
cli-syncing = синхронизация { $file } (Ctrl+C — остановить)
cli-sync-stopped = { $count ->
    [one] остановлено: получено { $count } изменение
    [few] остановлено: получено { $count } изменения
   *[many] остановлено: получено { $count } изменений
}
cli-sync-received = { $count ->
    [one] получено { $count } изменение от { $authors }
    [few] получено { $count } изменения от { $authors }
   *[many] получено { $count } изменений от { $authors }
}
cli-sync-connecting = подключение
cli-sync-connected = подключено
cli-sync-offline = офлайн: { $reason }
cli-sync-failed = не удалось: { $reason }
