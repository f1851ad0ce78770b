// Component tests of the studio window with a fake backend (no Tauri): the map draws what the
// backend returns, in the layout's order, and failures become readable messages.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { BackendContext, BackendError, type Backend } from "./backend";
import type { JourneyView } from "./types";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const view: JourneyView = {
  revision: 3,
  canUndo: true,
  canRedo: false,
  journey: {
    id: "j1", name: "Сервис доставки", goal: "Order dinner", personas: [], metrics: {},
    scale: { min: -3, max: 3, names: { "3": "Delighted", "-3": "Furious" } },
    stages: [
      { id: "s1", name: "Оформление", description: "", phase: { kind: "request" }, experience: null, metrics: {}, rank: 2 },
      { id: "s2", name: "سفارش", description: "", phase: { kind: "recognize" }, experience: null, metrics: { nps: { value: 12, sampleSize: 40 } }, rank: 1 },
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
    width: 640, height: 400, headerTop: 52, bodyTop: 124, labelWidth: 168,
    // The layout, not the stage list, decides the column order: s2 first.
    columns: [{ stage: "s2", x: 168, width: 236 }, { stage: "s1", x: 404, width: 236 }],
    rows: [{ lane: "l1", y: 124, height: 120 }, { lane: "l2", y: 244, height: 156 }],
    cards: [
      { card: "c1", x: 180, y: 136, width: 212, height: 72, lines: 1 },
      { card: "c2", x: 416, y: 256, width: 212, height: 72, lines: 1 },
    ],
    curves: [],
    flows: [{ flow: "f1", kind: "next", fromX: 286, toX: 522, label: "" }],
    visibilityLine: null,
  },
};

function fakeBackend(overrides: Partial<Backend> = {}): Backend {
  const noop = async () => () => {};
  return {
    workspaceInfo: async () => ({ path: "/tmp/w.journeys", fileName: "w.journeys", readOnly: false, journeys: [{ id: "j1", name: view.journey.name }] }),
    journeyView: async () => view,
    applyEdit: async () => ({ revision: 4, canUndo: true, canRedo: false }),
    undo: async () => ({ revision: 4, canUndo: false, canRedo: true }),
    redo: async () => ({ revision: 5, canUndo: true, canRedo: false }),
    saveVersion: async (journeyId, name) => ({ id: "v1", journeyId, name, revision: 3, at: "2026-11-25 10:00:00", cards: 1 }),
    listVersions: async () => [],
    versionView: async () => view,
    restoreVersion: async () => ({ revision: 4, canUndo: true, canRedo: false }),
    deleteVersion: async () => {},
    diffVersions: async () => ({ cards: [], emotions: [], stages: [], lanes: [], flowsAdded: 0, flowsRemoved: 0, flowsChanged: 0, journeyChanged: false }),
    onWorkspaceChanged: noop,
    onOpenFailed: noop,
    onMenu: noop,
    ...overrides,
  };
}

let root: Root | null = null;
let host: HTMLElement;

async function render(backend: Backend) {
  host = document.createElement("div");
  document.body.appendChild(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <BackendContext.Provider value={backend}>
        <App />
      </BackendContext.Provider>,
    );
  });
  // Let the chained loads (workspace, then journey) settle.
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

describe("the studio window", () => {
  it("draws stage columns in the layout's order, not the data's", async () => {
    await render(fakeBackend());
    const names = [...host.querySelectorAll(".stage-name")].map((e) => e.textContent);
    expect(names).toEqual(["سفارش", "Оформление"]);
  });

  it("places each card where the layout says, below the headers", async () => {
    await render(fakeBackend());
    const card = host.querySelector<HTMLElement>('[data-card-id="c2"]')!;
    expect(card.style.left).toBe("416px");
    expect(card.style.top).toBe(`${256 - 124}px`);
    expect(card.textContent).toContain("Hidden delivery fee");
    expect(card.textContent).toContain("S4 × F3 = 12");
    expect(card.textContent).toContain("Integrity");
  });

  it("lets right-to-left card text choose its own direction", async () => {
    await render(fakeBackend());
    const text = host.querySelector('[data-card-id="c1"] .card-text')!;
    expect(text.getAttribute("dir")).toBe("auto");
    expect(text.textContent).toBe("یک کارت فارسی");
    expect(host.querySelector('[data-card-id="c1"]')!.textContent).toContain("-3 Furious");
  });

  it("shows the shell's error message instead of a blank window", async () => {
    const failing = fakeBackend({
      workspaceInfo: async () => { throw new BackendError({ code: "not_a_workspace", message: "x.journeys is not a Journey Studio workspace: the file is empty." }); },
    });
    await render(failing);
    const alert = host.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("the file is empty");
    expect(alert.textContent).toContain("not_a_workspace");
    expect(host.querySelector(".map")).toBeNull();
  });

  it("shows the file name and that it saves by itself", async () => {
    await render(fakeBackend());
    expect(host.querySelector(".file-name")!.textContent).toBe("w.journeys");
    expect(host.querySelector(".file-state")!.textContent).toBe("Saved automatically");
  });

  it("keeps the open map and shows a notice when another file fails to open", async () => {
    let fail: ((e: { code: string; message: string }) => void) | null = null;
    await render(fakeBackend({
      onOpenFailed: async (handler) => { fail = handler; return () => {}; },
    }));
    expect(fail).not.toBeNull();
    await act(async () => fail!({ code: "locked", message: "other.journeys is open in another Journey Studio window or process." }));
    expect(host.querySelector("[role=alert]")!.textContent).toContain("open in another Journey Studio window");
    expect(host.querySelectorAll(".stage-name").length).toBe(2);
  });
});
