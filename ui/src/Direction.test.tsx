// A right-to-left journey's map: the core's layout mirrors it (first stage at the right, lane
// labels at the right, flows pointing left) and the page draws that layout as it is, with the
// keys moving the way the screen shows. The fixture's journey mirrored as the core lays it out.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";
import type { JourneyView } from "./types";

afterEach(cleanup);

/** `view` running right to left: s2 (the first stage) beside the labels at the right. */
const rtlView: JourneyView = {
  ...view,
  journey: { ...view.journey, direction: "rtl" },
  layout: {
    ...view.layout,
    direction: "rtl",
    labelX: 472,
    columns: [{ stage: "s1", x: 0, width: 236 }, { stage: "s2", x: 236, width: 236 }],
    cards: [
      { card: "c2", stage: "s1", lane: "l2", x: 12, y: 256, width: 212, height: 72, lines: 1 },
      { card: "c1", stage: "s2", lane: "l1", x: 248, y: 136, width: 212, height: 72, lines: 1 },
    ],
    flows: [{ flow: "f1", kind: "next", fromX: 354, toX: 118, label: "" }],
  },
};

function press(key: string, init: KeyboardEventInit = {}) {
  act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, ...init })); });
}

function pointer(el: Element, type: string) {
  act(() => { el.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1 })); });
}

const left = (el: Element | null) => parseFloat((el as HTMLElement).style.left);
const selected = (id: string) => host.querySelector(`.card[data-card-id="${id}"]`)!.getAttribute("aria-selected") === "true";

async function rtl() {
  const rec = recordingBackend({ journeyView: async () => rtlView });
  await render(rec.backend);
  return rec;
}

describe("a right-to-left journey's map", () => {
  it("puts the first stage rightmost, numbered 1, beside the lane labels at the right", async () => {
    await rtl();
    const first = host.querySelector('.stage-header[data-stage-id="s2"]')!;
    const second = host.querySelector('.stage-header[data-stage-id="s1"]')!;
    expect(left(first)).toBeGreaterThan(left(second));
    expect(first.querySelector(".stage-index")!.textContent).toBe("1");
    expect(second.querySelector(".stage-index")!.textContent).toBe("2");
    const labels = host.querySelector<HTMLElement>(".lane-labels")!;
    expect(parseFloat(labels.style.marginLeft)).toBe(472);
    expect(labels.getAttribute("dir")).toBe("rtl");
    expect(host.querySelector(".map")!.classList.contains("rtl")).toBe(true);
    // The arrow to the next stage points left.
    const arrow = host.querySelector('.flow-band line[data-flow-id="f1"]')!;
    expect(Number(arrow.getAttribute("x2"))).toBeLessThan(Number(arrow.getAttribute("x1")));
  });

  it("draws a left-to-right journey as before: first stage leftmost, arrow to the right", async () => {
    await render(recordingBackend().backend);
    expect(left(host.querySelector('.stage-header[data-stage-id="s2"]'))).toBeLessThan(left(host.querySelector('.stage-header[data-stage-id="s1"]')));
    expect(host.querySelector(".map")!.classList.contains("rtl")).toBe(false);
    const arrow = host.querySelector('.flow-band line[data-flow-id="f1"]')!;
    expect(Number(arrow.getAttribute("x2"))).toBeGreaterThan(Number(arrow.getAttribute("x1")));
  });

  it("moves the selection the way the arrows point: the first card is the rightmost, ArrowLeft goes to its left neighbour", async () => {
    const { sent } = await rtl();
    press("ArrowLeft");
    expect(selected("c1")).toBe(true);
    press("ArrowLeft");
    expect(selected("c2")).toBe(true);
    press("ArrowRight");
    expect(selected("c1")).toBe(true);
    await settle();
    expect(sent).toEqual([]);
  });

  it("moves a picked-up card with ArrowLeft into the next stage, the one drawn to its left", async () => {
    const { sent } = await rtl();
    pointer(host.querySelector('[data-card-id="c1"]')!, "pointerdown");
    pointer(host.querySelector('[data-card-id="c1"]')!, "pointerup");
    await settle();
    press(" ");
    press("ArrowRight"); // nothing right of the first stage: stays
    press("ArrowLeft");
    press(" ");
    await settle();
    expect(sent).toEqual([{ type: "placeCards", ids: ["c1"], stage: "s1", lane: "l1", index: 0 }]);
  });

  it("moves the selected stage later in the journey with Alt+Left", async () => {
    const { sent } = await rtl();
    pointer(host.querySelector('[data-stage-id="s2"]')!, "pointerdown");
    await settle();
    press("ArrowLeft", { altKey: true });
    await settle();
    expect(sent).toEqual([{ type: "moveStage", id: "s2", steps: 1 }]);
  });
});

describe("the journey inspector's direction", () => {
  it("says what automatic gives and sends the designer's choice as one edit", async () => {
    // Persian text, no choice made: the core laid the map out right to left.
    const { backend, sent } = recordingBackend({ journeyView: async () => ({ ...rtlView, journey: { ...view.journey } }) });
    await render(backend);
    const select = [...host.querySelectorAll<HTMLSelectElement>(".inspector select")].find((s) => s.value === "auto")!;
    expect(select).toBeDefined();
    expect([...select.options].map((o) => o.textContent)).toEqual(["Automatic (right to left, from the text)", "Left to right", "Right to left"]);
    act(() => {
      select.value = "ltr";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await settle();
    expect(sent).toEqual([{ type: "setDirection", direction: "ltr" }]);
  });
});

describe("the presentation of a right-to-left journey", () => {
  it("starts at the first stage and steps on with ArrowLeft, the way the map runs", async () => {
    await rtl();
    const present = [...host.querySelectorAll<HTMLButtonElement>(".toolbar button")].find((b) => b.textContent === "Present")!;
    act(() => present.click());
    await settle();
    const title = () => host.querySelector(".presentation h1")!.textContent;
    expect(title()).toBe("سفارش");
    press("ArrowLeft");
    await settle();
    expect(title()).toBe("Оформление");
    press("ArrowRight");
    await settle();
    expect(title()).toBe("سفارش");
    // The stage buttons run from the right, first stage first.
    const nav = host.querySelector(".presentation-steps")!;
    expect(nav.getAttribute("dir")).toBe("rtl");
    expect([...nav.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["سفارش", "Оформление"]);
  });
});
