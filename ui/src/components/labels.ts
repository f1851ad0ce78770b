// Human labels for the model's enum values (the wire uses camelCase identifiers). Keyed by the
// generated types, so a value added in the core cannot go without a label.

import type { ChannelKind, CxPillar, Friction, LaneKind, LoyaltyPillar, Phase } from "../types";

export const channelLabel: Record<ChannelKind, string> = {
  web: "Web", app: "App", store: "Store", phone: "Phone", email: "Email", social: "Social",
  inPerson: "In person", chat: "Chat", mail: "Mail", other: "Other",
};

export const pillarLabel: Record<CxPillar, string> = {
  personalization: "Personalization", integrity: "Integrity", expectations: "Expectations",
  resolution: "Resolution", timeAndEffort: "Time & effort", empathy: "Empathy",
};

export const loyaltyLabel: Record<LoyaltyPillar, string> = {
  productsAndServices: "Products & services", customerService: "Customer service",
  community: "Community", experiences: "Experiences", bridges: "Bridges",
};

export const frictionLabel: Record<Friction["kind"], string> = {
  repeatedDataEntry: "Repeated data entry", inconsistentMessages: "Inconsistent messages",
  hiddenCost: "Hidden cost", waiting: "Waiting", other: "Friction",
};

export const phaseLabel: Record<Exclude<Phase["kind"], "custom">, string> = {
  recognize: "Recognize", request: "Request", respond: "Respond", repeat: "Repeat",
  beforePurchase: "Before purchase", duringPurchase: "During purchase", afterPurchase: "After purchase",
};

export const laneKindLabel: Record<LaneKind, string> = {
  actions: "Actions", touchpoints: "Touchpoints", channels: "Channels", thoughts: "Thoughts",
  emotions: "Emotion curve", painPoints: "Pain points", opportunities: "Opportunities",
  frontstage: "Frontstage", backstage: "Backstage", support: "Support", custom: "Custom",
};

/** Colour of an emotion score: red at the bottom of the scale, green at the top. */
export function emotionColor(score: number, min: number, max: number): string {
  const t = max === min ? 0.5 : (score - min) / (max - min);
  const hue = Math.round(4 + t * 136);
  return `hsl(${hue} 62% 42%)`;
}
