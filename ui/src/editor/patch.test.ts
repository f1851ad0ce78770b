// The window's patching against the real store: the `journey` CLI applies each edit to a real
// workspace file and prints the store's answer; applying that answer to the view held must give
// exactly what `journey view` reads from the file afterwards.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bin } from "../../../scripts/target-dir.mjs";
import type { Applied, Edit, JourneyView } from "../types";
import { applyChange, ChangeDoesNotFit } from "./patch";

const cli = bin("debug", "journey");
const dir = mkdtempSync(path.join(tmpdir(), "journey-patch-"));
const file = path.join(dir, "w.journeys");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function journey(...args: string[]): string {
  if (!existsSync(cli)) throw new Error(`${cli} is not built (make build)`);
  return execFileSync(cli, args, { encoding: "utf8" });
}
const read = (): JourneyView => JSON.parse(journey("view", file));
const edit = (e: Edit): Applied => JSON.parse(journey("edit", file, JSON.stringify(e)));

/** The order of the layout's boxes and arcs carries no meaning (readers find them by id). */
function canonical(v: JourneyView) {
  const byKey = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { ...v, layout: { ...v.layout, cards: byKey(v.layout.cards, (b) => b.card), flows: byKey(v.layout.flows, (f) => f.flow) } };
}

describe("a change from the store", () => {
  journey("new", file);
  let view = read();
  const j = view.journey;
  const card = j.cards.find((c) => c.text.startsWith("Recipe picker"))!;
  const stage = (name: string) => j.stages.find((s) => s.name === name)!.id;
  const persona = j.personas[0];
  const comparison = j.cards.find((c) => c.text.startsWith("Comparison site"))!;
  const pains = j.lanes.find((l) => l.kind === "painPoints")!.id;

  const steps: [string, () => Applied][] = [
    ["a longer card text", () => edit({ type: "updateCard", card: { ...card, text: `${card.text}, with far more words that wrap over several lines of the card` } })],
    ["a card moved to another stage", () => edit({ type: "moveCard", id: card.id, stage: stage("Checkout"), lane: card.lane, rank: 0.5 })],
    ["a stage moved left", () => edit({ type: "moveStage", id: stage("Checkout"), steps: -1 })],
    ["a new lane", () => edit({ type: "addLane", lane: { id: "019ad000-0000-7000-8000-000000000001", name: "Feelings", kind: "thoughts", rank: 3.5, color: "" } })],
    ["a second persona (a new curve)", () => edit({ type: "putPersona", persona: { ...persona, id: "019ad000-0000-7000-8000-000000000002", name: "Sam", color: "#aa3300" } })],
    ["a wider scale", () => edit({ type: "setScale", scale: { min: -5, max: 5, names: {} } })],
    // From here on the map runs right to left: every column, flow and point moved, and the
    // later changes patch a mirrored map.
    ["the map turned right to left", () => edit({ type: "setDirection", direction: "rtl" })],
    // Gestures the core plans: the change names what its planned edits touched.
    ["two cards dropped before a cell's first card", () => edit({ type: "placeCards", ids: [card.id, comparison.id], stage: stage("Cook & eat"), lane: card.lane, index: 0 })],
    ["a new card in the pain lane", () => edit({ type: "createCard", id: "019ad000-0000-7000-8000-000000000003", stage: stage("Checkout"), lane: pains, index: 0, text: "Card declined" })],
    ["a card pasted as copied", () => edit({ type: "pasteCards", cards: [card], ids: ["019ad000-0000-7000-8000-000000000004"], stage: stage("Checkout"), lane: card.lane, index: 0 })],
    ["a flow drawn back", () => edit({ type: "connectStages", id: "019ad000-0000-7000-8000-000000000005", from: stage("Cook & eat"), to: stage("Compare meal kits"), label: "again" })],
    ["a lane moved down", () => edit({ type: "moveLane", id: card.lane, steps: 1 })],
    ["a stage deleted with its cards", () => edit({ type: "removeStage", id: stage("Delivery day") })],
    ["undo", () => JSON.parse(journey("undo", file))],
    ["redo", () => JSON.parse(journey("redo", file))],
  ];
  for (const [what, step] of steps) {
    it(`patches the view into what reading the file gives: ${what}`, () => {
      const patched = applyChange(view, step());
      const fresh = read();
      expect(canonical(patched)).toEqual(canonical(fresh));
      view = patched;
    });
  }

  it("keeps every object a change does not name, so unchanged cards are not redrawn", () => {
    const before = read();
    const other = before.journey.cards.find((c) => c.id !== card.id && c.lane !== card.lane)!;
    const applied = edit({ type: "updateCard", card: { ...before.journey.cards.find((c) => c.id === card.id)!, text: "Short" } });
    const after = applyChange(before, applied);
    expect(after.journey.cards.find((c) => c.id === other.id)).toBe(before.journey.cards.find((c) => c.id === other.id));
    const unmoved = after.layout.cards.filter((b) => b.lane !== card.lane && before.layout.cards.includes(b));
    expect(unmoved.length).toBeGreaterThan(0);
    expect(after.journey.stages).toBe(before.journey.stages);
    expect(after.journey.scale).toBe(before.journey.scale);
  });

  it("refuses a change made on another revision, so the window reloads instead", () => {
    const held = read();
    edit({ type: "setJourney", name: "One", goal: "" });
    const second = edit({ type: "setJourney", name: "Two", goal: "" });
    expect(() => applyChange(held, second)).toThrow(ChangeDoesNotFit);
    // A change already shown (the answer and its echo) is a no-op, not an error.
    const now = read();
    expect(applyChange(now, second)).toBe(now);
  });
});
