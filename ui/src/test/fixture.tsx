// Shared by the component tests: a small journey in two scripts, a fake backend that records
// what the page sends, and a render helper that waits for the chained loads.

import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../App";
import { I18nProvider, type LanguageChoice } from "../i18n";
import { BackendContext, type Backend } from "../backend";
import { revisions, stubBackend } from "./stubBackend";
import type { Edit, Insights, JourneyView } from "../types";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const view: JourneyView = {
  revision: 3,
  canUndo: true,
  canRedo: false,
  journey: {
    id: "j1", name: "Сервис доставки", goal: "Order dinner", personas: [], metrics: { nps: null, csat: null, ces: null },
    scale: { min: -3, max: 3, names: { "3": "Delighted", "-3": "Furious" } },
    stages: [
      { id: "s1", name: "Оформление", description: "", phase: { kind: "request" }, experience: null, metrics: { nps: null, csat: null, ces: null }, rank: 2 },
      { id: "s2", name: "سفارش", description: "", phase: { kind: "recognize" }, experience: null, metrics: { nps: { value: 12, sampleSize: 40 }, csat: null, ces: null }, rank: 1 },
    ],
    flows: [{ id: "f1", from: "s2", to: "s1", kind: "next", label: "" }],
    lanes: [
      { id: "l1", name: "Touchpoints", kind: "touchpoints", rank: 1, color: "" },
      { id: "l2", name: "Pain points", kind: "painPoints", rank: 2, color: "" },
    ],
    cards: [
      { id: "c1", stage: "s2", lane: "l1", rank: 1, text: "یک کارت فارسی", body: { kind: "touchpoint", channel: { kind: "web" }, momentOfTruth: true, emotion: { score: -3, name: "" }, personaEmotions: {}, sacrifice: null, experience: null } },
      { id: "c2", stage: "s1", lane: "l2", rank: 1, text: "Hidden delivery fee", body: { kind: "painPoint", severity: 4, frequency: 3, pillar: "integrity", friction: { kind: "hiddenCost" }, shortOf: ["money"] } },
    ],
  },
  layout: {
    width: 640, height: 400, headerTop: 52, bodyTop: 124, labelWidth: 168, labelX: 0, direction: "ltr",
    // The layout, not the stage list, decides the column order: s2 first.
    columns: [{ stage: "s2", x: 168, width: 236 }, { stage: "s1", x: 404, width: 236 }],
    rows: [{ lane: "l1", y: 124, height: 120 }, { lane: "l2", y: 244, height: 156 }],
    cards: [
      { card: "c1", stage: "s2", lane: "l1", x: 180, y: 136, width: 212, height: 72, lines: 1 },
      { card: "c2", stage: "s1", lane: "l2", x: 416, y: 256, width: 212, height: 72, lines: 1 },
    ],
    curves: [],
    flows: [{ flow: "f1", kind: "next", fromX: 286, toX: 522, label: "" }],
    visibilityLine: null,
  },
};

/** What the core's analysis says of `view` (worked out by hand for this two-stage journey). */
export const insights: Insights = {
  paths: { paths: [{ stages: ["s2", "s1"], viaRepeat: null, scores: [-3], mean: -3, min: -3 }], truncated: false, worstByMean: 0, worstByMin: 0, best: 0 },
  structure: { unreachable: [], deadEnds: [], withoutTouchpoints: ["s1"], missingPhases: ["Respond"], hasRepeatLoop: false },
  emotion: {
    count: 1, mean: -3, highest: { card: "c1", stage: "s2", score: -3 }, lowest: { card: "c1", stage: "s2", score: -3 },
    peak: { card: "c1", stage: "s2", score: -3 }, end: { card: "c1", stage: "s2", score: -3 }, largestDrop: null,
    negativeMomentsOfTruth: [{ card: "c1", stage: "s2", score: -3 }], sacrifices: [],
  },
  pains: { ranked: [{ card: "c2", stage: "s1", severity: 4, frequency: 3, weight: 12, answeredBy: [] }], unanswered: ["c2"], opportunities: [] },
  pillars: {
    heatmap: ["s2", "s1"].flatMap((stage) => (["personalization", "integrity", "expectations", "resolution", "timeAndEffort", "empathy"] as const).map((pillar) =>
      ({ stage, pillar, severity: stage === "s1" && pillar === "integrity" ? 4 : 0, cards: stage === "s1" && pillar === "integrity" ? ["c2"] : [] }))),
    untaggedPains: [], loyalty: [["productsAndServices", 0], ["customerService", 0], ["community", 0], ["experiences", 0], ["bridges", 0]],
    emptyLoyaltyPillars: ["productsAndServices", "customerService", "community", "experiences", "bridges"],
  },
  channels: { switches: [], friction: [{ stage: "s1", kind: "Hidden cost", cards: ["c2"] }] },
  personas: { gaps: [] },
  findings: [
    { code: "noRepeatLoop", level: "warning", message: "No repeat loop: nothing brings the customer back to the start (connected strategy's Repeat).", id: "finding-no-repeat-loop", args: {}, stages: [], cards: [] },
    {
      code: "topPain", level: "warning", message: "Top pain: Hidden delivery fee (severity 4 × frequency 3 = 12) in “Оформление”.", id: "finding-top-pain",
      args: { card: { kind: "text", value: "Hidden delivery fee" }, severity: { kind: "number", value: 4 }, frequency: { kind: "number", value: 3 }, weight: { kind: "number", value: 12 }, stage: { kind: "text", value: "Оформление" } },
      stages: ["s1"], cards: ["c2"],
    },
    { code: "noTouchpoint", level: "info", message: "No touchpoint yet in “Оформление”.", id: "finding-no-touchpoint", args: { stages: { kind: "list", value: ["“Оформление”"] } }, stages: ["s1"], cards: [] },
  ],
};

export function fakeBackend(overrides: Partial<Backend> = {}): Backend {
  const next = revisions(view);
  return stubBackend(view, "w.journeys", {
    applyEdit: async () => next(),
    undo: async () => next(false, true),
    redo: async () => next(),
    createJourney: async () => "j2",
    listTemplates: async () => [
      { id: "classic-five", name: "Classic five stages", description: "Aware, consider, buy, use, advocate.", builtin: true },
      { id: "connected-strategy", name: "Connected strategy", description: "Recognize, request, respond, repeat.", builtin: true },
      { id: "user:1", name: "Our workshop", description: "Your template", builtin: false },
    ],
    saveAsTemplate: async (_id, name) => ({ id: "user:2", name, description: "Your template", builtin: false }),
    journeyInsights: async () => insights,
    duplicateJourney: async () => "j3",
    exportJourney: async () => "/tmp/map.pdf",
    ...overrides,
  });
}

let root: Root | null = null;
export let host: HTMLElement;

/** Renders the window; with `language`, inside the language provider (`"stored"`: the provider
 *  as main.tsx starts it, reading the remembered choice). */
export async function render(backend: Backend, language?: LanguageChoice | "stored") {
  host = document.createElement("div");
  document.body.appendChild(host);
  root = createRoot(host);
  await act(async () => {
    const app = (
      <BackendContext.Provider value={backend}>
        <App />
      </BackendContext.Provider>
    );
    root!.render(language ? <I18nProvider initial={language === "stored" ? undefined : language}>{app}</I18nProvider> : app);
  });
  // Let the chained loads (workspace, then journey) settle.
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
}

export function cleanup() {
  act(() => root?.unmount());
  host?.remove();
  root = null;
}

/** A fake backend that records every edit, undo and redo it is sent. */
export function recordingBackend(overrides: Partial<Backend> = {}) {
  const sent: Edit[] = [];
  const history: string[] = [];
  const next = revisions(view);
  const backend = fakeBackend({
    applyEdit: async (_j, edit) => { sent.push(edit); return next(); },
    undo: async () => { history.push("undo"); return next(false, true); },
    redo: async () => { history.push("redo"); return next(); },
    ...overrides,
  });
  return { backend, sent, history };
}

/** Lets pending promises and effects run. */
export async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
}

