// The contract between the page and the core, generated from the Rust types by ts-rs
// (crates/journey-api/tests/typescript.rs). Do not edit: change the Rust type and run
// `make types`. ui/src/types.ts re-exports these under the names the UI imports.

/**
 * Every failed command answers `{ code, message, id, args }`: a stable code for the UI and
 * tests, a sentence a person can act on (English), and the catalog message that says it in the
 * window's language (`locales/<lang>/errors.ftl`) with its arguments.
 */
export type ApiError = {
  /**
   * One of `ErrorCode` (a string in Rust so every layer can pass its own code along; the
   * test `every_code_the_page_can_receive_is_an_error_code` keeps the two in step).
   */
  code: ErrorCode,
  /**
   * The sentence in English: what the logs say, and what the page and the CLI (`sentence`)
   * say when the catalogs lack `id` (a code added before its translation).
   */
  message: string,
  /**
   * The message in `errors.ftl` (`error-<code>`, or a more precise one when a code has
   * several sentences); absent for a refusal said only in English.
   */
  id?: string,
  /**
   * The message's arguments (a path, a server, a number Fluent picks the plural by).
   */
  args?: { [key in string]: ErrorArg },
};

/**
 * What the UI needs after any change: the new revision, whether undo/redo are possible, and
 * what changed (the patch every reader applies to what it holds).
 */
export type Applied = {
  revision: number,
  canUndo: boolean,
  canRedo: boolean,
  change: Change,
  /**
   * What an undo or redo left as it was because a teammate changed it since: one message
   * each (`kept-*` in studio.ftl), said in the window's language.
   */
  skipped: Array<Said>,
};

/**
 * Closed range of a number the core accepts.
 */
export type Bounds = {
  min: number,
  max: number,
};

/**
 * A card in a (stage, lane) cell.
 */
export type Card = {
  id: string,
  stage: string,
  lane: string,
  /**
   * Order inside the cell; fractional so a move rewrites one card only.
   */
  rank: number,
  text: string,
  body: CardBody,
  /**
   * What a workshop added: dot votes, who wrote it, whether it is still private. Absent
   * (and not written) for cards made outside a workshop.
   */
  workshop?: CardWorkshop,
};

export type CardBody =
  | { "kind": "touchpoint" } & Touchpoint
  | { "kind": "painPoint" } & PainPoint
  | { "kind": "opportunity" } & Opportunity
  | { "kind": "note" }
  | { "kind": "quote", speaker: string, };

export type CardBox = {
  card: string,
  /**
   * The cell the box sits in: a change patch moves unlisted boxes with their column and row.
   */
  stage: string,
  lane: string,
  x: number,
  y: number,
  width: number,
  height: number,
  /**
   * Text lines the box has room for.
   */
  lines: number,
};

export type CardChange = {
  id: string,
  change: DiffChange,
  /**
   * The card's text after the change (before, for a removed card).
   */
  text: string,
  kind: string,
  /**
   * Where the card was; `None` for an added card.
   */
  from: Cell | null,
  /**
   * Where the card is; `None` for a removed card.
   */
  to: Cell | null,
  /**
   * Moved to another cell.
   */
  moved: boolean,
  /**
   * Same cell, another position in it.
   */
  reordered: boolean,
  /**
   * Content that changed: "text", "kind", "emotion", "channel", "details".
   */
  fields: Array<string>,
};

/**
 * The kind of a card, as `CardBody`'s `kind` tag names it: what `Edit::SetCardKind` turns a
 * card into.
 */
export type CardKind = "touchpoint" | "painPoint" | "opportunity" | "note" | "quote";

/**
 * A card's workshop facts (journey-workshop): the dot-vote tally of the last vote, the
 * participant who wrote it, and whether it is private (seen by its author and the facilitator
 * only, until the facilitator reveals the private cards).
 */
export type CardWorkshop = {
  votes?: number,
  author?: string,
  private?: boolean,
};

/**
 * A card's cell, with names so a report can print it without the journey at hand.
 */
export type Cell = {
  stage: string,
  lane: string,
  stageName: string,
  laneName: string,
};

export type Change = {
  journey: string,
  /**
   * The revision this change applies to; a reader holding another one must reload instead.
   */
  baseRevision: number,
  revision: number,
  /**
   * Set when the name, goal, scale or metrics changed.
   */
  header: JourneyHeader | null,
  personas: Array<Persona>,
  removedPersonas: Array<string>,
  stages: Array<Stage>,
  removedStages: Array<string>,
  flows: Array<Flow>,
  removedFlows: Array<string>,
  lanes: Array<Lane>,
  removedLanes: Array<string>,
  cards: Array<Card>,
  removedCards: Array<string>,
  layout: LayoutPatch,
};

/**
 * Who last changed an entity, and when.
 */
export type Changed = {
  by: string,
  /**
   * Seconds since 1970, UTC.
   */
  at: number,
};

export type Channel =
  | { "kind": "web" }
  | { "kind": "app" }
  | { "kind": "store" }
  | { "kind": "phone" }
  | { "kind": "email" }
  | { "kind": "social" }
  | { "kind": "inPerson" }
  | { "kind": "chat" }
  | { "kind": "mail" }
  | { "kind": "other", "label": string };

export type ChannelReport = {
  /**
   * Consecutive touchpoints (along the curve) on different channels; touchpoints without a
   * channel are skipped.
   */
  switches: Array<ChannelSwitch>,
  /**
   * Cards tagged with a friction kind, per stage and kind.
   */
  friction: Array<FrictionCount>,
};

export type ChannelSwitch = {
  from: string,
  to: string,
  fromChannel: string,
  toChannel: string,
};

export type ColumnBox = {
  stage: string,
  x: number,
  width: number,
};

/**
 * The four connected customer experiences (Siggelkow and Terwiesch).
 */
export type ConnectedExperience =
  | "respondToDesire"
  | "curatedOffering"
  | "coachBehavior"
  | "automaticExecution";

/**
 * The payload of the `crashed` event: the shell panicked. What to say, and the log it wrote.
 */
export type Crash = {
  message: string,
  /**
   * The log file the panic was written to; None when it could not be written.
   */
  log: string | null,
};

/**
 * One persona's emotion curve (`persona` is None for the journey's main scores).
 */
export type Curve = {
  persona: string | null,
  lane: string,
  points: Array<CurvePoint>,
};

/**
 * The points of one curve that moved or are new, and the cards whose point went.
 */
export type CurvePatch = {
  persona: string | null,
  lane: string,
  points: Array<CurvePoint>,
  removed: Array<string>,
};

export type CurvePoint = {
  card: string,
  x: number,
  y: number,
  score: number,
};

export type CustomerValue = "spender" | "sender";

/**
 * The six pillars of customer experience (KPMG Nunwood).
 */
export type CxPillar =
  | "personalization"
  | "integrity"
  | "expectations"
  | "resolution"
  | "timeAndEffort"
  | "empathy";

export type DiffChange = "added" | "removed" | "updated";

/**
 * The direction a map is drawn in.
 */
export type Direction = "ltr" | "rtl";

/**
 * What the designer chose in the journey inspector.
 */
export type DirectionChoice = "auto" | "ltr" | "rtl";

export type Edit =
  | { "type": "setJourney", name: string, goal: string, }
  | { "type": "setScale", scale: EmotionScale, }
  | { "type": "setMetrics", metrics: Metrics, }
  | { "type": "setDirection", direction: DirectionChoice, }
  | { "type": "putPersona", persona: Persona, }
  | { "type": "removePersona", id: string, }
  | { "type": "addStage", stage: Stage, }
  | { "type": "updateStage", stage: Stage, }
  | { "type": "removeStage", id: string, }
  | { "type": "addFlow", flow: Flow, }
  | { "type": "relabelFlow", id: string, label: string, }
  | { "type": "removeFlow", id: string, }
  | { "type": "moveStage", id: string, steps: number, }
  | { "type": "rewireFlows", flows: Array<Flow>, }
  | { "type": "addLane", lane: Lane, }
  | { "type": "updateLane", lane: Lane, }
  | { "type": "removeLane", id: string, }
  | { "type": "addCard", card: Card, }
  | { "type": "updateCard", card: Card, }
  | { "type": "removeCard", id: string, }
  | { "type": "moveCard", id: string, stage: string, lane: string, rank: number, }
  | { "type": "moveLane", id: string, steps: number, }
  | { "type": "connectStages", id: string, from: string, to: string, label: string, }
  | { "type": "createCard", id: string, stage: string, lane: string, index: number | null, text: string, }
  | { "type": "setCardKind", id: string, kind: CardKind, }
  | { "type": "placeCards", ids: Array<string>, stage: string, lane: string, index: number, }
  | { "type": "duplicateCards", ids: Array<string>, copies: Array<string>, }
  | { "type": "pasteCards", cards: Array<Card>, ids: Array<string>, stage: string, lane: string, index: number, }
  | { "type": "batch", edits: Array<Edit>, };

export type Emotion = {
  score: number,
  /**
   * A named emotion ("relieved"); empty to use the scale's name for the score.
   */
  name: string,
};

/**
 * A touchpoint whose emotion score differs between the two states.
 */
export type EmotionDelta = {
  card: string,
  text: string,
  before: number | null,
  after: number | null,
  /**
   * `after - before`, with a missing score counted as no delta (0) on that side.
   */
  delta: number,
};

export type EmotionReport = {
  /**
   * Scored touchpoints along the curve.
   */
  count: number,
  mean: number | null,
  highest: Moment | null,
  lowest: Moment | null,
  /**
   * The most intense moment (farthest from neutral; the low one on a tie), for the peak-end
   * rule: people remember the peak and the end.
   */
  peak: Moment | null,
  end: Moment | null,
  /**
   * The steepest fall between consecutive touchpoints (before, after).
   */
  largestDrop: [Moment, Moment] | null,
  negativeMomentsOfTruth: Array<Moment>,
  sacrifices: Array<SacrificeEntry>,
};

/**
 * A signed or unsigned emotion scale with optional names for its steps.
 */
export type EmotionScale = {
  min: number,
  max: number,
  /**
   * Names of particular steps, e.g. -3 "furious", +3 "delighted".
   */
  names: { [key in number]: string },
};

/**
 * An argument of an error's (or a note's) message: text as it is, a number, another message
 * said first in the same language (an import refusal's detail inside its place), or a list
 * joined the language's way.
 */
export type ErrorArg = string | number | Said | Array<ErrorArg>;

/**
 * Every `code` the page can receive in an `ApiError`: the core's refusals
 * (`EditError::code`), the store's (`StoreError::code`), the shell's own
 * (`ApiError::new` in src-tauri) and the one the page gives the shell's crash event.
 */
export type ErrorCode =
  | "not_found"
  | "duplicate_id"
  | "invalid_graph"
  | "invalid_value"
  | "too_long"
  | "not_a_workspace"
  | "newer_version"
  | "corrupt"
  | "locked"
  | "read_only"
  | "disk_full"
  | "missing"
  | "no_such_journey"
  | "no_such_version"
  | "stale"
  | "nothing_to_do"
  | "unrelated_copy"
  | "unrelated_remote"
  | "bad_remote"
  | "unreachable"
  | "wrong_secret"
  | "revoked"
  | "unknown_workspace"
  | "newer_needed"
  | "certificate"
  | "refused"
  | "bad_invitation"
  | "timeout"
  | "not_shared"
  | "io"
  | "storage"
  | "bad_address"
  | "bad_code"
  | "no_room"
  | "wrong_code"
  | "too_many_attempts"
  | "not_a_room"
  | "invalid_input"
  | "io_error"
  | "no_workspace"
  | "window_failed"
  | "busy"
  | "workshop_failed"
  | "no_session"
  | "cancelled"
  | "too_large"
  | "export_failed"
  | "import_failed"
  | "internal"
  | "crashed";

/**
 * Export formats, as `journey export --format` names them (journey-export's `Format::name`).
 */
export type ExportFormat =
  | "svg"
  | "png"
  | "pdf"
  | "html"
  | "csv"
  | "md"
  | "json"
  | "mermaid"
  | "ojf"
  | "xlsx";

export type Finding = {
  /**
   * Stable identifier of the kind of finding (e.g. "noRepeatLoop", "worstPath").
   */
  code: string,
  level: Level,
  /**
   * The sentence in English (the catalog's message `id` with `args`), for the CLI and scripts.
   */
  message: string,
  /**
   * The catalog message (`locales/<lang>/export.ftl`) that says it in every language.
   */
  id: string,
  /**
   * The message's arguments: the window and the exports render `id` with them.
   */
  args: Record<string, FindingArg>,
  stages: Array<string>,
  cards: Array<string>,
};

/**
 * An argument of a finding's message: text as written (a stage or card), a number (Fluent picks
 * the plural by it), a vocabulary term by its message id, or lists of either, which each
 * language joins its own way.
 */
export type FindingArg =
  | { "kind": "text", "value": string }
  | { "kind": "number", "value": number }
  | { "kind": "score", "value": number }
  | { "kind": "mean", "value": number }
  | { "kind": "term", "value": string }
  | { "kind": "list", "value": Array<string> }
  | { "kind": "terms", "value": Array<string> };

/**
 * How the map shows a value a merge left out of bounds (`Repair::Text`, `InvalidValue`).
 */
export type Fix =
  | { "kind": "tooLong", length: number, max: number, }
  | { "kind": "blank", instead: string | null, }
  | { "kind": "outOfRange", value: number, min: number, max: number, shown: number, }
  | { "kind": "notFinite" }
  | { "kind": "notANumber" }
  | { "kind": "notAColour", value: string, }
  | { "kind": "tooMany", count: number, max: number, };

/**
 * A directed connection between two stages.
 */
export type Flow = {
  id: string,
  from: string,
  to: string,
  kind: FlowKind,
  /**
   * Condition of a branch ("if the box is damaged"); free text for the other kinds.
   */
  label: string,
};

/**
 * A flow drawn in the band above the headers, from one column's centre to another's.
 */
export type FlowArc = {
  flow: string,
  kind: FlowKind,
  fromX: number,
  toX: number,
  label: string,
};

export type FlowKind = "next" | "branch" | "repeat";

/**
 * Named kinds of friction (domain.md section 2).
 */
export type Friction =
  | { "kind": "repeatedDataEntry" }
  | { "kind": "inconsistentMessages" }
  | { "kind": "hiddenCost" }
  | { "kind": "waiting" }
  | { "kind": "other", "label": string };

export type FrictionCount = {
  stage: string,
  /**
   * The friction kind in words ("Repeated data entry"...).
   */
  kind: string,
  cards: Array<string>,
};

export type HeatCell = {
  stage: string,
  pillar: CxPillar,
  /**
   * Sum of the severities of the pains in this stage tagged with this pillar.
   */
  severity: number,
  cards: Array<string>,
};

/**
 * What File > Import... brought in: the new journeys (empty when the dialog was closed) and the
 * import report, a note for each thing the file held that did not come in as written
 * (journey-export's `import_bytes_reported`), which the page says in the window's language.
 */
export type ImportReport = {
  journeys: Array<string>,
  notes: Array<Said>,
};

/**
 * Who is in a journey now (the `sync-presence` event).
 */
export type InJourney = {
  journey: string,
  peers: Array<Peer>,
};

export type Insights = {
  paths: PathsReport,
  structure: StructureReport,
  emotion: EmotionReport,
  pains: PainReport,
  pillars: PillarReport,
  channels: ChannelReport,
  personas: PersonaReport,
  /**
   * The analyses above as sentences, most important first.
   */
  findings: Array<Finding>,
};

/**
 * One persona pursuing one goal through stages and lanes.
 */
export type Journey = {
  id: string,
  name: string,
  goal: string,
  personas: Array<Persona>,
  scale: EmotionScale,
  metrics: Metrics,
  /**
   * Which way the map runs, when the designer chose; `Auto` (not written) follows the text
   * (`Journey::map_direction`).
   */
  direction?: DirectionChoice,
  lanes: Array<Lane>,
  /**
   * A plain list on the wire; keyed by id in memory so an edit finds its card in O(log n)
   * however large the journey.
   */
  cards: Array<Card>,
  stages: Array<Stage>,
  flows: Array<Flow>,
};

export type JourneyDiff = {
  cards: Array<CardChange>,
  emotions: Array<EmotionDelta>,
  stages: Array<NamedChange>,
  lanes: Array<NamedChange>,
  flowsAdded: number,
  flowsRemoved: number,
  flowsChanged: number,
  /**
   * Name, goal, personas, scale or journey metrics differ.
   */
  journeyChanged: boolean,
};

/**
 * The journey's own fields, everything but its entity lists.
 */
export type JourneyHeader = {
  name: string,
  goal: string,
  scale: EmotionScale,
  metrics: Metrics,
  direction: DirectionChoice,
};

/**
 * What one journey received from the copy.
 */
export type JourneyMerge = {
  id: string,
  name: string,
  /**
   * Changes that were new here.
   */
  incoming: number,
  /**
   * Who made them, with how many each, most first.
   */
  authors: Array<[string, number]>,
  /**
   * Only the copy had it: it came in whole.
   */
  added: boolean,
  /**
   * The copy removed it: it is gone here too.
   */
  removed: boolean,
  /**
   * It shares only its id with ours (the two were made separately, not copied): it was
   * left as it is here; import the copy's journey to have both.
   */
  keptApart: boolean,
  /**
   * What needed a decision after the merge.
   */
  repairs: Array<RepairNote>,
};

export type JourneyPath = {
  /**
   * Stages in the order walked (a stage appears twice when a repeat loop is walked).
   */
  stages: Array<string>,
  /**
   * The repeat flow walked, if any.
   */
  viaRepeat: string | null,
  /**
   * Emotion scores of the touchpoints along the path, in order.
   */
  scores: Array<number>,
  /**
   * Mean and lowest score; None when no touchpoint on the path has a score.
   */
  mean: number | null,
  min: number | null,
};

export type JourneySummary = {
  id: string,
  name: string,
};

/**
 * What the studio window shows of one journey: the data and its geometry.
 */
export type JourneyView = {
  journey: Journey,
  layout: Layout,
  revision: number,
  canUndo: boolean,
  canRedo: boolean,
};

/**
 * A row of the map.
 */
export type Lane = {
  id: string,
  name: string,
  kind: LaneKind,
  rank: number,
  /**
   * `#rrggbb`, empty for the kind's default.
   */
  color: string,
};

export type LaneKind =
  | "actions"
  | "touchpoints"
  | "channels"
  | "thoughts"
  | "emotions"
  | "painPoints"
  | "opportunities"
  | "frontstage"
  | "backstage"
  | "support"
  | "custom";

export type Layout = {
  width: number,
  height: number,
  /**
   * Top of the stage headers (the flow band sits above).
   */
  headerTop: number,
  /**
   * Top of the first lane (the headers sit above).
   */
  bodyTop: number,
  /**
   * Width of the lane-label column.
   */
  labelWidth: number,
  /**
   * Left edge of the lane-label column: 0 when the map runs left to right, the right end of
   * the last stage when it runs right to left.
   */
  labelX: number,
  /**
   * Which way the map runs. Right to left, the first stage stands at the right (next to the
   * lane labels) and flows point leftwards. Lists stay in x order either way (columns and
   * curve points left to right), so readers and patches need not know it.
   */
  direction: Direction,
  /**
   * In x order (right to left: the last stage first).
   */
  columns: Array<ColumnBox>,
  rows: Array<RowBox>,
  cards: Array<CardBox>,
  curves: Array<Curve>,
  flows: Array<FlowArc>,
  /**
   * y of the service blueprint's line of visibility, when the journey has backstage lanes.
   */
  visibilityLine: number | null,
};

/**
 * The part of a layout that changed. Columns and rows are listed when they moved, resized or
 * are new (readers keep columns in x order and rows in y order). A card box is listed when it is
 * new or its place inside its cell changed; one that is not listed keeps its place in its cell
 * and moves with its column and row. Curve points likewise: listed when they moved relative to
 * their column and row, else shifted with them (a point belongs to the column its x lies in).
 * `curves` carries the whole set when a curve appeared or went (a persona added or removed).
 */
export type LayoutPatch = {
  size: MapSize | null,
  columns: Array<ColumnBox>,
  removedColumns: Array<string>,
  rows: Array<RowBox>,
  removedRows: Array<string>,
  cards: Array<CardBox>,
  removedCards: Array<string>,
  curves: Array<Curve> | null,
  curvePoints: Array<CurvePatch>,
  flows: Array<FlowArc>,
  removedFlows: Array<string>,
};

export type Level = "warning" | "info";

/**
 * Every limit the edits are checked against, in one value the page is given: the generated
 * contract declares `LIMITS` from it (crates/journey-api's generator), so the inspector shows
 * and bounds its fields with the numbers the core refuses beyond, never with copies of them.
 */
export type Limits = {
  /**
   * Characters in a name (journey, stage, lane, persona, flow label).
   */
  maxName: number,
  /**
   * Characters in a card's text, a description, a goal, a quote.
   */
  maxText: number,
  maxStages: number,
  maxLanes: number,
  maxCards: number,
  maxPersonas: number,
  /**
   * Steps from the lowest to the highest score of an emotion scale.
   */
  maxScaleSpan: number,
  /**
   * A pain's severity and frequency, an opportunity's value and effort.
   */
  rating: Bounds,
  nps: Bounds,
  /**
   * Per cent satisfied.
   */
  csat: Bounds,
  ces: Bounds,
};

/**
 * The five pillars of loyalty 3.0 (Carol Roth).
 */
export type LoyaltyPillar =
  | "productsAndServices"
  | "customerService"
  | "community"
  | "experiences"
  | "bridges";

/**
 * The map's size and the service blueprint's line, sent when either changed.
 */
export type MapSize = {
  width: number,
  height: number,
  visibilityLine: number | null,
  /**
   * Where the lane labels stand and which way the map runs (`Layout::label_x`, `direction`).
   */
  labelX: number,
  direction: Direction,
};

export type Measure = {
  value: number,
  sampleSize: number,
};

/**
 * A menu item the page carries out: the payload of the `menu` event (journey-api's PAGE_ACTIONS).
 */
export type MenuAction =
  | "undo"
  | "redo"
  | "find"
  | "duplicate"
  | "zoom-in"
  | "zoom-out"
  | "zoom-reset"
  | "fit"
  | "view-map"
  | "view-graph"
  | "toggle-inspector"
  | "toggle-insights"
  | "toggle-versions"
  | "toggle-workshop"
  | "present"
  | "cut"
  | "copy"
  | "paste"
  | "delete"
  | "shortcuts"
  | "preferences"
  | "journey-new"
  | "journey-duplicate"
  | "add-stage"
  | "add-lane"
  | "import"
  | "merge-copy"
  | "share"
  | "join"
  | "export";

export type MergeReport = {
  /**
   * Journeys that changed, were added or removed; journeys the copy did not change are left out.
   */
  journeys: Array<JourneyMerge>,
};

/**
 * NPS, CSAT and CES, each a figure with the number of answers it rests on.
 */
export type Metrics = {
  nps: Measure | null,
  csat: Measure | null,
  ces: Measure | null,
};

/**
 * A touchpoint and its score.
 */
export type Moment = {
  card: string,
  stage: string,
  score: number,
};

export type NamedChange = {
  id: string,
  name: string,
  change: DiffChange,
};

/**
 * A room heard on the network, as the join dialog lists it.
 */
export type NearbyRoom = {
  /**
   * The workspace's name.
   */
  name: string,
  /**
   * The host's machine name.
   */
  host: string,
  /**
   * `ip:port`, as the join dialog fills it in.
   */
  address: string,
};

export type Opportunity = {
  /**
   * Pain-point cards this idea answers.
   */
  answers: Array<string>,
  loyaltyPillar: LoyaltyPillar | null,
  /**
   * 1 ..= 5.
   */
  value: number,
  /**
   * 1 ..= 5.
   */
  effort: number,
  owner: string,
};

export type OpportunityPoint = {
  card: string,
  stage: string,
  value: number,
  effort: number,
  quadrant: Quadrant,
};

/**
 * PDF pages: one page the size of the map, or paper tiles at true size (journey-export's `parse_pages`).
 */
export type PageSize = "fit" | "a4" | "a3" | "letter";

export type PainPoint = {
  /**
   * 1 (minor) ..= 5 (severe).
   */
  severity: number,
  /**
   * 1 (rare) ..= 5 (every time).
   */
  frequency: number,
  pillar: CxPillar | null,
  friction: Friction | null,
  shortOf: Array<Shortage>,
};

export type PainRank = {
  card: string,
  stage: string,
  severity: number,
  frequency: number,
  /**
   * Severity × frequency.
   */
  weight: number,
  /**
   * Opportunities that answer this pain.
   */
  answeredBy: Array<string>,
};

export type PainReport = {
  /**
   * Pains by severity × frequency, highest first (ties: earlier stage, then rank).
   */
  ranked: Array<PainRank>,
  /**
   * Pains no opportunity answers, in the order of `ranked`.
   */
  unanswered: Array<string>,
  /**
   * Opportunities on the value / effort matrix.
   */
  opportunities: Array<OpportunityPoint>,
};

export type PathsReport = {
  paths: Array<JourneyPath>,
  /**
   * True when the graph has more paths than `MAX_PATHS`.
   */
  truncated: boolean,
  /**
   * Index in `paths` of the path with the lowest mean emotion, and of the lowest minimum.
   */
  worstByMean: number | null,
  worstByMin: number | null,
  /**
   * Index of the path with the highest mean emotion.
   */
  best: number | null,
};

/**
 * One teammate in a journey, as the top bar and the map show them.
 */
export type Peer = {
  /**
   * This session of theirs (a studio restarted is a new one).
   */
  session: string,
  name: string,
  /**
   * A CSS colour (#rrggbb) for their outline.
   */
  colour: string,
  journey: string,
  /**
   * The cards or stages they have selected.
   */
  selection: Array<string>,
};

/**
 * Who travels the journey (domain.md, loyalty 3.0: spenders and senders).
 */
export type Persona = {
  id: string,
  name: string,
  role: string,
  goals: Array<string>,
  needs: Array<string>,
  frustrations: Array<string>,
  quote: string,
  valueType: CustomerValue | null,
  /**
   * Colour of this persona's emotion curve, `#rrggbb`.
   */
  color: string,
};

export type PersonaGap = {
  /**
   * None stands for the journey's own scores (its first persona, if any).
   */
  a: string | null,
  b: string,
  aName: string,
  bName: string,
  card: string,
  stage: string,
  aScore: number,
  bScore: number,
};

export type PersonaReport = {
  /**
   * For each pair of curves, the touchpoint where they differ most; largest gap first.
   */
  gaps: Array<PersonaGap>,
};

/**
 * Where a stage sits in a framework (domain.md sections 1 and 4).
 */
export type Phase =
  | { "kind": "recognize" }
  | { "kind": "request" }
  | { "kind": "respond" }
  | { "kind": "repeat" }
  | { "kind": "beforePurchase" }
  | { "kind": "duringPurchase" }
  | { "kind": "afterPurchase" }
  | { "kind": "custom", "label": string };

export type PillarReport = {
  /**
   * One cell per stage (grid order) and pillar (`CxPillar::ALL` order), zeros included.
   */
  heatmap: Array<HeatCell>,
  /**
   * Pains tagged with no pillar.
   */
  untaggedPains: Array<string>,
  /**
   * Opportunities per loyalty pillar (all five, in order).
   */
  loyalty: Array<[LoyaltyPillar, number]>,
  emptyLoyaltyPillars: Array<LoyaltyPillar>,
};

export type Quadrant = "quickWin" | "majorProject" | "fillIn" | "thankless";

/**
 * What a teammate's changes to one document did here.
 */
export type Received = {
  /**
   * Changes that were new here.
   */
  incoming: number,
  /**
   * Who made them, with how many each, most first.
   */
  authors: Array<[string, number]>,
  /**
   * The journey whose view changed, and the patch for whoever shows it.
   */
  journey: string | null,
  applied: Applied | null,
  /**
   * Journeys that came in whole (a teammate added them).
   */
  added: Array<string>,
  /**
   * Journeys a teammate removed: gone here too.
   */
  removed: Array<string>,
  /**
   * What the view shows differently from the document (as after a merge).
   */
  repairs: Array<RepairNote>,
  /**
   * Journeys the workspace lists that this file has no document of yet: to be asked for.
   */
  wanted: Array<string>,
};

/**
 * One thing the map shows differently from the merged document.
 */
export type Repair =
  | { "kind": "invalidScale", fix: ScaleFix, }
  | { "kind": "overLimit", what: string, limit: number, hidden: Array<string>, cards: Array<string>, }
  | { "kind": "unplacedStage", stage: string, cards: Array<string>, }
  | { "kind": "unplacedLane", lane: string, cards: Array<string>, }
  | { "kind": "danglingFlow", flow: string, missing: string, }
  | { "kind": "suspendedFlow", flow: Flow, reason: string, }
  | { "kind": "droppedLink", card: string, pain: string, }
  | { "kind": "droppedPersonaScore", card: string, persona: string, }
  | { "kind": "scoreOutsideScale", card: string, persona: string | null, score: number, shown: number, }
  | { "kind": "text", entity: string, field: string, fix: Fix, }
  | { "kind": "invalidValue", entity: string, field: string, fix: Fix, };

/**
 * What the view shows differently from the document, in the words of the merge report.
 */
export type RepairNote = {
  /**
   * In English, for the logs and a window without the message.
   */
  sentence: string,
  /**
   * The message the window says in its language.
   */
  said: Said,
  repair: Repair,
};

/**
 * The room a window accepts (Share This Workspace… > In this room): what a teammate types (the
 * address and the code), the invitation to send instead, and whether the room is announced on
 * the local network.
 */
export type RoomView = {
  /**
   * The workspace's name, as nearby studios list the room.
   */
  name: string,
  /**
   * `host:port`.
   */
  address: string,
  /**
   * `K7PQ-2MXR`.
   */
  code: string,
  invitation: SharedInvitation,
  /**
   * Announced by mDNS (false when the network gives no multicast: the address still works).
   */
  advertised: boolean,
  /**
   * The workspace is also on a team server (else it was shared for the room only).
   */
  onTeamServer: boolean,
};

export type RowBox = {
  lane: string,
  y: number,
  height: number,
};

/**
 * Customer sacrifice (Schmitt): what the customer wanted against what they settled for.
 */
export type Sacrifice = {
  wanted: string,
  accepted: string,
};

export type SacrificeEntry = {
  card: string,
  stage: string,
  wanted: string,
  accepted: string,
};

/**
 * A catalog message and its arguments, for the page to say in the window's language: a note
 * of the import report (journey-export's `Said`), or a message inside an error's arguments.
 */
export type Said = {
  id: string,
  args?: { [key in string]: ErrorArg },
};

/**
 * Why the merged emotion scale is not shown as it is (`Repair::InvalidScale`).
 */
export type ScaleFix =
  | { "kind": "inverted", min: number, max: number, }
  | { "kind": "tooWide", min: number, max: number, span: number, }
  | { "kind": "stepOutside", step: number, name: string, min: number, max: number, }
  | { "kind": "stepBlank", step: number, }
  | { "kind": "stepTooLong", step: number, length: number, };

/**
 * An invitation as File > Share This Workspace… shows it: the line to send, where it points,
 * and its QR code.
 */
export type SharedInvitation = {
  text: string,
  server: string,
  qr: WorkshopQr | null,
};

/**
 * What the customer is short of (loyalty 3.0 "bridges").
 */
export type Shortage = "time" | "money" | "effort" | "information";

/**
 * A stage of the journey: a node of the stage graph, shown as a column.
 */
export type Stage = {
  id: string,
  name: string,
  description: string,
  phase: Phase | null,
  experience: ConnectedExperience | null,
  metrics: Metrics,
  /**
   * Tie-break among stages the graph leaves unordered (reordering a header sets it).
   */
  rank: number,
};

export type StructureReport = {
  /**
   * Stages no forward path from the start reaches.
   */
  unreachable: Array<string>,
  /**
   * Stages other than the last with no flow leading on.
   */
  deadEnds: Array<string>,
  /**
   * Stages holding no touchpoint card.
   */
  withoutTouchpoints: Array<string>,
  /**
   * Connected-strategy phases (Recognize, Request, Respond) no stage is tagged with; only
   * checked when the journey uses those phases at all.
   */
  missingPhases: Array<string>,
  hasRepeatLoop: boolean,
};

/**
 * A sentence as the catalogs say it: a message id of `errors.ftl`/`studio.ftl` and its
 * arguments, so the window says it in its own language (the English `sentence` beside it is
 * for the CLI, the logs, and a message not yet translated).
 */
export type SyncSaid = {
  id: string,
  args: { [key in string]: string },
};

/**
 * The connection as the top bar shows it (the `sync-status` event).
 */
export type SyncStatus =
  | { "state": "connecting" }
  | { "state": "connected", pending: number, }
  | { "state": "offline", sentence: string, 
/**
 * The sentence as the catalogs say it.
 */
said?: SyncSaid, }
  | { "state": "failed", sentence: string, code: string, said?: SyncSaid, };

export type TemplateInfo = {
  id: string,
  name: string,
  description: string,
  builtin: boolean,
};

export type Touchpoint = {
  channel: Channel | null,
  momentOfTruth: boolean,
  emotion: Emotion | null,
  /**
   * Scores of further personas on the same touchpoint, keyed by persona id.
   */
  personaEmotions: { [key in string]: number },
  sacrifice: Sacrifice | null,
  experience: ConnectedExperience | null,
};

export type VersionInfo = {
  id: string,
  journeyId: string,
  name: string,
  /**
   * The journey's revision when the version was taken.
   */
  revision: number,
  /**
   * UTC, `YYYY-MM-DD HH:MM:SS`.
   */
  at: string,
  cards: number,
};

/**
 * One side of a comparison: a saved version or the journey as it is now.
 */
export type VersionSide = { "kind": "version", "id": string } | { "kind": "now" };

/**
 * What the facilitator does, from the app (or a test): the page's `workshop_act` argument.
 */
export type WorkshopAction =
  | { "type": "openLanes", lanes: Array<string>, }
  | { "type": "privateMode", on: boolean, }
  | { "type": "reveal", anonymous: boolean, }
  | { "type": "openVote", lane: string | null, dots: number, }
  | { "type": "closeVote" }
  | { "type": "setTimer", minutes: number, }
  | { "type": "startTimer" }
  | { "type": "pauseTimer" }
  | { "type": "extendTimer", minutes: number, }
  | { "type": "lock", on: boolean, }
  | { "type": "follow", stage: string | null, }
  | { "type": "remove", participant: string, }
  | { "type": "ban", participant: string, address: boolean, }
  | { "type": "rotateCode" };

/**
 * A running session as the facilitator's window shows it (`Server::view`; the `session` of the
 * shell's `SessionView`). Fields in the order of their JSON names, as `json!` wrote them before
 * this was a type.
 */
export type WorkshopFacilitatorView = {
  /**
   * The join code participants type (or get from the QR code's address).
   */
  code: string,
  journey: string,
  /**
   * Who is in the session now (removed participants are left out, so `removed` is false).
   */
  participants: Array<WorkshopParticipant>,
  settings: WorkshopSettings,
  timer: WorkshopTimer,
  /**
   * The open dot vote, if any.
   */
  vote: WorkshopVote | null,
};

/**
 * Someone who joined, as the facilitator's window lists them.
 */
export type WorkshopParticipant = {
  id: string,
  name: string,
  removed: boolean,
};

/**
 * A QR code as rows of "1" (dark) and "0" (light) modules, made here, offline.
 */
export type WorkshopQr = {
  /**
   * Modules per side: `rows.length`, and each row's length.
   */
  size: number,
  rows: Array<string>,
};

/**
 * One line of a journey's workshop record (`workshop_record`, oldest first): when (UTC,
 * "YYYY-MM-DD HH:MM:SS"), who, and what they did.
 */
export type WorkshopRecordLine = [string, string, string];

/**
 * A running workshop session as the facilitator's window shows it: what `workshop_start` and
 * `workshop_view` answer.
 */
export type WorkshopSession = {
  /**
   * The address participants open (with the join code in it).
   */
  url: string,
  /**
   * The address as a QR code; None when it could not be made.
   */
  qr: WorkshopQr | null,
  /**
   * journey-workshop's facilitator view: code, participants, settings, timer, vote.
   */
  session: WorkshopFacilitatorView,
};

/**
 * What the facilitator has opened or set for participants. (Fields in the order of their JSON
 * names: the facilitator's view keeps the sorted keys it had when it was built with `json!`.)
 */
export type WorkshopSettings = {
  /**
   * The stage the facilitator shows; participants follow it unless they opt out.
   */
  follow: string | null,
  /**
   * Participants can neither add nor vote.
   */
  locked: boolean,
  /**
   * Lanes participants may add cards to.
   */
  openLanes: Array<string>,
  /**
   * New participant cards are private until revealed.
   */
  privateMode: boolean,
};

/**
 * The session's countdown.
 */
export type WorkshopTimer = {
  durationMs: number,
  /**
   * While running: when it ends (ms since the Unix epoch), so every screen counts alike.
   */
  endsAt: number | null,
  /**
   * While paused or not started: what is left.
   */
  remainingMs: number,
};

/**
 * An open dot vote as the facilitator sees it: how many voted, and the dots per card so far.
 */
export type WorkshopVote = {
  /**
   * Dots each person may place.
   */
  dots: number,
  /**
   * The lane voted on, or the whole map.
   */
  lane: string | null,
  /**
   * (card, dots) for every card with a dot, in card id order.
   */
  tally: Array<[string, number]>,
  /**
   * Participants who placed at least one dot.
   */
  voters: number,
};

export type WorkspaceInfo = {
  path: string,
  fileName: string,
  /**
   * "file (read-only) — Journey Studio": the native window's title, given to the page too.
   */
  title: string,
  readOnly: boolean,
  journeys: Array<JourneySummary>,
};

/**
 * The limits every edit is checked against (journey-core's `validate::LIMITS`).
 */
export const LIMITS: Limits = {
  ces: { max: 7, min: 1 },
  csat: { max: 100, min: 0 },
  maxCards: 250000,
  maxLanes: 200,
  maxName: 200,
  maxPersonas: 50,
  maxScaleSpan: 20,
  maxStages: 1000,
  maxText: 10000,
  nps: { max: 100, min: -100 },
  rating: { max: 5, min: 1 },
};

/**
 * Kinds of card (journey-core `vocab::CARD_KINDS`).
 */
export const CARD_KIND_MESSAGES: Record<"touchpoint" | "painPoint" | "opportunity" | "note" | "quote", string> = {
  touchpoint: "card-kind-touchpoint",
  painPoint: "card-kind-pain-point",
  opportunity: "card-kind-opportunity",
  note: "card-kind-note",
  quote: "card-kind-quote",
};

/**
 * Channels by kind (`vocab::CHANNELS`; a custom channel shows its own label).
 */
export const CHANNEL_MESSAGES: Record<
  | "web"
  | "app"
  | "store"
  | "phone"
  | "email"
  | "social"
  | "inPerson"
  | "chat"
  | "mail"
  | "other",
  string
> = {
  web: "channel-web",
  app: "channel-app",
  store: "channel-store",
  phone: "channel-phone",
  email: "channel-email",
  social: "channel-social",
  inPerson: "channel-in-person",
  chat: "channel-chat",
  mail: "channel-mail",
  other: "channel-other",
};

/**
 * The six CX pillars (`vocab::CX_PILLARS`).
 */
export const CX_PILLAR_MESSAGES: Record<
  | "personalization"
  | "integrity"
  | "expectations"
  | "resolution"
  | "timeAndEffort"
  | "empathy",
  string
> = {
  personalization: "cx-pillar-personalization",
  integrity: "cx-pillar-integrity",
  expectations: "cx-pillar-expectations",
  resolution: "cx-pillar-resolution",
  timeAndEffort: "cx-pillar-time-and-effort",
  empathy: "cx-pillar-empathy",
};

/**
 * The connected customer experiences (`vocab::EXPERIENCES`).
 */
export const EXPERIENCE_MESSAGES: Record<"respondToDesire" | "curatedOffering" | "coachBehavior" | "automaticExecution", string> = {
  respondToDesire: "experience-respond-to-desire",
  curatedOffering: "experience-curated-offering",
  coachBehavior: "experience-coach-behavior",
  automaticExecution: "experience-automatic-execution",
};

/**
 * Kinds of friction (`vocab::FRICTIONS`; a custom one shows its own label).
 */
export const FRICTION_MESSAGES: Record<"repeatedDataEntry" | "inconsistentMessages" | "hiddenCost" | "waiting" | "other", string> = {
  repeatedDataEntry: "friction-repeated-data-entry",
  inconsistentMessages: "friction-inconsistent-messages",
  hiddenCost: "friction-hidden-cost",
  waiting: "friction-waiting",
  other: "friction-other",
};

/**
 * Kinds of lane (`vocab::LANE_KINDS`).
 */
export const LANE_KIND_MESSAGES: Record<
  | "actions"
  | "touchpoints"
  | "channels"
  | "thoughts"
  | "emotions"
  | "painPoints"
  | "opportunities"
  | "frontstage"
  | "backstage"
  | "support"
  | "custom",
  string
> = {
  actions: "lane-kind-actions",
  touchpoints: "lane-kind-touchpoints",
  channels: "lane-kind-channels",
  thoughts: "lane-kind-thoughts",
  emotions: "lane-kind-emotions",
  painPoints: "lane-kind-pain-points",
  opportunities: "lane-kind-opportunities",
  frontstage: "lane-kind-frontstage",
  backstage: "lane-kind-backstage",
  support: "lane-kind-support",
  custom: "lane-kind-custom",
};

/**
 * The loyalty 3.0 pillars (`vocab::LOYALTY_PILLARS`).
 */
export const LOYALTY_PILLAR_MESSAGES: Record<"productsAndServices" | "customerService" | "community" | "experiences" | "bridges", string> = {
  productsAndServices: "loyalty-pillar-products-and-services",
  customerService: "loyalty-pillar-customer-service",
  community: "loyalty-pillar-community",
  experiences: "loyalty-pillar-experiences",
  bridges: "loyalty-pillar-bridges",
};

/**
 * Phases but a custom one (`vocab::PHASES`).
 */
export const PHASE_MESSAGES: Record<
  | "recognize"
  | "request"
  | "respond"
  | "repeat"
  | "beforePurchase"
  | "duringPurchase"
  | "afterPurchase",
  string
> = {
  recognize: "phase-recognize",
  request: "phase-request",
  respond: "phase-respond",
  repeat: "phase-repeat",
  beforePurchase: "phase-before-purchase",
  duringPurchase: "phase-during-purchase",
  afterPurchase: "phase-after-purchase",
};

/**
 * What a customer is short of (`vocab::SHORTAGES`).
 */
export const SHORTAGE_MESSAGES: Record<"time" | "money" | "effort" | "information", string> = {
  time: "shortage-time",
  money: "shortage-money",
  effort: "shortage-effort",
  information: "shortage-information",
};

/**
 * The default scale's named steps by score (`vocab::DEFAULT_EMOTIONS`): a journey that keeps a
 * step's English name shows the catalog's word for it (`EmotionScale::term_of`).
 */
export const DEFAULT_EMOTION_MESSAGES: Array<[number, string]> = [
  [-3, "emotion-furious"],
  [-2, "emotion-frustrated"],
  [-1, "emotion-uneasy"],
  [0, "emotion-neutral"],
  [1, "emotion-content"],
  [2, "emotion-happy"],
  [3, "emotion-delighted"],
];

/**
 * A pain point's priority (journey-core's `PainPoint::priority`: severity × frequency),
 * as `PAIN_PRIORITY[severity - LIMITS.rating.min][frequency - LIMITS.rating.min]`.
 */
export const PAIN_PRIORITY: Array<Array<number>> = [
  [1, 2, 3, 4, 5],
  [2, 4, 6, 8, 10],
  [3, 6, 9, 12, 15],
  [4, 8, 12, 16, 20],
  [5, 10, 15, 20, 25],
];
