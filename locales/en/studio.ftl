# The window's words (ui/src). Each message is used by the component named in its group.

## Preferences: language
preferences-title = Preferences
preferences-language = Language
preferences-language-system = Follow the system ({ $language })
preferences-latin-digits = Write numbers with the digits 0–9
preferences-close = Close

## Inspector
cards-selected = { $count ->
    [one] { $count } card selected
   *[other] { $count } cards selected
}

## Common
close = Close
cancel = Cancel
delete = Delete
duplicate = Duplicate
error-code = Error code:
dismiss = Dismiss message
none = None

## Errors (ErrorScreen, CrashBoundary)
open-failed-title = This file could not be opened
open-failed-hint = Use File › Open… to choose another workspace, or File › New Workspace… to start one. The file was not changed.
crash-title = The window ran into a problem
crash-hint = Your work is safe: every change was saved to the file when you made it. Draw the studio again to continue; if this keeps happening, note what you did just before and report it.
crash-retry = Draw the studio again

## Keyboard shortcuts (ShortcutsDialog): each key and what it does
shortcuts-title = Keyboard shortcuts
keys-undo-shortcut = Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y
keys-undo = undo, redo (also after a restart)
keys-select-shortcut = Arrows
keys-select = select the next card up, down, left or right
keys-move-shortcut = Space, arrows, Space / Esc
keys-move = pick up the selected cards, choose the place, drop / cancel
keys-stage-lane-shortcut = Alt+← / Alt+→, Alt+↑ / Alt+↓
keys-stage-lane = move the selected stage left or right, the selected lane up or down
keys-clipboard-shortcut = Ctrl+C / Ctrl+X / Ctrl+V
keys-clipboard = copy, cut, paste cards (also into another journey)
keys-rename-shortcut = Enter or F2
keys-rename = edit the selected card's text; rename the selected stage or lane
keys-new-shortcut = N
keys-new = new card after the selected one
keys-emotion-shortcut = + / − (or Alt+↑ / Alt+↓)
keys-emotion = raise or lower the selected touchpoint's emotion
keys-delete-shortcut = Delete
keys-delete = delete the selection (cards, a stage, a lane; a flow in the graph view)
keys-duplicate-shortcut = Ctrl+D
keys-duplicate = duplicate the selected cards
keys-search-shortcut = Ctrl+F
keys-search = search; matching cards are highlighted
keys-zoom-shortcut = Ctrl+= / Ctrl+− / Ctrl+0
keys-zoom = zoom in, out, actual size (middle-button drag pans)
keys-views-shortcut = Ctrl+1 / Ctrl+2
keys-views = journey map / stage graph
keys-transfer-shortcut = Ctrl+E / Ctrl+I
keys-transfer = export / import
keys-present-shortcut = F5, then ← → and Esc
keys-present = presentation: step through the stages, leave
keys-help-shortcut = F1
keys-help = this list

## Toolbar
toolbar-label = Map tools
toolbar-view = View
view-map = Map
view-graph = Stage graph
undo = Undo
    .title = Undo (Ctrl+Z)
redo = Redo
    .title = Redo (Ctrl+Shift+Z)
search-label = Search cards
search-placeholder = Search cards (Ctrl+F)
search-matches = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
hint-graph = Drag between stages to connect them · Delete removes the selected flow
hint-read-only = Read-only: changes are off
hint-moving = Moving: arrows choose the place, Space drops, Esc cancels
hint-map = Double-click a cell to add a card · Space then arrows to move one · Delete removes
zoom-out = Zoom out
    .title = Zoom out (Ctrl+−)
zoom-in = Zoom in
    .title = Zoom in (Ctrl+=)
zoom-actual = Actual size
    .title = Actual size (Ctrl+0)
zoom-fit = Fit
    .title = Fit the map to the window
panel-inspector = Inspector
    .title = Show or hide the inspector (more room for the map)
present = Present
    .title = Show the journey to the room, stage by stage
panel-workshop = Workshop
    .title = Run a workshop: participants join from their browsers
panel-insights = Insights
    .title = What the map says: paths, pains, pillars
panel-versions = Versions
    .title = Named versions of this journey

## The window (App, TopBar)
app-name = Journey Studio
opening-workspace = Opening workspace…
crash-details = { $message } Details are in { $log }.
open-log-folder = Open log folder
merge-to-decide = { $count ->
    [one] { $count } item from the merge needs a decision
   *[other] { $count } items from the merge need a decision
}
persona-value-spender = spender
persona-value-sender = sender
journey-summary = Journey summary
count-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
count-touchpoints = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
count-pains = { $count ->
    [one] { $count } pain point
   *[other] { $count } pain points
}
file-read-only = Read-only
file-saved = Saved automatically

## Journeys menu (JourneyMenu)
journeys-menu = Journeys
journey-new-name = New journey
journey-new = New journey…
journey-duplicate = Duplicate this journey
journey-rename = Rename…
journey-save-template = Save as template…
journey-delete = Delete this journey…
journey-import = Import journeys…
import-report-title = What the import brought in
import-report-intro = These parts of the file did not come in exactly as it had them:
journey-merge = Merge a copy…
journey-export = Export this journey…
journey-new-name-label = New name
rename = Rename
field-name = Name
journey-start-from = Start from
templates = Templates
templates-loading = Loading templates…
template-yours = { $name } (yours)
template-name = Template name
template-hint = Saved for you, outside this file: it will be offered under New journey in every workspace.
template-save = Save template
journey-delete-confirm = Delete “{ $name }” with its undo history and versions? This cannot be undone.
journey-delete-button = Delete journey

## Export (ExportDialog)
export-title = Export “{ $name }”
export-format = Format
format-pdf = PDF
    .what = Vector document for printing and mail; text stays searchable.
format-png = PNG
    .what = A picture for slides and chats, at any size.
format-svg = SVG
    .what = Vector picture; opens in browsers and design tools, and imports back.
format-html = Web page
    .what = One file that opens offline in any browser, with pan and zoom.
format-csv = CSV
    .what = One row per card, for spreadsheets.
format-md = Markdown
    .what = A readable report: persona, stages, emotions, pains by priority.
format-json = JSON
    .what = The complete journey; imports back exactly.
format-mermaid = Mermaid
    .what = Journey diagram text for documentation sites.
format-ojf = OpenJourney
    .what = The map for Ptolemy and other OJF tools; reads back here whole.
format-xlsx = Excel workbook
    .what = A sheet per concern for research and reports; a person's edits read back.
export-pages = Pages
pages-fit = One page, the size of the map
pages-a4 = A4 pages (true size, with overview)
pages-a3 = A3 pages (true size, with overview)
pages-letter = Letter pages (true size, with overview)
export-size = Size
export-scale-1 = 1× (screen size)
export-scale-2 = 2× (sharp on high-resolution screens)
export-scale-4 = 4× (posters and print)
export-progress = Export progress
export-saved = Saved to { $path }
export-cancel = Cancel export
export-start = Export…

## Insights (InsightsPanel)
insights-reading = Reading the map…
insights-findings = Findings
insights-show = Show on the map
finding-warning = Warning
finding-note = Note
insights-paths = Paths
insights-paths-first = (first { $count })
path-no-scores = no scores
path-figures = mean { $mean } · low { $low }
path-repeats = repeats
path-tag-worst = worst
path-tag-lowest = lowest point
path-tag-best = best
insights-heatmap = Where it hurts: pain severity by stage and CX pillar
insights-stage = Stage
heatmap-cell = { $pillar } in { $stage }: severity { $severity }
insights-untagged = { $count ->
    [one] { $count } pain point has no pillar yet.
   *[other] { $count } pain points have no pillar yet.
}
insights-matrix = Opportunities: value and effort
quadrant-quickWin = Quick wins
quadrant-majorProject = Major projects
quadrant-fillIn = Fill-ins
quadrant-thankless = Thankless
quadrant-none = none
card-empty = (empty card)
value-effort-short = V{ $value } E{ $effort }
insights-loyalty = Loyalty pillars

## Versions (VersionsPanel)
version-save-title = Save a version
version-name = Version name
    .placeholder = e.g. Before workshop
version-save = Save
version-hint = A version is a snapshot kept in this file. Restoring one is a single step you can undo.
versions-none = No versions yet.
version-meta = { $when } · { $cards ->
    [one] { $cards } card
   *[other] { $cards } cards
}
version-stop-comparing = Stop comparing
version-compare = Compare with now
version-view = View
version-restore = Restore
version-delete = Delete version { $name }
diff-label = Changes since the version
diff-since = Since “{ $name }”
diff-cards = Cards: { $list }
diff-cards-added = { $count } added
diff-cards-removed = { $count } removed
diff-cards-moved = { $count } moved
diff-cards-changed = { $count } changed
diff-no-cards = No card changes
mark-added = added
mark-changed = changed
mark-moved = moved
diff-item = { $name } ({ $change })
change-added = added
change-removed = removed
change-updated = updated
diff-stages = Stages: { $list }
diff-lanes = Lanes: { $list }
diff-flows = Flows: { $added } added, { $removed } removed, { $changed } changed
diff-removed-cards = Removed cards
diff-emotions = Emotion changes

## Workshop (WorkshopPanel)
workshop-qr = QR code of the join link
card-removed = (removed card)
workshop-intro = Run the session from here. Participants on the same Wi-Fi open a link (or scan a QR code) in any browser, enter their name and a short code, and add cards, vote and see the timer. No account and no internet needed.
workshop-loopback = This computer only (to try it out)
workshop-start = Start session
workshop-join = Join
workshop-join-code = Join code
workshop-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
workshop-remove = Remove
workshop-ban = Ban
workshop-ban-title = Remove { $name } and refuse them again under that name
workshop-ban-device = Banning also refuses their device
workshop-new-code = New code
workshop-new-code-title = Give the session a new join code: the old one stops working, everyone in it stays
workshop-cards = Cards from participants
workshop-open-lanes = Lanes open for cards
workshop-private = Private mode: new cards stay hidden until revealed
workshop-reveal = Reveal private cards
workshop-anonymously = anonymously
workshop-lock = Lock the board
workshop-follow = Participants follow my stage
workshop-vote = Dot vote
workshop-vote-status = { $voters } voted · { $dots ->
    [one] { $dots } dot each
   *[other] { $dots } dots each
}
workshop-vote-close = Close vote and save results
workshop-vote-cards = Cards to vote on
workshop-vote-whole-map = The whole map
workshop-dots = Dots
workshop-vote-open = Open vote
workshop-timer = Timer
workshop-minutes = Minutes
workshop-timer-set = Set
workshop-timer-pause = Pause
workshop-timer-start = Start
workshop-timer-extend = +1 min
workshop-end = End session
workshop-record = Session record ({ $count })
cards-selected-hint = Drag any of them to move the group, or press Delete to delete them all.
last-changed = Last changed by { $who }, { $when }
field-text = Text
field-kind = Kind
field-channel = Channel
channel-none = No channel
field-channel-name = Channel name
field-emotion = Emotion
emotion-none = Not scored
field-named-emotion = Named emotion
    .placeholder = e.g. relieved
moment-of-truth = Moment of truth
field-experience = Connected experience
field-wanted = Customer wanted
    .placeholder = What the customer really wanted
field-accepted = Customer accepted
    .placeholder = What they settled for
field-severity = Severity
severity-low = minor
severity-high = severe
field-frequency = Frequency
frequency-low = rare
frequency-high = every time
pain-priority = Priority { $priority } (severity × frequency)
field-pillar = CX pillar
field-friction = Friction
field-friction-name = Friction name
field-short-of = Customer is short of
field-value = Value
value-low = little
value-high = a lot
field-effort = Effort
effort-low = quick
effort-high = a project
field-loyalty = Loyalty pillar
field-owner = Owner
field-answers = Answers these pain points
pain-untitled = Untitled pain point
field-speaker = Speaker
card-delete = Delete card
field-sample = Answers
inspector-stage = Stage
field-description = Description
field-phase = Phase
phase-custom = Custom…
field-phase-name = Phase name
inspector-metrics = Metrics
metric-nps = NPS ({ $min } to { $max })
metric-csat = CSAT (%)
metric-ces = CES ({ $min } to { $max })
stage-move-left = ← Move left
    .title = Alt+←
stage-move-right = Move right →
    .title = Alt+→
stage-delete = Delete stage and its cards
inspector-lane = Lane
lane-hint = Backstage and support lanes sit below the line of visibility.
lane-move-up = ↑ Move up
    .title = Alt+↑
lane-move-down = Move down ↓
    .title = Alt+↓
lane-delete = Delete lane and its cards
inspector-journey = Journey
field-goal = Goal
inspector-scale = Emotion scale
scale-lowest = Lowest
scale-highest = Highest
scale-step = Step
    .placeholder = Name this step
inspector-personas = Personas
persona-new-name = Persona { $number }
persona-add = Add persona
inspector-hint = Select a card, stage or lane to edit it. Double-click an empty cell to add a card.
persona-role = Role
persona-quote = Quote
persona-goals = Goals (one per line)
persona-needs = Needs (one per line)
persona-frustrations = Frustrations (one per line)
persona-value = Customer value
persona-value-none = Not set
persona-spender = Spender (spends most)
persona-sender = Sender (refers others)
persona-color = Curve colour
persona-color-of = Curve colour of { $name }
persona-remove = Remove persona

## Cards (CardFace)
card-text = Card text
card-label = { $description }:
card-label-emotion = emotion { $score } { $name }
card-label-pain = severity { $severity }, frequency { $frequency }
card-label-votes = { $count ->
    [one] { $count } dot
   *[other] { $count } dots
}
card-empty-text = Empty card
sacrifice = Sacrifice
    .title = Wanted: { $wanted } · Accepted: { $accepted }
pain-badge = S{ $severity } × F{ $frequency } = { $priority }
    .title = Severity × frequency
value-effort = Value { $value } · Effort { $effort }
    .title = Value and effort, 1 to 5
answers-pains = { $count ->
    [one] Answers { $count } pain
   *[other] Answers { $count } pains
}
votes = Votes
    .title = Dots in the last vote
card-private = Private

## Studio, map, curve, graph
viewing-version = Viewing version “{ $name }” (read-only).
viewing-back = Back to now
viewing-restore = Restore this version
graph-loading = Drawing the stage graph…
workspace-empty = This workspace has no journeys yet.
curve-legend = Emotion curves
curve-point = Emotion at “{ $text }”
stage-flows = Stage flows
graph-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
flow-next = next
flow-branch = branch
flow-repeat = repeat loop
graph-hint = Drag from a stage’s right edge to another stage to connect them · select a flow and press Delete · double-click a flow to label it
flow-label = Label of this flow
    .placeholder = e.g. item missing
map-label = Journey map: { $name }
map-corner-stages = Stages →
map-corner-lanes = Lanes ↓
metric-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
map-cards = Cards
stage-name = Stage name
add-stage = + Stage
lane-name = Lane name
add-lane = + Lane
visibility-line = Line of visibility

## Merge report (MergeReportDialog)
repair-select-cards = { $count ->
    [one] Select the card
   *[other] Select the cards
}
repair-delete-cards = { $count ->
    [one] Delete the card
   *[other] Delete the cards
}
repair-remove-flow = Remove the flow
repair-make-repeat = Make it a repeat loop
repair-select-opportunity = Select the opportunity
repair-show-scale = Show the scale
repair-select-stage = Select the stage
repair-select-lane = Select the lane
repair-show-journey = Show the journey's fields

## The merge report: what the map shows differently from the merged document (journey-core's
## `Repair::said`). $item, $card and $pain are the repair-item-* messages said first, $from and
## $to the repair-stage ones, $field an inspector label (field-*).
repair-item-journey = The journey
repair-item-stage = Stage “{ $name }”
repair-item-lane = Lane “{ $name }”
repair-item-persona = Persona “{ $name }”
repair-item-card = Card “{ $name }”
repair-item-blank-card = A card with no text
repair-item-flow = The flow from { $from } to { $to }
repair-item-gone = An item that is not on the map
repair-stage = “{ $name }”
repair-stage-gone = a deleted stage
repair-pain = “{ $name }”
repair-pain-blank = a card with no text
repair-too-long = { $item } · { $field }: { $length } characters, over the limit of { $max }; the map shows the first { $max }.
repair-blank = { $item } · { $field }: became blank; the map shows “{ $instead }”.
repair-blank-none = { $item } · { $field }: became blank; the map shows none.
repair-out-of-range = { $item } · { $field }: { $value } is outside { $min } to { $max }; the map shows { $shown }.
repair-not-finite = { $item } · { $field }: not a finite number; the map uses 0.
repair-not-a-number = { $item } · { $field }: not a number; the map leaves it out.
repair-not-a-colour = { $item } · { $field }: “{ $value }” is not a colour like #3366cc; the map uses the default.
repair-too-many = { $item } · { $field }: { $count } entries, over the limit of { $max }; the map shows the first { $max }.
repair-scale-inverted = The merged emotion scale is not valid: its minimum { $min } is not below its maximum { $max }, so the map uses the default scale { $defaultMin } to { $defaultMax }.
repair-scale-too-wide = The merged emotion scale is not valid: { $min } to { $max } spans { $span } steps, more than { $limit }, so the map uses the default scale { $defaultMin } to { $defaultMax }.
repair-scale-step-outside = The merged emotion scale is not valid: step { $step } is named “{ $name }” but lies outside { $min } to { $max }; the name is not shown.
repair-scale-step-blank = The merged emotion scale is not valid: the name of step { $step } became blank; it is not shown.
repair-scale-step-too-long = The merged emotion scale is not valid: the name of step { $step } is { $length } characters long, over the limit of { $max }; the map shows the first { $max }.
repair-over-limit = Together the two copies hold more { $what ->
        [cards] cards
        [stages] stages
        [lanes] lanes
       *[personas] personas
    } than a journey may ({ $limit }); the newest { $hidden } are not shown{ $cards ->
        [0] {""}
        [one] , nor the card in them
       *[other] , nor the { $cards } cards in them
    }. Delete some to show them.
repair-unplaced-stage = { $count ->
        [one] One card was in a stage that was deleted in the other copy; it is shown in an “{ $unplaced }” column. Move it to another stage to resolve this.
       *[other] { $count } cards were in a stage that was deleted in the other copy; they are shown in an “{ $unplaced }” column. Move them to another stage to resolve this.
    }
repair-unplaced-lane = { $count ->
        [one] One card was in a lane that was deleted in the other copy; it is shown in an “{ $unplaced }” row. Move it to another lane to resolve this.
       *[other] { $count } cards were in a lane that was deleted in the other copy; they are shown in an “{ $unplaced }” row. Move them to another lane to resolve this.
    }
repair-dangling-flow = A flow to or from a stage that was deleted in the other copy is left out of the map.
repair-flow-to-itself = The { $kind ->
        [branch] branch
        [repeat] repeat loop
       *[next] flow
    } from { $from } leads back to { $from } itself; it is kept and drawn dashed, but not followed. Remove it or connect it to another stage.
repair-flow-duplicate = The { $kind ->
        [branch] branch
        [repeat] repeat loop
       *[next] flow
    } from { $from } to { $to } duplicates another between the same stages; it is kept and drawn dashed, but not followed. Remove one of them.
repair-loop-not-back = The repeat loop from { $from } back to { $to } does not go back to an earlier stage; it is kept and drawn dashed, but not followed. Remove it or make it a forward flow.
repair-flow-closes-loop = The { $kind ->
        [branch] branch
       *[next] flow
    } from { $from } to { $to } would close a loop of forward flows; it is kept and drawn dashed, but not followed. Remove it or make it a repeat loop.
repair-dropped-link = { $card }: the opportunity answered { $pain }, which is no longer a pain point; the link is not shown.
repair-dropped-link-gone = { $card }: the opportunity answered a pain point that is no longer on the map; the link is not shown.
repair-dropped-persona-score = { $card }: the touchpoint has a score by a persona who is no longer in the journey; the score is not shown.
repair-score-outside = { $card }: the score { $score } lies outside the emotion scale { $min } to { $max }; the map shows { $shown }. Change the score or the scale.
repair-persona-score-outside = { $card }: the score { $score } by persona “{ $persona }” lies outside the emotion scale { $min } to { $max }; the map shows { $shown }. Change the score or the scale.
field-persona-goals = Goals
field-persona-needs = Needs
field-persona-frustrations = Frustrations
## What an undo kept of a teammate's change (journey-store's keep_teammates).
kept-change-by = { $item } · { $field }: kept { $who }'s change, made after yours.
kept-change = { $item } · { $field }: kept a teammate's change, made after yours.
kept-all-by = { $item }: kept { $who }'s change, made after yours.
kept-all = { $item }: kept a teammate's change, made after yours.

merge-someone = someone
merge-author-count = { $who } ({ $count })
merge-incoming = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
merge-incoming-from = { $count ->
    [one] { $count } change from { $from }
   *[other] { $count } changes from { $from }
}
merge-removed = Deleted in the copy, so it is deleted here too.
merge-kept-apart = Made separately from the journey of the same id here, so this one was left as it is. Import the copy's journey to have both.
merge-added = New here: only the copy had it ({ $incoming }).
merge-came-in = { $incoming } came in.
merge-report = Merge report
merge-after = After the merge
merge-nothing = Nothing new: this workspace already had every change the copy holds.
merge-open-journey = Open this journey to decide
merge-done = Everything the merge left to decide here is decided.
merge-items = { $count ->
    [one] { $count } item needs a decision
   *[other] { $count } items need a decision
}

## Presentation
presentation-label = Presentation: { $name }
presentation-step = { $at } / { $of }
presentation-leave = Leave the presentation
presentation-stages = Stages
pain-badge-short = S{ $severity } × F{ $frequency }
stage-new-name = Stage { $number }
lane-new-name = New lane
preferences-open = Preferences (language)

## Native menus (src-tauri/src/menu.rs)
menu-new = New Workspace…
menu-open = Open…
menu-close = Close Window
menu-quit = Quit
menu-undo = Undo
menu-redo = Redo
menu-recent-none = No recent files
menu-recent-prune = Remove Missing Files
menu-recent-clear = Clear Recent Files
menu-import = Import Journeys…
menu-merge-copy = Merge a Copy…
menu-export = Export…
menu-find = Find…
menu-duplicate = Duplicate
menu-cut = Cut
menu-copy = Copy
menu-paste = Paste
menu-delete = Delete
menu-preferences = Preferences…
menu-zoom-in = Zoom In
menu-zoom-out = Zoom Out
menu-zoom-reset = Actual Size
menu-fit = Fit to Window
menu-view-map = Journey Map
menu-view-graph = Stage Graph
menu-toggle-inspector = Inspector
menu-present = Presentation
menu-toggle-workshop = Workshop
menu-toggle-insights = Insights
menu-toggle-versions = Versions
menu-journey-new = New Journey
menu-journey-duplicate = Duplicate Journey
menu-add-stage = Add Stage
menu-add-lane = Add Lane
menu-shortcuts = Keyboard Shortcuts
menu-file = File
menu-edit = Edit
menu-view = View
menu-journey = Journey
menu-help = Help
menu-recent = Open Recent
menu-about = About Journey Studio
menu-recent-missing = { $path } (missing)

## Live announcements (Announcer)
announce-moved = { $count ->
    [one] Moved { $count } card to { $stage }, { $lane }
   *[other] Moved { $count } cards to { $stage }, { $lane }
}
announce-remote = The journey was changed outside this window.

## Live sync (the top bar)
sync-connecting = Connecting to the team…
sync-connected = In sync with the team
sync-pending = { $count ->
    [one] Sending { $count } change…
   *[other] Sending { $count } changes…
}
sync-offline = Offline: working on this computer
sync-failed = Not syncing
sync-lost = The connection to the team server was lost ({ $reason }). You are working offline: your changes are kept and sent when it is back.
sync-refused = The team server refused the connection.
sync-room-only = This workspace is on no team server: teammates in the room sync with this studio while its room is open.
sync-here = { $count ->
    [one] { $count } teammate here
   *[other] { $count } teammates here
}
peer-selected = Selected by { $names }

## Sharing (File > Share This Workspace…)
menu-share = Share This Workspace…
share-title = Share this workspace
share-explain = Teammates who get the invitation can open this workspace on their laptops and work on it with you, live when you can reach each other and merged when you meet again. Anyone with the invitation can read and change it: send it as you would the file.
share-server = Team server
share-fingerprint = Certificate fingerprint (as the server printed it; optional)
share-start = Share
share-sharing = Sharing…
share-invitation = Invitation
share-copy = Copy
share-copied = Copied
share-close = Close
journey-share = Share this workspace…

## Joining (File > Join a Shared Workspace…)
menu-join = Join a Shared Workspace…
journey-join = Join a shared workspace…
shared-join-title = Join a shared workspace
shared-join-explain = Paste the invitation a teammate sent you. You choose where your own copy of the workspace is kept; it opens in a window of its own and stays in step with the team.
shared-join-invitation = Invitation
shared-join-start = Join
shared-join-joining = Joining…
shared-join-close = Close

## The room (Share This Workspace… > In this room; Join a Shared Workspace… > a room nearby)
room-title = In this room
room-explain = No team server, or no internet? Teammates on the same Wi-Fi can sync with this studio directly while it accepts them. They type the address and code it shows, or pick this room from those their studio finds nearby.
room-start = Accept teammates in this room
room-opening = Opening the room…
room-open-explain = Teammates on this Wi-Fi choose Join a Shared Workspace… and type:
room-address = Address
room-code = Code
room-advertised = Studios nearby also list this room as “{ $name }”.
room-not-advertised = Studios on this network cannot find each other by themselves: teammates type the address.
room-only = This workspace is on no team server: it syncs with teammates while this room is open, and what each changes apart merges when you meet again.
room-invitation = Invitation (to send instead of the code)
room-stop = Stop accepting
join-room-title = Join a room nearby
join-room-explain = A teammate's studio accepting the room on this Wi-Fi: pick it, or type the address it shows, then its code.
join-room-none = No room found on this network yet. Type the address the host shows.
join-room-nearby = Rooms nearby
join-room-address = Address
join-room-code = Code
join-room-start = Join the room

# Which way a journey's map runs (the journey inspector); on a right-to-left map the stages
# run leftwards from the labels.
map-corner-stages-rtl = Stages ←
direction-auto = Automatic (from the text)
field-direction = Map direction
direction-auto-ltr = Automatic (left to right, from the text)
direction-auto-rtl = Automatic (right to left, from the text)
direction-ltr = Left to right
direction-rtl = Right to left
