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
