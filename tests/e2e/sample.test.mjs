// First start on an empty data folder: the studio creates the workspace from the bundled
// sample, reads it back through the store and draws it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cli, defaultWorkspace, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

/** Each bundled face as "family weight status", e.g. "Noto Sans 700 loaded". */
const faces = (browser) => browser.execute(() => [...document.fonts].map((f) => `${f.family.replace(/["']/g, "")} ${f.weight} ${f.status}`).sort());

const stagesInGraphOrder = [
  "Dinner fatigue", "Compare meal kits", "Pick plan & meals", "Checkout",
  "Delivery day", "Missing item support", "Cook & eat", "Weekly menu & renewal",
];

test("first start creates the sample workspace and shows its stages and cards", async () => {
  const studio = await startStudio();
  try {
    const { browser } = studio;
    const stages = await texts(browser, ".stage-name", stagesInGraphOrder.length);
    assert.deepEqual(stages, stagesInGraphOrder, "stage columns are not in the graph's order");
    const cards = await texts(browser, ".card .card-text", 15);
    assert.ok(cards.includes("Box on the doorstep, ice packs still cold"), `card missing; saw ${cards.length} cards`);
    assert.ok(cards.length >= 15, `only ${cards.length} cards drawn`);
    const points = await browser.$$(".emotion-curve .point");
    assert.ok(points.length >= 8, `emotion curve has ${points.length} points`);
    assert.deepEqual(await texts(browser, ".file-name"), ["journeys.journeys"]);
    // An English journey needs only the Latin faces; the Persian, Telugu and emoji ones stay
    // unloaded.
    assert.deepEqual(await faces(browser), [
      "Noto Emoji 400 700 unloaded", "Noto Naskh Arabic 400 unloaded", "Noto Naskh Arabic 700 unloaded", "Noto Sans 400 loaded",
      "Noto Sans 700 loaded", "Noto Sans Telugu 400 unloaded", "Noto Sans Telugu 700 unloaded",
    ]);
    await browser.saveScreenshot(path.join(outDir, "sample.png"));
  } finally {
    await studio.stop();
  }
  // The window showed what is in the SQLite file: the CLI reads the same file.
  const file = defaultWorkspace(studio.home);
  await waitUntilUnlocked(file);
  const header = readFileSync(file).subarray(0, 72);
  assert.equal(header.subarray(0, 15).toString(), "SQLite format 3");
  assert.equal(header.subarray(68, 72).toString(), "JRNY", "application_id is not Journey Studio's");
  const listed = execFileSync(cli, ["list", file]).toString();
  assert.match(listed, /\tMeal-kit subscription\n/);
});

test("a workspace named on the command line is opened", async () => {
  const home = tempHome();
  const file = path.join(home, "Workshop.journeys");
  execFileSync(cli, ["new", file]);
  const studio = await startStudio({ home, args: [file] });
  try {
    const stages = await texts(studio.browser, ".stage-name", stagesInGraphOrder.length);
    assert.equal(stages[0], "Dinner fatigue");
    assert.deepEqual(await texts(studio.browser, ".file-name"), ["Workshop.journeys"]);
  } finally {
    await studio.stop();
  }
});

test("the Persian sample journey draws right to left with its own script", async () => {
  const studio = await startStudio();
  try {
    const { browser } = studio;
    await texts(browser, ".stage-name", stagesInGraphOrder.length);
    await (await browser.$("button=Journeys ▾")).click();
    await (await browser.$("button=رزرو نوبت کلینیک کودکان")).click();
    // The English journey's map stays until the Persian one is drawn.
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector(".journey-name")?.textContent)) === "رزرو نوبت کلینیک کودکان",
      { timeout: 10_000, timeoutMsg: "the Persian journey did not open" });
    const stages = await texts(browser, ".stage-name", 5);
    assert.deepEqual(stages, ["احساس نیاز", "جستجوی پزشک", "رزرو نوبت", "مراجعه به کلینیک", "پیگیری درمان"]);
    // Card text takes its direction from its content: Persian lines run right to left.
    const directions = await browser.execute(() =>
      [...document.querySelectorAll(".card .card-text")].slice(0, 5).map((e) => getComputedStyle(e).direction));
    assert.deepEqual(directions, ["rtl", "rtl", "rtl", "rtl", "rtl"]);
    assert.equal(await (await browser.$(".journey-name")).getProperty("textContent"), "رزرو نوبت کلینیک کودکان");
    // The journey's script faces were loaded before it was drawn (both weights).
    const loaded = await faces(browser);
    assert.ok(loaded.includes("Noto Naskh Arabic 400 loaded") && loaded.includes("Noto Naskh Arabic 700 loaded"), loaded.join(", "));
    await browser.saveScreenshot(path.join(outDir, "persian.png"));
  } finally {
    await studio.stop();
  }
});

