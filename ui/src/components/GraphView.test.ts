// The pure parts of the graph view: where stages go. (The kind a drawn flow gets is the core's:
// `StageGraph::kind_for_new_flow`, tested in crates/journey-core/tests/it/gestures.rs.)

import { describe, expect, it } from "vitest";
import type { Journey } from "../types";
import { view } from "../test/fixture";
import { depths, rows } from "./GraphView";

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

describe("the graph view's placement", () => {
  it("places each stage at the length of the longest forward chain into it, ignoring repeat loops", () => {
    expect([...depths(journey, order)]).toEqual([["s2", 0], ["s1", 1], ["s3", 2]]);
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
