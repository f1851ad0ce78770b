// The room in the window: the host accepts teammates on the same Wi-Fi (the Share dialog's "In
// this room"), and a guest joins a room nearby by picking it or typing its address, and its code
// (the Join dialog). The room itself is the shell's, tested in Rust (crates/journey-sync/tests/room.rs).

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import { cleanup, host, recordingBackend, render, settle } from "./test/fixture";
import { BackendError } from "./backend";
import type { MenuAction, NearbyRoom, RoomView } from "./types";

afterEach(cleanup);

const room: RoomView = {
  name: "Clinic team",
  address: "192.168.1.20:48213",
  code: "K7PQ-2MXR",
  invitation: { text: "journey-invite:eyJ2IjoxfQ", server: "wss://192.168.1.20:48213", qr: { size: 2, rows: ["10", "01"] } },
  advertised: true,
  onTeamServer: false,
};

function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const click = (el: Element) => act(() => { (el as HTMLElement).click(); });

function withMenu(overrides: Parameters<typeof recordingBackend>[0]) {
  let menu: (a: MenuAction) => void = () => {};
  const { backend } = recordingBackend({ onMenu: async (h) => { menu = h; return () => {}; }, ...overrides });
  return { backend, menu: (a: MenuAction) => act(() => menu(a)) };
}

describe("Share This Workspace… > In this room", () => {
  it("accepts teammates: shows the address and code to type, whether it is found nearby, the invitation, and stops", async () => {
    const calls: string[] = [];
    let open: RoomView | null = null;
    const s = withMenu({
      roomView: async () => open,
      roomStart: async () => {
        calls.push("start");
        if (calls.length === 1) throw new BackendError({ code: "io", message: "Could not start syncing: address in use" });
        open = room;
        return room;
      },
      roomStop: async () => { calls.push("stop"); open = null; },
    });
    await render(s.backend);
    s.menu("share");
    await settle();
    const panel = () => host.querySelector<HTMLElement>(".dialog.share .room-panel")!;
    expect(panel().querySelector("h3")!.textContent).toBe("In this room");
    expect(panel().querySelector(".room-code"), "no code before the room opens").toBeNull();
    const start = () => [...panel().querySelectorAll("button")].find((b) => b.textContent === "Accept teammates in this room")!;
    click(start());
    await settle();
    expect(panel().querySelector('[role="alert"]')!.textContent).toContain("address in use");
    click(start());
    await settle();
    expect(calls).toEqual(["start", "start"]);
    expect(panel().querySelector('[role="alert"]')).toBeNull();
    expect(panel().querySelector(".room-address")!.textContent).toBe("192.168.1.20:48213");
    expect(panel().querySelector(".room-code")!.textContent).toBe("K7PQ-2MXR");
    expect(panel().querySelector(".room-code")!.getAttribute("dir"), "codes read left to right in every language").toBe("ltr");
    expect(panel().querySelector(".room-found")!.textContent).toContain("“Clinic team”");
    expect(panel().querySelector(".room-only")!.textContent).toContain("no team server");
    expect(panel().querySelector<HTMLTextAreaElement>(".room-invitation textarea")!.value).toBe(room.invitation.text);
    expect(panel().querySelector(".room-invitation svg.qr")).not.toBeNull();
    // The team server's form above is untouched: nothing was shared there.
    expect(host.querySelector<HTMLTextAreaElement>(".dialog.share .share-invitation")).toBeNull();
    click([...panel().querySelectorAll("button")].find((b) => b.textContent === "Stop accepting")!);
    await settle();
    expect(calls).toEqual(["start", "start", "stop"]);
    expect(panel().querySelector(".room-code")).toBeNull();
    expect(start()).toBeTruthy();
  });

  it("shows the room open already when the dialog opens again, and a network without multicast", async () => {
    const s = withMenu({ roomView: async () => ({ ...room, advertised: false, onTeamServer: true }) });
    await render(s.backend);
    s.menu("share");
    await settle();
    const panel = host.querySelector<HTMLElement>(".dialog.share .room-panel")!;
    expect(panel.querySelector(".room-code")!.textContent).toBe("K7PQ-2MXR");
    expect(panel.querySelector(".room-found")!.textContent).toContain("teammates type the address");
    expect(panel.querySelector(".room-only"), "a workspace on a team server").toBeNull();
  });
});

describe("Join a Shared Workspace… > a room nearby", () => {
  const nearby: NearbyRoom[] = [
    { name: "Clinic team", host: "ana-laptop", address: "192.168.1.20:48213" },
    { name: "Onboarding", host: "chen-x1", address: "192.168.1.31:39011" },
  ];

  it("lists the rooms heard, fills in the one picked, sends address and code, and says why a join failed", async () => {
    const asked: [string, string][] = [];
    const s = withMenu({
      roomsNearby: async () => nearby,
      joinRoom: async (address, code) => {
        asked.push([address, code]);
        if (asked.length === 1) throw new BackendError({ code: "wrong_code", message: "That code does not open the room at 192.168.1.20:48213. Check the code the host shows and type it again." });
        return "/home/ben/Clinic team.journeys";
      },
    });
    await render(s.backend);
    s.menu("join");
    await settle();
    const d = host.querySelector<HTMLElement>(".dialog.join")!;
    const section = d.querySelector<HTMLElement>(".join-room")!;
    expect(section.querySelector("h3")!.textContent).toBe("Join a room nearby");
    const listed = [...section.querySelectorAll<HTMLButtonElement>(".rooms-nearby button")];
    expect(listed.map((b) => b.querySelector(".room-name")!.textContent)).toEqual(["Clinic team", "Onboarding"]);
    expect(listed[0].querySelector(".room-where")!.textContent).toBe("ana-laptop · 192.168.1.20:48213");
    const [addressField, codeField] = [...section.querySelectorAll<HTMLInputElement>(".join-room-form input")];
    const submit = section.querySelector<HTMLButtonElement>('.join-room-form button[type="submit"]')!;
    expect(submit.disabled, "nothing to join yet").toBe(true);
    click(listed[0]);
    expect(addressField.value).toBe("192.168.1.20:48213");
    expect(listed[0].getAttribute("aria-pressed")).toBe("true");
    expect(document.activeElement, "the code is what is left to type").toBe(codeField);
    type(codeField, "k7pq 2mxx");
    act(() => section.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(asked).toEqual([["192.168.1.20:48213", "k7pq 2mxx"]]);
    expect(section.querySelector('[role="alert"]')!.textContent).toContain("does not open the room");
    expect(d.querySelector("form")!.querySelector('[role="alert"]'), "the invitation's form says nothing").toBeNull();
    type(codeField, "K7PQ-2MXR");
    act(() => section.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(asked.at(-1)).toEqual(["192.168.1.20:48213", "K7PQ-2MXR"]);
    expect(host.querySelector(".dialog.join"), "the dialog closes once joined").toBeNull();
  });

  it("takes an address typed by hand when no room is heard on the network", async () => {
    const asked: [string, string][] = [];
    const s = withMenu({ joinRoom: async (a, c) => { asked.push([a, c]); return null; } });
    await render(s.backend);
    s.menu("join");
    await settle();
    const section = host.querySelector<HTMLElement>(".dialog.join .join-room")!;
    expect(section.querySelector(".rooms-none")!.textContent).toContain("Type the address the host shows");
    expect(section.querySelector(".rooms-nearby")).toBeNull();
    const [addressField, codeField] = [...section.querySelectorAll<HTMLInputElement>(".join-room-form input")];
    type(addressField, " 10.0.0.7:41000 ");
    type(codeField, "ABCD-EFGH");
    act(() => section.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(asked).toEqual([["10.0.0.7:41000", "ABCD-EFGH"]]);
    // The save dialog was closed: the join dialog stays, with what was typed.
    expect(host.querySelector(".dialog.join")).not.toBeNull();
    expect(addressField.value).toBe(" 10.0.0.7:41000 ");
  });
});
