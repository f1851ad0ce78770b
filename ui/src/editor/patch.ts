// Applies a `Change` from the store to the journey view the window holds, the way journey-core's
// `ReadModel::apply` does (the Rust reference the core's tests check against a reload).
//
// Everything the change does not name keeps its object identity, so memoised components (a card
// face, the curve) skip their render: an edit costs what it changed, not what the journey holds.
// Entity lists stay sorted by id, as the store sends them on a full load, so a patched view and a
// reloaded one are the same lists.

import type { Applied, Change, Curve, CurvePatch, JourneyView, Layout } from "../types";

/** The change does not apply to the view held: the caller reloads (and says so in the log). */
export class ChangeDoesNotFit extends Error {
  constructor(readonly change: Change, readonly held: { journey: string; revision: number } | null) {
    super(
      held
        ? `change ${change.baseRevision}→${change.revision} of ${change.journey} does not fit revision ${held.revision} of ${held.journey}`
        : `change ${change.baseRevision}→${change.revision} of ${change.journey} arrived with no journey held`,
    );
  }
}

/** The view after `applied`, or the same view when it already shows this revision or a later one. */
export function applyChange(view: JourneyView, applied: Applied): JourneyView {
  const change = applied.change;
  if (change.journey !== view.journey.id) throw new ChangeDoesNotFit(change, { journey: view.journey.id, revision: view.revision });
  // Already applied (the answer to our own call and its echo both carry it).
  if (change.revision <= view.revision) return view;
  if (change.baseRevision !== view.revision) throw new ChangeDoesNotFit(change, { journey: view.journey.id, revision: view.revision });
  const j = view.journey;
  const header = change.header;
  const journey = {
    ...j,
    ...(header ?? {}),
    // A journey that follows its text carries no direction, as the store sends it whole.
    ...(header ? { direction: header.direction === "auto" ? undefined : header.direction } : {}),
    personas: upsert(j.personas, change.personas, change.removedPersonas, (p) => p.id),
    stages: upsert(j.stages, change.stages, change.removedStages, (s) => s.id),
    flows: upsert(j.flows, change.flows, change.removedFlows, (f) => f.id),
    lanes: upsert(j.lanes, change.lanes, change.removedLanes, (l) => l.id),
    cards: upsert(j.cards, change.cards, change.removedCards, (c) => c.id),
  };
  return {
    journey,
    layout: patchLayout(view.layout, change),
    revision: change.revision,
    canUndo: applied.canUndo,
    canRedo: applied.canRedo,
  };
}

function patchLayout(l: Layout, change: Change): Layout {
  const p = change.layout;
  const columns = p.columns.length || p.removedColumns.length
    ? sortBy(upsert(l.columns, p.columns, p.removedColumns, (c) => c.stage, false), (c) => c.x)
    : l.columns;
  const rows = p.rows.length || p.removedRows.length
    ? sortBy(upsert(l.rows, p.rows, p.removedRows, (r) => r.lane, false), (r) => r.y)
    : l.rows;
  // Boxes not listed keep their place in their cell and follow their column and row.
  const dx = shifts(l.columns, columns, (c) => c.stage, (c) => c.x);
  const dy = shifts(l.rows, rows, (r) => r.lane, (r) => r.y);
  let cards = l.cards;
  if (dx.size || dy.size) {
    cards = cards.map((b) => {
      const x = dx.get(b.stage) ?? 0;
      const y = dy.get(b.lane) ?? 0;
      return x || y ? { ...b, x: b.x + x, y: b.y + y } : b;
    });
  }
  cards = upsert(cards, p.cards, p.removedCards, (b) => b.card, false);
  return {
    ...l,
    ...(p.size ?? {}),
    columns,
    rows,
    cards,
    curves: p.curves ?? patchCurves(l, p.curvePoints, dx, dy),
    flows: upsert(l.flows, p.flows, p.removedFlows, (f) => f.flow, false),
  };
}

/**
 * The curves with every point moved along with the column its x lies in and its curve's row, then
 * the listed points put in and the removed ones taken out (`shift_curves` and `ReadModel::apply`
 * in journey-core do the same sums in the same order, so the result is exact).
 */
function patchCurves(l: Layout, patches: CurvePatch[], dx: Map<string, number>, dy: Map<string, number>): Curve[] {
  if (!dx.size && !dy.size && patches.length === 0) return l.curves;
  return l.curves.map((curve) => {
    const patch = patches.find((p) => p.persona === curve.persona && p.lane === curve.lane);
    const down = dy.get(curve.lane) ?? 0;
    if (!dx.size && !down && !patch) return curve;
    let points = curve.points.map((pt) => {
      const stage = columnAt(l.columns, pt.x);
      const right = stage === null ? 0 : dx.get(stage) ?? 0;
      return right || down ? { ...pt, x: pt.x + right, y: pt.y + down } : pt;
    });
    if (patch) {
      const gone = new Set(patch.removed);
      points = upsert(points.filter((pt) => !gone.has(pt.card)), patch.points, [], (pt) => pt.card, false);
    }
    if (dx.size || patch) points.sort((a, b) => a.x - b.x);
    return { ...curve, points };
  });
}

/** The stage of the column (in x order) that `x` lies in. */
function columnAt(columns: Layout["columns"], x: number): string | null {
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (columns[mid].x <= x) lo = mid + 1;
    else hi = mid;
  }
  const c = columns[lo - 1];
  return c && x < c.x + c.width ? c.stage : null;
}

/** How far each column (or row) that stayed moved. */
function shifts<T>(before: T[], after: T[], key: (t: T) => string, at: (t: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  if (before === after) return out;
  const old = new Map(before.map((t) => [key(t), at(t)]));
  for (const t of after) {
    const was = old.get(key(t));
    if (was !== undefined && was !== at(t)) out.set(key(t), at(t) - was);
  }
  return out;
}

function sortBy<T>(items: T[], at: (t: T) => number): T[] {
  return items.sort((a, b) => at(a) - at(b));
}

/**
 * `items` with `put` replacing the item of the same key (or added), `removed` taken out. The
 * list is returned as it was when nothing applies. With `sorted`, new items go in id order (the
 * store's order for entity lists); otherwise at the end (the order of boxes carries no meaning).
 */
function upsert<T>(items: T[], put: T[], removed: string[], key: (t: T) => string, sorted = true): T[] {
  if (put.length === 0 && removed.length === 0) return items;
  const gone = new Set(removed);
  const fresh = new Map(put.map((t) => [key(t), t]));
  const out: T[] = [];
  for (const t of items) {
    const k = key(t);
    if (gone.has(k) && !fresh.has(k)) continue;
    const next = fresh.get(k);
    if (next !== undefined) {
      out.push(next);
      fresh.delete(k);
    } else {
      out.push(t);
    }
  }
  for (const t of fresh.values()) {
    if (!sorted) {
      out.push(t);
      continue;
    }
    // Binary search for the id's place: ids are lower-case hex, so string order is the store's.
    let lo = 0;
    let hi = out.length;
    const k = key(t);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(out[mid]) < k) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, t);
  }
  return out;
}
