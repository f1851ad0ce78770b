// How the window takes a change: the store's answer patches what it shows (no reload), only the
// cards the change names are drawn again, an outside change (a workshop participant) takes the
// same path, and a change that does not fit the revision held makes the window reload, with a line
// in the console saying so.

import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import type { Applied, Card } from "./types";
import { renderCount } from "./components/renderCounts";
import { unchanged } from "./test/stubBackend";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** An answer from revision `base` that gives card c1 a new text (its box keeps its place). */
function retext(base: number, text: string): Applied {
  const a = unchanged(view.journey.id, base);
  const c1 = view.journey.cards.find((c) => c.id === "c1")!;
  a.change.cards = [{ ...c1, text } as Card];
  return a;
}

/** The window on a fake shell that can push `journey-changed` events and counts full loads. */
async function withShell() {
  let handler: ((a: Applied) => void) | null = null;
  let loads = 0;
  const { backend } = recordingBackend({
    journeyView: async () => { loads++; return view; },
    onJourneyChanged: async (h) => { handler = h; return () => { handler = null; }; },
  });
  await render(backend);
  return { push: (a: Applied) => handler!(a), listening: () => handler !== null, loads: () => loads };
}

const cardText = (id: string) => host.querySelector(`[data-card-id="${id}"] .card-text`)?.textContent;

describe("a change reaching the window", () => {
  it("redraws the edited card from the answer, not the other cards, and loads nothing", async () => {
    let loads = 0;
    const { backend } = recordingBackend({
      journeyView: async () => { loads++; return view; },
      applyEdit: async () => retext(view.revision, "Новый текст"),
    });
    await render(backend);
    const c1 = renderCount("c1");
    const c2 = renderCount("c2");
    // Through the page: double-click to edit, type, Enter.
    const face = host.querySelector('[data-card-id="c1"]')!;
    act(() => { face.parentElement!.dispatchEvent(new MouseEvent("dblclick", { bubbles: true })); });
    const box = host.querySelector("textarea")!;
    act(() => {
      box.value = "Новый текст";
      box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    await settle();
    expect(cardText("c1")).toBe("Новый текст");
    expect(loads).toBe(1);
    expect(renderCount("c1")).toBeGreaterThan(c1);
    // c2 was drawn again for neither the edit nor the change (only its own inputs matter).
    expect(renderCount("c2")).toBe(c2);
  });

  it("takes a participant's change from the shell's event the same way", async () => {
    const shell = await withShell();
    expect(shell.listening()).toBe(true);
    const c2 = renderCount("c2");
    await act(async () => { shell.push(retext(view.revision, "A participant's words")); });
    expect(cardText("c1")).toBe("A participant's words");
    expect(renderCount("c2")).toBe(c2);
    expect(shell.loads()).toBe(1);
    // The same change again (an echo) changes nothing.
    await act(async () => { shell.push(retext(view.revision, "ignored")); });
    expect(cardText("c1")).toBe("A participant's words");
  });

  it("reloads the journey, and says so, when a change was made on another revision", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const shell = await withShell();
    await act(async () => { shell.push(retext(view.revision + 5, "from the future")); });
    await settle();
    expect(shell.loads()).toBe(2);
    expect(cardText("c1")).not.toBe("from the future");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/does not fit revision 3.*reloading/));
  });

  it("ignores a change to another journey of the workspace", async () => {
    const shell = await withShell();
    const other = retext(view.revision, "elsewhere");
    other.change.journey = "j9";
    await act(async () => { shell.push(other); });
    expect(cardText("c1")).toBe(view.journey.cards[0].text);
    expect(shell.loads()).toBe(1);
  });
});

describe("what a screen reader is told", () => {
  it("says when the journey changed outside the window", async () => {
    const shell = await withShell();
    await act(async () => shell.push(retext(view.revision, "Из мастерской")));
    await settle();
    expect(host.querySelector(".announcer")!.textContent).toBe("The journey was changed outside this window.");
  });
});
