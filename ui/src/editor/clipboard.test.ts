// Pasting into another journey fits the cards to it.

import { describe, expect, it } from "vitest";
import type { Card, Journey } from "../types";
import { view } from "../test/fixture";
import { copyCards, pasteAt } from "./clipboard";

describe("paste into another journey", () => {
  it("drops links to pain points and personas that are not there and keeps scores on the scale", () => {
    const opportunity: Card = { id: "o1", stage: "x", lane: "y", rank: 1, text: "Show the fee early", body: { kind: "opportunity", answers: ["c2", "elsewhere"], loyaltyPillar: null, value: 4, effort: 2, owner: "" } };
    const touch: Card = { id: "t1", stage: "x", lane: "y", rank: 2, text: "Опрос", body: { kind: "touchpoint", channel: null, momentOfTruth: false, emotion: { score: 5, name: "" }, personaEmotions: { ghost: 2 }, sacrifice: null, experience: null } };
    copyCards([touch, opportunity]);
    const target: Journey = view.journey; // has pain point c2, no personas, scale -3..3
    const { cards, edit } = pasteAt(target, { stage: "s1", lane: "l2", index: 0 });
    expect(cards.map((c) => c.text)).toEqual(["Show the fee early", "Опрос"]); // copied order is by rank
    const o = cards[0].body;
    expect(o.kind === "opportunity" && o.answers).toEqual(["c2"]);
    const t = cards[1].body;
    expect(t.kind === "touchpoint" && [t.emotion?.score, t.personaEmotions]).toEqual([3, {}]);
    // Both land before c2 (rank 1) in (s1, l2), in order, in one batch.
    expect(cards.every((c) => c.stage === "s1" && c.lane === "l2" && c.rank < 1)).toBe(true);
    expect(cards[0].rank).toBeLessThan(cards[1].rank);
    expect(edit.type).toBe("batch");
  });
});
