// A paste names the copied cards, the ids they get and the place; the core fits them to the
// journey (crates/journey-core/tests/it/gestures.rs tests the fitting).

import { describe, expect, it } from "vitest";
import type { Card } from "../types";
import { copyCards, pasteAt } from "./clipboard";

describe("paste", () => {
  it("sends the cards as copied, in their order, with new ids and the target's cell and index", () => {
    const opportunity: Card = { id: "o1", stage: "x", lane: "y", rank: 1, text: "Show the fee early", body: { kind: "opportunity", answers: ["c2", "elsewhere"], loyaltyPillar: null, value: 4, effort: 2, owner: "" } };
    const touch: Card = { id: "t1", stage: "x", lane: "y", rank: 2, text: "Опрос", body: { kind: "touchpoint", channel: null, momentOfTruth: false, emotion: { score: 5, name: "" }, personaEmotions: { ghost: 2 }, sacrifice: null, experience: null } };
    copyCards([touch, opportunity]);
    const { ids, edit } = pasteAt({ stage: "s1", lane: "l2", index: 0 });
    expect(edit).toEqual({ type: "pasteCards", cards: [opportunity, touch], ids, stage: "s1", lane: "l2", index: 0 });
    expect(new Set([...ids, "o1", "t1"]).size).toBe(4);
    // A second paste of the same copy makes other cards.
    const again = pasteAt({ stage: "s1", lane: "l2", index: 2 });
    expect(again.ids.some((id) => ids.includes(id))).toBe(false);
  });
});
