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

## The map (SVG, PNG, PDF and the HTML page draw it): labels on it beside the user's own text.
## { $persona }, { $goal } and { $label } are the user's words; keep them whole.
export-goal-persona = { $goal }  ·  Persona: { $persona }
export-line-of-visibility = Line of visibility
export-repeat-flow = Repeat: { $label }
export-stages-heading = STAGES
export-lanes-heading = LANES
export-pain-weight = S{ $severity } × F{ $frequency } = { $weight }
export-value-effort = Value { $value } · Effort { $effort }
export-answers-pains = { $count ->
    [one] Answers { $count } pain
   *[other] Answers { $count } pains
}
# The legend of the emotion curves: a curve of no named persona.
export-legend-persona = Persona
export-legend-journey = Journey

## The HTML page's own controls (around the map).
export-html-zoom-out = Zoom out
export-html-zoom-in = Zoom in
export-html-fit = Fit
export-html-insights = Insights
export-html-hint = Drag or scroll to pan · Ctrl+scroll or + / − to zoom · F fits
export-html-map = Journey map
export-heatmap-title = Pain severity by stage and CX pillar

## Tiled PDF pages: the label above each tile, the overview's tabs and its label.
export-pdf-tile = Row { $row }, column { $column } · page { $page } of { $total } · { $paper } · overlap { $overlap } mm
export-pdf-tab = p. { $page }
export-pdf-overview = Overview · { $columns } x { $rows } pages of { $paper } ({ $count } in all, then row by row) · map at true size { $width } x { $height } mm

## The Markdown report. Headings and labels only: the code adds the Markdown marks (#, **, |).
export-md-goal = Goal
export-md-summary = { $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
} · { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
} · emotion scale { $min } to { $max }
export-md-personas = Personas
export-md-goals = Goals
export-md-needs = Needs
export-md-frustrations = Frustrations
export-md-in-their-words = In their words
export-md-insights = Insights
export-md-stages = Stages
export-md-no-cards = No cards yet.
export-md-empty-card = (empty card)
export-md-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
export-md-by = by { $author }
export-md-feels = feels { $score } { $emotion }
export-md-sacrifice = sacrifice
export-md-wanted-accepted = wanted { $wanted }, accepted { $accepted }
export-md-pain-weight = severity { $severity } × frequency { $frequency } = { $weight }
export-md-value-effort = value { $value }, effort { $effort }
export-md-owner = owner { $owner }
export-md-emotion-title = Emotion along the journey
export-md-average-label = Average
export-md-average = { $mean } over { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
export-md-lowest = Lowest
export-md-highest = Highest
export-md-end = End
export-md-largest-drop = Largest drop
export-md-at-stage = { $score } at “{ $card }” ({ $stage })
export-md-at = { $score } at “{ $card }”
export-md-drop = { $from } → { $to } from “{ $fromCard }” to “{ $toCard }”
export-md-pains-title = Pain points by priority (severity × frequency)
export-md-nothing-yet = nothing yet
export-md-opportunities = Opportunities
# Table columns of the report.
export-col-stage = Stage
export-col-score = Score
export-col-emotion = Emotion
export-col-rank = Rank
export-col-severity = Severity
export-col-frequency = Frequency
export-col-weight = S×F
export-col-pillar = Pillar
export-col-answered-by = Answered by
export-col-value = Value
export-col-effort = Effort
export-col-loyalty-pillar = Loyalty pillar
export-col-answers = Answers

## What the app says when an export cannot start (the native save dialog and the shell).
error-export-busy = Another export is still running; wait for it or cancel it.

## The command line (`journey`): what it says to people. Machine output (JSON, ids, tab-separated
## lists) and exit codes never change with the language.
cli-created = created { $path }
cli-note = note: { $file }: { $note }
cli-error = journey: { $message }
cli-unknown-language = there is no catalog for “{ $code }” (languages: { $languages })
cli-unknown-template = unknown template “{ $id }” (see `journey templates`)
cli-edit-invalid = the edit is not valid: { $reason }
cli-give-format-export = give --format, or an output file name with a known extension
cli-give-format-import = give --format, or an input file name ending in .json, .csv, .mmd, .svg, .html, .ojf or .xlsx
cli-unknown-import-format = unknown format “{ $format }” (json, csv, mermaid, svg, html, ojf, xlsx, lucid)
cli-cannot-read = cannot read { $file }: { $reason }
cli-validate = { $file }: { $count ->
    [one] { $count } journey
   *[other] { $count } journeys
}, integrity { $verdict }
cli-show-title = { $name } (revision { $revision })
cli-merge-nothing-new = nothing new: { $ours } already has every change of { $theirs }
cli-merge-added = came in whole
cli-merge-removed = was removed in the copy, so here too
cli-merge-kept-apart = shares only its id with the copy's; left as it was (import the copy's to have both)
cli-merge-changes = { $count ->
    [one] { $count } change from { $authors }
   *[other] { $count } changes from { $authors }
}
cli-merge-needs-decision = needs a decision: { $sentence }
cli-analyse-findings = Findings
cli-analyse-paths = Paths ({ $count })
cli-analyse-paths-more = Paths ({ $count }, more not listed)
cli-analyse-worst-mean = worst mean
cli-analyse-lowest-point = lowest point
cli-analyse-best = best
cli-analyse-mean = mean { $mean }, min { $min }
cli-analyse-no-scores = no scores
cli-unknown-export-format = “{ $format }” is not an export format (svg, png, pdf, html, csv, md, json, mermaid, ojf, xlsx)
cli-unknown-page = “{ $page }” is not a page size (fit, a4, a3, letter)
cli-bad-scale = the scale must be between { $min } and { $max }, not { $scale }
cli-cannot-write = cannot write { $file }: { $reason }
cli-crash-problems = { $count ->
    [one] the crash test found { $count } problem
   *[other] the crash test found { $count } problems
}
cli-bench-store-nothing = give at least one size and one edit
# --listen ADDRESS that is not an address; { $reason } is the system's own words.
cli-bad-listen = --listen { $listen }: { $reason } (for example { $example })
cli-serve-failed = the team server could not start: { $detail }
cli-joined = { $count ->
    [one] joined "{ $name }" into { $file }: { $count } journey
   *[other] joined "{ $name }" into { $file }: { $count } journeys
}
cli-joined-room = { $count ->
    [one] joined "{ $name }" from the room at { $address } into { $file }: { $count } journey
   *[other] joined "{ $name }" from the room at { $address } into { $file }: { $count } journeys
}
cli-synced = { $count ->
    [one] synced: { $count } change received
   *[other] synced: { $count } changes received
}
# `journey sync --watch`: a line for each thing that happens until it is stopped.
cli-syncing = syncing { $file } (Ctrl+C to stop)
cli-sync-stopped = { $count ->
    [one] stopped: { $count } change received
   *[other] stopped: { $count } changes received
}
cli-sync-received = { $count ->
    [one] received { $count } change from { $authors }
   *[other] received { $count } changes from { $authors }
}
cli-sync-connecting = connecting
cli-sync-connected = connected
cli-sync-offline = offline: { $reason }
cli-sync-failed = failed: { $reason }
