// Merging a copy in the real window. Two copies of one workspace are changed apart with the CLI:
// Ana adds a card to a lane and replaces the stage graph's flows with one from the first stage
// to the third; Ben, in his copy, deletes that lane, retypes another card, and replaces the
// flows with one from the third stage back to the first. The shell's test seam answers the open
// dialog with Ben's copy (JOURNEY_STUDIO_DIALOG_FILE). The report says what came in and what
// needs a decision: Ana's card in a deleted lane, and Ben's flow, which would close a loop with
// Ana's and is suspended (drawn dashed on the map). The card is decided from the report, the
// flow from the list its dashed arrow opens; the inspector says who last changed Ben's card.
// Then Ana deletes that card herself, the app quits and starts again on the same file, and
// Ctrl+Z takes back Ana's deletion alone: Ben's words, his deleted lane and both decisions stay.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

const stored = (file) => JSON.parse(execFileSync(cli, ["show", file, "--json"]).toString());
const edit = (file, author, e) => execFileSync(cli, ["edit", file, JSON.stringify(e), "--author", author]);
/** The stages in the map's column order (the CLI's view of the window's layout). */
const columns = (file) => JSON.parse(execFileSync(cli, ["view", file]).toString()).layout.columns.map((c) => c.stage);

/** Removes the journey's flows one at a time (removing one may take the repeat loops it carried); returns how many edits that took. */
function removeAllFlows(file, author) {
  for (let n = 0; ; n++) {
    const flow = stored(file).flows[0];
    if (!flow) return n;
    edit(file, author, { type: "removeFlow", id: flow.id });
  }
}

async function dialogText(browser) {
  return browser.execute(() => document.querySelector("[role=dialog]")?.textContent ?? "");
}

async function dialogButton(browser, text) {
  const button = await browser.$("[role=dialog]").$(`button=${text}`);
  await button.waitForExist({ timeout: 10_000, timeoutMsg: `the dialog has no button ${text}` });
  return button;
}

const hasCard = (browser, id) => browser.$(`.card[data-card-id="${id}"]`).isExisting();

test("merge a copy: the report, its items decided, who changed a card, and undo of our own edit after a restart", async () => {
  const home = tempHome();
  const ours = path.join(home, "Ours.journeys");
  const theirs = path.join(home, "Bens copy.journeys");
  execFileSync(cli, ["new", ours]);
  copyFileSync(ours, theirs);
  const j = stored(ours);
  const lane = [...j.lanes].sort((a, b) => a.rank - b.rank)[0];
  const stage = j.stages[0];
  const retyped = j.cards.find((c) => c.lane !== lane.id && c.body.kind === "painPoint");
  const [first, , third] = columns(ours);
  // The merged graph takes forward flows in id order and suspends the one that would close a
  // loop: Ben's must be that one, so his id is the greater.
  const [anasFlow, bensFlow] = [randomUUID(), randomUUID()].sort();
  const anas = randomUUID();
  edit(ours, "Ana", { type: "createCard", id: anas, stage: stage.id, lane: lane.id, index: null, text: "Ana's new card" });
  removeAllFlows(ours, "Ana");
  edit(ours, "Ana", { type: "addFlow", flow: { id: anasFlow, from: first, to: third, kind: "next", label: "" } });
  edit(theirs, "Ben", { type: "removeLane", id: lane.id });
  edit(theirs, "Ben", { type: "updateCard", card: { ...retyped, text: "Ben's words for this pain" } });
  const bensEdits = 3 + removeAllFlows(theirs, "Ben");
  edit(theirs, "Ben", { type: "addFlow", flow: { id: bensFlow, from: third, to: first, kind: "next", label: "" } });

  // Ana's window records her edits as hers.
  const env = { JOURNEY_AUTHOR: "Ana" };
  let studio = await startStudio({ home, args: [ours], env: { ...env, JOURNEY_STUDIO_DIALOG_DIR: home, JOURNEY_STUDIO_DIALOG_FILE: theirs } });
  const arc = `.flow-band .flow.suspended[data-flow-id="${bensFlow}"]`;
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    assert.equal(await browser.$(".flow-band .flow.suspended").isExisting(), false, "a dashed flow before any merge");
    await (await browser.$("button=Journeys ▾")).click();
    await (await browser.$("button=Merge a copy…")).click();
    await browser.waitUntil(async () => (await dialogText(browser)).startsWith("Merge report"), { timeout: 20_000, timeoutMsg: "no merge report was shown" });
    const report = await dialogText(browser);
    assert.match(report, new RegExp(`${bensEdits} changes from Ben came in\\.`), report);
    assert.match(report, /2 items need a decision/, report);
    assert.match(report, /in a lane that was deleted in the other copy/, report);
    assert.match(report, /would close a loop of forward flows/, report);
    // The window shows the merged journey: Ben's words, Ana's card in the stand-in row.
    const cards = await texts(browser, ".card .card-text", 15);
    assert.ok(cards.some((t) => t.startsWith("Ben's words")), "Ben's change is not on the map");
    await browser.saveScreenshot(path.join(outDir, "merge-report.png"));

    // Deciding is an ordinary edit: the card leaves the "Unplaced" row; the flow is left.
    await (await dialogButton(browser, "Delete the card")).click();
    await browser.waitUntil(async () => (await dialogText(browser)).includes("1 item needs a decision"),
      { timeout: 15_000, timeoutMsg: "the card's item stayed undecided" });
    assert.ok(!(await hasCard(browser, anas)), "the decided card is still on the map");
    await (await dialogButton(browser, "Close")).click();

    // Ben's flow is suspended: drawn dashed from the third column back to the first, named by
    // its item; choosing it opens the list of what is left to decide.
    const suspended = await browser.$(arc);
    await suspended.waitForExist({ timeout: 10_000, timeoutMsg: "the suspended flow is not drawn on the map" });
    const drawn = await browser.execute((sel, a, b) => {
      const g = document.querySelector(sel);
      const r = g.querySelector(".flow-line").getBoundingClientRect();
      const centre = (id) => { const h = document.querySelector(`.stage-header[data-stage-id="${id}"]`).getBoundingClientRect(); return h.left + h.width / 2; };
      return { left: r.left, right: r.right, top: r.top, from: centre(a), to: centre(b), label: g.getAttribute("aria-label"), title: g.querySelector("title").textContent,
        dashes: getComputedStyle(g.querySelector(".flow-line")).strokeDasharray };
    }, arc, third, first);
    // Its ends sit just inside the columns' centres (where Ana's flow ends).
    assert.ok(Math.abs(drawn.left - drawn.to) < 16 && Math.abs(drawn.right - drawn.from) < 16, `the arc does not join the columns: ${JSON.stringify(drawn)}`);
    assert.match(drawn.label, /^The flow from “.+” to “.+” would close a loop of forward flows/, drawn.label);
    assert.equal(drawn.title, drawn.label);
    assert.ok(drawn.dashes && drawn.dashes !== "none", `the arc is not dashed: ${drawn.dashes}`);
    await browser.saveScreenshot(path.join(outDir, "merge-suspended-flow.png"));
    // A click on the arc's peak, where a pointer would choose the thin line.
    const peak = { x: Math.round((drawn.left + drawn.right) / 2), y: Math.round(drawn.top + 1) };
    await browser.action("pointer", { parameters: { pointerType: "mouse" } })
      .move({ origin: "viewport", ...peak }).down({ button: 0 }).up({ button: 0 }).perform();
    await browser.waitUntil(async () => (await dialogText(browser)).startsWith("After the merge"), { timeout: 10_000, timeoutMsg: "choosing the dashed flow did not open the list" });
    assert.match(await dialogText(browser), /would close a loop of forward flows/);
    await (await dialogButton(browser, "Remove the flow")).click();
    await browser.waitUntil(async () => (await dialogText(browser)).includes("Everything the merge left to decide here is decided."),
      { timeout: 15_000, timeoutMsg: "the flow's item stayed undecided" });
    assert.equal(await browser.$(arc).isExisting(), false, "the removed flow is still drawn");
    assert.equal(await browser.$(".merge-decisions").isExisting(), false, "the top bar still asks for a decision");
    await browser.saveScreenshot(path.join(outDir, "merge-decided.png"));
    await (await dialogButton(browser, "Close")).click();
    await browser.saveScreenshot(path.join(outDir, "merge-flow-removed.png"));

    const bens = await browser.$(`.card[data-card-id="${retyped.id}"]`);
    // The pain points are below the window's first screen.
    await browser.execute((el) => el.scrollIntoView({ block: "center", inline: "center" }), bens);
    await bens.click();
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector(".inspector .changed-by")?.textContent ?? "")).startsWith("Last changed by Ben, "),
      { timeout: 10_000, timeoutMsg: "the inspector does not say Ben changed the card" });
    await browser.saveScreenshot(path.join(outDir, "merge-last-changed.png"));

    // Ana's own last edit: she deletes Ben's card.
    await browser.waitUntil(async () => (await bens.getAttribute("aria-selected")) === "true", { timeout: 5_000, timeoutMsg: "Ben's card was not selected" });
    await browser.keys(["Delete"]);
    await browser.waitUntil(async () => !(await hasCard(browser, retyped.id)), { timeout: 10_000, timeoutMsg: "Ana's deletion did not take the card off the map" });
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(ours);
  const merged = stored(ours);
  assert.ok(!merged.lanes.some((l) => l.id === lane.id), "Ben's deletion of the lane did not come in");
  assert.ok(!merged.cards.some((c) => c.id === anas), "the decided card is still in the file");
  assert.ok(!merged.cards.some((c) => c.id === retyped.id), "Ana's deletion of Ben's card is not in the file");
  assert.deepEqual(merged.flows.map((f) => f.id), [anasFlow], "the flows are not Ana's alone");

  // Started again on the same file: nothing is left to decide, and Ctrl+Z takes back Ana's
  // deletion, the last edit she made, bringing Ben's card back with his words.
  studio = await startStudio({ home, args: [ours], env });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 10);
    assert.equal(await hasCard(browser, retyped.id), false, "after the restart the card Ana deleted is back");
    assert.equal(await browser.$(".flow-band .flow.suspended").isExisting(), false, "after the restart a decided flow is drawn");
    assert.equal(await browser.$(".merge-decisions").isExisting(), false, "after the restart the top bar asks for a decision");
    await browser.keys(["Control", "z"]);
    await browser.waitUntil(async () => hasCard(browser, retyped.id), { timeout: 10_000, timeoutMsg: "undo after the restart did not bring Ben's card back" });
    const text = await browser.execute((id) => document.querySelector(`.card[data-card-id="${id}"] .card-text`)?.textContent ?? "", retyped.id);
    assert.equal(text.trim(), "Ben's words for this pain", "the card came back without Ben's words");
    assert.equal(await hasCard(browser, anas), false, "undo took back a decision too");
    assert.equal(await browser.$(".flow-band .flow.suspended").isExisting(), false, "undo brought the suspended flow back");
    await browser.execute((id) => document.querySelector(`.card[data-card-id="${id}"]`)?.scrollIntoView({ block: "center", inline: "center" }), retyped.id);
    await browser.saveScreenshot(path.join(outDir, "merge-undo-after-restart.png"));
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(ours);
  const undone = stored(ours);
  assert.equal(undone.cards.find((c) => c.id === retyped.id)?.text, "Ben's words for this pain", "undo did not restore Ben's card as he left it");
  assert.ok(!undone.lanes.some((l) => l.id === lane.id), "undo brought Ben's deleted lane back");
  assert.ok(!undone.cards.some((c) => c.id === anas), "undo took back the decided card's deletion too");
  assert.deepEqual(undone.flows.map((f) => f.id), [anasFlow], "undo changed the flows");
  assert.equal(undone.cards.length, merged.cards.length + 1, "undo took back more or less than Ana's one deletion");
});
