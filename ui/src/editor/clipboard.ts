// Copy, cut and paste of cards, within a journey and between journeys of the window. The page
// keeps the cards as they were copied and names the paste: new ids (so a redo makes the same
// cards) and the place. Fitting them to the journey they land in (links to pain points that are
// not there, scores of personas it lacks or off its scale) is the core's `PasteCards`.

import type { Card, Edit } from "../types";
import { pasteCards } from "./edits";
import type { DropTarget } from "./geometry";
import { newId } from "./ids";

let copied: Card[] = [];

/** Keeps copies of `cards`, in their order in their cells (rank), which a paste keeps. */
export function copyCards(cards: Card[]) {
  copied = structuredClone([...cards].sort((a, b) => a.rank - b.rank));
}

export function hasCopied(): boolean {
  return copied.length > 0;
}

/** The ids the pasted cards get and the one edit that pastes them at `target`. */
export function pasteAt(target: DropTarget): { ids: string[]; edit: Edit } {
  const ids = copied.map(() => newId());
  return { ids, edit: pasteCards(structuredClone(copied), ids, target.stage, target.lane, target.index) };
}
