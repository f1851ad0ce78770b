// Merging a copy of the workspace, as the window shows it: the report after File > Merge a Copy,
// items that need a decision resolved by ordinary edits, the top bar's reminder, who last
// changed the selected card or stage, and what an undo kept of a teammate's change.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { BackendError } from "./backend";
import { repairActions } from "./components/MergeReportDialog";
import { relativeTime } from "./components/when";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";
import { unchanged } from "./test/stubBackend";
import type { MenuAction, MergeReport, RepairNote } from "./types";

afterEach(cleanup);

// The fixture's columns are s2 then s1, joined by f1 (s2 → s1): a forward flow back from s1 to
// s2, drawn in the other copy, would close a loop.
const suspended: RepairNote = {
  sentence: "The flow from \u201cОформление\u201d to \u201cسفارش\u201d would close a loop of forward flows; it is kept and drawn dashed, but not followed. Remove it or make it a repeat loop.",
  said: { id: "repair-flow-closes-loop", args: { kind: "next", from: { id: "repair-stage", args: { name: "Оформление" } }, to: { id: "repair-stage", args: { name: "سفارش" } } } },
  repair: { kind: "suspendedFlow", flow: { id: "f9", from: "s1", to: "s2", kind: "next", label: "" }, reason: "a loop" },
};
const unplaced: RepairNote = {
  sentence: "One card was in a lane that was deleted in the other copy; it is shown in an \u201cUnplaced\u201d row. Move it to another lane to resolve this.",
  said: { id: "repair-unplaced-lane", args: { count: 1, unplaced: "Unplaced" } },
  repair: { kind: "unplacedLane", lane: "l2", cards: ["c2"] },
};
const report: MergeReport = {
  journeys: [
    { id: "j1", name: "Сервис доставки", incoming: 10, authors: [["Ben", 7], ["Ana", 3]], added: false, removed: false, keptApart: false, repairs: [unplaced, suspended] },
    { id: "j9", name: "Ben's journey", incoming: 4, authors: [["Ben", 4]], added: true, removed: false, keptApart: false, repairs: [] },
    { id: "j8", name: "Old plan", incoming: 1, authors: [["Ana", 1]], added: false, removed: true, keptApart: false, repairs: [] },
  ],
};

/** A backend with a copy to merge; `repairs` is what the store says is left, and can change. */
function mergeBackend(opts: { repairs?: RepairNote[]; merge?: () => Promise<MergeReport | null> } = {}) {
  let menu: (action: MenuAction) => void = () => {};
  const calls = { info: 0, repairs: 0, merged: 0 };
  const state = { repairs: opts.repairs ?? [] };
  const r = recordingBackend({
    onMenu: async (h) => { menu = h; return () => {}; },
    workspaceInfo: async () => {
      calls.info++;
      return { path: "/tmp/w.journeys", fileName: "w.journeys", title: "w.journeys — Journey Studio", readOnly: false, journeys: [{ id: "j1", name: view.journey.name }] };
    },
    journeyRepairs: async () => { calls.repairs++; return state.repairs; },
    mergeCopy: opts.merge ?? (async () => { calls.merged++; state.repairs = [unplaced, suspended]; return report; }),
  });
  return { ...r, calls, state, menu: (a: MenuAction) => act(() => menu(a)) };
}

const dialog = () => host.querySelector<HTMLElement>("[role=dialog]");
const button = (text: string, within: ParentNode = host) =>
  [...within.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;

function click(el: Element | null) {
  expect(el, "the button is there").not.toBeNull();
  act(() => (el as HTMLElement).click());
}

describe("the merge report", () => {
  it("after a merge reloads the workspace and says what came in, from whom, and what needs a decision", async () => {
    const { backend, calls, menu } = mergeBackend();
    await render(backend);
    expect(calls.info).toBe(1);
    menu("merge-copy");
    await settle();
    expect(calls.merged).toBe(1);
    expect(calls.info, "the journey list was loaded again").toBe(2);
    const d = dialog()!;
    expect(d.getAttribute("aria-modal")).toBe("true");
    expect(d.querySelector("h2")!.textContent).toBe("Merge report");
    const open = d.querySelector<HTMLElement>('[data-journey-id="j1"]')!;
    expect(open.textContent).toContain("10 changes from Ben (7) and Ana (3) came in.");
    expect(open.textContent).toContain("2 items need a decision");
    expect(open.textContent).toContain("would close a loop of forward flows");
    expect(open.textContent).toContain("Unplaced");
    expect(d.querySelector('[data-journey-id="j9"]')!.textContent).toContain("New here: only the copy had it (4 changes from Ben).");
    expect(d.querySelector('[data-journey-id="j8"]')!.textContent).toContain("Deleted in the copy");
    // Each button says what it does, and is described by the sentence of its item.
    const remove = button("Remove the flow", d)!;
    const described = document.getElementById(remove.getAttribute("aria-describedby")!)!;
    expect(described.textContent).toContain("would close a loop");
    expect(document.activeElement).toBe(button("Close", d));
  });

  it("shows the report's items for the open journey before the store is asked again", async () => {
    const { backend, calls, menu } = mergeBackend();
    // The store's list answers only when let go: the report alone says what is left meanwhile.
    let answer: (list: RepairNote[]) => void = () => {};
    const slow = { ...backend, journeyRepairs: async () => { calls.repairs++; return new Promise<RepairNote[]>((r) => { answer = r; }); } };
    await render(slow);
    await act(async () => answer([]));
    menu("merge-copy");
    await settle();
    const open = dialog()!.querySelector('[data-journey-id="j1"]')!;
    expect(open.textContent).toContain("2 items need a decision");
    expect(open.textContent).not.toContain("Everything the merge left to decide here is decided.");
    expect(host.querySelector(".merge-decisions")!.textContent).toBe("2 items from the merge need a decision");
    expect(host.querySelector(".flow-band .flow.suspended"), "the suspended flow waits for no answer either").not.toBeNull();
    await act(async () => answer([unplaced, suspended]));
    expect(dialog()!.querySelector('[data-journey-id="j1"]')!.textContent).toContain("2 items need a decision");
  });

  it("resolves an item with an ordinary edit, then shows what the store says is left", async () => {
    const { backend, sent, state, menu } = mergeBackend();
    await render(backend);
    menu("merge-copy");
    await settle();
    state.repairs = [unplaced];
    click(button("Remove the flow", dialog()!));
    await settle();
    expect(sent).toEqual([{ type: "removeFlow", id: "f9" }]);
    const open = dialog()!.querySelector('[data-journey-id="j1"]')!;
    expect(open.textContent).toContain("1 item needs a decision");
    expect(open.textContent).not.toContain("would close a loop");
    expect(host.querySelector(".merge-decisions")!.textContent).toBe("1 item from the merge needs a decision");

    state.repairs = [];
    click(button("Delete the card", dialog()!));
    await settle();
    expect(sent[1]).toEqual({ type: "removeCard", id: "c2" });
    expect(dialog()!.textContent).toContain("Everything the merge left to decide here is decided.");
    expect(host.querySelector(".merge-decisions"), "the top bar's reminder is gone").toBeNull();
  });

  it("selects the unplaced cards so they can be moved, and gets out of the way", async () => {
    const { backend, sent, menu } = mergeBackend();
    await render(backend);
    menu("merge-copy");
    await settle();
    click(button("Select the card", dialog()!));
    await settle();
    expect(dialog()).toBeNull();
    expect(host.querySelector('.card[data-card-id="c2"]')!.getAttribute("aria-selected")).toBe("true");
    expect(host.querySelector(".inspector")!.textContent).toContain("Pain point");
    expect(sent).toEqual([]);
  });

  it("is reachable later from the top bar while the open journey has items to decide", async () => {
    const { backend } = mergeBackend({ repairs: [unplaced, suspended, { ...suspended, repair: { ...suspended.repair, kind: "danglingFlow", flow: "f7", missing: "s5" } as RepairNote["repair"] }] });
    await render(backend);
    const notice = host.querySelector<HTMLButtonElement>(".merge-decisions")!;
    expect(notice.textContent).toBe("3 items from the merge need a decision");
    expect(notice.getAttribute("aria-haspopup")).toBe("dialog");
    click(notice);
    const d = dialog()!;
    expect(d.querySelector("h2")!.textContent).toBe("After the merge");
    expect(d.querySelectorAll(".repair")).toHaveLength(3);
    act(() => d.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })));
    expect(dialog()).toBeNull();
  });

  it("offers another journey's items with a way to open that journey", async () => {
    const other: MergeReport = { journeys: [{ id: "j2", name: "Onboarding", incoming: 2, authors: [["Ben", 2]], added: false, removed: false, keptApart: false, repairs: [unplaced] }] };
    const opened: string[] = [];
    const { backend, menu } = mergeBackend({ merge: async () => other });
    const viewing = { ...backend, journeyView: async (id: string) => { opened.push(id); return view; } };
    await render(viewing);
    menu("merge-copy");
    await settle();
    const section = dialog()!.querySelector('[data-journey-id="j2"]')!;
    expect(section.textContent).toContain("Move it to another lane");
    expect(button("Select the card", section), "no edit of a journey that is not open").toBeNull();
    click(button("Open this journey to decide", section));
    await settle();
    expect(opened.at(-1)).toBe("j2");
  });

  it("says in the notice why a copy was refused, and reloads nothing", async () => {
    const { backend, calls, menu } = mergeBackend({
      merge: async () => { throw new BackendError({ code: "unrelated_copy", message: "/tmp/other.journeys is not a copy of this workspace; nothing was merged." }); },
    });
    await render(backend);
    menu("merge-copy");
    await settle();
    expect(host.querySelector("[role=alert]")!.textContent).toContain("is not a copy of this workspace");
    expect(dialog()).toBeNull();
    expect(calls.info).toBe(1);
  });

  it("does nothing when the file dialog was closed", async () => {
    const { backend, calls, menu } = mergeBackend({ merge: async () => null });
    await render(backend);
    menu("merge-copy");
    await settle();
    expect(dialog()).toBeNull();
    expect(calls.info).toBe(1);
  });

  it("asks the store what is left only on opening while nothing is, not after every edit", async () => {
    const { backend, calls } = mergeBackend();
    await render(backend);
    const asked = calls.repairs;
    expect(asked).toBeGreaterThanOrEqual(1);
    act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true })); });
    await settle();
    expect(calls.repairs).toBe(asked);
  });
});

describe("a flow the merge suspended, on the map", () => {
  const arc = (id = "f9") => host.querySelector<SVGGElement>(`.flow-band .flow.suspended[data-flow-id="${id}"]`);

  it("is drawn dashed from its stage's column to the other's, named by its item's sentence", async () => {
    const { backend } = mergeBackend({ repairs: [unplaced, suspended] });
    await render(backend);
    const g = arc()!;
    expect(g, "the suspended flow is not drawn").not.toBeNull();
    expect(host.querySelectorAll(".flow-band .flow.suspended"), "one arc per suspended flow, none for other items").toHaveLength(1);
    // From s1 (the second column, centre 404 + 118) back to s2 (centre 168 + 118), its ends a
    // little inside the centres (where f1's are), in the band above the headers; the layout
    // itself still has f1 alone.
    const line = g.querySelector(".flow-line")!;
    const d = line.getAttribute("d")!;
    expect(d).toMatch(/^M 512 48 C 512 \d+(\.\d+)?, 296 \d+(\.\d+)?, 296 48$/);
    expect(line.getAttribute("marker-end")).toBe("url(#arrow-suspended)");
    expect(host.querySelector("#arrow-suspended")).not.toBeNull();
    expect(g.querySelector(".flow-hit")!.getAttribute("d"), "the hit area follows the arc").toBe(d);
    expect(g.querySelector("title")!.textContent).toBe(suspended.sentence);
    expect(g.getAttribute("aria-label")).toBe(suspended.sentence);
    expect(g.getAttribute("role")).toBe("button");
    expect(g.getAttribute("aria-haspopup")).toBe("dialog");
    // Dashed and muted: not a branch's colour or dashes, and not among the layout's flows.
    expect(g.classList.contains("branch")).toBe(false);
    expect(host.querySelectorAll('.flow-band .flow:not(.suspended)')).toHaveLength(1);
  });

  it("is named in the window's language, not in the English the store wrote", async () => {
    const { backend } = mergeBackend({ repairs: [unplaced, suspended] });
    await render(backend, "ru");
    const title = arc()!.querySelector("title")!.textContent;
    expect(title).toBe("Связь от «Оформление» к «سفارش» замкнула бы цикл из прямых связей; она сохранена и нарисована пунктиром, но не учитывается. Удалите её или сделайте петлёй повторения.");
  });

  it("opens the list of what the merge left to decide when clicked, or with Enter", async () => {
    const { backend, sent } = mergeBackend({ repairs: [suspended] });
    await render(backend);
    // An SVG element has no click(): a click as the pointer sends it.
    act(() => { arc()!.dispatchEvent(new MouseEvent("click", { bubbles: true })); });
    let d = dialog()!;
    expect(d.querySelector("h2")!.textContent).toBe("After the merge");
    expect(d.textContent).toContain("would close a loop of forward flows");
    expect(button("Remove the flow", d)).not.toBeNull();
    click(button("Close", d));
    expect(dialog()).toBeNull();
    const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    act(() => { arc()!.dispatchEvent(enter); });
    d = dialog()!;
    expect(d.querySelector("h2")!.textContent).toBe("After the merge");
    expect(enter.defaultPrevented).toBe(true);
    expect(sent, "choosing the arc changes nothing").toEqual([]);
  });

  it("goes once the item is decided, and stays while it is not", async () => {
    const { backend, state, menu } = mergeBackend();
    await render(backend);
    expect(arc(), "nothing suspended before the merge").toBeNull();
    menu("merge-copy");
    await settle();
    expect(arc(), "the merge's suspended flow is drawn").not.toBeNull();
    // Deciding the other item first: the flow is still suspended.
    state.repairs = [suspended];
    click(button("Delete the card", dialog()!));
    await settle();
    expect(arc()).not.toBeNull();
    state.repairs = [];
    click(button("Remove the flow", dialog()!));
    await settle();
    expect(arc(), "the removed flow is still drawn").toBeNull();
    expect(host.querySelectorAll(".flow-band .flow")).toHaveLength(1);
  });

  it("says all is decided when the list it opened decides the last item", async () => {
    const { backend, state, sent } = mergeBackend({ repairs: [suspended] });
    await render(backend);
    act(() => { arc()!.dispatchEvent(new MouseEvent("click", { bubbles: true })); });
    state.repairs = [];
    click(button("Remove the flow", dialog()!));
    await settle();
    expect(sent).toEqual([{ type: "removeFlow", id: "f9" }]);
    expect(dialog()!.textContent).toContain("Everything the merge left to decide here is decided.");
    expect(arc()).toBeNull();
    expect(host.querySelector(".merge-decisions")).toBeNull();
  });

  it("is left out when one of its stages is not on the map, and loops over the column for a flow to its own stage", async () => {
    const elsewhere: RepairNote = { ...suspended, repair: { kind: "suspendedFlow", flow: { id: "f8", from: "s1", to: "s7", kind: "branch", label: "" }, reason: "gone" } };
    const itself: RepairNote = { ...suspended, sentence: "The flow from \u201cОформление\u201d leads back to \u201cОформление\u201d itself.", said: { id: "repair-flow-to-itself", args: { kind: "next", from: { id: "repair-stage", args: { name: "Оформление" } } } }, repair: { kind: "suspendedFlow", flow: { id: "f7", from: "s1", to: "s1", kind: "next", label: "" }, reason: "itself" } };
    const { backend } = mergeBackend({ repairs: [elsewhere, itself] });
    await render(backend);
    expect(arc("f8")).toBeNull();
    const loop = arc("f7")!.querySelector(".flow-line")!.getAttribute("d")!;
    expect(loop).toMatch(/^M 512 48 C 512 \d+, 532 \d+, 532 48$/);
  });
});

describe("the buttons an item gets", () => {
  const order = view.layout.columns.map((c) => c.stage);
  const labels = (note: RepairNote) => repairActions(note, view.journey, order).map((a) => a.label);

  it("turns a flow that points back into a repeat loop of the same id, or removes it", () => {
    const actions = repairActions(suspended, view.journey, order);
    expect(actions.map((a) => a.label)).toEqual(["Remove the flow", "Make it a repeat loop"]);
    expect(actions[1]).toEqual({ label: "Make it a repeat loop", edit: { type: "addFlow", flow: { id: "f9", from: "s1", to: "s2", kind: "repeat", label: "" } } });
  });

  it("offers no repeat loop for a flow that points forward", () => {
    const forward: RepairNote = { ...suspended, repair: { kind: "suspendedFlow", flow: { id: "f9", from: "s2", to: "s1", kind: "next", label: "" }, reason: "a duplicate" } };
    expect(labels(forward)).toEqual(["Remove the flow"]);
  });

  it("selects what a value out of range belongs to, and offers nothing for what is not shown", () => {
    expect(repairActions({ sentence: "", said: { id: "repair-blank-none" }, repair: { kind: "text", entity: "s1", field: "name", fix: { kind: "blank", instead: null } } }, view.journey, order))
      .toEqual([{ label: "Select the stage", select: { kind: "stage", id: "s1" } }]);
    expect(labels({ sentence: "", said: { id: "repair-dangling-flow" }, repair: { kind: "scoreOutsideScale", card: "c1", persona: null, score: 9, shown: 3 } })).toEqual(["Select the card"]);
    expect(labels({ sentence: "", said: { id: "repair-dangling-flow" }, repair: { kind: "invalidScale", fix: { kind: "inverted", min: 1, max: -1 } } })).toEqual(["Show the scale"]);
    expect(labels({ sentence: "", said: { id: "repair-dangling-flow" }, repair: { kind: "overLimit", what: "cards", limit: 5000, hidden: ["x"], cards: [] } })).toEqual([]);
    expect(labels({ sentence: "", said: { id: "repair-dangling-flow" }, repair: { kind: "droppedLink", card: "gone", pain: "c2" } })).toEqual([]);
  });
});

describe("who last changed it", () => {
  const hoursAgo = (h: number) => Math.floor(Date.now() / 1000) - h * 3600 - 30;

  it("shows who last changed the selected card and stage, and when, relative to now", async () => {
    const asked: string[][] = [];
    const { backend } = recordingBackend({
      lastChanged: async (journey, entity) => {
        asked.push([journey, entity]);
        return entity === "c2" ? { by: "Ana", at: hoursAgo(2) } : { by: "Ben", at: hoursAgo(26) };
      },
    });
    await render(backend);
    const pointer = (el: Element, type: string) => act(() => { el.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1 })); });
    pointer(host.querySelector('.card[data-card-id="c2"]')!, "pointerdown");
    pointer(host.querySelector('.card[data-card-id="c2"]')!, "pointerup");
    await settle();
    const line = () => host.querySelector(".inspector .changed-by")?.textContent;
    expect(line()).toBe("Last changed by Ana, 2 hours ago");
    expect(host.querySelector(".inspector .changed-by time")!.getAttribute("dateTime")).toMatch(/^\d{4}-\d\d-\d\dT/);
    pointer(host.querySelector('[data-stage-id="s1"]')!, "pointerdown");
    await settle();
    expect(line()).toBe("Last changed by Ben, yesterday");
    expect(asked).toEqual([["j1", "c2"], ["j1", "s1"]]);
  });

  it("shows no line for what nobody changed since it was made", async () => {
    const { backend } = recordingBackend({ lastChanged: async () => null });
    await render(backend);
    act(() => { host.querySelector('.card[data-card-id="c1"]')!.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0, pointerId: 1 })); });
    await settle();
    expect(host.querySelector(".inspector .changed-by")).toBeNull();
  });

  it("says times as people do, and a teammate's clock running ahead as now", () => {
    const now = Date.UTC(2026, 11, 1, 12, 0, 0);
    const at = (secondsAgo: number) => now / 1000 - secondsAgo;
    expect(relativeTime(at(0), now, "en")).toBe("now");
    expect(relativeTime(at(42), now, "en")).toBe("42 seconds ago");
    expect(relativeTime(at(5 * 60), now, "en")).toBe("5 minutes ago");
    expect(relativeTime(at(2 * 3600 + 50), now, "en")).toBe("2 hours ago");
    expect(relativeTime(at(30 * 3600), now, "en")).toBe("yesterday");
    expect(relativeTime(at(-180), now, "en")).toBe("now");
  });
});

describe("undo after a merge", () => {
  it("says what an undo left alone because a teammate changed it since", async () => {
    const card = { id: "kept-change-by", args: { item: { id: "repair-item-card", args: { name: "Hidden delivery fee" } }, field: { id: "field-card-text" }, who: "Ben" } };
    const stage = { id: "kept-change-by", args: { item: { id: "repair-item-stage", args: { name: "Оформление" } }, field: { id: "field-stage-name" }, who: "Ana" } };
    const kept = "Card \u201cHidden delivery fee\u201d \u00b7 Card text: kept Ben's change, made after yours.";
    const { backend } = recordingBackend({ undo: async () => ({ ...unchanged("j1", view.revision, false, true), skipped: [card, stage] }) });
    await render(backend);
    act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true })); });
    await settle();
    const notice = host.querySelector<HTMLElement>(".notice")!;
    expect(notice.getAttribute("role"), "good news is a status, not an alert").toBe("status");
    expect(notice.textContent).toContain(kept);
    expect(notice.querySelector("span")!.textContent!.split("\n")).toHaveLength(2);
  });

  it("says nothing when an undo kept nothing", async () => {
    const { backend, history } = recordingBackend();
    await render(backend);
    act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true, bubbles: true })); });
    await settle();
    expect(history).toEqual(["undo"]);
    expect(host.querySelector(".notice")).toBeNull();
  });
});
