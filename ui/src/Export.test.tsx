// Export and import from the journeys menu: the dialog sends the chosen format and options to
// the shell, shows progress and the saved path, and a cancelled export says so.

import { afterEach, describe, expect, it } from "vitest";
import { act } from "react";
import type { ExportFormat, Id, PageSize, Said } from "./types";
import { BackendError } from "./backend";
import { localization } from "./i18n";
import { cleanup, host, recordingBackend, render, settle, view } from "./test/fixture";

afterEach(cleanup);

const button = (text: string) => [...host.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;
function click(el: Element | null) {
  expect(el, "button missing").not.toBeNull();
  act(() => (el as HTMLElement).click());
}
function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    // React listens to the native setter's change, not to a plain assignment.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
const radio = (value: string) => host.querySelector<HTMLInputElement>(`input[name=format][value=${value}]`)!;

async function openDialog() {
  click(button("Journeys ▾"));
  click(button("Export this journey…"));
  expect(host.querySelector("[role=dialog]")?.textContent).toContain(view.journey.name);
}

describe("the export dialog", () => {
  it("sends the chosen format and size, then shows where the file went", async () => {
    const calls: [Id, ExportFormat, { pages?: PageSize; scale?: number; language?: string } | undefined][] = [];
    const { backend } = recordingBackend({
      exportJourney: async (id, format, options) => { calls.push([id, format, options]); return "/home/me/Map.png"; },
    });
    await render(backend);
    await openDialog();
    click(radio("png"));
    choose(host.querySelector<HTMLSelectElement>(".export-dialog select")!, "4");
    click(button("Export…"));
    await settle();
    // The labels in the window's language (English here).
    expect(calls).toEqual([["j1", "png", { pages: "fit", scale: 4, language: "en" }]]);
    expect(host.querySelector(".export-status")!.textContent).toBe("Saved to /home/me/Map.png");
  });

  it("asks a Persian export for Persian digits, or for 0-9 when Preferences chose them", async () => {
    const languages: (string | undefined)[] = [];
    const { backend } = recordingBackend({ exportJourney: async (_id, _format, options) => { languages.push(options?.language); return "/tmp/m.pdf"; } });
    const l = localization("fa");
    const exportOnce = async () => {
      click(button(`${l.t("journeys-menu")} ▾`));
      click(button(l.t("journey-export")));
      click(button(l.t("export-start")));
      await settle();
      click(button(l.t("close")));
    };
    await render(backend, "fa");
    await exportOnce();
    await act(async () => host.querySelector<HTMLButtonElement>(".preferences-button")!.click());
    await act(async () => document.querySelector<HTMLInputElement>(".dialog.preferences input[type=checkbox]")!.click());
    click([...document.querySelectorAll(".dialog.preferences button")].find((b) => b.textContent === l.t("preferences-close")) ?? null);
    await exportOnce();
    localStorage.removeItem("journey-studio.digits");
    expect(languages).toEqual(["fa", "fa-u-nu-latn"]);
  });

  it("offers page sizes for PDF and passes them on", async () => {
    const formats: unknown[] = [];
    const { backend } = recordingBackend({ exportJourney: async (_id, format, options) => { formats.push([format, options?.pages]); return "/tmp/m.pdf"; } });
    await render(backend);
    await openDialog();
    const pages = host.querySelector<HTMLSelectElement>(".export-dialog select")!;
    expect([...pages.options].map((o) => o.value)).toEqual(["fit", "a4", "a3", "letter"]);
    choose(pages, "a3");
    click(button("Export…"));
    await settle();
    expect(formats).toEqual([["pdf", "a3"]]);
  });

  it("shows progress while running and a cancelled export in words", async () => {
    let progress: (done: number) => void = () => {};
    let reject: (e: unknown) => void = () => {};
    let cancelled = 0;
    const { backend } = recordingBackend({
      onExportProgress: async (handler) => { progress = handler; return () => {}; },
      exportJourney: () => new Promise((_resolve, r) => { reject = r; }),
      cancelExport: async () => { cancelled++; reject(new BackendError({ code: "cancelled", message: "The export was cancelled; no file was written." })); },
    });
    await render(backend);
    await openDialog();
    click(button("Export…"));
    await settle();
    act(() => progress(0.42));
    expect(host.querySelector("progress")!.value).toBeCloseTo(0.42);
    expect(host.querySelector(".export-status")!.textContent).toContain("42%");
    // The format choices are locked while the file is being written.
    expect(radio("svg").closest("fieldset")!.disabled).toBe(true);
    click(button("Cancel export"));
    await settle();
    expect(cancelled).toBe(1);
    expect(host.querySelector(".export-status")!.textContent).toContain("cancelled; no file was written");
    expect(button("Export…")).not.toBeNull();
  });

  it("closing the save dialog leaves the export dialog as it was", async () => {
    const { backend } = recordingBackend({ exportJourney: async () => null });
    await render(backend);
    await openDialog();
    click(button("Export…"));
    await settle();
    expect(host.querySelector(".export-status")!.textContent).toBe("");
    click(button("Cancel"));
    expect(host.querySelector("[role=dialog]")).toBeNull();
  });
});

describe("import", () => {
  it("shows the first imported journey", async () => {
    const shown: Id[] = [];
    let journeys = [{ id: "j1", name: view.journey.name }];
    const { backend } = recordingBackend({
      workspaceInfo: async () => ({ path: "/tmp/w.journeys", fileName: "w.journeys", title: "w.journeys — Journey Studio", readOnly: false, journeys }),
      journeyView: async (id) => { shown.push(id); return view; },
      importJourneys: async () => { journeys = [...journeys, { id: "j9", name: "Imported" }]; return { journeys: ["j9"], notes: [] }; },
    });
    await render(backend);
    click(button("Journeys ▾"));
    click(button("Import journeys…"));
    await settle();
    expect(shown.at(-1)).toBe("j9");
    expect(host.querySelector(".import-report"), "a report with nothing to say was shown").toBeNull();
  });

  it("shows the import report when the file held what did not come in as written", async () => {
    // The importer's notes as the shell sends them: catalog messages, one inside another.
    const notes: Said[] = [
      { id: "export-import-ojf-scale-no-scores" },
      { id: "export-import-counted", args: { what: { id: "export-import-ojf-icon" }, count: 1, examples: ["nodes[1] \"Meh\": mood_bad"], more: 0 } },
    ];
    const { backend } = recordingBackend({ importJourneys: async () => ({ journeys: ["j1"], notes }) });
    await render(backend);
    click(button("Journeys ▾"));
    click(button("Import journeys…"));
    await settle();
    const dialog = host.querySelector<HTMLElement>(".import-report[role=dialog]");
    expect(dialog, "no import report").not.toBeNull();
    expect(dialog!.querySelector("h2")!.textContent).toBe("What the import brought in");
    expect([...dialog!.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Scale: -5..+5 (the OJF spec); the file has no scores.",
      "Node icons had no home (cards have no icon): 1 (nodes[1] \"Meh\": mood_bad).",
    ]);
    click(button("Close"));
    expect(host.querySelector(".import-report")).toBeNull();
  });

  // What an OpenJourney file's import reports, as journey-export sends it (crates/journey-export/src/ojf/read.rs).
  const ojfNotes: Said[] = [
    { id: "export-import-ojf-read", args: { stages: 3, swimlanes: 4, nodes: 12, lanes: 5, cards: 21 } },
    { id: "export-import-ojf-scale-negative" },
    { id: "export-import-ojf-lanes-guessed", args: { lanes: [{ id: "export-import-ojf-lane-guess", args: { name: "Backstage", kind: { id: "lane-kind-backstage" } } }] } },
    { id: "export-import-counted", args: { what: { id: "export-import-ojf-blueprint", args: { part: "backstage", lane: "Backstage" } }, count: 5, examples: ["nodes[0]", "nodes[2]", "nodes[4]"], more: 2 } },
  ];

  async function reportIn(language: "ru" | "fa") {
    const { backend } = recordingBackend({ importJourneys: async () => ({ journeys: ["j1"], notes: ojfNotes }) });
    await render(backend, language);
    const l = localization(language);
    click(button(`${l.t("journeys-menu")} ▾`));
    click(button(l.t("journey-import")));
    await settle();
    const dialog = host.querySelector<HTMLElement>(".import-report[role=dialog]");
    expect(dialog, "no import report").not.toBeNull();
    expect(dialog!.querySelector("h2")!.textContent).toBe(l.t("import-report-title"));
    return [...dialog!.querySelectorAll("li")].map((li) => li.textContent ?? "");
  }

  it("says the report in a Russian window in Russian, with Russian plurals", async () => {
    const notes = await reportIn("ru");
    expect(notes[0]).toBe("Прочитано как OpenJourney: 3 этапа, 4 дорожки OJF и 12 узлов дали 5 дорожек и 21 карточку.");
    expect(notes[2]).toBe("Виды дорожек угаданы по названиям дорожек OJF (у них нет вида): «Backstage» как «Закулисье».");
    expect(notes[3]).toBe("Элементы блюпринта «backstage» стали карточками на дорожке «Backstage», связанными со своим узлом: 5 (nodes[0], nodes[2], nodes[4], …).");
    for (const n of notes) expect(n, "an English sentence in the Russian report").not.toMatch(/\b(Read|Scale|stages|lanes|cards|made|items)\b/);
  });

  it("says the report in a Persian window in Persian words and digits", async () => {
    const notes = await reportIn("fa");
    expect(notes[0]).toContain("۳");
    expect(notes[0]).toContain("۲۱");
    expect(notes[0]).not.toMatch(/[0-9]/);
    expect(notes[1]).toContain("مقیاس");
    for (const n of notes) expect(n, "an English sentence in the Persian report").not.toMatch(/\b(Read|Scale|stages|lanes|cards|made|items)\b/);
  });
});
