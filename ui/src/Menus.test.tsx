// Native menu items reach the page as actions: Help > Keyboard Shortcuts opens the list, and
// Edit > Copy / Paste act on the selected cards when no text field has the focus.

import { afterEach, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, recordingBackend, render, settle } from "./test/fixture";
import type { MenuAction } from "./types";

afterEach(cleanup);

function menuBackend() {
  let menu: (action: MenuAction) => void = () => {};
  const r = recordingBackend({ onMenu: async (h) => { menu = h; return () => {}; } });
  return { ...r, menu: (a: MenuAction) => act(() => menu(a)) };
}

it("opens the keyboard shortcuts from the Help menu", async () => {
  const { backend, menu } = menuBackend();
  await render(backend);
  menu("shortcuts");
  const dialog = host.querySelector("[role=dialog]")!;
  expect(dialog.textContent).toContain("Keyboard shortcuts");
  expect(dialog.textContent).toContain("Ctrl+F");
  act(() => [...dialog.querySelectorAll("button")].find((b) => b.textContent === "Close")!.click());
  expect(host.querySelector("[role=dialog]")).toBeNull();
});

it("copies and pastes the selected card from the Edit menu", async () => {
  const { backend, sent, menu } = menuBackend();
  await render(backend);
  const card = host.querySelector<HTMLElement>('.card[data-card-id="c2"]')!;
  act(() => {
    card.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0, clientX: 5, clientY: 5 }));
    card.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, button: 0, clientX: 5, clientY: 5 }));
  });
  await settle();
  expect(card.getAttribute("aria-selected")).toBe("true");
  menu("copy");
  menu("paste");
  await settle();
  expect(sent).toHaveLength(1);
  const paste = sent[0];
  if (paste.type !== "pasteCards") throw new Error(`sent ${paste.type}, not a paste`);
  expect(paste.cards.map((c) => c.text)).toEqual(["Hidden delivery fee"]);
  // After the selected card (index 0 of its cell), with a new id.
  expect([paste.stage, paste.lane, paste.index]).toEqual(["s1", "l2", 1]);
  expect(paste.ids).toHaveLength(1);
  expect(paste.ids[0]).not.toBe("c2");
});
