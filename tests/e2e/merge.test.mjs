// Merging a copy in the real window. Two copies of one workspace are changed apart with the CLI
// (Ana adds a card to a lane; Ben, in his copy, deletes that lane and retypes another card);
// the shell's test seam answers the open dialog with Ben's copy (JOURNEY_STUDIO_DIALOG_FILE).
// The report says what came in and what needs a decision, one item is resolved from it, and
// the inspector says who last changed Ben's card.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

const stored = (file) => JSON.parse(execFileSync(cli, ["show", file, "--json"]).toString());
const edit = (file, author, e) => execFileSync(cli, ["edit", file, JSON.stringify(e), "--author", author]);

async function dialogText(browser) {
  return browser.execute(() => document.querySelector("[role=dialog]")?.textContent ?? "");
}

async function dialogButton(browser, text) {
  const button = await browser.$("[role=dialog]").$(`button=${text}`);
  await button.waitForExist({ timeout: 10_000, timeoutMsg: `the dialog has no button ${text}` });
  return button;
}

test("merge a copy: the report, one item decided from it, and who changed a card", async () => {
  const home = tempHome();
  const ours = path.join(home, "Ours.journeys");
  const theirs = path.join(home, "Bens copy.journeys");
  execFileSync(cli, ["new", ours]);
  copyFileSync(ours, theirs);
  const j = stored(ours);
  const lane = [...j.lanes].sort((a, b) => a.rank - b.rank)[0];
  const stage = j.stages[0];
  const retyped = j.cards.find((c) => c.lane !== lane.id && c.body.kind === "painPoint");
  const anas = randomUUID();
  edit(ours, "Ana", { type: "createCard", id: anas, stage: stage.id, lane: lane.id, index: null, text: "Ana's new card" });
  edit(theirs, "Ben", { type: "removeLane", id: lane.id });
  edit(theirs, "Ben", { type: "updateCard", card: { ...retyped, text: "Ben's words for this pain" } });

  const studio = await startStudio({ home, args: [ours], env: { JOURNEY_STUDIO_DIALOG_DIR: home, JOURNEY_STUDIO_DIALOG_FILE: theirs } });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await (await browser.$("button=Journeys ▾")).click();
    await (await browser.$("button=Merge a copy…")).click();
    await browser.waitUntil(async () => (await dialogText(browser)).startsWith("Merge report"), { timeout: 20_000, timeoutMsg: "no merge report was shown" });
    const report = await dialogText(browser);
    assert.match(report, /2 changes from Ben came in\./, report);
    assert.match(report, /1 item needs a decision/, report);
    assert.match(report, /in a lane that was deleted in the other copy/, report);
    // The window shows the merged journey: Ben's words, Ana's card in the stand-in row.
    const cards = await texts(browser, ".card .card-text", 15);
    assert.ok(cards.some((t) => t.startsWith("Ben's words")), "Ben's change is not on the map");
    await browser.saveScreenshot(path.join(outDir, "merge-report.png"));

    // Deciding is an ordinary edit: the card leaves the "Unplaced" row, and nothing is left.
    await (await dialogButton(browser, "Delete the card")).click();
    await browser.waitUntil(async () => (await dialogText(browser)).includes("Everything the merge left to decide here is decided."),
      { timeout: 15_000, timeoutMsg: "the item stayed undecided" });
    assert.equal(await browser.$(".merge-decisions").isExisting(), false, "the top bar still asks for a decision");
    await browser.saveScreenshot(path.join(outDir, "merge-decided.png"));
    await (await dialogButton(browser, "Close")).click();

    await (await browser.$(`.card[data-card-id="${retyped.id}"]`)).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector(".inspector .changed-by")?.textContent ?? "")).startsWith("Last changed by Ben, "),
      { timeout: 10_000, timeoutMsg: "the inspector does not say Ben changed the card" });
    await browser.saveScreenshot(path.join(outDir, "merge-last-changed.png"));
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(ours);
  const after = stored(ours);
  assert.ok(!after.lanes.some((l) => l.id === lane.id), "Ben's deletion of the lane did not come in");
  assert.ok(!after.cards.some((c) => c.id === anas), "the decided card is still in the file");
  assert.equal(after.cards.find((c) => c.id === retyped.id).text, "Ben's words for this pain");
});
