## Export labels
export-pillar-heading = CX pillar

## Findings of the insights (journey-core insights, `Finding::id`): the Insights panel, the
## Markdown and HTML reports and `journey analyse` say them.
finding-no-repeat-loop = No repeat loop: nothing brings the customer back to the start (connected strategy's Repeat).
finding-unreachable = Stage “{ $stage }” cannot be reached from the start.
finding-dead-end = Stage “{ $stage }” is a dead end: no flow leads on from it.
finding-missing-phase = No stage is tagged { $phase }.
finding-no-touchpoint = No touchpoint yet in { $stages }.
finding-worst-path = Worst path: { $route } (mean emotion { $mean }, lowest { $lowest }).
finding-negative-moment-of-truth = Moment of truth felt as { $score }: { $card } in “{ $stage }”.
finding-largest-drop = Largest drop: { $from } → { $to } from { $fromCard } to { $toCard }.
finding-peak-end = Peak-end: the most intense moment is { $peak } at { $peakCard }, the journey ends at { $end } ({ $endCard }); customers will remember about { $remembered }.
finding-top-pain = Top pain: { $card } (severity { $severity } × frequency { $frequency } = { $weight }) in “{ $stage }”.
finding-unanswered-pains = { $count ->
    [one] { $count } pain point no opportunity answers.
   *[other] { $count } pain points no opportunity answers.
}
finding-quick-wins = Quick wins (high value, low effort): { $cards }.
finding-pillar-hotspot = Where it hurts most: { $pillar } in “{ $stage }” (pain severity { $severity }).
finding-empty-loyalty-pillars = No opportunity builds on { $pillars }.
finding-channel-switches = { $count ->
    [one] { $count } channel switch: { $hops }.
   *[other] { $count } channel switches: { $hops }.
}
finding-friction = { $kind } in { $stages }.
finding-persona-gap = { $a } and { $b } differ most at { $card } ({ $aScore } vs { $bScore }).
