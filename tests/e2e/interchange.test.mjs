// Other tools' files in the real window: a Ptolemy service blueprint (.ojf) chosen in
// File > Import… comes in with its import report shown in a dialog, and its blueprint items
// stand in the service-blueprint lanes. The shell's test seam answers the open dialog
// (JOURNEY_STUDIO_DIALOG_FILE).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cli, outDir, root, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

async function clickButton(browser, text) {
  const button = await browser.$(`button=${text}`);
  await button.waitForExist({ timeout: 10_000 });
  await button.click();
}

test("a Ptolemy blueprint imported from the window shows its report and its lanes", async () => {
  const home = tempHome();
  const file = path.join(home, "Interchange.journeys");
  execFileSync(cli, ["new", file]);
  const ojf = path.join(root, "crates/journey-export/tests/fixtures/ojf/hotel-check-in-blueprint.ojf");
  const studio = await startStudio({ home, args: [file], env: { JOURNEY_STUDIO_DIALOG_DIR: home, JOURNEY_STUDIO_DIALOG_FILE: ojf } });
  const saved = {};
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "Import journeys…");
    const dialog = await browser.$(".import-report[role=dialog]");
    await dialog.waitForExist({ timeout: 15_000, timeoutMsg: "no import report was shown" });
    const notes = await browser.execute(() => [...document.querySelectorAll(".import-report li")].map((li) => li.textContent));
    assert.ok(notes.some((n) => n.startsWith("Read as OpenJourney: 3 stages")), notes.join("\n"));
    assert.ok(notes.some((n) => n.startsWith("Blueprint backstage items made cards in the Backstage lane")), notes.join("\n"));
    assert.ok(notes.some((n) => n.startsWith("Scale: -5..+5")), notes.join("\n"));
    await browser.saveScreenshot(path.join(outDir, "import-report.png"));
    await clickButton(browser, "Close");
    await dialog.waitForExist({ reverse: true });
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1.journey-name")?.textContent ?? "")).includes("Hotel Arrival"),
      { timeout: 15_000, timeoutMsg: "the imported journey was not shown" });
    const cards = await texts(browser, ".card .card-text", 21);
    assert.ok(cards.some((t) => t.includes("Credit Processor: Secures authorization")), cards.join("\n"));
    await browser.saveScreenshot(path.join(outDir, "ojf-blueprint-window.png"));

    // File > Export… as OpenJourney gives the nodes back with their blueprints, and as a workbook.
    for (const format of ["ojf", "xlsx"]) {
      await clickButton(browser, "Journeys ▾");
      await clickButton(browser, "Export this journey…");
      await (await browser.$(`input[name=format][value=${format}]`)).click();
      await clickButton(browser, "Export…");
      const status = await browser.$(".export-status .ok");
      await status.waitForExist({ timeout: 30_000, timeoutMsg: `the ${format} export did not finish` });
      saved[format] = (await status.getProperty("textContent")).replace(/^Saved to /, "").trim();
      await clickButton(browser, "Close");
      await (await browser.$(".export-dialog")).waitForExist({ reverse: true });
    }
    const original = JSON.parse(readFileSync(ojf, "utf8"));
    const again = JSON.parse(readFileSync(saved.ojf, "utf8"));
    // An absent blueprint list is an empty one (we write all four, as Ptolemy's editor does).
    const shape = (n) => [n.title, n.score, ["evidence", "onstage", "backstage", "support"].map((p) => n.blueprint?.[p] ?? [])];
    assert.deepEqual(again.nodes.map(shape), original.nodes.map(shape));
    assert.equal(readFileSync(saved.xlsx).subarray(0, 2).toString(), "PK");
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  assert.match(execFileSync(cli, ["list", file]).toString(), /Hotel Arrival & Check-in/);

  // The workbook the window wrote comes back in through File > Import… of another workspace,
  // with its own report, blueprint lanes and all.
  const other = path.join(home, "FromWorkbook.journeys");
  execFileSync(cli, ["new", other]);
  const second = await startStudio({ home, args: [other], env: { JOURNEY_STUDIO_DIALOG_DIR: home, JOURNEY_STUDIO_DIALOG_FILE: saved.xlsx } });
  try {
    const { browser } = second;
    await texts(browser, ".card .card-text", 15);
    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "Import journeys…");
    const dialog = await browser.$(".import-report[role=dialog]");
    await dialog.waitForExist({ timeout: 15_000, timeoutMsg: "no import report was shown for the workbook" });
    const notes = await browser.execute(() => [...document.querySelectorAll(".import-report li")].map((li) => li.textContent));
    assert.ok(notes.some((n) => n.startsWith("Read the workbook: 3 stages")), notes.join("\n"));
    await clickButton(browser, "Close");
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1.journey-name")?.textContent ?? "")).includes("Hotel Arrival"),
      { timeout: 15_000, timeoutMsg: "the workbook's journey was not shown" });
    const cards = await texts(browser, ".card .card-text", 21);
    assert.ok(cards.some((t) => t.includes("Credit Processor: Secures authorization")), cards.join("\n"));
  } finally {
    await second.stop();
  }
});
