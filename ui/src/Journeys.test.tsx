// The journeys menu: new, duplicate and delete go to the store, and the window shows the result.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import type { Id, MenuAction } from "./types";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";

afterEach(cleanup);

const button = (text: string) => [...host.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;
function click(el: Element | null) {
  expect(el, "button missing").not.toBeNull();
  act(() => (el as HTMLElement).click());
}

describe("the journeys menu", () => {
  it("saves the journey as a template under the name given", async () => {
    const saved: [Id, string][] = [];
    const { backend } = recordingBackend({ saveAsTemplate: async (id, name) => { saved.push([id, name]); return { id: "user:9", name, description: "", builtin: false }; } });
    await render(backend);
    click(button("Journeys ▾"));
    click(button("Save as template…"));
    const input = host.querySelector<HTMLInputElement>(".journey-menu-list input")!;
    expect(input.value).toBe(view.journey.name);
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "Delivery workshop");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    click(button("Save template"));
    await settle();
    expect(saved).toEqual([["j1", "Delivery workshop"]]);
    expect(host.querySelector(".journey-menu-list")).toBeNull();
  });

  it("creates a journey from a template and switches to it", async () => {
    const shown: Id[] = [];
    const created: (string | undefined)[] = [];
    let journeys = [{ id: "j1", name: view.journey.name }];
    const { backend } = recordingBackend({
      workspaceInfo: async () => ({ path: "/tmp/w.journeys", fileName: "w.journeys", title: "w.journeys — Journey Studio", readOnly: false, journeys }),
      journeyView: async (id) => { shown.push(id); return view; },
      createJourney: async (name, template) => { created.push(template); journeys = [...journeys, { id: "j2", name }]; return "j2"; },
    });
    await render(backend);
    click(button("Journeys ▾"));
    click(button("New journey…"));
    await settle();
    // The templates are offered with their descriptions; the user's own are marked.
    const offered = [...host.querySelectorAll(".template b")].map((b) => b.textContent);
    expect(offered).toEqual(["Classic five stages", "Connected strategy", "Our workshop (yours)"]);
    click([...host.querySelectorAll(".template")].find((b) => b.textContent!.startsWith("Connected strategy"))!);
    await settle();
    expect(created).toEqual(["connected-strategy"]);
    expect(shown.at(-1)).toBe("j2");
    click(button("Journeys ▾"));
    expect([...host.querySelectorAll("[role=menuitemradio]")].map((b) => b.textContent)).toEqual([view.journey.name, "New journey"]);
  });

  it("asks before deleting, and deletes only after the confirmation", async () => {
    const deleted: Id[] = [];
    const { backend } = recordingBackend({ deleteJourney: async (id) => { deleted.push(id); } });
    await render(backend);
    click(button("Journeys ▾"));
    click(button("Delete this journey…"));
    expect(host.querySelector(".confirm")!.textContent).toContain("cannot be undone");
    expect(deleted).toEqual([]);
    click(button("Delete journey"));
    await settle();
    expect(deleted).toEqual(["j1"]);
  });

  it("renames through a journey edit", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    click(button("Journeys ▾"));
    click(button("Rename…"));
    const input = host.querySelector<HTMLInputElement>(".journey-menu-list input")!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "తెలుగు ప్రయాణం");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    click(button("Rename"));
    await settle();
    expect(sent).toEqual([{ type: "setJourney", name: "తెలుగు ప్రయాణం", goal: view.journey.goal }]);
  });
});

describe("the side panel", () => {
  it("hides and shows the inspector from the toolbar, giving the map the room", async () => {
    const { backend } = recordingBackend();
    await render(backend);
    expect(host.querySelector("aside.inspector")).not.toBeNull();
    click(button("Inspector"));
    expect(host.querySelector("aside")).toBeNull();
    click(button("Inspector"));
    expect(host.querySelector('aside[aria-label="Inspector"]')).not.toBeNull();
  });
});

describe("native menu items", () => {
  it("carries out the shell's menu events in the page", async () => {
    let menu: ((action: MenuAction) => void) | null = null;
    const created: string[] = [];
    const { backend, history } = recordingBackend({
      onMenu: async (handler) => { menu = handler; return () => {}; },
      createJourney: async (name) => { created.push(name); return "j2"; },
    });
    await render(backend);
    expect(menu).not.toBeNull();
    const send = async (action: MenuAction) => { await act(async () => { menu!(action); }); };
    await send("zoom-in");
    expect(host.querySelector(".zoom-level")!.textContent).toBe("110%");
    await send("zoom-reset");
    expect(host.querySelector(".zoom-level")!.textContent).toBe("100%");
    await send("toggle-inspector");
    expect(host.querySelector("aside")).toBeNull();
    await send("undo");
    await send("journey-new");
    expect(history).toEqual(["undo"]);
    expect(created).toEqual(["New journey"]);
  });
});

describe("personas in the inspector", () => {
  it("adds a persona with a curve colour of its own", async () => {
    const { backend, sent } = recordingBackend();
    await render(backend);
    click(button("Add persona"));
    await act(async () => { await Promise.resolve(); });
    expect(sent[0]).toMatchObject({ type: "putPersona", persona: { name: "Persona 1", goals: [] } });
    expect((sent[0] as unknown as { persona: { color: string } }).persona.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("edits a persona's goals one per line as one edit", async () => {
    const { view } = await import("./test/fixture");
    const maya = { id: "p1", name: "Maya", role: "", goals: ["Dinner by 7pm"], needs: [], frustrations: [], quote: "", valueType: null, color: "#2f6fde" };
    const { backend, sent } = recordingBackend({ journeyView: async () => ({ ...view, journey: { ...view.journey, personas: [maya] } }) });
    await render(backend);
    const goals = [...host.querySelectorAll<HTMLTextAreaElement>(".persona-fields textarea")].find((t) => t.value === "Dinner by 7pm")!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(goals, "Dinner by 7pm\n  Less waste  \n\n");
      goals.dispatchEvent(new Event("input", { bubbles: true }));
    });
    act(() => { goals.dispatchEvent(new FocusEvent("focusout", { bubbles: true })); });
    await act(async () => { await Promise.resolve(); });
    expect(sent).toEqual([{ type: "putPersona", persona: { ...maya, goals: ["Dinner by 7pm", "Less waste"] } }]);
  });
});
