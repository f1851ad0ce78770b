// The editor's gestures as edits: what the page sends to the store for each key and click.
// The store itself is tested in Rust; here a recording fake backend stands in for it.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { BackendError } from "./backend";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";

afterEach(cleanup);

function press(key: string, init: KeyboardEventInit = {}) {
  act(() => { window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, ...init })); });
}

function pointer(el: Element, type: string, init: PointerEventInit = {}) {
  act(() => { el.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1, ...init })); });
}

async function selectCard(id: string) {
  pointer(host.querySelector(`[data-card-id="${id}"]`)!, "pointerdown");
  pointer(host.querySelector(`[data-card-id="${id}"]`)!, "pointerup");
  await settle();
}

describe("the map editor", () => {
  it("asks the store for the journey once at start-up", async () => {
    let asked = 0;
    const { backend } = recordingBackend({ journeyView: async () => { asked++; return view; } });
    await render(backend);
    await settle();
    expect(host.querySelectorAll(".card").length).toBeGreaterThan(0);
    expect(asked).toBe(1);
  });

  it("moves a card with the keyboard: Space picks it up, arrows move it, Space drops it", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    expect(host.querySelector('[data-card-id="c1"]')!.getAttribute("aria-selected")).toBe("true");
    press(" ");
    expect(host.querySelector(".toolbar-hint")!.textContent).toContain("Space drops");
    press("ArrowRight");
    expect(host.querySelector(".drop-indicator")).not.toBeNull();
    press(" ");
    await settle();
    // c1 goes from the first column (s2) to the second (s1), same lane, into an empty cell.
    expect(sent).toEqual([{ type: "placeCards", ids: ["c1"], stage: "s1", lane: "l1", index: 0 }]);
  });

  it("cancels a keyboard move with Escape and sends nothing", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    press(" ");
    press("ArrowDown");
    press("Escape");
    await settle();
    expect(sent).toEqual([]);
    expect(host.querySelector(".drop-indicator")).toBeNull();
  });

  it("moves down into the next lane and below its cards", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    press(" ");
    press("ArrowRight"); // s1, lane l1 (empty)
    press("ArrowDown"); // s1, lane l2, before c2
    press("ArrowDown"); // after c2
    press("Enter");
    await settle();
    expect(sent).toEqual([{ type: "placeCards", ids: ["c1"], stage: "s1", lane: "l2", index: 1 }]);
  });

  it("deletes the selected card with the Delete key", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    press("Delete");
    await settle();
    expect(sent).toEqual([{ type: "removeCard", id: "c2" }]);
  });

  it("raises a touchpoint's emotion with + and clamps at the scale's top", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    press("+");
    await settle();
    expect(sent).toHaveLength(1);
    const edit = sent[0] as { type: string; card: { id: string; body: { emotion: { score: number } } } };
    expect(edit.type).toBe("updateCard");
    expect(edit.card.id).toBe("c1");
    expect(edit.card.body.emotion.score).toBe(-2);
  });

  it("edits a card's text in place: Enter saves one edit", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    press("F2");
    const editor = host.querySelector<HTMLTextAreaElement>(".card-text-editor")!;
    expect(editor).not.toBeNull();
    expect(editor.value).toBe("Hidden delivery fee");
    act(() => {
      editor.value = "Комиссия за доставку скрыта";
      editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "updateCard", card: { id: "c2", text: "Комиссия за доставку скрыта" } });
  });

  it("sends undo and redo for Ctrl+Z and Ctrl+Shift+Z", async () => {
    const { backend, history } = recordingBackend();
    await render(backend);
    press("z", { ctrlKey: true });
    press("z", { ctrlKey: true, shiftKey: true });
    press("y", { ctrlKey: true });
    await settle();
    expect(history).toEqual(["undo", "redo", "redo"]);
  });

  it("sets a pain point's severity from the inspector", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    const severity = host.querySelector('[role=radiogroup][aria-label="Severity"]')!;
    expect(severity.querySelector("[aria-checked=true]")!.textContent).toBe("4");
    act(() => (severity.querySelectorAll("button")[1] as HTMLButtonElement).click());
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "updateCard", card: { id: "c2", body: { kind: "painPoint", severity: 2, frequency: 3 } } });
  });

  it("shows the store's refusal as a message and keeps the map", async () => {
    const { backend } = recordingBackend({
      applyEdit: async () => { throw new BackendError({ code: "invalid_value", message: "emotion: 4 is outside the journey's scale -3..3" }); },
    });
    await render(backend);
    await selectCard("c2");
    press("Delete");
    await settle();
    expect(host.querySelector("[role=alert]")!.textContent).toContain("outside the journey's scale");
    expect(host.querySelectorAll("[data-card-id]").length).toBeGreaterThan(0);
  });

  it("highlights the cards matching a search", async () => {
    const { backend } = recordingBackend();
    await render(backend);
    const box = host.querySelector<HTMLInputElement>(".search input")!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(box, "delivery");
      box.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(host.querySelector('[data-card-id="c2"]')!.classList.contains("highlighted")).toBe(true);
    expect(host.querySelector('[data-card-id="c1"]')!.classList.contains("highlighted")).toBe(false);
    expect(host.querySelector(".matches")!.textContent).toBe("1 match");
  });
});

describe("copy and paste", () => {
  it("pastes a copy with a new id after the selected card, as one edit", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    press("c", { ctrlKey: true });
    press("v", { ctrlKey: true });
    await settle();
    expect(sent).toHaveLength(1);
    const edit = sent[0];
    if (edit.type !== "pasteCards") throw new Error(`sent ${edit.type}, not a paste`);
    expect(edit.cards.map((c) => [c.id, c.text])).toEqual([["c2", "Hidden delivery fee"]]);
    expect(edit.ids).toHaveLength(1);
    expect(edit.ids[0]).not.toBe("c2");
    // Right after c2, the first (index 0) card of (s1, l2).
    expect([edit.stage, edit.lane, edit.index]).toEqual(["s1", "l2", 1]);
  });

  it("cuts: copies, then deletes the original", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    press("x", { ctrlKey: true });
    await settle();
    expect(sent).toEqual([{ type: "removeCard", id: "c1" }]);
  });
});

describe("new cards, copies and kinds: the page names them, the core works them out", () => {
  it("double-clicking an empty cell asks for a new card in that cell", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    // (500, 150) is in column s1 and lane l1, a cell with no card.
    act(() => { host.querySelector(".map-body")!.dispatchEvent(new MouseEvent("dblclick", { bubbles: true, clientX: 500, clientY: 150 })); });
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "createCard", stage: "s1", lane: "l1", index: 0, text: "" });
    // The page gives the id (a redo then re-creates the same card), a fresh one.
    expect((sent[0] as { id: string }).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it("N asks for a new card right after the selected one", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    press("n");
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "createCard", stage: "s1", lane: "l2", index: 1 });
  });

  it("Ctrl+D asks for a copy of each selected card under a new id", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    press("d", { ctrlKey: true });
    await settle();
    expect(sent).toHaveLength(1);
    const edit = sent[0];
    if (edit.type !== "duplicateCards") throw new Error(`sent ${edit.type}, not a duplicate`);
    expect(edit.ids).toEqual(["c2"]);
    expect(edit.copies).toHaveLength(1);
    expect(edit.copies[0]).not.toBe("c2");
  });

  it("choosing another kind in the inspector names the kind, not a new body", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    const kind = [...host.querySelectorAll<HTMLSelectElement>(".inspector select")].find((s) => s.value === "touchpoint")!;
    act(() => {
      kind.value = "note";
      kind.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await settle();
    expect(sent).toEqual([{ type: "setCardKind", id: "c1", kind: "note" }]);
  });

  it("shows a pain's priority and its rating buttons as the core's rules give them", async () => {
    const { backend } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    expect(host.querySelector(".inspector .score")!.textContent).toBe("Priority 12 (severity × frequency)");
    const severity = host.querySelector('[role=radiogroup][aria-label="Severity"]')!;
    expect([...severity.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["1", "2", "3", "4", "5"]);
    expect(host.querySelector('.card[data-card-id="c2"] .chip.pain')!.textContent).toBe("S4 × F3 = 12");
  });

  it("names the CX pillars with the core's words, the ones every export prints", async () => {
    const { backend } = recordingBackend();
    await render(backend);
    await selectCard("c2");
    const pillar = [...host.querySelectorAll<HTMLSelectElement>(".inspector select")].find((s) => s.value === "integrity")!;
    expect([...pillar.options].map((o) => o.textContent)).toEqual(
      ["None", "Personalization", "Integrity", "Expectations", "Resolution", "Time and effort", "Empathy"]);
  });
});

describe("reordering from the keyboard", () => {
  it("moves the selected lane down with Alt+Down", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    pointer(host.querySelector('[data-lane-id="l1"]')!, "pointerdown");
    await settle();
    press("ArrowDown", { altKey: true });
    await settle();
    expect(sent).toEqual([{ type: "moveLane", id: "l1", steps: 1 }]);
  });

  it("moves the selected stage with Alt+Right as one edit, and shows why when the core refuses", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    pointer(host.querySelector('[data-stage-id="s1"]')!, "pointerdown");
    await settle();
    press("ArrowRight", { altKey: true });
    await settle();
    expect(sent).toEqual([{ type: "moveStage", id: "s1", steps: 1 }]);

    const refusing = recordingBackend({
      applyEdit: async () => { throw new BackendError({ code: "invalid_graph", message: "\"Browse\" is already the last stage" }); },
    });
    cleanup();
    await render(refusing.backend);
    pointer(host.querySelector('[data-stage-id="s1"]')!, "pointerdown");
    await settle();
    press("ArrowRight", { altKey: true });
    await settle();
    expect(host.querySelector("[role=alert]")!.textContent).toContain("already the last stage");
  });
});

describe("opportunity links", () => {
  it("marks the pain points an opportunity answers when it is selected", async () => {
    const { view } = await import("./test/fixture");
    const withOpportunity = {
      ...view,
      journey: {
        ...view.journey,
        cards: [...view.journey.cards, { id: "o1", stage: "s1", lane: "l2", rank: 2, text: "Show the fee early", body: { kind: "opportunity" as const, answers: ["c2"], loyaltyPillar: null, value: 4, effort: 2, owner: "" } }],
      },
      layout: { ...view.layout, cards: [...view.layout.cards, { card: "o1", stage: "s1", lane: "l2", x: 416, y: 330, width: 212, height: 72, lines: 1 }] },
    };
    const { backend } = recordingBackend({ journeyView: async () => withOpportunity });
    await render(backend);
    await selectCard("o1");
    expect(host.querySelector('.card[data-card-id="c2"]')!.classList.contains("mark-linked")).toBe(true);
    expect(host.querySelector('.card[data-card-id="c1"]')!.classList.contains("mark-linked")).toBe(false);
    await selectCard("c2");
    expect(host.querySelector('.card[data-card-id="o1"]')!.classList.contains("mark-linked")).toBe(true);
  });
});

describe("keyboard selection", () => {
  it("selects the first card with an arrow, then the next one to the right", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    press("ArrowRight");
    expect(host.querySelector('.card[data-card-id="c1"]')!.getAttribute("aria-selected")).toBe("true");
    press("ArrowRight");
    expect(host.querySelector('.card[data-card-id="c2"]')!.getAttribute("aria-selected")).toBe("true");
    expect(host.querySelector('.card[data-card-id="c1"]')!.getAttribute("aria-selected")).toBe("false");
    await settle();
    expect(sent).toEqual([]);
  });
});

describe("announcements", () => {
  it("says where a keyboard move put the card", async () => {
    const { backend } = recordingBackend();
    await render(backend);
    await selectCard("c1");
    press(" ");
    press("ArrowRight");
    press(" ");
    await settle();
    expect(host.querySelector(".announcer")!.textContent).toBe("Moved 1 card to Оформление, Touchpoints");
  });
});
