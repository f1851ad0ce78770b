// Human labels for the model's enum values (the wire uses camelCase identifiers): the core's own
// names (`CxPillar::label` etc., the words every export prints), generated into the contract.
// Keyed by the generated types, so a value added in the core cannot go without a label.

import {
  CHANNEL_LABELS, CX_PILLAR_LABELS, FRICTION_LABELS, LANE_KIND_LABELS, LOYALTY_PILLAR_LABELS, PHASE_LABELS,
} from "../generated/contract";
import type { ChannelKind, CxPillar, Friction, LaneKind, LoyaltyPillar, Phase } from "../types";

export const channelLabel: Record<ChannelKind, string> = CHANNEL_LABELS;
export const pillarLabel: Record<CxPillar, string> = CX_PILLAR_LABELS;
export const loyaltyLabel: Record<LoyaltyPillar, string> = LOYALTY_PILLAR_LABELS;
export const frictionLabel: Record<Friction["kind"], string> = FRICTION_LABELS;
export const phaseLabel: Record<Exclude<Phase["kind"], "custom">, string> = PHASE_LABELS;
export const laneKindLabel: Record<LaneKind, string> = LANE_KIND_LABELS;

/** Colour of an emotion score: red at the bottom of the scale, green at the top. */
export function emotionColor(score: number, min: number, max: number): string {
  const t = max === min ? 0.5 : (score - min) / (max - min);
  const hue = Math.round(4 + t * 136);
  return `hsl(${hue} 62% 42%)`;
}
