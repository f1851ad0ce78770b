# Why something the window asked for was refused: the ApiError a command answers (its `id`
# and `args`, crates/journey-api/src/errors.rs and the shell's ApiError::said). Each code of
# ErrorCode has `error-<code>`; a code with several sentences has more precise ones beside it.
# Arguments such as { $detail } and { $reason } are the program's own words, in English.

## Editing (journey-core's EditError)
error-not-found = { $what ->
    [card] The card
    [stage] The stage
    [lane] The lane
    [persona] The persona
    [flow] The connection between stages
    [pain-point] The pain point
   *[other] What this change names
  } no longer exists (it may have been deleted).
error-duplicate-id = { $what ->
    [card] A card
    [stage] A stage
    [lane] A lane
    [persona] A persona
    [flow] A connection between stages
   *[other] Something
  } with this id already exists.
error-invalid-graph = The stages cannot be connected that way.
error-invalid-value = This value was refused.
error-too-long = { $field }: this text is { $length } characters long; the limit is { $max }.

## What is wrong with a refused value (journey-core's Problem). { $field } names the value in
## the window's words: whoever formats the sentence first replaces the field's id by its own
## message, field-<id> (journey-api's ApiError::sentence, the page's l.error).
error-value-empty = { $field }: this cannot be left empty.
error-value-out-of-range = { $field }: choose { $min } to { $max }, not { $value }.
error-value-not-between = { $field }: the value must be between { $min } and { $max }.
error-value-not-finite = { $field }: the value must be a number.
error-value-not-a-colour = { $field }: "{ $value }" is not a colour; write # and six hex digits, like #3366cc.
error-scale-inverted = { $field }: the lowest step ({ $min }) must be below the highest ({ $max }).
error-scale-too-wide = { $field }: a scale spans at most { $max } steps.
error-scale-step-outside = { $field }: the named step { $step } lies outside the scale { $min } to { $max }.
error-score-outside-scale = { $field }: { $score } lies outside the journey's emotion scale { $min } to { $max }.
error-scale-leaves-scores = { $field }: { $count ->
    [one] { $count } emotion score falls
   *[other] { $count } emotion scores fall
  } outside { $min } to { $max }; change them first.
error-persona-too-many-entries = A persona lists at most { $max } goals, needs or frustrations of each kind.
error-answers-only-pain-points = An opportunity can only answer pain points.
error-journey-too-large = The journey has { $count } { $what ->
    [stages] stages
    [lanes] lanes
    [personas] personas
   *[cards] cards
  }; the limit is { $max }.
error-journey-full = { $field }: a journey holds at most { $max }.
error-card-use-a-move = Move the card to change its place.
error-pain-point-answered = Opportunities answer this pain point; unlink them first.
error-card-already-kind = This card is already { $kind ->
    [touchpoint] a touchpoint
    [pain-point] a pain point
    [opportunity] an opportunity
    [note] a note
   *[quote] a quote
  }.
error-ids-per-card = { $field }: name one new id per card ({ $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
  }, { $ids ->
    [one] { $ids } id
   *[other] { $ids } ids
  }).
error-stage-move-range = A stage moves 1 to { $max } places; { $steps } is outside that.
error-place-past-end = The cell holds { $others ->
    [one] { $others } other card
   *[other] { $others } other cards
  }, so place { $place } is past its end.
error-card-listed-twice = Card { $card } is listed twice.
error-no-cards-to-move = Name at least one card to move.
error-lane-move-zero = A lane moves at least one place.
error-lane-at-end = "{ $lane }" is already the { $end ->
    [first] first
   *[last] last
  } lane.
error-lane-move-too-far = "{ $lane }" can move at most { $room ->
    [one] { $room } place
   *[other] { $room } places
  } { $way ->
    [up] up
   *[down] down
  }, not { $steps }.
error-version-other-journey = This version belongs to another journey.
error-version-not-rebuilt = This version could not be rebuilt exactly from the journey as it is now.

## Why the stage graph refused a change (journey-core's GraphProblem); stages by their names.
error-stage-at-end = "{ $stage }" is already the { $end ->
    [first] first
   *[last] last
  } stage.
error-stages-not-in-line = "{ $a }" and "{ $b }" are not in one straight line of next flows, so they cannot swap places here; change branches in the stage graph view.
error-repeat-joins = A repeat loop joins "{ $a }" and "{ $b }"; change it in the stage graph view first.
error-flow-to-itself = A flow cannot lead from "{ $stage }" back to itself.
error-already-connected = "{ $from }" is already connected to "{ $to }" that way.
error-repeat-not-back = A repeat loop must go back to an earlier stage, but "{ $to }" does not come before "{ $from }".
error-would-loop = "{ $to }" already leads to "{ $from }"; to go back, use a repeat loop instead.
error-rewire-kind = Moving stages keeps each flow's kind.
error-repeat-would-break = The repeat loop from "{ $from }" back to "{ $to }" would no longer go back; change it in the stage graph first.
error-undo-needs-repair = This cannot be undone as the journey is now: { $detail }

## The values a refusal names (journey-core's Field, as field-<id>). The others are the
## inspector's own labels, in studio.ftl: field-goal, field-emotion, field-channel-name,
## field-wanted, field-accepted, field-severity, field-frequency, field-friction-name,
## field-value, field-effort, field-owner, field-answers, field-speaker, field-phase-name.
field-journey = Journey
field-journey-name = Journey name
field-emotion-scale = Emotion scale
field-emotion-name = Emotion name
field-nps = NPS
field-csat = CSAT
field-ces = CES
field-stages = Stages
field-stage-name = Stage name
field-stage-description = Stage description
field-stage-rank = Stage order
field-stage-move = Moving a stage
field-flow-label = Flow label
field-lanes = Lanes
field-lane-name = Lane name
field-lane-rank = Lane order
field-lane-colour = Lane colour
field-lane-move = Moving a lane
field-personas = Personas
field-persona = Persona
field-persona-name = Persona name
field-persona-role = Persona role
field-persona-quote = Persona quote
field-persona-entry = Goal, need or frustration
field-persona-colour = Persona colour
field-cards = Cards
field-card = Card
field-card-kind = Card kind
field-card-text = Card text
field-card-author = Card author
field-card-rank = Card order
field-position = Place in the cell
field-duplicate = Duplicate
field-paste = Paste
field-version = Version
field-version-name = Version name
field-template-name = Template name

## Opening and saving a workspace (journey-store's StoreError)
error-not-a-workspace = { $path } is not a Journey Studio workspace: { $reason }. Choose a .journeys file made by Journey Studio.
error-newer-version = { $path } was written by a newer Journey Studio (file format { $found }; this version reads up to { $supported }). Update Journey Studio to open it; the file was not changed.
error-corrupt = { $path } is damaged ({ $detail }). It was not changed; restore it from a backup or a copy.
error-corrupt-row = Stored data could not be read ({ $detail }); the file may come from a damaged copy.
error-locked = { $path } is open in another Journey Studio window or process. Close it there first.
error-read-only = { $path } cannot be changed: { $reason }. Everything saved before is intact; copy the file to a writable folder to keep editing.
error-read-only-file = This file or its folder is read-only, so the change was not saved. Everything saved before is intact; copy the file to a writable folder to keep editing.
error-read-only-workshop = This file is read-only: a workshop needs to write participants' cards into it.
error-disk-full = The disk is full, so this change was not saved. Everything saved before is intact; free some space and try again.
error-missing = There is no file at { $path }.
error-no-such-journey = This workspace has no such journey (it may have been deleted).
error-no-such-version = This journey has no such version (it may have been deleted).
error-stale = The journey changed since this view was drawn; reload and try again.
error-nothing-to-do = { $what ->
    [undo] Nothing to undo.
    [redo] Nothing to redo.
    [restore] The journey already matches this version.
   *[other] Nothing to do.
  }
error-io = Could not read or write { $path }: { $detail }
error-storage = Storage error: { $detail }
error-unrelated-copy = { $path } is not a copy of this workspace, so there is nothing to merge; it was not changed. To bring its journeys in, use File > Import instead.
error-unrelated-remote = A teammate's journey only shares its id with yours: the two have no history in common, so yours was kept as it is.
error-bad-remote = What came from a teammate could not be taken in ({ $detail }); nothing of yours was changed, and it will be asked for again.

## Sharing, joining and syncing (journey-sync)
error-unreachable = The team server at { $server } cannot be reached ({ $detail }). You are working offline: your changes are kept and sent when it is back.
error-wrong-secret = The team server refused this workspace's secret: the invitation is wrong, or it was made for another server. Ask for the invitation again.
error-revoked = This invitation was revoked by the workspace's owner (its secret was changed). Ask them for a new invitation.
error-unknown-workspace = The team server does not hold this workspace. Its owner shares it there first (Share This Workspace…, or journey share).
error-newer-needed = The team server needs a newer Journey Studio. Update Journey Studio to sync with it; your work stays on this computer meanwhile.
error-certificate = The server's certificate is not the one the invitation names, so nothing was sent: the server was set up again, or someone is in between. Ask for a new invitation.
error-certificate-room = The room's certificate at { $address } is not the one its invitation names: someone on the network is in between. Nothing was joined; ask the host for the invitation itself.
error-refused = The team server refused the connection ({ $detail }).
error-bad-invitation = This is not a Journey Studio invitation: an invitation is one line starting with "journey-invite:". Ask for it again and paste all of it.
error-bad-invitation-damaged = This invitation is damaged ({ $detail }): part of it may be missing. Ask for it again and paste all of it.
error-bad-invitation-newer = This invitation was made by a newer Journey Studio (invitation format { $version }). Update Journey Studio to join.
error-bad-invitation-server = This invitation's server address { $server } cannot be used: { $detail }
error-timeout = Syncing did not finish in { $seconds } seconds: { $detail }. What was sent is kept; run it again.
error-not-shared = This workspace is not shared: share it first (Share This Workspace…, or journey share).
error-io-sync = Could not start syncing: { $detail }
error-join-exists = { $path } already exists; join into a new file.

## Joining a room by its address and code (journey-sync's RoomError)
error-bad-address = "{ $address }" is not an address: type it as the host's room shows it, for example 192.168.1.20:48213.
error-bad-code = A room's code is 8 letters and digits, as the host's room shows it (for example K7PQ-2MXR); "{ $typed }" is not one.
error-no-room = No room answers at { $address } ({ $detail }). Check the address the host shows, that the host's room is still open, and that you are on the same network.
error-wrong-code = That code does not open the room at { $address }. Check the code the host shows and type it again.
error-too-many-attempts = The room at { $address } has had too many tries with a code. Wait { $seconds } seconds and try again, or ask the host for the invitation itself.
error-not-a-room = The studio at { $address } answered, but not as a room that accepts teammates ({ $detail }).

## The shell's own refusals (src-tauri)
error-invalid-input = { $what } is not valid: { $detail }
error-invalid-export = The export's settings are not valid: { $detail }
error-invalid-template = The template could not be used: { $detail }
error-io-error = Could not read or write a file: { $detail }
error-io-error-settings = The app's settings folder is not available.
error-io-error-no-log-folder = The log folder is not available.
error-io-error-log-folder = The log folder { $path } could not be opened: { $detail }
error-io-error-export = The export could not be written: { $detail }. Choose another folder, or free some space.
error-io-error-read = { $name } could not be read: { $detail }
error-no-workspace = No workspace is open. Use File > Open or File > New.
error-window-failed = A new window could not be opened: { $detail }
error-busy = Something else is still running; wait for it and try again.
error-busy-workshop = A session is already running; end it first.
error-busy-workshop-elsewhere = A session is already running in another window; end it there first.
error-busy-merge = End the workshop session before merging a copy: its participants would not see what the merge brings.
error-workshop-failed = The session could not start: { $detail }
error-no-session = No session is running.
error-cancelled = The export was cancelled; no file was written.
error-too-large = This picture would be too large: { $detail }
error-export-failed = The map could not be exported: { $detail }
error-import-failed = { $name }: { $detail }. Nothing was imported.
error-import-format = { $name }: choose a .json, .csv, .mmd, .ojf, .xlsx, .svg or .html file.
error-internal = Something went wrong inside Journey Studio: { $detail }
error-crashed = Journey Studio hit an internal error.

## The facilitator's workshop actions refused (the Workshop panel)
error-workshop-dots = Give each person 1 to { $max } dots.
error-workshop-timer = Set the timer to between a few seconds and 4 hours.
error-workshop-no-participant = That participant is not in the session.
error-workshop-action = The workshop could not do that: { $detail }

## Importing (journey-export's ImportError): where in the file, then what is wrong there.
## { $detail } is the message below it, already said; { $path }, { $sheet }, { $header },
## { $value } and { $name } are the file's own words. The CSV column names (journey, stage,
## emotion…) and the words a cell accepts ({ $words }, { $names }) are the format's.
error-import-at-line = line { $line }: { $detail }
error-import-at-line-column = line { $line }, column { $column }: { $detail }
error-import-at-cell = sheet { $sheet }, row { $row }, column { $column } ({ $header }): { $detail }
error-import-at-row-header = sheet { $sheet }, row { $row } ({ $header }): { $detail }
error-import-at-sheet-row = sheet { $sheet }, row { $row }: { $detail }
error-import-at-sheet = sheet { $sheet }: { $detail }
error-import-at-path = { $path }: { $detail }
# A detail that has no message of its own yet (the program's words, in English).
error-import-detail = { $detail }
error-import-wrong-format = this is not a Journey Studio JSON document (format is "{ $format }")
error-import-newer-version = the document is format version { $found }; this version reads up to { $supported }
error-import-not-utf8 = the file is not UTF-8 text (byte { $byte } is not)
error-import-no-journey = the file holds no journey
error-import-journey-refused = journey "{ $name }": { $detail }
error-import-json-cut-off = the file ends before its JSON does (it may have been cut off)
error-import-not-json = this is not valid JSON: { $detail }
error-import-not-ojf-json = this is not valid OpenJourney JSON: { $detail }
error-import-svg-malformed = this SVG is not well-formed: { $detail }
error-import-svg-no-journey = this SVG carries no journey (only SVG exported by Journey Studio can be imported)
error-import-html-no-journey = this HTML carries no journey (only HTML exported by Journey Studio can be imported)
error-import-found-null = null
error-import-found-bool = true or false
error-import-found-number = a number
error-import-found-text = text
error-import-found-list = a list
error-import-found-object = an object
error-import-expected = expected { $expected }, found { $found }
error-import-ojf-not-object = the OpenJourney document must be an object, not { $found }
error-import-ojf-missing = missing: an OpenJourney file lists its stages and swimlanes (Ptolemy refuses a file without them too)
error-import-ojf-score-kind = a score is a number, not { $found }
error-import-ojf-tag-kind = a tag is text, not { $found }
error-import-ojf-blueprint-kind = a blueprint item is an object or text, not { $found }
error-import-ojf-score-outside = the score { $score } is outside both scales OJF files use (-5..+5 in the spec, 0..10 in Ptolemy's requirements)
error-import-ojf-scales-mixed = the score { $score } needs the 0..10 scale, but { $other } is { $otherScore }, which needs -5..+5: the file mixes the two scales
error-import-ojf-score-exported = the score { $score } is outside -5..+5, the scale Journey Studio wrote this file's scores on
error-import-not-a-number = "{ $value }" is not a number
error-import-not-whole-from-to = { $value } is not a whole number from { $min } to { $max }
error-import-not-one-of = "{ $value }" is not one of: { $words }
error-import-needs-name = { $what ->
    [journey] the journey needs a name
    [stage] a stage needs a name
    [lane] a lane needs a name
   *[persona] a persona needs a name
  }
error-import-emotion-needs-score = a named emotion needs a score
error-import-outside-scale = { $score } is outside the scale { $min }..{ $max }
error-import-xlsx-not-workbook = this is not an Excel workbook (.xlsx) that can be read: { $detail }
error-import-xlsx-damaged = this workbook is damaged: a cell reference in it cannot be read
error-import-xlsx-missing-sheet = missing (a Journey Studio workbook has the sheets Journey, Stages, Lanes and Cards)
error-import-xlsx-not-ours = no row "Workbook": this workbook was not exported by Journey Studio
error-import-xlsx-layout = "{ $found }" is not a workbook layout this version reads (it reads "{ $reads }")
error-import-xlsx-sheet-unreadable = cannot be read: { $detail }
error-import-xlsx-no-header = the header row is missing (the sheet starts at row { $start })
error-import-xlsx-no-column = no column "{ $header }" (its header was changed or the column deleted)
error-import-xlsx-needs-whole = "{ $field }" needs a whole number
error-import-xlsx-scale-step = { $value } is not a whole number of the scale
error-import-xlsx-scale-name = "{ $value }" is not a step and its name, like "-3 Furious"
error-import-xlsx-persona-score = "{ $value }" is not a persona and a score, like "Ana: 2"
error-import-xlsx-name-twice = { $what ->
    [stage] two stages are
    [lane] two lanes are
    [persona] two personas are
   *[pain-point] two pain points are
  } called "{ $name }" in the { $sheet } sheet: rename one, or give its id
error-import-xlsx-name-empty = empty: every row needs its { $what ->
    [stage] stage
    [lane] lane
    [persona] persona
   *[pain-point] pain point
  }
error-import-xlsx-no-such = no { $what ->
    [stage] stage
    [lane] lane
    [persona] persona
   *[pain-point] pain point
  } "{ $name }" in the { $sheet } sheet
error-import-not-csv = this is not valid CSV: { $detail }
error-import-csv-header-unreadable = the header row cannot be read: { $detail }
error-import-csv-empty = the file is empty; a journey CSV starts with a header row such as journey,stage,lane,kind,text
error-import-csv-no-rows = the file has a header row but no cards under it
error-import-csv-column-twice = the header has the column "{ $column }" twice
error-import-csv-no-column = the header has no "{ $column }" column; a journey CSV needs journey, stage, lane and text (found: { $found })
error-import-csv-cell-empty = the "{ $column }" cell is empty; every row needs a journey, a stage and a lane
error-import-csv-not-whole = { $column } must be a whole number from { $min } to { $max }, not "{ $value }"
error-import-csv-out-of-range = { $column } must be { $min } to { $max }, not { $value }
error-import-csv-unknown = unknown { $what ->
    [card-kind] card kind
    [lane-kind] lane kind
    [pillar] pillar
   *[loyalty-pillar] loyalty pillar
  } "{ $value }" ({ $names })
error-import-csv-only-for = "{ $column }" is only for { $owner ->
    [touchpoint] touchpoints
    [pain-point] pain points
    [opportunity] opportunities
   *[quote] quotes
  }, but this card is a { $kind }
error-import-csv-true-false = { $column } must be true or false, not "{ $value }"
error-import-csv-emotion-name = the emotion name "{ $name }" needs a score in the "{ $column }" column
error-import-csv-phase-differs = stage "{ $stage }" is in phase "{ $was }" on line { $line }, but in "{ $now }" here
error-import-csv-lane-kind-differs = lane "{ $lane }" is a { $was } lane on line { $line }, but a { $now } lane here
error-import-csv-answers = the opportunity answers "{ $text }", but no pain point in journey "{ $journey }" has that text
error-import-lucid-columns = a Lucidchart CSV has the columns Id and Name
error-import-lucid-no-id = the row has no Id
error-import-lucid-same-id = the Id { $id } is on an earlier row too
error-import-lucid-no-container = Contained By names { $id }, which no row has as its Id
error-import-lucid-no-shapes = the file has no shapes (only pages or lines)
error-import-mermaid-front-matter = the front matter that starts here is never closed with "---"
error-import-mermaid-not-journey = a Mermaid journey starts with "journey"
error-import-mermaid-empty = a Mermaid journey starts with "journey"; this file has nothing else
error-import-mermaid-section-name = a section needs a name, as in "section Checkout"
error-import-mermaid-journey-again = "journey" belongs on the first line only
error-import-mermaid-actors = more than { $max } different actors; a journey keeps at most that many personas
error-import-mermaid-task = a task needs "text: score", found "{ $found }"
error-import-mermaid-task-first = a task comes before any section
error-import-mermaid-score = score must be 1 to 5, not { $score }
# The core's names of the fields a file fills ({ $name }: any other, as the core writes it).
error-import-field = { $field ->
    [card-text] card text
    [journey-name] journey name
    [stage-name] stage name
    [lane-name] lane name
    [persona-name] persona name
    [phase] phase
   *[other] { $name }
  }
error-import-too-long = { $field } is { $length } characters long; the limit is { $max }
error-import-empty = { $field }: must not be empty
