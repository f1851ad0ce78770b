// Human labels for the model's enum values (the wire uses camelCase identifiers).

export const channelLabel: Record<string, string> = {
  web: "Web", app: "App", store: "Store", phone: "Phone", email: "Email", social: "Social",
  inPerson: "In person", chat: "Chat", mail: "Mail", other: "Other",
};

export const pillarLabel: Record<string, string> = {
  personalization: "Personalization", integrity: "Integrity", expectations: "Expectations",
  resolution: "Resolution", timeAndEffort: "Time & effort", empathy: "Empathy",
};

export const loyaltyLabel: Record<string, string> = {
  productsAndServices: "Products & services", customerService: "Customer service",
  community: "Community", experiences: "Experiences", bridges: "Bridges",
};

export const frictionLabel: Record<string, string> = {
  repeatedDataEntry: "Repeated data entry", inconsistentMessages: "Inconsistent messages",
  hiddenCost: "Hidden cost", waiting: "Waiting", other: "Friction",
};

export const phaseLabel: Record<string, string> = {
  recognize: "Recognize", request: "Request", respond: "Respond", repeat: "Repeat",
  beforePurchase: "Before purchase", duringPurchase: "During purchase", afterPurchase: "After purchase",
};

export const laneKindLabel: Record<string, string> = {
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
