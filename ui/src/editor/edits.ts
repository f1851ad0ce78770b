// Typed constructors for the core's `Edit` values (crates/journey-core/src/edit.rs). The page
// never changes a journey itself: it builds an edit, the store validates and applies it, and
// the page redraws from the answer.

import type { Card, CardBody, Edit, EmotionScale, Id, Journey, Lane, LaneKind, Metrics, Persona, Stage } from "../types";
import { newId } from "./ids";

export const moveCard = (id: Id, stage: Id, lane: Id, rank: number): Edit => ({ type: "moveCard", id, stage, lane, rank });
export const addCard = (card: Card): Edit => ({ type: "addCard", card });
export const updateCard = (card: Card): Edit => ({ type: "updateCard", card });
export const removeCard = (id: Id): Edit => ({ type: "removeCard", id });
export const addStage = (stage: Stage): Edit => ({ type: "addStage", stage });
export const updateStage = (stage: Stage): Edit => ({ type: "updateStage", stage });
export const removeStage = (id: Id): Edit => ({ type: "removeStage", id });
/** Moves a stage `steps` columns (negative: left); the core rewires the flows or says why not. */
export const moveStage = (id: Id, steps: number): Edit => ({ type: "moveStage", id, steps });
export const addLane = (lane: Lane): Edit => ({ type: "addLane", lane });
export const updateLane = (lane: Lane): Edit => ({ type: "updateLane", lane });
export const removeLane = (id: Id): Edit => ({ type: "removeLane", id });
export const addFlow = (from: Id, to: Id, kind: "next" | "branch" | "repeat", label = ""): Edit =>
  ({ type: "addFlow", flow: { id: newId(), from, to, kind, label } });
export const removeFlow = (id: Id): Edit => ({ type: "removeFlow", id });
export const relabelFlow = (id: Id, label: string): Edit => ({ type: "relabelFlow", id, label });
export const setJourney = (name: string, goal: string): Edit => ({ type: "setJourney", name, goal });
export const setScale = (scale: EmotionScale): Edit => ({ type: "setScale", scale });
export const setMetrics = (metrics: Metrics): Edit => ({ type: "setMetrics", metrics });
export const putPersona = (persona: Persona): Edit => ({ type: "putPersona", persona });
export const batch = (edits: Edit[]): Edit => (edits.length === 1 ? edits[0] : { type: "batch", edits });

/** A rank that puts a card at `index` among `ranks` (ascending): the same rule as the core. */
export function rankAt(ranks: number[], index: number): number {
  const prev = index > 0 ? ranks[index - 1] : undefined;
  const next = ranks[index];
  if (prev === undefined && next === undefined) return 1;
  if (prev === undefined) return next! - 1;
  if (next === undefined) return prev + 1;
  return (prev + next) / 2;
}

/**
 * Ranks for `n` cards put at `index` among `ranks` (ascending), in order, spread evenly between
 * the neighbours there. One card gets exactly `rankAt`'s rank.
 */
export function ranksAt(ranks: number[], index: number, n: number): number[] {
  if (n === 1) return [rankAt(ranks, index)];
  const before = ranks[index - 1];
  const after = ranks[index];
  const lo = before ?? (after !== undefined ? after - n - 1 : 0);
  const hi = after ?? lo + n + 1;
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * (i + 1)) / (n + 1));
}

/** Cards of a cell in display order (rank, then id), optionally leaving some out. */
export function cellCards(journey: Journey, stage: Id, lane: Id, without: ReadonlySet<Id> = new Set()): Card[] {
  return journey.cards
    .filter((c) => c.stage === stage && c.lane === lane && !without.has(c.id))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What a new card in a lane of this kind is, so a card made in "Pain points" is a pain point. */
export function defaultBody(kind: LaneKind): CardBody {
  switch (kind) {
    case "touchpoints":
    case "channels":
    case "frontstage":
      return { kind: "touchpoint", channel: null, momentOfTruth: false, emotion: null, personaEmotions: {}, sacrifice: null, experience: null };
    case "emotions":
      return { kind: "touchpoint", channel: null, momentOfTruth: false, emotion: { score: 0, name: "" }, personaEmotions: {}, sacrifice: null, experience: null };
    case "painPoints":
      return { kind: "painPoint", severity: 3, frequency: 3, pillar: null, friction: null, shortOf: [] };
    case "opportunities":
      return { kind: "opportunity", answers: [], loyaltyPillar: null, value: 3, effort: 3, owner: "" };
    default:
      return { kind: "note" };
  }
}

/** The body a card gets when its kind is changed in the inspector. */
export function bodyOfKind(kind: CardBody["kind"]): CardBody {
  switch (kind) {
    case "touchpoint": return defaultBody("touchpoints");
    case "painPoint": return defaultBody("painPoints");
    case "opportunity": return defaultBody("opportunities");
    case "quote": return { kind: "quote", speaker: "" };
    default: return { kind: "note" };
  }
}

export function newCard(journey: Journey, stage: Id, lane: Id, index?: number, text = ""): Card {
  const laneKind = journey.lanes.find((l) => l.id === lane)?.kind ?? "custom";
  const ranks = cellCards(journey, stage, lane).map((c) => c.rank);
  return { id: newId(), stage, lane, rank: rankAt(ranks, index ?? ranks.length), text, body: defaultBody(laneKind) };
}

/** A copy of `card` right after it in its cell. */
export function duplicateOf(journey: Journey, card: Card): Card {
  const cell = cellCards(journey, card.stage, card.lane);
  const at = cell.findIndex((c) => c.id === card.id) + 1;
  return { ...structuredClone(card), id: newId(), rank: rankAt(cell.map((c) => c.rank), at) };
}

/** A new stage placed after `after` in the flow (or at the end), connected by a `next` flow. */
export function appendStage(journey: Journey, order: Id[], name: string, after?: Id): { stage: Stage; edit: Edit } {
  const last = after ?? order[order.length - 1];
  const lastStage = journey.stages.find((s) => s.id === last);
  const stage: Stage = {
    id: newId(), name, description: "", phase: null, experience: null, metrics: { nps: null, csat: null, ces: null },
    rank: (lastStage?.rank ?? 0) + 1,
  };
  const edits = [addStage(stage)];
  if (last) edits.push(addFlow(last, stage.id, "next"));
  return { stage, edit: batch(edits) };
}

export function newLane(journey: Journey, name: string, kind: LaneKind): Lane {
  const maxRank = Math.max(0, ...journey.lanes.map((l) => l.rank));
  return { id: newId(), name, kind, rank: maxRank + 1, color: "" };
}

/** The lane one step up or down in display order, as an edit of its rank; null at the end. */
export function moveLane(journey: Journey, id: Id, dir: -1 | 1): Edit | null {
  const lanes = [...journey.lanes].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  const i = lanes.findIndex((l) => l.id === id);
  const j = i + dir;
  if (i < 0 || j < 0 || j >= lanes.length) return null;
  // Place it beyond its neighbour: between the neighbour and the one after it.
  const beyond = lanes[j + dir];
  const rank = beyond ? (lanes[j].rank + beyond.rank) / 2 : lanes[j].rank + dir;
  return updateLane({ ...lanes[i], rank });
}
