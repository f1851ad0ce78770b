// Wire types of the shell's commands. They mirror the serde shapes of journey-core and
// src-tauri/src/api.rs (camelCase); keep them in step with those files.

export type Id = string;

export type PhaseKind =
  | "recognize" | "request" | "respond" | "repeat"
  | "beforePurchase" | "duringPurchase" | "afterPurchase" | "custom";
export interface Phase { kind: PhaseKind; label?: string }

export interface Measure { value: number; sampleSize: number }
export interface Metrics { nps?: Measure | null; csat?: Measure | null; ces?: Measure | null }

export interface Stage {
  id: Id; name: string; description: string; phase: Phase | null;
  experience: string | null; metrics: Metrics; rank: number;
}

export type FlowKind = "next" | "branch" | "repeat";
export interface Flow { id: Id; from: Id; to: Id; kind: FlowKind; label: string }

export type LaneKind =
  | "actions" | "touchpoints" | "channels" | "thoughts" | "emotions" | "painPoints"
  | "opportunities" | "frontstage" | "backstage" | "support" | "custom";
export interface Lane { id: Id; name: string; kind: LaneKind; rank: number; color: string }

export type ChannelKind = "web" | "app" | "store" | "phone" | "email" | "social" | "inPerson" | "chat" | "mail" | "other";
export interface Channel { kind: ChannelKind; label?: string }
export interface Emotion { score: number; name: string }

export interface TouchpointBody {
  kind: "touchpoint"; channel: Channel | null; momentOfTruth: boolean; emotion: Emotion | null;
  personaEmotions: Record<Id, number>; sacrifice: { wanted: string; accepted: string } | null;
  experience: string | null;
}
export interface PainPointBody {
  kind: "painPoint"; severity: number; frequency: number; pillar: string | null;
  friction: { kind: string; label?: string } | null; shortOf: string[];
}
export interface OpportunityBody {
  kind: "opportunity"; answers: Id[]; loyaltyPillar: string | null; value: number; effort: number; owner: string;
}
export type CardBody = TouchpointBody | PainPointBody | OpportunityBody | { kind: "note" } | { kind: "quote"; speaker: string };

export interface Card {
  id: Id; stage: Id; lane: Id; rank: number; text: string; body: CardBody;
  /** Set by a workshop: the dot-vote tally, who wrote it, whether it is still private. */
  workshop?: { votes?: number; author?: string; private?: boolean };
}

export interface Persona {
  id: Id; name: string; role: string; goals: string[]; needs: string[]; frustrations: string[];
  quote: string; valueType: "spender" | "sender" | null; color: string;
}

export interface EmotionScale { min: number; max: number; names: Record<string, string> }

export interface Journey {
  id: Id; name: string; goal: string; personas: Persona[]; scale: EmotionScale; metrics: Metrics;
  stages: Stage[]; flows: Flow[]; lanes: Lane[]; cards: Card[];
}

export interface ColumnBox { stage: Id; x: number; width: number }
export interface RowBox { lane: Id; y: number; height: number }
export interface CardBox { card: Id; stage: Id; lane: Id; x: number; y: number; width: number; height: number; lines: number }
export interface Curve { persona: Id | null; lane: Id; points: { card: Id; x: number; y: number; score: number }[] }
export interface FlowArc { flow: Id; kind: FlowKind; fromX: number; toX: number; label: string }

export interface Layout {
  width: number; height: number; headerTop: number; bodyTop: number; labelWidth: number;
  columns: ColumnBox[];
  rows: RowBox[];
  cards: CardBox[];
  curves: Curve[];
  flows: FlowArc[];
  visibilityLine: number | null;
}

/** The journey's own fields (journey-core's `JourneyHeader`). */
export interface JourneyHeader { name: string; goal: string; scale: EmotionScale; metrics: Metrics }
export interface MapSize { width: number; height: number; visibilityLine: number | null }
/** What moved on the map (journey-core's `LayoutPatch`): boxes not listed keep their place in their cell. */
export interface LayoutPatch {
  size: MapSize | null;
  columns: ColumnBox[]; removedColumns: Id[];
  rows: RowBox[]; removedRows: Id[];
  cards: CardBox[]; removedCards: Id[];
  /** Set when a curve appeared or went: the whole set. */
  curves: Curve[] | null;
  curvePoints: CurvePatch[];
  flows: FlowArc[]; removedFlows: Id[];
}
/** The points of one curve that moved relative to their column and row, or are new. */
export interface CurvePatch { persona: Id | null; lane: Id; points: Curve["points"]; removed: Id[] }
/** What one accepted change did (journey-core's `Change`): applied by editor/patch.ts. */
export interface Change {
  journey: Id; baseRevision: number; revision: number;
  header: JourneyHeader | null;
  personas: Persona[]; removedPersonas: Id[];
  stages: Stage[]; removedStages: Id[];
  flows: Flow[]; removedFlows: Id[];
  lanes: Lane[]; removedLanes: Id[];
  cards: Card[]; removedCards: Id[];
  layout: LayoutPatch;
}

export interface JourneyView { journey: Journey; layout: Layout; revision: number; canUndo: boolean; canRedo: boolean }
export interface JourneySummary { id: Id; name: string }
export interface WorkspaceInfo { path: string; fileName: string; title: string; readOnly: boolean; journeys: JourneySummary[] }
export interface Applied { revision: number; canUndo: boolean; canRedo: boolean; change: Change }

export interface VersionInfo { id: Id; journeyId: Id; name: string; revision: number; at: string; cards: number }
/** One side of a comparison: a saved version, or the journey now. */
export type VersionSide = { kind: "version"; id: Id } | { kind: "now" };
export interface Cell { stage: Id; lane: Id; stageName: string; laneName: string }
export type DiffChange = "added" | "removed" | "updated";
export interface CardChange {
  id: Id; change: DiffChange; text: string; kind: string; from: Cell | null; to: Cell | null;
  moved: boolean; reordered: boolean; fields: string[];
}
export interface EmotionDelta { card: Id; text: string; before: number | null; after: number | null; delta: number }
export interface NamedChange { id: Id; name: string; change: DiffChange }
export interface JourneyDiff {
  cards: CardChange[]; emotions: EmotionDelta[]; stages: NamedChange[]; lanes: NamedChange[];
  flowsAdded: number; flowsRemoved: number; flowsChanged: number; journeyChanged: boolean;
}

/** Every failed call carries a stable code and a sentence for the user. */
export interface ApiError { code: string; message: string }

export type Edit = { type: string; [field: string]: unknown };

/** Export formats, as `journey export --format` names them. */
export type ExportFormat = "svg" | "png" | "pdf" | "html" | "csv" | "md" | "json" | "mermaid";
/** PDF pages: one page the size of the map, or paper tiles at true size. */
export type PageSize = "fit" | "a4" | "a3" | "letter";

/** A template to start a journey from (journey-export's `TemplateInfo`). */
export interface TemplateInfo { id: string; name: string; description: string; builtin: boolean }

/** What the map says (journey-core's `insights::Insights`; docs/insights.md). */
export interface Moment { card: Id; stage: Id; score: number }
export interface JourneyPath { stages: Id[]; viaRepeat: Id | null; scores: number[]; mean: number | null; min: number | null }
export interface Finding { code: string; level: "warning" | "info"; message: string; stages: Id[]; cards: Id[] }
export interface HeatCell { stage: Id; pillar: string; severity: number; cards: Id[] }
export interface Insights {
  paths: { paths: JourneyPath[]; truncated: boolean; worstByMean: number | null; worstByMin: number | null; best: number | null };
  structure: { unreachable: Id[]; deadEnds: Id[]; withoutTouchpoints: Id[]; missingPhases: string[]; hasRepeatLoop: boolean };
  emotion: {
    count: number; mean: number | null; highest: Moment | null; lowest: Moment | null; peak: Moment | null; end: Moment | null;
    largestDrop: [Moment, Moment] | null; negativeMomentsOfTruth: Moment[];
    sacrifices: { card: Id; stage: Id; wanted: string; accepted: string }[];
  };
  pains: {
    ranked: { card: Id; stage: Id; severity: number; frequency: number; weight: number; answeredBy: Id[] }[];
    unanswered: Id[];
    opportunities: { card: Id; stage: Id; value: number; effort: number; quadrant: "quickWin" | "majorProject" | "fillIn" | "thankless" }[];
  };
  pillars: { heatmap: HeatCell[]; untaggedPains: Id[]; loyalty: [string, number][]; emptyLoyaltyPillars: string[] };
  channels: { switches: { from: Id; to: Id; fromChannel: string; toChannel: string }[]; friction: { stage: Id; kind: string; cards: Id[] }[] };
  personas: { gaps: { a: Id | null; b: Id; aName: string; bName: string; card: Id; stage: Id; aScore: number; bScore: number }[] };
  findings: Finding[];
}

/** A running workshop session as the facilitator sees it (journey-workshop). */
export interface WorkshopSession {
  url: string;
  qr: { size: number; rows: string[] } | null;
  session: {
    journey: Id;
    code: string;
    participants: { id: string; name: string }[];
    settings: { openLanes: Id[]; privateMode: boolean; locked: boolean; follow: Id | null };
    timer: { durationMs: number; endsAt: number | null; remainingMs: number };
    vote: { lane: Id | null; dots: number; voters: number; tally: [Id, number][] } | null;
  };
}

/** What the facilitator does in a session (journey-workshop's `Action`). */
export type WorkshopAction =
  | { type: "openLanes"; lanes: Id[] }
  | { type: "privateMode"; on: boolean }
  | { type: "reveal"; anonymous: boolean }
  | { type: "openVote"; lane: Id | null; dots: number }
  | { type: "closeVote" }
  | { type: "setTimer"; minutes: number }
  | { type: "startTimer" }
  | { type: "pauseTimer" }
  | { type: "extendTimer"; minutes: number }
  | { type: "lock"; on: boolean }
  | { type: "follow"; stage: Id | null }
  | { type: "remove"; participant: string };
