// The versions panel: compare marks the map, restore goes through the store with the view's
// revision, and viewing a version makes the map read-only.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import type { JourneyDiff, VersionInfo } from "./types";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";
import { unchanged } from "./test/stubBackend";

afterEach(cleanup);

const version: VersionInfo = { id: "v1", journeyId: "j1", name: "Before workshop", revision: 1, at: "2026-11-25 09:30:00", cards: 3 };
const diff: JourneyDiff = {
  cards: [
    { id: "c1", change: "updated", text: "یک کارت فارسی", kind: "touchpoint", from: null, to: null, moved: true, reordered: false, fields: ["emotion"] },
    { id: "c2", change: "added", text: "Hidden delivery fee", kind: "painPoint", from: null, to: null, moved: false, reordered: false, fields: [] },
    { id: "gone", change: "removed", text: "Старая карточка", kind: "note", from: { stage: "s1", lane: "l1", stageName: "Оформление", laneName: "Touchpoints" }, to: null, moved: false, reordered: false, fields: [] },
  ],
  emotions: [{ card: "c1", text: "یک کارت فارسی", before: 1, after: -3, delta: -4 }],
  stages: [], lanes: [], flowsAdded: 0, flowsRemoved: 0, flowsChanged: 0, journeyChanged: false,
};

function click(el: Element | null) {
  expect(el).not.toBeNull();
  act(() => (el as HTMLElement).click());
}

const button = (text: string) => [...host.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;

describe("versions", () => {
  it("compares a version with now: marks cards on the map and lists removed cards and emotion changes", async () => {
    const { backend } = recordingBackend({ listVersions: async () => [version], diffVersions: async () => diff });
    await render(backend);
    click(button("Versions"));
    await settle();
    expect(host.querySelector(".version-list")!.textContent).toContain("Before workshop");
    click(button("Compare with now"));
    await settle();
    const c1 = host.querySelector('.card[data-card-id="c1"]')!;
    expect(c1.classList.contains("mark-changed") && c1.classList.contains("mark-moved")).toBe(true);
    expect(host.querySelector('.card[data-card-id="c2"]')!.classList.contains("mark-added")).toBe(true);
    expect(host.querySelector(".removed-cards")!.textContent).toContain("Старая карточка");
    expect(host.querySelector(".emotion-deltas")!.textContent).toContain("1 → -3 (-4)");
    click(button("Stop comparing"));
    expect(host.querySelector(".card.mark-added")).toBeNull();
  });

  it("restores a version through the store with the revision the view was drawn at", async () => {
    const calls: unknown[][] = [];
    const { backend } = recordingBackend({
      listVersions: async () => [version],
      restoreVersion: async (...args) => { calls.push(args); return unchanged("j1", view.revision); },
    });
    await render(backend);
    click(button("Versions"));
    await settle();
    click(button("Restore"));
    await settle();
    expect(calls).toEqual([["j1", "v1", view.revision]]);
  });

  it("views a version read-only: no inspector editing, no keyboard edits, a way back", async () => {
    const { backend, sent } = recordingBackend({ listVersions: async () => [version] });
    await render(backend);
    click(button("Versions"));
    await settle();
    click(button("View"));
    await settle();
    expect(host.querySelector(".version-banner")!.textContent).toContain("Before workshop");
    act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true })); });
    await settle();
    expect(sent).toEqual([]);
    click(button("Back to now"));
    expect(host.querySelector(".version-banner")).toBeNull();
  });

  it("saves a version under the typed name", async () => {
    const saved: string[] = [];
    const { backend } = recordingBackend({ saveVersion: async (_j, name) => { saved.push(name); return { ...version, name }; } });
    await render(backend);
    click(button("Versions"));
    await settle();
    const input = host.querySelector<HTMLInputElement>(".save-version input")!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "Перед воркшопом");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    click(button("Save"));
    await settle();
    expect(saved).toEqual(["Перед воркшопом"]);
  });
});
