// How often each card face has rendered, by card id. Tests and the edit benchmark read it to check
// that a change re-renders the cards it changed and leaves the others alone (a broken memo or a
// patch that replaces untouched objects shows up here as renders of every card).
const counts = new Map<string, number>();

export function countRender(key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function renderCount(key: string): number {
  return counts.get(key) ?? 0;
}

/** Total renders since the last reset, and a reset (for measuring one edit). */
export function totalRenders(): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

export function resetRenderCounts(): void {
  counts.clear();
}

// The real window exposes the counters to the end-to-end tests and `make bench-edit`.
(globalThis as { __journeyRenders?: unknown }).__journeyRenders = { renderCount, totalRenders, resetRenderCounts };
