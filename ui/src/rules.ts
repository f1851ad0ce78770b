// What the core decides that the page shows, generated from the Rust (generated/contract.ts, by
// `make types`): the limits edits are checked against (journey-core's `validate::LIMITS`) and a
// pain point's priority (`PainPoint::priority`, as its table over the two ratings). The page
// keeps no copy of either.

import { LIMITS, PAIN_PRIORITY } from "./generated/contract";
import type { PainPoint } from "./types";

export { LIMITS };

/** A pain point's priority (severity × frequency in the core), as the insights rank pains. */
export function priorityOf(p: Pick<PainPoint, "severity" | "frequency">): number {
  const { min } = LIMITS.rating;
  return PAIN_PRIORITY[p.severity - min]?.[p.frequency - min] ?? 0;
}

/** The values a rating (severity, frequency, value, effort) can take, lowest first. */
export const RATINGS: number[] = Array.from({ length: LIMITS.rating.max - LIMITS.rating.min + 1 }, (_, i) => LIMITS.rating.min + i);

/** The highest priority there is, for scaling a pain's badge. */
export const MAX_PRIORITY = priorityOf({ severity: LIMITS.rating.max, frequency: LIMITS.rating.max });
