// Copy, cut and paste of cards, within a journey and between journeys of the window. Pasted
// cards get new ids, keep their order, and are fitted to the journey they land in: links to pain points or
// personas that are not there are dropped, emotion scores are kept inside its scale.

import type { Card, Journey } from "../types";
import { addCard, batch, cellCards, ranksAt } from "./edits";
import type { DropTarget } from "./geometry";
import { newId } from "./ids";

let copied: Card[] = [];

export function copyCards(cards: Card[]) {
  copied = structuredClone([...cards].sort((a, b) => a.rank - b.rank));
}

export function hasCopied(): boolean {
  return copied.length > 0;
}

/** The cards to add at `target` and the one edit that adds them all. */
export function pasteAt(journey: Journey, target: DropTarget) {
  const pains = new Set(journey.cards.filter((c) => c.body.kind === "painPoint").map((c) => c.id));
  const personas = new Set(journey.personas.map((p) => p.id));
  const { min, max } = journey.scale;
  const ranks = ranksAt(cellCards(journey, target.stage, target.lane).map((c) => c.rank), target.index, copied.length);
  const cards: Card[] = copied.map((c, i) => {
    const body = structuredClone(c.body);
    if (body.kind === "opportunity") body.answers = body.answers.filter((a) => pains.has(a));
    if (body.kind === "touchpoint") {
      if (body.emotion) body.emotion = { ...body.emotion, score: Math.max(min, Math.min(max, body.emotion.score)) };
      body.personaEmotions = Object.fromEntries(
        Object.entries(body.personaEmotions).filter(([p]) => personas.has(p)).map(([p, s]) => [p, Math.max(min, Math.min(max, s))]));
    }
    return { ...c, id: newId(), stage: target.stage, lane: target.lane, rank: ranks[i], body };
  });
  return { cards, edit: batch(cards.map(addCard)) };
}
