// Names of the model's enum values in the window's language. The values and their message ids
// are listed once, in journey-core (`vocab`), and generated into the contract; the words are in
// the shared catalogs (locales/*/vocab.ftl), so the window says what every export says.
// Keyed by the generated types, so a value added in the core cannot go without a name.

import {
  CARD_KIND_MESSAGES, CHANNEL_MESSAGES, CX_PILLAR_MESSAGES, DEFAULT_EMOTION_MESSAGES, EXPERIENCE_MESSAGES,
  FRICTION_MESSAGES, LANE_KIND_MESSAGES, LOYALTY_PILLAR_MESSAGES, PHASE_MESSAGES, SHORTAGE_MESSAGES,
} from "../generated/contract";
import { localization, type Localization } from "../i18n";
import type { CardKind, Channel, ChannelKind, ConnectedExperience, CxPillar, EmotionScale, Friction, LaneKind, LoyaltyPillar, Phase } from "../types";

type T = Pick<Localization, "t">;

/** A whole vocabulary as `[value, name]` pairs in the core's order, for a select. */
function named<K extends string>(ids: Record<K, string>, { t }: T): [K, string][] {
  return (Object.keys(ids) as K[]).map((k) => [k, t(ids[k])]);
}

export const cardKinds = (l: T) => named<CardKind>(CARD_KIND_MESSAGES, l);
export const channelKinds = (l: T) => named<ChannelKind>(CHANNEL_MESSAGES, l);
export const pillars = (l: T) => named<CxPillar>(CX_PILLAR_MESSAGES, l);
export const loyaltyPillars = (l: T) => named<LoyaltyPillar>(LOYALTY_PILLAR_MESSAGES, l);
export const frictionKinds = (l: T) => named<Friction["kind"]>(FRICTION_MESSAGES, l);
export const phaseKinds = (l: T) => named<Exclude<Phase["kind"], "custom">>(PHASE_MESSAGES, l);
export const laneKinds = (l: T) => named<LaneKind>(LANE_KIND_MESSAGES, l);
export const experiences = (l: T) => named<ConnectedExperience>(EXPERIENCE_MESSAGES, l);

export const cardKindName = ({ t }: T, k: CardKind) => t(CARD_KIND_MESSAGES[k]);
export const pillarName = ({ t }: T, p: CxPillar) => t(CX_PILLAR_MESSAGES[p]);
export const loyaltyName = ({ t }: T, p: LoyaltyPillar) => t(LOYALTY_PILLAR_MESSAGES[p]);
export const laneKindName = ({ t }: T, k: LaneKind) => t(LANE_KIND_MESSAGES[k]);
export const experienceName = ({ t }: T, e: ConnectedExperience) => t(EXPERIENCE_MESSAGES[e]);
export const shortageName = ({ t }: T, s: keyof typeof SHORTAGE_MESSAGES) => t(SHORTAGE_MESSAGES[s]);
/** A channel's name; a custom channel's is its own. */
export const channelName = ({ t }: T, c: Channel) => (c.kind === "other" ? c.label : t(CHANNEL_MESSAGES[c.kind]));
export const frictionName = ({ t }: T, f: Friction) => (f.kind === "other" ? f.label : t(FRICTION_MESSAGES[f.kind]));
export const phaseName = ({ t }: T, p: Phase) => (p.kind === "custom" ? p.label : t(PHASE_MESSAGES[p.kind]));

/** The name of a step of a scale: the catalog's word while the journey keeps the default scale's
 *  English name for it (journey-core `EmotionScale::term_of`), else the name the user gave. */
export function stepName(l: T, scale: EmotionScale, score: number): string | undefined {
  const name = (scale.names as Record<string, string | undefined>)[String(score)];
  if (name === undefined) return undefined;
  const id = DEFAULT_EMOTION_MESSAGES.find(([s]) => s === score)?.[1];
  // The core writes the English catalog's words into a new journey's default scale.
  return id && name === localization("en").t(id) ? l.t(id) : name;
}

/** Colour of an emotion score: red at the bottom of the scale, green at the top. Dark enough
 *  that white text on it meets WCAG AA (4.5:1) at every hue: yellow (R = G) is the lightest at a
 *  given lightness, so 28 % is what the yellow-green middle of the scale needs. */
export function emotionColor(score: number, min: number, max: number): string {
  const t = max === min ? 0.5 : (score - min) / (max - min);
  const hue = Math.round(4 + t * 136);
  return `hsl(${hue} 62% 28%)`;
}
