// The pure geometry behind pointer and keyboard moves, against the shared fixture's layout.

import { describe, expect, it } from "vitest";
import { view } from "../test/fixture";
import { EMOTION_ROW, cellAt, curveBand, dropTargetAt, scoreAt, step } from "./geometry";
import { newId } from "./ids";

const { journey, layout } = view;
const none = new Set<string>();

describe("map geometry", () => {
  it("finds the cell under a point from the layout's columns and rows", () => {
    expect(cellAt(layout, 200, 130)).toEqual({ stage: "s2", lane: "l1" });
    expect(cellAt(layout, 500, 300)).toEqual({ stage: "s1", lane: "l2" });
    expect(cellAt(layout, 100, 300)).toBeNull(); // the lane labels
    expect(cellAt(layout, 500, 60)).toBeNull(); // the headers
  });

  it("drops above a card when the pointer is above its middle, below it otherwise", () => {
    // c2 occupies y 256..328 in (s1, l2); its middle is 292.
    expect(dropTargetAt(layout, journey, 500, 270, none)).toEqual({ stage: "s1", lane: "l2", index: 0 });
    expect(dropTargetAt(layout, journey, 500, 320, none)).toEqual({ stage: "s1", lane: "l2", index: 1 });
    // The card being moved does not count.
    expect(dropTargetAt(layout, journey, 500, 320, new Set(["c2"]))).toEqual({ stage: "s1", lane: "l2", index: 0 });
  });

  it("walks a keyboard move across stages and through lanes", () => {
    const moving = new Set(["c1"]);
    const start = { stage: "s2", lane: "l1", index: 0 };
    expect(step(layout, journey, start, "left", moving)).toEqual(start); // no stage before the first
    expect(step(layout, journey, start, "up", moving)).toEqual(start); // no lane above the first
    const right = step(layout, journey, start, "right", moving);
    expect(right).toEqual({ stage: "s1", lane: "l1", index: 0 });
    const down = step(layout, journey, right, "down", moving);
    expect(down).toEqual({ stage: "s1", lane: "l2", index: 0 });
    expect(step(layout, journey, down, "down", moving)).toEqual({ stage: "s1", lane: "l2", index: 1 });
    expect(step(layout, journey, down, "up", moving)).toEqual({ stage: "s1", lane: "l1", index: 0 });
  });


  it("maps a height in the emotion lane to a score on the journey's scale", () => {
    // l1 spans y 124..244; the curve's band is its bottom 176 px (journey-core's curve_band),
    // 68..244: with 22 px padding the top of the plot (y 90) is +3 and the bottom (222) -3.
    expect(scoreAt(layout, journey, "l1", 68 + 22)).toBe(3);
    expect(scoreAt(layout, journey, "l1", 244 - 22)).toBe(-3);
    expect(scoreAt(layout, journey, "l1", 156)).toBe(0);
    expect(scoreAt(layout, journey, "l1", 0)).toBe(3); // clamped
    expect(scoreAt(layout, journey, "l1", 1000)).toBe(-3);
    // Cards in the lane (a Mermaid journey's tasks) stand above the band: a taller row's plot
    // starts EMOTION_ROW above its bottom, not at its top.
    const tall = { ...layout, rows: layout.rows.map((r) => (r.lane === "l1" ? { ...r, height: 400 } : r)) };
    expect(scoreAt(tall, journey, "l1", 124 + 400 - EMOTION_ROW + 22)).toBe(3);
    expect(scoreAt(tall, journey, "l1", 124 + 22)).toBe(3); // above the band: clamped
    expect(curveBand({ y: 124, height: 400 })).toEqual({ y: 124 + 400 - EMOTION_ROW, height: EMOTION_ROW });
  });

  it("makes time-ordered version 7 ids", () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});

describe("arrow keys between cards", () => {
  it("go to the nearest card of the next column, and walk a column up and down", async () => {
    const { neighbourCard } = await import("./geometry");
    expect(neighbourCard(layout, "c1", "right")).toBe("c2");
    expect(neighbourCard(layout, "c2", "left")).toBe("c1");
    expect(neighbourCard(layout, "c2", "right")).toBeNull();
    expect(neighbourCard(layout, "c1", "up")).toBeNull();
    expect(neighbourCard(layout, "c1", "down")).toBeNull();
  });
});
