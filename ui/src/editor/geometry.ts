// Where things are on the map, for pointer and keyboard moves. Pure functions over the core's
// layout (map coordinates: x from the map's left edge, y from its top, headers included).

import type { Id, Journey, Layout } from "../types";
import { cellCards } from "./edits";

export interface Cell { stage: Id; lane: Id }

/** A place a card can be dropped: a cell and a position among the cell's other cards. */
export interface DropTarget extends Cell { index: number }

/** Gap between stacked cards (layout.rs CARD_GAP) and the cell's inner padding (CELL_PAD). */
const CARD_GAP = 10;
const CELL_PAD = 12;

/**
 * The columns in reading order: the first stage first, whichever side of the map it stands on.
 * The layout lists columns left to right, so right to left (`layout.direction`) that is reversed.
 */
export function readingColumns(layout: Layout): Layout["columns"] {
  return layout.direction === "rtl" ? [...layout.columns].reverse() : layout.columns;
}

/** The stages in reading order (the graph's order, as the layout placed them). */
export function stageOrder(layout: Layout): Id[] {
  return readingColumns(layout).map((c) => c.stage);
}

/** Arrow keys to the stage order: right to left, ArrowLeft goes on to the next stage. */
export function forwardOf(layout: Layout, dir: "left" | "right"): -1 | 1 {
  const right = dir === "right" ? 1 : -1;
  return (layout.direction === "rtl" ? -right : right) as -1 | 1;
}

/** The stages' span of the map (where the columns are, the lane labels aside): [left, right]. */
export function stageSpan(layout: Layout): [number, number] {
  return layout.direction === "rtl" ? [0, layout.labelX] : [layout.labelWidth, layout.width];
}

export function cellAt(layout: Layout, x: number, y: number): Cell | null {
  const col = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  return col && row ? { stage: col.stage, lane: row.lane } : null;
}

/** The boxes of a cell's cards in display order, leaving out the ones being moved. */
function cellBoxes(layout: Layout, journey: Journey, cell: Cell, moving: ReadonlySet<Id>) {
  const boxes = new Map(layout.cards.map((b) => [b.card, b]));
  return cellCards(journey, cell.stage, cell.lane, moving).flatMap((c) => boxes.get(c.id) ?? []);
}

/** The drop target under the pointer: the cell, and before which card (by vertical centre). */
export function dropTargetAt(layout: Layout, journey: Journey, x: number, y: number, moving: ReadonlySet<Id>): DropTarget | null {
  const cell = cellAt(layout, x, y);
  if (!cell) return null;
  const boxes = cellBoxes(layout, journey, cell, moving);
  const index = boxes.filter((b) => b.y + b.height / 2 < y).length;
  return { ...cell, index };
}

/** The horizontal line where a drop would land, for the drop indicator. */
export function indicatorFor(layout: Layout, journey: Journey, t: DropTarget, moving: ReadonlySet<Id>) {
  const col = layout.columns.find((c) => c.stage === t.stage)!;
  const row = layout.rows.find((r) => r.lane === t.lane)!;
  const boxes = cellBoxes(layout, journey, t, moving);
  let y: number;
  if (boxes.length === 0) y = row.y + CELL_PAD / 2;
  else if (t.index < boxes.length) y = boxes[t.index].y - CARD_GAP / 2;
  else {
    const last = boxes[boxes.length - 1];
    y = last.y + last.height + CARD_GAP / 2;
  }
  return { x: col.x + CELL_PAD / 2, y, width: col.width - CELL_PAD };
}

export type Direction = "left" | "right" | "up" | "down";

/**
 * One keyboard step of a card being moved: left/right change stage (keeping the position when
 * it exists there), up/down walk through the cell and on into the lane above or below. Left and
 * right are the screen's: columns are in x order, so on a right-to-left map ArrowLeft goes to
 * the next stage, the one drawn to the left.
 */
export function step(layout: Layout, journey: Journey, t: DropTarget, dir: Direction, moving: ReadonlySet<Id>): DropTarget {
  const stages = layout.columns.map((c) => c.stage);
  const lanes = layout.rows.map((r) => r.lane);
  const count = (stage: Id, lane: Id) => cellCards(journey, stage, lane, moving).length;
  const si = stages.indexOf(t.stage);
  const li = lanes.indexOf(t.lane);
  switch (dir) {
    case "left":
    case "right": {
      const next = stages[si + (dir === "left" ? -1 : 1)];
      if (!next) return t;
      return { stage: next, lane: t.lane, index: Math.min(t.index, count(next, t.lane)) };
    }
    case "up":
      if (t.index > 0) return { ...t, index: t.index - 1 };
      if (li > 0) return { stage: t.stage, lane: lanes[li - 1], index: count(t.stage, lanes[li - 1]) };
      return t;
    case "down":
      if (t.index < count(t.stage, t.lane)) return { ...t, index: t.index + 1 };
      if (li < lanes.length - 1) return { stage: t.stage, lane: lanes[li + 1], index: 0 };
      return t;
  }
}

/** Where a card is now, as a drop target (its index among the cell's other cards). */
export function currentPlace(journey: Journey, id: Id): DropTarget | null {
  const card = journey.cards.find((c) => c.id === id);
  if (!card) return null;
  const index = cellCards(journey, card.stage, card.lane).findIndex((c) => c.id === id);
  return { stage: card.stage, lane: card.lane, index };
}

/** The emotion score for a y inside the emotion lane (the inverse of EmotionCurve's yOf). */
export function scoreAt(layout: Layout, journey: Journey, laneId: Id, y: number): number {
  const row = layout.rows.find((r) => r.lane === laneId);
  const { min, max } = journey.scale;
  if (!row) return min;
  const pad = EMOTION_PAD;
  const band = curveBand(row);
  const f = 1 - (y - band.y - pad) / Math.max(1, band.height - 2 * pad);
  return Math.max(min, Math.min(max, Math.round(min + f * (max - min))));
}

/** Vertical padding of the emotion lane's plot area (shared with EmotionCurve). */
export const EMOTION_PAD = 22;
/** Height of the curve's band (journey-core's EMOTION_ROW). */
export const EMOTION_ROW = 176;

/** The band of an emotions row the curve is drawn in, as journey-core's `curve_band`: the
 *  row's bottom EMOTION_ROW, so cards put in the lane stand above the curve. */
export function curveBand(row: { y: number; height: number }): { y: number; height: number } {
  return { y: row.y + row.height - EMOTION_ROW, height: EMOTION_ROW };
}

/**
 * The card the selection moves to with an arrow key (no card picked up): up/down walk the
 * cards of the column top to bottom across lanes, left/right go to the card of the next column
 * whose middle is nearest in height. Null when there is none that way.
 */
export function neighbourCard(layout: Layout, from: Id, dir: Direction): Id | null {
  const box = layout.cards.find((b) => b.card === from);
  if (!box) return null;
  const mid = (b: { y: number; height: number }) => b.y + b.height / 2;
  const col = layout.columns.findIndex((c) => box.x >= c.x && box.x < c.x + c.width);
  const inColumn = (i: number) => {
    const c = layout.columns[i];
    return c ? layout.cards.filter((b) => b.x >= c.x && b.x < c.x + c.width).sort((a, b) => a.y - b.y) : [];
  };
  if (dir === "up" || dir === "down") {
    const cards = inColumn(col);
    const i = cards.findIndex((b) => b.card === from);
    return cards[i + (dir === "up" ? -1 : 1)]?.card ?? null;
  }
  for (let i = col + (dir === "left" ? -1 : 1); i >= 0 && i < layout.columns.length; i += dir === "left" ? -1 : 1) {
    const cards = inColumn(i);
    if (cards.length) {
      return cards.reduce((best, b) => (Math.abs(mid(b) - mid(box)) < Math.abs(mid(best) - mid(box)) ? b : best)).card;
    }
  }
  return null;
}
