// Editing in the real window: a card dragged with real pointer actions, a card moved with the
// keyboard, an emotion changed by dragging its point. Then the app quits, starts again on the
// same file, shows every change, and undo after the restart takes the last one back.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

/** The journey as the store has it, read with the CLI (the app must have quit). */
function stored(file) {
  return JSON.parse(execFileSync(cli, ["show", file, "--json"]).toString());
}

const stageOf = (j, text) => {
  const card = j.cards.find((c) => c.text.startsWith(text));
  assert.ok(card, `no card "${text}"`);
  return j.stages.find((s) => s.id === card.stage).name;
};
const scoreOf = (j, text) => j.cards.find((c) => c.text.startsWith(text)).body.emotion?.score;

/** The element of the card whose text starts with `text`. */
async function card(browser, text) {
  const id = await browser.execute((t) => {
    const el = [...document.querySelectorAll(".card")].find((c) => c.querySelector(".card-text")?.textContent?.startsWith(t));
    return el?.getAttribute("data-card-id") ?? null;
  }, text);
  assert.ok(id, `card "${text}" is not on the map`);
  return browser.$(`.card[data-card-id="${id}"]`);
}

/** Centre of an element in viewport coordinates. */
async function centre(browser, el) {
  return browser.execute((e) => {
    const r = e.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2), top: r.top, left: r.left };
  }, el);
}

async function stageColumnX(browser, name) {
  return browser.execute((n) => {
    const h = [...document.querySelectorAll(".stage-header")].find((e) => e.querySelector(".stage-name")?.textContent === n);
    const r = h.getBoundingClientRect();
    return Math.round(r.left + r.width / 2);
  }, name);
}

/** Waits until the window shows revision `n` or later (each accepted edit bumps it). */
async function waitForCard(browser, text, predicate, message) {
  await browser.waitUntil(async () => predicate(await centre(browser, await card(browser, text))), { timeout: 10_000, timeoutMsg: message });
}

test("drag, keyboard move and emotion drag are saved, survive a restart, and undo after it", async () => {
  const home = tempHome();
  const file = path.join(home, "Editing.journeys");
  execFileSync(cli, ["new", file]);
  const before = stored(file);
  assert.equal(stageOf(before, "Recipe picker"), "Pick plan & meals");
  assert.equal(stageOf(before, "Checkout form asks"), "Checkout");

  let studio = await startStudio({ home, args: [file] });
  let emotionBefore;
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);

    // 1. Pointer drag: "Recipe picker" from "Pick plan & meals" back to "Compare meal kits",
    //    same lane (both columns are in view at the window's first size).
    const picker = await card(browser, "Recipe picker");
    const from = await centre(browser, picker);
    const toX = await stageColumnX(browser, "Compare meal kits");
    await browser.action("pointer", { parameters: { pointerType: "mouse" } })
      .move({ origin: "viewport", x: from.x, y: from.y })
      .down({ button: 0 })
      .move({ origin: "viewport", x: from.x + 20, y: from.y, duration: 50 })
      .move({ origin: "viewport", x: toX, y: from.y + 30, duration: 200 })
      .up({ button: 0 })
      .perform();
    await waitForCard(browser, "Recipe picker", (c) => Math.abs(c.x - toX) < 40, "the dragged card did not land in Compare meal kits");
    await browser.saveScreenshot(path.join(outDir, "editor-after-drag.png"));

    // 2. Keyboard: select "Checkout form asks…", Space, ArrowRight, Space: one stage on.
    const form = await card(browser, "Checkout form asks");
    await form.click();
    await browser.waitUntil(async () => (await form.getAttribute("aria-selected")) === "true", { timeout: 5000, timeoutMsg: "the card was not selected" });
    await browser.keys([" "]);
    await browser.keys(["ArrowRight"]);
    await browser.keys([" "]);
    const deliveryX = await stageColumnX(browser, "Delivery day");
    await waitForCard(browser, "Checkout form asks", (c) => Math.abs(c.x - deliveryX) < 40, "the keyboard move did not land in Delivery day");

    // 3. Emotion: drag the point of "SMS with a one-hour delivery window" to the top (+3).
    const sms = await card(browser, "SMS with a one-hour");
    const smsId = await sms.getAttribute("data-card-id");
    const point = await browser.$(`.emotion-curve .point[data-card-id="${smsId}"]`);
    emotionBefore = Number(await point.getAttribute("data-score"));
    // The point may be out of view (below the fold, or behind the inspector): scroll to it.
    const handle = await browser.$(`.emotion-handle[data-point-for="${smsId}"]`);
    await browser.execute((h) => h.scrollIntoView({ block: "center", inline: "center" }), handle);
    const p = await centre(browser, handle);
    const lane = await browser.execute(() => {
      const r = document.querySelector(".lane-label.lane-emotions").getBoundingClientRect();
      return { top: Math.round(r.top) };
    });
    await browser.action("pointer", { parameters: { pointerType: "mouse" } })
      .move({ origin: "viewport", x: p.x, y: p.y })
      .down({ button: 0 })
      .move({ origin: "viewport", x: p.x, y: lane.top + 10, duration: 200 })
      .up({ button: 0 })
      .perform();
    await browser.waitUntil(async () => Number(await (await browser.$(`.emotion-curve .point[data-card-id="${smsId}"]`)).getAttribute("data-score")) === 3,
      { timeout: 10_000, timeoutMsg: "the emotion point did not reach +3" });
    await browser.saveScreenshot(path.join(outDir, "editor-after-edits.png"));
  } finally {
    await studio.stop();
  }

  await waitUntilUnlocked(file);
  const after = stored(file);
  assert.equal(stageOf(after, "Recipe picker"), "Compare meal kits");
  assert.equal(stageOf(after, "Checkout form asks"), "Delivery day");
  assert.equal(scoreOf(after, "SMS with a one-hour"), 3);

  // Restart on the same file: the changes are there, and undo still works.
  studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    const toX = await stageColumnX(browser, "Compare meal kits");
    await waitForCard(browser, "Recipe picker", (c) => Math.abs(c.x - toX) < 40, "after the restart the dragged card is not in Compare meal kits");
    await browser.keys(["Control", "z"]);
    const smsId = await (await card(browser, "SMS with a one-hour")).getAttribute("data-card-id");
    await browser.waitUntil(async () => Number(await (await browser.$(`.emotion-curve .point[data-card-id="${smsId}"]`)).getAttribute("data-score")) === emotionBefore,
      { timeout: 10_000, timeoutMsg: "undo after the restart did not restore the emotion" });
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  const undone = stored(file);
  assert.equal(scoreOf(undone, "SMS with a one-hour"), emotionBefore);
  assert.equal(stageOf(undone, "Checkout form asks"), "Delivery day", "undo took back more than one step");
});

test("a stage moved with Alt+Left is saved with the sample's repeat loop intact", async () => {
  const home = tempHome();
  const file = path.join(home, "Stages.journeys");
  execFileSync(cli, ["new", file]);
  const names = (browser) => browser.execute(() => [...document.querySelectorAll(".stage-header .stage-name")].map((e) => e.textContent));
  const header = async (browser, name) => {
    const id = await browser.execute((n) => [...document.querySelectorAll(".stage-header")]
      .find((h) => h.querySelector(".stage-name")?.textContent === n)?.getAttribute("data-stage-id") ?? null, name);
    assert.ok(id, `no stage header "${name}"`);
    return browser.$(`.stage-header[data-stage-id="${id}"]`);
  };
  const studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    const start = await names(browser);
    assert.equal(start.indexOf("Pick plan & meals") + 1, start.indexOf("Checkout"));
    const checkout = await header(browser, "Checkout");
    await checkout.click();
    await browser.waitUntil(async () => (await checkout.getAttribute("class")).includes("selected"), { timeout: 5_000, timeoutMsg: "clicking the header did not select the stage" });
    await browser.keys(["Alt", "ArrowLeft"]);
    await browser.waitUntil(async () => {
      const now = await names(browser);
      return now.indexOf("Checkout") + 1 === now.indexOf("Pick plan & meals");
    }, { timeout: 10_000, timeoutMsg: "Alt+Left did not move Checkout before Pick plan & meals" });
    // The stage after a branch has no straight line to move along: the window says so.
    await (await header(browser, "Missing item support")).click();
    await browser.keys(["Alt", "ArrowLeft"]);
    const alert = await browser.$("[role=alert]");
    await alert.waitForDisplayed({ timeout: 10_000 });
    assert.match(await alert.getText(), /stage graph view/);
    await browser.saveScreenshot(path.join(outDir, "stage-move-refused.png"));
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  const saved = stored(file);
  const id = (name) => saved.stages.find((s) => s.name === name).id;
  const has = (from, to, kind) => saved.flows.some((f) => f.from === id(from) && f.to === id(to) && f.kind === kind);
  assert.ok(has("Compare meal kits", "Checkout", "next") && has("Checkout", "Pick plan & meals", "next") && has("Pick plan & meals", "Delivery day", "next"),
    "the chain was not rewired in the file");
  assert.ok(has("Weekly menu & renewal", "Pick plan & meals", "repeat"), "the repeat loop was lost");
});
