// The window in five languages: the language follows the system, can be chosen in Preferences
// and is remembered; Persian mirrors the whole document; every message the code names exists.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fakeBackend, host, render } from "../test/fixture";
import { localization, negotiate, pseudo, PSEUDO, LANGUAGES } from ".";
import { SOURCES } from "./catalogs";

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute("dir");
});

const text = () => host.textContent ?? "";

describe("the window's language", () => {
  it("draws the Persian window right to left, in Persian words and digits", async () => {
    await render(fakeBackend(), "fa");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("fa");
    expect(text()).toContain("واگرد"); // Undo
    expect(host.querySelector(".lane-kind")!.textContent).toBe("نقاط تماس"); // the Touchpoints lane kind
    // The Persian card's emotion in Persian digits and the catalog's word for the default step.
    expect(host.querySelector('[data-card-id="c1"] .chip.emotion')!.textContent).toBe("‎−۳ خشمگین");
  });

  it("follows the system's language when none is chosen", async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, "languages");
    Object.defineProperty(navigator, "languages", { configurable: true, get: () => ["te-IN", "en-US"] });
    try {
      await render(fakeBackend(), "system");
      expect(document.documentElement.lang).toBe("te");
      expect(text()).toContain("చర్యరద్దు"); // Undo
    } finally {
      if (languages) Object.defineProperty(navigator, "languages", languages);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it("switches language in Preferences and remembers it for the next start", async () => {
    await render(fakeBackend(), "stored");
    expect(document.documentElement.lang).toBe("en"); // happy-dom's navigator asks for English
    await act(async () => host.querySelector<HTMLButtonElement>(".preferences-button")!.click());
    const select = document.querySelector<HTMLSelectElement>(".dialog.preferences select")!;
    expect([...select.options].map((o) => o.value)).toEqual(["system", "en", "fa", "ru", "te", "tl"]);
    await act(async () => {
      select.value = "ru";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(text()).toContain("Отменить");
    cleanup();
    // A new window starts in the remembered language.
    await render(fakeBackend(), "stored");
    expect(document.documentElement.lang).toBe("ru");
    expect(text()).toContain("Отменить");
  });

  it("chooses plural forms by the language's rules, not by adding an s", () => {
    const ru = localization("ru");
    expect(ru.t("count-stages", { count: 1 })).toBe("1 этап");
    expect(ru.t("count-stages", { count: 3 })).toBe("3 этапа");
    expect(ru.t("count-stages", { count: 5 })).toBe("5 этапов");
    expect(localization("en").t("count-stages", { count: 1 })).toBe("1 stage");
    expect(localization("en").t("count-stages", { count: 2 })).toBe("2 stages");
  });

  it("reads a system locale as one of its languages", () => {
    expect(negotiate(["fa-IR"])).toBe("fa");
    expect(negotiate(["de-DE", "tl-PH"])).toBe("tl");
    expect(negotiate(["de-DE"])).toBe("en");
  });

  it("makes the pseudo-locale longer and accented, and leaves arguments alone", () => {
    expect(pseudo("Undo")).toBe("ŬŬƞḓǿǿ");
    const l = localization(PSEUDO);
    expect(l.t("count-stages", { count: 2 })).toBe("2 şŧȧȧɠḗḗş");
  });
});

describe("the catalogs", () => {
  it("hold every message id the window's code names, in English and so (catalog test) in all", () => {
    const root = join(__dirname, "..");
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? (n === "generated" ? [] : files(p)) : /\.tsx?$/.test(n) && !/\.test\./.test(n) ? [p] : [];
    });
    const en = localization("en");
    const missing: string[] = [];
    for (const f of files(root)) {
      for (const m of readFileSync(f, "utf8").matchAll(/\bt\("([a-z0-9-]+(?:\.[a-z]+)?)"/g)) {
        const [id, attr] = m[1].split(".");
        if (!en.has(id) || (attr && en.attr(id, attr) === `${id}.${attr}`)) missing.push(`${f.slice(root.length + 1)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("parse in every language", () => {
    for (const l of LANGUAGES) expect(SOURCES[l.code as keyof typeof SOURCES].length).toBe(5);
    for (const l of LANGUAGES) expect(() => localization(l.code)).not.toThrow();
  });

  it("say a backend refusal in the window's language, and its English sentence only when the catalogs lack it", () => {
    const locked = { code: "locked" as const, message: "/tmp/a.journeys is open in another Journey Studio window or process. Close it there first.", id: "error-locked", args: { path: "/tmp/a.journeys" } };
    const fa = localization("fa").error(locked);
    expect(fa).toContain("/tmp/a.journeys");
    expect(fa).toContain("پنجره");
    expect(localization("ru").error(locked)).toContain("открыт в другом окне");
    expect(localization("en").error(locked)).toBe(locked.message);
    // A number argument picks the plural and is written in the language's digits.
    const tries = { code: "too_many_attempts" as const, message: "…", id: "error-too-many-attempts", args: { address: "10.0.0.2:4000", seconds: 30 } };
    expect(localization("fa").error(tries)).toContain("۳۰");
    // A sentence the catalogs do not have yet (or a refusal said in English only) stays English.
    expect(localization("fa").error({ message: "kept as sent", id: "error-not-yet-translated" })).toBe("kept as sent");
    expect(localization("te").error({ message: "kept as sent" })).toBe("kept as sent");
  });

  it("say an edit refusal whole: the value by its label and what is wrong with it, numbers in the language's digits", () => {
    // As journey-api sends EditError::InvalidValue { field: Severity, problem: OutOfRange { 1, 5, 9 } }.
    const severity = { code: "invalid_value" as const, message: "severity: must be 1 to 5, not 9", id: "error-value-out-of-range", args: { field: "severity", min: 1, max: 5, value: 9 } };
    const fa = localization("fa").error(severity);
    expect(fa).toContain(localization("fa").t("field-severity"));
    for (const digit of ["۱", "۵", "۹"]) expect(fa).toContain(digit);
    expect(fa, "no English word and no 0-9 left in the Persian sentence").not.toMatch(/[A-Za-z0-9]/);
    const ru = localization("ru").error(severity);
    expect(ru).toMatch(/^Тяжесть: .*от 1 до 5, а не 9/);
    expect(ru).not.toMatch(/[A-Za-z]/);
    expect(localization("en").error(severity)).toBe("Severity: choose 1 to 5, not 9.");
    // A field the inspector has no label for is named from errors.ftl; a stage by its own name.
    const scale = { code: "invalid_value" as const, message: "emotion scale: may span at most 20 steps", id: "error-scale-too-wide", args: { field: "emotion-scale", max: 20 } };
    expect(localization("te").error(scale)).toContain("భావోద్వేగ స్కేలు");
    expect(localization("fa").error(scale)).toContain("۲۰");
    const last = { code: "invalid_graph" as const, message: "\"Pay\" is already the last stage", id: "error-stage-at-end", args: { stage: "Pay", end: "last" } };
    expect(localization("ru").error(last)).toBe("«Pay» — уже последний этап.");
    expect(localization("tl").error(last)).toBe("Ang \"Pay\" na ang huling yugto.");
    // An id with no message of its own is left as it is rather than lost.
    expect(localization("en").error({ ...severity, args: { ...severity.args, field: "no-such-field" } })).toBe("no-such-field: choose 1 to 5, not 9.");
  });
});

describe("findings", () => {
  it("are said in the window's language from the core's message id and arguments", async () => {
    const { insights } = await import("../test/fixture");
    const { findingText } = await import("../components/InsightsPanel");
    const top = insights.findings.find((f) => f.code === "topPain")!;
    expect(findingText(localization("en"), top)).toBe("Top pain: Hidden delivery fee (severity 4 × frequency 3 = 12) in “Оформление”.");
    const fa = findingText(localization("fa"), top);
    expect(fa).toContain("بزرگ‌ترین درد");
    expect(fa).toContain("Hidden delivery fee");
    expect(fa).toContain("۱۲"); // the weight in Persian digits
    // A message the catalogs do not have falls back to the core's English sentence.
    expect(findingText(localization("ru"), { ...top, id: "finding-from-the-future" })).toBe(top.message);
  });

  it("write scores and means with their sign, in the language's digits, as the exports do", async () => {
    const { findingText } = await import("../components/InsightsPanel");
    const worst = { code: "worstPath", level: "warning" as const, message: "", id: "finding-worst-path", stages: [], cards: [],
      args: { route: { kind: "text" as const, value: "A → B" }, mean: { kind: "mean" as const, value: 0.6667 }, lowest: { kind: "score" as const, value: -3 } } };
    // As journey-i18n writes them in English (`NumberFormat::SCORE`, `signed(1)`).
    expect(findingText(localization("en"), worst)).toBe("Worst path: A → B (mean emotion +0.7, lowest -3).");
    const fa = findingText(localization("fa"), worst);
    expect(fa).toContain("\u200e+۰٫۷");
    expect(fa).toContain("\u200e\u2212۳");
    expect(fa).not.toMatch(/[0-9]/);
    expect(findingText(localization("fa", true), worst)).toContain("+0.7");
  });
});

describe("templates", () => {
  it("are offered by their names in the window's language and made in it", async () => {
    const made: unknown[][] = [];
    await render(fakeBackend({
      listTemplates: async () => [{ id: "connected-strategy", name: "Connected strategy", description: "Recognize, Request, Respond", builtin: true }],
      createJourney: async (...args) => { made.push(args); return "j1"; },
    }), "fa");
    await act(async () => host.querySelector<HTMLButtonElement>(".journey-menu-button")!.click());
    const newJourney = [...host.querySelectorAll<HTMLButtonElement>(".journey-menu-list button")].find((b) => b.textContent === "سفر تازه…")!;
    await act(async () => newJourney.click());
    await act(async () => { await Promise.resolve(); });
    const template = host.querySelector<HTMLButtonElement>(".template")!;
    expect(template.querySelector("b")!.textContent).toBe("استراتژی متصل");
    await act(async () => template.click());
    expect(made).toEqual([["سفر تازه", "connected-strategy", "fa"]]);
  });
});

describe("digits", () => {
  it("are Persian in Persian, or 0-9 when chosen in Preferences, and the choice is remembered", async () => {
    await render(fakeBackend(), "fa");
    const chip = () => host.querySelector('[data-card-id="c1"] .chip.emotion')!.textContent;
    expect(chip()).toContain("۳");
    await act(async () => host.querySelector<HTMLButtonElement>(".preferences-button")!.click());
    const box = document.querySelector<HTMLInputElement>(".dialog.preferences input[type=checkbox]")!;
    await act(async () => box.click());
    expect(chip()).toContain("3");
    expect(chip()).not.toContain("۳");
    expect(localStorage.getItem("journey-studio.digits")).toBe("latin");
  });

  it("are not offered for a language that writes 0-9 anyway", async () => {
    await render(fakeBackend(), "ru");
    await act(async () => host.querySelector<HTMLButtonElement>(".preferences-button")!.click());
    expect(document.querySelector(".dialog.preferences input[type=checkbox]")).toBeNull();
  });
});
