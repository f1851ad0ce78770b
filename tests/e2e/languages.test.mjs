// The real window in each of its five languages: chosen in Preferences, the toolbar, the lane
// kinds and the document's direction change at once; Persian mirrors the window; the choice
// survives a restart; the bundled Persian journey's map runs right to left. Screenshots of the
// Persian and Telugu windows and of the right-to-left map go to target/e2e (the ones in docs/ were
// taken here: ui-persian.png, ui-telugu.png, rtl-window.png).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { outDir, startStudio, tempHome, texts, windowShot } from "./studio.mjs";

// The Undo button's word and the Touchpoints lane kind's name in each language (locales/*).
const WORDS = {
  en: ["Undo", "Touchpoints"],
  fa: ["واگرد", "نقاط تماس"],
  ru: ["Отменить", "Точки контакта"],
  te: ["చర్యరద్దు", "టచ్‌పాయింట్లు"],
  tl: ["I-undo", "Mga touchpoint"],
};

async function choose(browser, code) {
  await (await browser.$(".preferences-button")).click();
  const select = await browser.$(".dialog.preferences select");
  await select.waitForExist({ timeout: 5_000 });
  await select.selectByAttribute("value", code);
  await (await browser.$(".dialog.preferences .actions button")).click();
  await browser.waitUntil(() => browser.execute(() => document.documentElement.lang), { timeout: 5_000 });
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === code, {
    timeout: 5_000, timeoutMsg: `the window did not switch to ${code}`,
  });
}

async function showJourney(browser, name) {
  await (await browser.$(".journey-menu-button")).click();
  for (const item of await browser.$$(".journey-menu-list [role=menuitemradio]")) {
    if ((await item.getProperty("textContent")).trim() === name) {
      await item.click();
      await browser.waitUntil(async () => (await texts(browser, ".journey-name"))[0] === name, { timeout: 10_000 });
      return;
    }
  }
  throw new Error(`no journey ${name} in the menu`);
}

test("the studio switches to each of its five languages and back, and remembers the choice", async () => {
  const home = tempHome();
  let studio = await startStudio({ home });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 10);
    for (const code of ["fa", "ru", "te", "tl", "en"]) {
      await choose(browser, code);
      const [undo, touchpoints] = WORDS[code];
      const buttons = await texts(browser, ".toolbar button");
      assert.ok(buttons.some((b) => b.includes(undo)), `${code}: no "${undo}" among ${buttons.join(" | ")}`);
      assert.ok((await texts(browser, ".lane-kind")).includes(touchpoints), `${code}: no lane kind "${touchpoints}"`);
      const dir = await browser.execute(() => document.documentElement.dir);
      assert.equal(dir, code === "fa" ? "rtl" : "ltr", `${code}: the document runs ${dir}`);
      if (code === "fa") {
        // Mirrored: the inspector (after the map in the document) sits at the window's left.
        const side = await browser.execute(() => {
          const a = document.querySelector(".inspector").getBoundingClientRect();
          const m = document.querySelector(".canvas").getBoundingClientRect();
          return a.right <= m.left + 1 ? "left" : a.left >= m.right - 1 ? "right" : "overlapping";
        });
        assert.equal(side, "left", "the Persian window is not mirrored");
        await showJourney(browser, "رزرو نوبت کلینیک کودکان");
        await browser.waitUntil(() => browser.execute(() => document.fonts.status === "loaded"));
        windowShot("ui-persian.png");
        await showJourney(browser, "Meal-kit subscription");
      }
      if (code === "te") {
        await browser.waitUntil(() => browser.execute(() => document.fonts.status === "loaded"));
        windowShot("ui-telugu.png");
      }
    }
    await choose(browser, "fa");
  } finally {
    await studio.stop();
  }
  // A new start in the same home keeps Persian.
  studio = await startStudio({ home });
  try {
    await texts(studio.browser, ".card .card-text", 10);
    assert.equal(await studio.browser.execute(() => document.documentElement.dir), "rtl");
    assert.ok((await texts(studio.browser, ".toolbar button")).some((b) => b.includes(WORDS.fa[0])));
  } finally {
    await studio.stop();
  }
});

test("the bundled Persian journey runs right to left in the real window: first stage rightmost, lane labels on the right", async () => {
  const studio = await startStudio({ home: tempHome() });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 10);
    await choose(browser, "fa");
    await showJourney(browser, "رزرو نوبت کلینیک کودکان");
    await browser.waitUntil(() => browser.execute(() => document.fonts.status === "loaded"));
    const geometry = () => browser.execute(() => {
      // Stage numbers as the header writes them (Persian digits), read back as numbers.
      const digit = (s) => Number([...s].map((c) => ("۰۱۲۳۴۵۶۷۸۹".includes(c) ? "۰۱۲۳۴۵۶۷۸۹".indexOf(c) : c)).join(""));
      const stages = [...document.querySelectorAll(".stage-header")].map((h) => {
        const r = h.getBoundingClientRect();
        return { n: digit(h.querySelector(".stage-index").textContent.trim()), left: r.left, right: r.right };
      }).sort((a, b) => a.n - b.n);
      const labels = document.querySelector(".lane-labels").getBoundingClientRect();
      const canvas = document.querySelector(".canvas").getBoundingClientRect();
      return { stages, labels: { left: labels.left, right: labels.right }, canvas: { left: canvas.left, right: canvas.right } };
    });
    // The map is laid out and scrolled to its right end once the journey is shown.
    await browser.waitUntil(async () => (await geometry()).stages.length >= 3, { timeout: 10_000, timeoutMsg: "no stage headers" });
    const { stages, labels, canvas } = await geometry();
    assert.equal(stages[0].n, 1, `the stages are numbered ${stages.map((s) => s.n)}`);
    for (let i = 1; i < stages.length; i++) {
      assert.ok(stages[i - 1].left > stages[i].left, `stage ${stages[i - 1].n} (x ${stages[i - 1].left}) is not right of stage ${stages[i].n} (x ${stages[i].left})`);
    }
    assert.ok(labels.left >= stages[0].right - 1, `the lane labels (x ${labels.left}) are not right of the first stage (ends at ${stages[0].right})`);
    assert.ok(labels.right <= canvas.right + 1 && stages[0].left >= canvas.left, "the map did not open at its right end, where it is read from");
    windowShot("rtl-window.png");
  } finally {
    await studio.stop();
  }
});
