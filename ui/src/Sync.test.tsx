// Live sync as the window shows it: the connection's state in the top bar (only for a shared
// workspace), who else is in the open journey, and the window telling teammates what it has
// selected. The syncing itself is the shell's (tested in Rust and end to end).

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, recordingBackend, render, settle } from "./test/fixture";
import type { Id, InJourney, SyncStatus } from "./types";

afterEach(cleanup);

function pointer(el: Element, type: string) {
  act(() => { el.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1 })); });
}

function syncing(initial: SyncStatus | null) {
  let status: (s: SyncStatus) => void = () => {};
  let presence: (p: InJourney) => void = () => {};
  const focus: [Id | null, Id[]][] = [];
  const { backend } = recordingBackend({
    syncStatus: async () => initial,
    onSyncStatus: async (h) => { status = h; return () => {}; },
    onSyncPresence: async (h) => { presence = h; return () => {}; },
    syncFocus: async (j, sel) => { focus.push([j, sel]); },
  });
  return { backend, focus, status: (s: SyncStatus) => act(() => status(s)), presence: (p: InJourney) => act(() => presence(p)) };
}

const badge = () => host.querySelector<HTMLElement>(".topbar .sync");

describe("live sync in the window", () => {
  it("shows nothing for a workspace that is not shared", async () => {
    const s = syncing(null);
    await render(s.backend);
    expect(badge()).toBeNull();
    // Where the window is is said anyway: sharing may start later, and the shell keeps it.
  });

  it("says how the connection is, with the reason as its title, and who is here", async () => {
    const s = syncing({ state: "connecting" });
    await render(s.backend);
    expect(badge()!.textContent).toContain("Connecting to the team");
    s.status({ state: "connected", pending: 0 });
    expect(badge()!.textContent).toContain("In sync with the team");
    s.status({ state: "connected", pending: 3 });
    expect(badge()!.textContent).toContain("Sending 3 changes");
    const why = "The team server at wss://10.0.0.2:7420/ cannot be reached (refused). You are working offline: your changes are kept and sent when it is back.";
    s.status({ state: "offline", sentence: why });
    expect(badge()!.textContent).toContain("Offline: working on this computer");
    expect(badge()!.title).toBe(why);
    expect(badge()!.getAttribute("role")).toBe("status");
    s.presence({ journey: "j1", peers: [{ session: "x1", name: "Ben", colour: "#2471a3", journey: "j1", selection: [] }, { session: "x2", name: "Chen", colour: "#1e8449", journey: "j1", selection: [] }] });
    const peers = [...host.querySelectorAll<HTMLElement>(".topbar .peer")];
    expect(peers.map((p) => p.title)).toEqual(["Ben", "Chen"]);
    expect(peers[0].style.background).toMatch(/#2471a3|rgb\(36, 113, 163\)/);
    expect(host.querySelector(".topbar .peers")!.getAttribute("aria-label")).toBe("2 teammates here");
    // Someone in another journey is not shown here.
    s.presence({ journey: "j7", peers: [{ session: "x3", name: "Dana", colour: "#8e44ad", journey: "j7", selection: [] }] });
    expect(host.querySelectorAll(".topbar .peer").length).toBe(0);
  });

  it("says why it is offline in the window's language, from the catalogs, and in English only for a message it lacks", async () => {
    const s = syncing({ state: "connecting" });
    await render(s.backend, "fa");
    const why = "The team server at wss://10.0.0.2:7420/ cannot be reached (refused). You are working offline: your changes are kept and sent when it is back.";
    s.status({ state: "offline", sentence: why, said: { id: "error-unreachable", args: { server: "wss://10.0.0.2:7420/", detail: "refused" } } });
    const title = badge()!.title;
    expect(title).not.toBe(why);
    expect(title).toContain("wss://10.0.0.2:7420/");
    expect(title).toMatch(/[\u0600-\u06FF]/);
    s.status({ state: "failed", sentence: "Revoked.", code: "revoked", said: { id: "error-revoked", args: {} } });
    expect(badge()!.title).toMatch(/[\u0600-\u06FF]/);
    // A message the catalogs do not have yet: the English sentence it came with.
    s.status({ state: "offline", sentence: "Something new went wrong.", said: { id: "sync-not-in-any-catalog", args: {} } });
    expect(badge()!.title).toBe("Something new went wrong.");
  });

  it("tells teammates the open journey and the selection as it changes", async () => {
    const s = syncing({ state: "connected", pending: 0 });
    await render(s.backend);
    await settle();
    expect(s.focus.at(-1)).toEqual(["j1", []]);
    pointer(host.querySelector('[data-card-id="c1"]')!, "pointerdown");
    pointer(host.querySelector('[data-card-id="c1"]')!, "pointerup");
    await settle();
    expect(s.focus.at(-1)).toEqual(["j1", ["c1"]]);
  });

  it("outlines what each teammate has selected in their colour, with their name, and lets go when they do", async () => {
    const s = syncing({ state: "connected", pending: 0 });
    await render(s.backend);
    await settle();
    const stageId = host.querySelector(".stage-header")!.getAttribute("data-stage-id")!;
    const ben = { session: "x1", name: "Ben", colour: "#2471a3", journey: "j1" };
    const chen = { session: "x2", name: "Chen", colour: "#1e8449", journey: "j1" };
    s.presence({ journey: "j1", peers: [{ ...ben, selection: ["c1"] }, { ...chen, selection: ["c1", stageId] }] });
    const card = host.querySelector<HTMLElement>('[data-card-id="c1"]')!;
    expect(card.classList.contains("watched")).toBe(true);
    // The ring takes the first one's colour; both names are on the card and said to a screen reader.
    expect(card.style.getPropertyValue("--watcher")).toBe("#2471a3");
    expect([...card.querySelectorAll<HTMLElement>(".watcher")].map((w) => [w.textContent, w.style.background])).toEqual([
      ["Ben", "#2471a3"],
      ["Chen", "#1e8449"],
    ]);
    expect(card.querySelector(".visually-hidden:nth-of-type(2)")?.textContent).toMatch(/^Selected by Ben,? (and )?Chen$/);
    const stage = host.querySelector<HTMLElement>(`.stage-header[data-stage-id="${stageId}"]`)!;
    expect(stage.classList.contains("watched")).toBe(true);
    expect([...stage.querySelectorAll(".watcher")].map((w) => w.textContent)).toEqual(["Chen"]);
    // Only what they selected: another card is not outlined, and our own selection is untouched.
    expect(host.querySelector('[data-card-id="c2"]')!.classList.contains("watched")).toBe(false);
    expect(card.getAttribute("aria-selected")).toBe("false");
    // Ben selects something else, Chen leaves: the outlines follow.
    s.presence({ journey: "j1", peers: [{ ...ben, selection: ["c2"] }] });
    expect(card.classList.contains("watched")).toBe(false);
    expect(card.querySelector(".watcher")).toBeNull();
    expect(stage.classList.contains("watched")).toBe(false);
    expect(host.querySelector('[data-card-id="c2"]')!.querySelector(".watcher")!.textContent).toBe("Ben");
    // A teammate in another journey outlines nothing here.
    s.presence({ journey: "j7", peers: [{ ...ben, journey: "j7", selection: ["c1"] }] });
    expect(host.querySelectorAll(".watched").length).toBe(0);
  });
});

describe("a teammate's change that needs a decision", () => {
  it("puts the merge report's reminder in the top bar, as a merged copy does", async () => {
    let received: (r: import("./types").Received) => void = () => {};
    const { backend } = recordingBackend({ onSyncReceived: async (h) => { received = h; return () => {}; } });
    await render(backend);
    expect(host.querySelector(".merge-decisions")).toBeNull();
    const note = { sentence: "One card was in a lane that was deleted in the other copy; it is shown in an \"Unplaced\" row.", said: { id: "repair-unplaced-lane", args: { count: 1, unplaced: "Unplaced" } }, repair: { kind: "unplacedLane" as const, lane: "l2", cards: ["c2"] } };
    act(() => received({ incoming: 2, authors: [["Ben", 2]], journey: "j1", applied: null, added: [], removed: [], repairs: [note], wanted: [] }));
    expect(host.querySelector(".merge-decisions")!.textContent).toBe("1 item from the merge needs a decision");
    // Another journey's repairs are not this one's.
    act(() => received({ incoming: 1, authors: [], journey: "j9", applied: null, added: [], removed: [], repairs: [note, note], wanted: [] }));
    expect(host.querySelector(".merge-decisions")!.textContent).toBe("1 item from the merge needs a decision");
  });
});

describe("File > Share This Workspace…", () => {
  function sharingBackend(already: boolean) {
    let menu: (a: import("./types").MenuAction) => void = () => {};
    const asked: [string, string | undefined][] = [];
    const invitation = { text: "journey-invite:eyJ2IjoxfQ", server: "wss://10.0.0.2:7420", qr: { size: 2, rows: ["10", "01"] } };
    const { backend } = recordingBackend({
      onMenu: async (h) => { menu = h; return () => {}; },
      sharedInvitation: async () => (already ? invitation : null),
      shareWorkspace: async (server, fingerprint) => {
        asked.push([server, fingerprint]);
        if (server.includes("nowhere")) throw new (await import("./backend")).BackendError({ code: "unreachable", message: "The team server at wss://nowhere:1/ cannot be reached." });
        return invitation;
      },
    });
    return { backend, asked, menu: (a: import("./types").MenuAction) => act(() => menu(a)), invitation };
  }
  const dialog = () => host.querySelector<HTMLElement>(".dialog.share");
  function type(input: HTMLInputElement, value: string) {
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }

  it("shares on the server typed in and shows the invitation with its QR code, or why not", async () => {
    const s = sharingBackend(false);
    await render(s.backend);
    s.menu("share");
    await settle();
    const d = dialog()!;
    expect(d.getAttribute("role")).toBe("dialog");
    expect(d.querySelector("textarea"), "no invitation before sharing").toBeNull();
    const [serverField, fingerprintField] = [...d.querySelectorAll<HTMLInputElement>("input")];
    type(serverField, "wss://nowhere:1");
    act(() => d.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(d.querySelector('[role="alert"]')!.textContent).toContain("cannot be reached");
    type(serverField, "wss://10.0.0.2:7420");
    type(fingerprintField, "3f9a");
    act(() => d.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(s.asked.at(-1)).toEqual(["wss://10.0.0.2:7420", "3f9a"]);
    expect(d.querySelector("textarea")!.value).toBe(s.invitation.text);
    expect(d.querySelector("svg.qr")).not.toBeNull();
    expect(d.querySelector('[role="alert"]')).toBeNull();
  });

  it("shows the invitation of a workspace shared already", async () => {
    const s = sharingBackend(true);
    await render(s.backend);
    s.menu("share");
    await settle();
    expect(dialog()!.querySelector("textarea")!.value).toBe(s.invitation.text);
    expect(dialog()!.querySelector<HTMLInputElement>("input")!.value).toBe("wss://10.0.0.2:7420");
    expect(s.asked, "nothing shared again by opening the dialog").toEqual([]);
  });
});

describe("File > Join a Shared Workspace…", () => {
  it("sends the pasted invitation, says why a join failed, and closes when it worked", async () => {
    let menu: (a: import("./types").MenuAction) => void = () => {};
    const asked: string[] = [];
    const { backend } = recordingBackend({
      onMenu: async (h) => { menu = h; return () => {}; },
      joinWorkspace: async (text) => {
        asked.push(text);
        if (asked.length === 1) throw new (await import("./backend")).BackendError({ code: "revoked", message: "This invitation was revoked by the workspace's owner." });
        return "/home/ben/Team.journeys";
      },
    });
    await render(backend);
    act(() => menu("join"));
    await settle();
    const d = host.querySelector<HTMLElement>(".dialog.join")!;
    const area = d.querySelector("textarea")!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, "  journey-invite:abc\n");
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const submit = () => act(() => d.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    submit();
    await settle();
    expect(asked).toEqual(["journey-invite:abc"]);
    expect(d.querySelector('[role="alert"]')!.textContent).toContain("revoked");
    submit();
    await settle();
    expect(host.querySelector(".dialog.join"), "the dialog closes once joined").toBeNull();
  });
});
