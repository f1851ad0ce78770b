// Several personas on one journey: their emotion curves are overlaid, with a legend that
// switches each one off and on.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import type { JourneyView } from "./types";
import { cleanup, host, recordingBackend, render, view } from "./test/fixture";

afterEach(cleanup);

const persona = (id: string, name: string, color: string) =>
  ({ id, name, role: "", goals: [], needs: [], frustrations: [], quote: "", valueType: null, color });

const twoCurves: JourneyView = {
  ...view,
  journey: { ...view.journey, personas: [persona("p1", "Мария", "#2f6fde"), persona("p2", "رضا", "#d64545")] },
  layout: {
    ...view.layout,
    curves: [
      { persona: null, lane: "l1", points: [{ card: "c1", x: 286, y: 200, score: -3 }] },
      { persona: "p2", lane: "l1", points: [{ card: "c1", x: 286, y: 150, score: 2 }] },
    ],
  },
};

describe("persona curves", () => {
  it("draws one curve per persona with a legend that switches them", async () => {
    const { backend } = recordingBackend({ journeyView: async () => twoCurves });
    await render(backend);
    const legend = host.querySelector(".curve-legend")!;
    expect([...legend.querySelectorAll("label")].map((l) => l.textContent)).toEqual(["Мария", "رضا"]);
    const strokes = () => [...host.querySelectorAll(".emotion-curve .curve")].map((p) => p.getAttribute("stroke"));
    expect(strokes()).toEqual(["#2f6fde", "#d64545"]);
    act(() => (legend.querySelectorAll("input")[1] as HTMLInputElement).click());
    expect(strokes()).toEqual(["#2f6fde"]);
    act(() => (legend.querySelectorAll("input")[1] as HTMLInputElement).click());
    expect(strokes()).toEqual(["#2f6fde", "#d64545"]);
  });

  it("shows no legend for a single curve", async () => {
    const one: JourneyView = { ...twoCurves, layout: { ...twoCurves.layout, curves: [twoCurves.layout.curves[0]] } };
    const { backend } = recordingBackend({ journeyView: async () => one });
    await render(backend);
    expect(host.querySelector(".emotion-curve .curve")).not.toBeNull();
    expect(host.querySelector(".curve-legend")).toBeNull();
  });
});

describe("the curve of a large map", () => {
  it("draws the points near the visible part and one beyond each edge, so the line runs on", async () => {
    const { nearby } = await import("./components/EmotionCurve");
    const points = Array.from({ length: 101 }, (_, i) => ({ x: i * 100 }));
    const shown = nearby(points, { x: 5000, w: 1000 });
    // 480 px either side: 4520..6480 holds x = 4600..6400; plus 4500 and 6500.
    expect(shown[0].x).toBe(4500);
    expect(shown[shown.length - 1].x).toBe(6500);
    expect(shown.length).toBe(21);
    expect(nearby(points, null)).toBe(points);
    expect(nearby(points, { x: 20_000, w: 500 })).toEqual([{ x: 10_000 }]);
  });
});

describe("the curve's shape", () => {
  it("never runs back in x, even where two points sit close after a wide gap", async () => {
    const { smoothPath } = await import("./components/EmotionCurve");
    const points = [{ x: 0, y: 100 }, { x: 300, y: 200 }, { x: 330, y: 0 }, { x: 360, y: 0 }, { x: 700, y: 150 }];
    const numbers = smoothPath(points).replace(/[MC,]/g, " ").trim().split(/\s+/).map(Number);
    // M x y, then per segment: c1x c1y c2x c2y x y.
    let from = numbers[0];
    for (let i = 2; i < numbers.length; i += 6) {
      const [c1x, , c2x, , x] = numbers.slice(i, i + 6);
      for (const c of [c1x, c2x]) {
        expect(c).toBeGreaterThanOrEqual(from);
        expect(c).toBeLessThanOrEqual(x);
      }
      from = x;
    }
  });
});
