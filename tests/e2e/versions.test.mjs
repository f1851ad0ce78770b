// Named versions in the real window: save one, change the journey, compare (the change is
// listed), restore it (the file has the old state again), and undo the restore in one step.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

const stored = (file) => JSON.parse(execFileSync(cli, ["show", file, "--json"]).toString());
const has = (j, text) => j.cards.some((c) => c.text.startsWith(text));

async function typeInto(browser, selector, text) {
  const input = await browser.$(selector);
  await input.click();
  await input.setValue(text);
}

test("save a version, delete a card, compare, restore, and undo the restore", async () => {
  const home = tempHome();
  const file = path.join(home, "Versions.journeys");
  execFileSync(cli, ["new", file]);

  const studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await (await browser.$("button=Versions")).click();
    await typeInto(browser, ".save-version input", "Before workshop");
    await (await browser.$(".save-version button")).click();
    await texts(browser, ".version-list li", 1);

    // Delete "Recipe picker…" with the keyboard.
    const id = await browser.execute(() =>
      [...document.querySelectorAll(".card")].find((c) => c.textContent.includes("Recipe picker"))?.getAttribute("data-card-id"));
    await (await browser.$(`.card[data-card-id="${id}"]`)).click();
    await browser.keys(["Delete"]);
    await browser.waitUntil(async () => !(await browser.$(`.card[data-card-id="${id}"]`).isExisting()), { timeout: 10_000, timeoutMsg: "the card was not deleted" });

    await (await browser.$("button=Compare with now")).click();
    const removed = await texts(browser, ".removed-cards li", 1);
    assert.ok(removed[0].startsWith("Recipe picker"), `removed list: ${removed}`);
    await browser.saveScreenshot(path.join(outDir, "versions-compare.png"));

    await (await browser.$("button=Restore")).click();
    await browser.waitUntil(async () => browser.$(`.card[data-card-id="${id}"]`).isExisting(), { timeout: 10_000, timeoutMsg: "the restore did not bring the card back" });
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  assert.ok(has(stored(file), "Recipe picker"), "the restored card is not in the file");
  const versions = execFileSync("sqlite3", [file, "SELECT name FROM versions"]).toString().trim();
  assert.equal(versions, "Before workshop");

  // Undo after a restart takes the restore back as one step: the card is gone again.
  const again = await startStudio({ home, args: [file] });
  try {
    await texts(again.browser, ".card .card-text", 15);
    await again.browser.keys(["Control", "z"]);
    await again.browser.waitUntil(async () => !(await again.browser.execute(() => [...document.querySelectorAll(".card")].some((c) => c.textContent.includes("Recipe picker")))),
      { timeout: 10_000, timeoutMsg: "undo did not take the restore back" });
  } finally {
    await again.stop();
  }
  await waitUntilUnlocked(file);
  assert.ok(!has(stored(file), "Recipe picker"));
});
