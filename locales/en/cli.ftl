# The command line's help (`journey --help`, `journey SUB --help`) and clap's usage mistakes
# (crates/journey-cli/src/help.rs). Not bundled into the window.
# Ids: cli-help-<command> is what a command does (cli-help-journey: the program;
# cli-help-version-list: `journey version list`); cli-help-<command>-<argument> what one of its
# arguments means; cli-help-any-<argument> an argument several commands share.
# Keep command names, option names (--format), values (fit, a4) and file formats as they are.

## clap's own words around the help.
cli-help-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
# An argument's help and the value it takes when not given.
cli-help-default = { $help } [default: { $value }]
cli-help-help = Print this message or the help of the given subcommand(s)

## Usage mistakes clap finds. { $argument } is written as typed (--format, <FILE>).
cli-usage-unknown-command = there is no command “{ $name }”
cli-usage-unknown-argument = unexpected argument “{ $argument }”
cli-usage-missing = missing: { $arguments }
cli-usage-invalid-value = “{ $value }” is not a valid value for { $argument }
cli-usage-invalid-value-one-of = “{ $value }” is not a valid value for { $argument } (one of: { $valid })
cli-usage-conflict = { $argument } cannot be used with { $other }
cli-usage-missing-command = { $name } needs a command
cli-usage-number-of-values = wrong number of values for { $argument } ({ $detail })
cli-usage-other = the command line is not valid: { $detail }
cli-usage-did-you-mean = did you mean “{ $suggestion }”?
cli-usage-more = For more, see “{ $command } --help”.

## Arguments many commands share.
cli-help-any-lang = Language of messages, reports and export labels: en, fa, ru, te or tl (default: the system's, from LC_ALL / LC_MESSAGES / LANG; English when it has no catalog)
cli-help-any-help = Print help
cli-help-any-version = Print version
cli-help-any-file = The workspace file (.journeys)
cli-help-any-journey = Name or id of the journey (default: the first)
cli-help-any-author = Who the change is recorded as (default: $JOURNEY_AUTHOR, else the login name)
cli-help-any-timeout = Seconds to wait for the server before giving up

## The commands.
cli-help-journey = Inspect and manage Journey Studio workspace files

cli-help-new = Create a workspace file holding the bundled sample journey
cli-help-new-file = The workspace file to create (it must not exist)
cli-help-new-empty = Create it with no journeys at all
cli-help-new-cards = Instead of the sample, one generated journey with this many cards (benchmarks)
cli-help-new-stages = With --cards: that many stages in a line (a long journey) instead of the sample's
cli-help-new-template = Instead of the sample, one journey from this template (see `journey templates`)

cli-help-templates = List the bundled templates: id, name, description

cli-help-list = Print the journeys of a workspace: id and name, one per line

cli-help-edit = Apply one edit (JSON, as the window sends it and the undo log stores it) through the store's own path (validated, durable, undoable) and print the store's answer: `{"{"} revision, canUndo, canRedo, change, skipped {"}"}`, the change being the patch a window applies
cli-help-edit-edit = The edit as JSON, e.g. '{"{"}"type":"removeCard","id":"…"{"}"}'

cli-help-merge = Bring every change of another copy of this workspace into it (the copy is only read). Prints what came in and what needs a decision; `--json` prints the merge report
cli-help-merge-ours = This workspace: the changes come into it
cli-help-merge-theirs = The other copy (only read)
cli-help-merge-json = Print the merge report as JSON

cli-help-undo = Undo the journey's last edit; prints the answer as `edit` does
cli-help-redo = Redo the journey's last undone edit; prints the answer as `edit` does

cli-help-show = Print a journey's stages (in grid order) and cards
cli-help-show-json = Print the journey as JSON (the export format's journey object) instead

cli-help-view = Print what the window draws for a journey: `{"{"} journey, layout, revision, canUndo, canRedo {"}"}` as JSON (the app's `journey_view` answer), for tools and the UI benchmark

cli-help-export = Export a journey as svg, png, pdf, html, csv, md, json, mermaid, ojf or xlsx
cli-help-export-format = The format (default: from the extension of -o)
cli-help-export-output = The file to write; it is replaced only when the export is complete
cli-help-export-page = PDF pages: fit (one page the size of the map), or a4, a3, letter (tiled at true size)
cli-help-export-scale = PNG scale: pixels per map unit (1, 2, 4...)

cli-help-import = Add the journeys of a JSON, CSV (ours or Lucidchart's), Mermaid, SVG, HTML, OpenJourney (.ojf) or Excel (.xlsx) file to a workspace (created if missing); prints each new journey's id, and what did not come in as written on stderr. A bad file changes nothing
cli-help-import-input = The file to import
cli-help-import-into = The workspace to add the journeys to (created if missing)
cli-help-import-format = json, csv, mermaid, svg, html, ojf, xlsx or lucid (default: from the input's extension; a .csv with Lucidchart's header is read as Lucidchart's)

cli-help-analyse = What the map says: paths and their emotion, structure problems, peak and end, pains by priority, the pillar heatmap, channel switches, persona gaps (docs/insights.md)
cli-help-analyse-json = Print the full analysis as JSON (shape in docs/insights.md)

cli-help-schema = Print the JSON Schema of the export format (docs/journey.schema.json), or with --insights of `analyse --json` (docs/insights.schema.json)
cli-help-schema-insights = Print the schema of `analyse --json` instead

cli-help-validate = Check that a file opens and passes SQLite's integrity check

cli-help-version = Named versions of a journey: list, save, or compare one with now
cli-help-version-list = One line per version, newest first: id, time (UTC), cards, name (tab-separated)
cli-help-version-save = Save the journey as it is now under NAME; prints the new version's id
cli-help-version-save-name = The version's name
cli-help-version-diff = What changed from a version to now, as JSON (cards added, removed, moved, changed, emotion deltas, stages, lanes, flows)
cli-help-version-diff-version = The version's id (see `journey version list`)

cli-help-stress = Robustness checks (see `journey stress crash --help`)
cli-help-stress-crash = Kill a writing process at random moments and check that no confirmed edit is lost
cli-help-stress-crash-trials = How many times the writer is killed
cli-help-stress-crash-seed = Seed of the random kill moments (default: from the clock; printed)
cli-help-stress-crash-dir = Keep the workspace file in this folder instead of a temporary one

cli-help-serve = Run a team server: workspaces shared to it sync through it (wss:// with a self-signed certificate made on first start; prints its address and fingerprint). Stops on SIGTERM
cli-help-serve-data = Where documents, access records and the certificate are kept
cli-help-serve-listen = The address and port to listen on
cli-help-serve-plain = Plain ws:// without TLS: only on a loopback address (behind a TLS proxy, or tests)

cli-help-share = Share a workspace on a team server (uploads it) and print the invitation teammates join with. Again without --server: print the invitation; --rotate: a new secret (old invitations stop working). Exit 3: server unreachable; 4: refused
cli-help-share-server = wss://host:port (or ws://127.0.0.1:port)
cli-help-share-fingerprint = The server's certificate fingerprint as `journey serve` printed it (checked)
cli-help-share-rotate = Give the workspace a new secret and print the new invitation (old invitations stop working)
cli-help-share-out = Also write the invitation to this file (.journey-invite)

cli-help-join = Join a shared workspace: INVITATION is its text or a file holding it (or --room and --code: a studio accepting the room, as it shows them); makes FILE (new) and syncs it once. Exit 3: server or room unreachable; 4: refused (revoked, wrong, newer app, wrong code)
cli-help-join-invitation = The invitation's text, or a file holding it
cli-help-join-room = HOST:PORT of a studio accepting the room (`journey room`, or the window's)
cli-help-join-code = The room's code (K7PQ-2MXR)
cli-help-join-into = The new workspace file to make

cli-help-room = Accept teammates in the room for FILE without a window, until SIGTERM: prints `room ADDRESS`, `code CODE` and `invitation TEXT`; teammates join with `journey join --room`
cli-help-room-listen = Where teammates connect: 0.0.0.0:PORT for the room's network (port 0: any free one)
cli-help-room-quiet = Do not announce the room on the local network (mDNS)

cli-help-sync = Sync a shared workspace with its server once (until both have everything), or with --watch until stopped (SIGTERM, Ctrl+C). Exit 3: server unreachable; 4: refused
cli-help-sync-watch = Keep syncing until stopped (SIGTERM, Ctrl+C), a line for each thing that happens

cli-help-workshop = Run a workshop session on a journey from the command line (no window), with the app's server and limits: prints the join link and the code, opens every lane, takes facilitator actions as JSON lines on stdin, ends on SIGTERM, Ctrl+C or the end of stdin
cli-help-workshop-listen = Where participants connect: 0.0.0.0:PORT for the room's network, 127.0.0.1:0 for this computer only on any free port
cli-help-workshop-author = The facilitator's name (reserved: no participant may join under it)

cli-help-bench = Performance figures (see `journey bench store --help`)
cli-help-bench-workshop = Simulated participants in a real workshop session over loopback, on the sample and on a generated journey, with deltas and with the old full snapshots: cards and dots sent and stored, bytes per broadcast, the time from sending a card to seeing it. A table, then one JSON line
cli-help-bench-workshop-participants = How many participants are simulated
cli-help-bench-workshop-seconds = Per run: each journey is run once per delivery
cli-help-bench-workshop-cards = Cards of the generated journey run after the sample (0: the sample only)
cli-help-bench-workshop-delivery = Deltas (how sessions work), full snapshots after every change (how they worked before, the baseline), or both in the same run
cli-help-bench-sync = A team editing one journey live through a team server on loopback: edits made, seen by every other studio, lost, whether all converged, and the time from an edit to every studio having it. A table, then one JSON line
cli-help-bench-sync-clients = How many studios edit at once
cli-help-bench-sync-seconds = How long they edit, in seconds
cli-help-bench-sync-cards = Cards of the journey they edit
cli-help-bench-sync-seed = Seed of the random edits
cli-help-bench-analyse = Time of the full analysis (`journey analyse`) for generated journeys, against the sample in the same run. The last line printed is one JSON object
cli-help-bench-analyse-sizes = Cards of each generated journey, comma-separated
cli-help-bench-export = SVG, PNG and PDF of a generated journey, and a PNG of a map 40,000 px wide, against the 33-card sample in the same run. The last line printed is one JSON object
cli-help-bench-export-cards = Cards of the generated journey
cli-help-bench-export-wide-stages = Stages of the wide map (236 px each)
cli-help-bench-export-keep = Keep the exported files in this (existing) folder
cli-help-bench-store = Edit and open times for journeys of growing size, against a rewrite-everything baseline. The last line printed is one JSON object
cli-help-bench-store-sizes = Cards of each journey, comma-separated
cli-help-bench-store-edits = Edits timed per size
cli-help-bench-store-seed = Seed of the random edits
cli-help-bench-store-keep = Write the benchmark's files into this (existing, empty) folder and keep them
