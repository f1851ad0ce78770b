// The pure parts of the graph view: where stages go and what kind a new connection gets.

import { describe, expect, it } from "vitest";
import type { Journey } from "../types";
import { view } from "../test/fixture";
import { depths, kindFor, rows } from "./GraphView";

// s2 → s1 → s3, s2 → s3 (a second way on), s3 ↺ s2.
const journey: Journey = {
  ...view.journey,
  stages: [...view.journey.stages, { id: "s3", name: "Repeat", description: "", phase: null, experience: null, metrics: { nps: null, csat: null, ces: null }, rank: 3 }],
  flows: [
    { id: "f1", from: "s2", to: "s1", kind: "next", label: "" },
    { id: "f2", from: "s1", to: "s3", kind: "next", label: "" },
    { id: "f3", from: "s2", to: "s3", kind: "branch", label: "skip" },
    { id: "f4", from: "s3", to: "s2", kind: "repeat", label: "" },
  ],
};
const order = ["s2", "s1", "s3"];

describe("the graph view's placement and connections", () => {
  it("places each stage at the length of the longest forward chain into it, ignoring repeat loops", () => {
    expect([...depths(journey, order)]).toEqual([["s2", 0], ["s1", 1], ["s3", 2]]);
  });

  it("makes a connection back to an earlier stage a repeat loop", () => {
    expect(kindFor(journey, order, "s3", "s1")).toBe("repeat");
    expect(kindFor(journey, order, "s1", "s1")).toBe("repeat");
  });

  it("makes a second way out of a stage a branch, and a first one the next step", () => {
    expect(kindFor(journey, order, "s2", "s3")).toBe("branch");
    const noWayOn = { ...journey, flows: journey.flows.filter((f) => f.from !== "s1") };
    expect(kindFor(noWayOn, order, "s1", "s3")).toBe("next");
  });
});

describe("rows of the graph view", () => {
  it("keeps the main line on row 0 and puts a stage reached only by a branch one row below", () => {
    const sideTrip: Journey = {
      ...journey,
      stages: [...journey.stages, { id: "s4", name: "Side", description: "", phase: null, experience: null, metrics: { nps: null, csat: null, ces: null }, rank: 4 }],
      flows: [...journey.flows, { id: "f5", from: "s1", to: "s4", kind: "branch", label: "problem" }],
    };
    expect([...rows(sideTrip, ["s2", "s1", "s4", "s3"])]).toEqual([["s2", 0], ["s1", 0], ["s4", 1], ["s3", 0]]);
  });
});
