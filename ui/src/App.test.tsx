// Component tests of the studio window with a fake backend (no Tauri): the map draws what the
// backend returns, in the layout's order, and failures become readable messages.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { BackendError } from "./backend";
import type { ApiError } from "./types";
import { cleanup, fakeBackend, host, render } from "./test/fixture";

afterEach(cleanup);

describe("the studio window", () => {
  it("draws stage columns in the layout's order, not the data's", async () => {
    await render(fakeBackend());
    const names = [...host.querySelectorAll(".stage-name")].map((e) => e.textContent);
    expect(names).toEqual(["سفارش", "Оформление"]);
  });

  it("places each card where the layout says, below the headers", async () => {
    await render(fakeBackend());
    const card = host.querySelector<HTMLElement>('[data-card-id="c2"]')!;
    expect(card.style.left).toBe("416px");
    expect(card.style.top).toBe(`${256 - 124}px`);
    expect(card.textContent).toContain("Hidden delivery fee");
    expect(card.textContent).toContain("S4 × F3 = 12");
    expect(card.textContent).toContain("Integrity");
  });

  it("lets right-to-left card text choose its own direction", async () => {
    await render(fakeBackend());
    const text = host.querySelector('[data-card-id="c1"] .card-text')!;
    expect(text.getAttribute("dir")).toBe("auto");
    expect(text.textContent).toBe("یک کارت فارسی");
    expect(host.querySelector('[data-card-id="c1"]')!.textContent).toContain("-3 Furious");
  });

  it("shows the shell's error message instead of a blank window", async () => {
    const failing = fakeBackend({
      workspaceInfo: async () => { throw new BackendError({ code: "not_a_workspace", message: "x.journeys is not a Journey Studio workspace: the file is empty." }); },
    });
    await render(failing);
    const alert = host.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("the file is empty");
    expect(alert.textContent).toContain("not_a_workspace");
    expect(host.querySelector(".map")).toBeNull();
  });

  it("shows the file name and that it saves by itself", async () => {
    await render(fakeBackend());
    expect(host.querySelector(".file-name")!.textContent).toBe("w.journeys");
    expect(host.querySelector(".file-state")!.textContent).toBe("Saved automatically");
  });

  it("keeps the open map and shows a notice when another file fails to open", async () => {
    let fail: ((e: ApiError) => void) | null = null;
    await render(fakeBackend({
      onOpenFailed: async (handler) => { fail = handler; return () => {}; },
    }));
    expect(fail).not.toBeNull();
    await act(async () => fail!({ code: "locked", message: "other.journeys is open in another Journey Studio window or process." }));
    expect(host.querySelector("[role=alert]")!.textContent).toContain("open in another Journey Studio window");
    expect(host.querySelectorAll(".stage-name").length).toBe(2);
  });
});

describe("a bug while drawing", () => {
  it("shows a message with a way back instead of a blank window", async () => {
    const broken = { ...fakeBackend() };
    // A view without card boxes makes the map throw while drawing.
    const bad = JSON.parse(JSON.stringify(await broken.journeyView("j1")));
    bad.layout.cards = null;
    const errors = console.error;
    console.error = () => {};
    try {
      await render(fakeBackend({ journeyView: async () => bad }));
    } finally {
      console.error = errors;
    }
    const alert = host.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("Your work is safe");
    expect(alert.querySelector("button")!.textContent).toBe("Draw the studio again");
  });
});
