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
finding-largest-drop = Самое большое падение: { $from } → { $to }, от «{ $fromCard }» к «{ $toCard }».
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
