// Typed constructors for the core's `Edit` values (crates/journey-core/src/edit.rs). The page
// never changes a journey itself: it builds an edit, the store validates and applies it, and
// the page redraws from the answer. Gestures are named, not worked out here: where a dropped or
// new card goes in its cell, what a new card in a lane is, how a paste fits this journey, which
// kind a drawn flow is and where a moved lane goes are the core's rules (placeCards, createCard,
// pasteCards, connectStages, moveLane below); the page says which cell and which place.

import type { Card, CardKind, DirectionChoice, Edit, EmotionScale, Id, Journey, Lane, LaneKind, Metrics, Persona, Stage } from "../types";
import { newId } from "./ids";

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
/** A flow from `from` to `to` whose kind (next, branch or repeat loop) the core picks. */
export const connectStages = (from: Id, to: Id, label = "", id: Id = newId()): Edit => ({ type: "connectStages", id, from, to, label });
export const removeFlow = (id: Id): Edit => ({ type: "removeFlow", id });
export const relabelFlow = (id: Id, label: string): Edit => ({ type: "relabelFlow", id, label });
export const setJourney = (name: string, goal: string): Edit => ({ type: "setJourney", name, goal });
export const setScale = (scale: EmotionScale): Edit => ({ type: "setScale", scale });
export const setMetrics = (metrics: Metrics): Edit => ({ type: "setMetrics", metrics });
export const setDirection = (direction: DirectionChoice): Edit => ({ type: "setDirection", direction });
export const putPersona = (persona: Persona): Edit => ({ type: "putPersona", persona });
export const batch = (edits: Edit[]): Edit => (edits.length === 1 ? edits[0] : { type: "batch", edits });

/** Cards dropped into a cell: they keep their map order and land at `index` among its other cards. */
export const placeCards = (ids: Id[], stage: Id, lane: Id, index: number): Edit => ({ type: "placeCards", ids, stage, lane, index });
/** A new card at `index` of a cell (`null`: after the last), of the kind its lane holds. */
export const createCard = (id: Id, stage: Id, lane: Id, index: number | null, text = ""): Edit =>
  ({ type: "createCard", id, stage, lane, index, text });
/** A copy of each card right after it; `copies[i]` is the new id of the copy of `ids[i]`. */
export const duplicateCards = (ids: Id[], copies: Id[]): Edit => ({ type: "duplicateCards", ids, copies });
/** Copied cards (from any journey) pasted at `index` of a cell; the core fits them to this journey. */
export const pasteCards = (cards: Card[], ids: Id[], stage: Id, lane: Id, index: number): Edit =>
  ({ type: "pasteCards", cards, ids, stage, lane, index });
/** Gives a card a fresh body of another kind. */
export const setCardKind = (id: Id, kind: CardKind): Edit => ({ type: "setCardKind", id, kind });
/** Moves a lane `steps` places (negative: up); the core picks its rank or says why not. */
export const moveLane = (id: Id, steps: number): Edit => ({ type: "moveLane", id, steps });

/** Cards of a cell in display order (rank, then id), optionally leaving some out: what the
 *  geometry counts places by (a drop's index, the card after the selected one). */
export function cellCards(journey: Journey, stage: Id, lane: Id, without: ReadonlySet<Id> = new Set()): Card[] {
  return journey.cards
    .filter((c) => c.stage === stage && c.lane === lane && !without.has(c.id))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
