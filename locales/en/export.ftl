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

## Import report: what a file held that did not come in as written (journey-export's notes,
## shown after File > Import… and printed by `journey import`). { $path }, { $name }, { $sheet },
## { $examples } and the like are the file's own words; OpenJourney's member names
## (journeyStudio, overrideEmotion, stageId, metadata.title…) are the format's and stay as they are.
export-import-number = { $n }
export-import-counted = { $what }: { $count } ({ $examples }{ $more ->
    [0] {""}
   *[other] , ...
  }).
export-import-kind-touchpoint = touchpoint
export-import-kind-pain-point = pain point
export-import-kind-opportunity = opportunity
export-import-kind-note = note
export-import-kind-quote = quote
export-import-ojf-exact = Read exactly as Journey Studio exported it: the file's OJF fields are unchanged, so its journeyStudio member holds the whole journey.
export-import-ojf-changed = The file was exported by Journey Studio and changed since (its OJF fields differ from what was exported): read from its OJF fields, with ids, lane kinds and what OJF has no field for taken from its journeyStudio member.
export-import-ojf-read = Read as OpenJourney: { $stages } { $stages ->
    [one] stage
   *[other] stages
  }, { $swimlanes } { $swimlanes ->
    [one] swimlane
   *[other] swimlanes
  } and { $nodes } { $nodes ->
    [one] node
   *[other] nodes
  } made { $lanes } { $lanes ->
    [one] lane
   *[other] lanes
  } and { $cards } { $cards ->
    [one] card
   *[other] cards
  }.
export-import-ojf-scale-0-10 = Scale: 0..10 (Ptolemy's requirements), because { $path } is { $score }; scores are kept as written.
export-import-ojf-scale-negative = Scale: -5..+5 (the OJF spec), as the file's negative scores say; scores are kept as written.
export-import-ojf-scale-no-scores = Scale: -5..+5 (the OJF spec); the file has no scores.
export-import-ojf-scale-assumed = Scale: -5..+5 (the OJF spec) assumed: every score lies in 0..5, which fits both the spec's -5..+5 and the 0..10 of Ptolemy's requirements. Set the journey's scale to 0..10 if the file meant that.
export-import-ojf-lane-added = Added the lane "{ $name }" for what the nodes hold besides their own card.
export-import-ojf-no-title = The file has no title (neither a root title nor metadata.title): the journey is called "{ $name }".
export-import-ojf-lanes-guessed = Lane kinds guessed from the swimlanes' names (OJF swimlanes have none): { $lanes }.
export-import-ojf-lane-guess = "{ $name }" as { $kind }
export-import-ojf-persona = The persona "{ $name }" became the journey's persona (OJF names it only).
export-import-ojf-score-text = Scores written as text, read as numbers
export-import-ojf-score-not-number = Scores that are not numbers, left unscored
export-import-ojf-score-fraction = Scores with a fraction, rounded to the scale's whole steps
export-import-ojf-stage-unnamed = Stages without a name, named by their place
export-import-ojf-stage-same-id = Stages sharing an id with an earlier one (nodes with that id go to the first)
export-import-ojf-stage-no-id = Stages without an id (no node can be in them)
export-import-ojf-lane-unnamed = Swimlanes without a name, named by their place
export-import-ojf-lane-same-id = Swimlanes sharing an id with an earlier one (nodes with that id go to the first)
export-import-ojf-lane-no-id = Swimlanes without an id (no node can be in them)
export-import-ojf-node-no-stage = Nodes left out: their stageId names no stage of the file (Ptolemy does not show them either)
export-import-ojf-node-no-lane = Nodes left out: their swimlaneId names no swimlane of the file (Ptolemy does not show them either)
export-import-ojf-tags = Nodes' tags kept as a last line "Tags: ..." of the card (cards have no tag field)
export-import-ojf-severity-word = Severities other than low, medium or high, read as medium
export-import-ojf-purpose-as = Purpose "{ $purpose }" read as { $kind }
export-import-ojf-purpose-unknown = Purpose "{ $purpose }" unknown, read as its lane's kind ({ $kind })
export-import-ojf-sentiment = Sentiments of nodes without a score had no home (a named emotion needs a score)
export-import-ojf-moment = Moments of truth on nodes that are not touchpoints had no home
export-import-ojf-severity-not-pain = Severities of nodes that are not pain points had no home (only pain points carry one)
export-import-ojf-icon = Node icons had no home (cards have no icon)
export-import-ojf-icon-color = Node iconColors had no home (cards have no colour of their own)
export-import-ojf-scored = Scored { $kind } nodes made a touchpoint (the score) and a { $kind } card tied to it
export-import-ojf-blueprint = Blueprint { $part } items made cards in the { $lane } lane, tied to their node
export-import-ojf-stage-emotion = Stages' overrideEmotion made a touchpoint "{ $card }" on the emotion lane
export-import-xlsx-read = Read the workbook: { $stages } { $stages ->
    [one] stage
   *[other] stages
  }, { $lanes } { $lanes ->
    [one] lane
   *[other] lanes
  }, { $personas } { $personas ->
    [one] persona
   *[other] personas
  } and { $cards } { $cards ->
    [one] card
   *[other] cards
  }; the sheets { $sheets } are computed from these and were not read.
export-import-xlsx-flows-dropped = { $count } { $count ->
    [one] flow named a stage no longer in the { $sheet } sheet and was left out.
   *[other] flows named a stage no longer in the { $sheet } sheet and were left out.
  }
export-import-xlsx-no-flows = No { $flows } sheet: the stages follow one another in the order of the { $stages } sheet.
export-import-xlsx-unplaced = New stages with no flow yet (add a row to the { $sheet } sheet to place them in the journey): { $stages }.
export-import-xlsx-links-dropped = { $count } { $count ->
    [one] link from an opportunity to a pain point no longer in the { $sheet } sheet was left out.
   *[other] links from opportunities to pain points no longer in the { $sheet } sheet were left out.
  }
export-import-xlsx-copied = { $count } { $count ->
    [one] row carried an id an earlier row has (a copied row): it became a new entity with an id of its own.
   *[other] rows carried an id an earlier row has (copied rows): each became a new entity with an id of its own.
  }
export-import-xlsx-new-cards = { $count } { $count ->
    [one] new card (a row without an id).
   *[other] new cards (rows without an id).
  }
export-import-lucid-page = Page "{ $name }": { $note }
export-import-lucid-lanes = { $count } { $count ->
    [one] swim lane became a lane of touchpoints.
   *[other] swim lanes became lanes of touchpoints.
  }
export-import-lucid-shapes-stages = No containers other than swim lanes: each of the { $count } shapes became a stage of its own, in the order the lines give.
export-import-lucid-containers = { $count } { $count ->
    [one] container became a stage.
   *[other] containers became stages.
  }
export-import-lucid-loose = Shapes in no container went to a stage "{ $stage }".
export-import-lucid-cards = { $count } { $count ->
    [one] shape became a card
   *[other] shapes became cards
  } ({ $notes } { $notes ->
    [one] note
   *[other] notes
  }, the rest touchpoints, unscored).
export-import-lucid-flows = { $count } { $count ->
    [one] line became a flow
   *[other] lines became flows
  } ({ $repeats } back to an earlier stage, as repeat loops).
export-import-lucid-same-stage = { $count } { $count ->
    [one] line within one stage (or repeating another) had no flow to become.
   *[other] lines within one stage (or repeating another) had no flow to become.
  }
export-import-lucid-dangling = { $count } { $count ->
    [one] line did not join two shapes and was left out.
   *[other] lines did not join two shapes and were left out.
  }
export-import-mermaid-unscored = line { $line }: the task "{ $task }" has no score ("{ $score }" is not a number), so it was left out

## Export report: what an OpenJourney (.ojf) export cannot hold in OJF's own fields (`journey export`).
export-ojf-scale = Scores are on this journey's { $min }..{ $max } scale; they are written on OJF's -5..+5 (rounded), and the scale and its names go in the journeyStudio member.
# The notes after this one each name one of the things it says OJF has no field for.
export-ojf-no-field = OJF has no field for what follows. It is kept in the file's journeyStudio member (Journey Studio reads it back; Ptolemy keeps it but does not show it).
export-ojf-lost-flows = { $count } branch or repeat flows between stages (OJF stages are a plain sequence)
export-ojf-lost-personas = { $count } personas beyond the first (OJF names one persona)
export-ojf-lost-persona-details = { $count } personas' details (role, goals, needs, frustrations, quote, spender/sender, colour)
export-ojf-lost-metrics = { $count } journey metrics (NPS, CSAT, CES)
export-ojf-lost-stage-details = { $count } stages' descriptions, phases, connected experiences or metrics
export-ojf-lost-lane-kinds = { $count } lane kinds and colours (OJF swimlanes have a name only)
export-ojf-lost-touchpoint-details = { $count } touchpoints' channels, customer sacrifice, connected experience or other personas' scores
export-ojf-lost-pain-details = { $count } pain points' frequency, pillar, friction and shortage
export-ojf-lost-severities = { $count } pain points whose severity (1-5) OJF can only say as low (1-2), medium (3) or high (4-5)
export-ojf-lost-opportunity-details = { $count } opportunities' links to pains, value, effort, owner and loyalty pillar
export-ojf-lost-speakers = { $count } quotes' speakers (a quote is written as an observation)
export-ojf-lost-workshop = { $count } cards' workshop votes, authors or privacy

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
