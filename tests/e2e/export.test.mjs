// Export and import in the real window. Native dialogs cannot be driven, so the shell's test
// seam answers them: saves go to JOURNEY_STUDIO_DIALOG_DIR, opens take JOURNEY_STUDIO_DIALOG_FILE.
// The files written are read back with poppler and by their bytes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked, windowShot } from "./studio.mjs";

async function clickButton(browser, text) {
  const button = await browser.$(`button=${text}`);
  await button.waitForExist({ timeout: 10_000 });
  await button.click();
}

async function exportAs(browser, format, option) {
  await clickButton(browser, "Journeys ▾");
  await clickButton(browser, "Export this journey…");
  await (await browser.$(`input[name=format][value=${format}]`)).click();
  if (option) await (await browser.$(".export-dialog select")).selectByAttribute("value", option);
  if (format === "pdf") await browser.saveScreenshot(path.join(outDir, "export-dialog.png"));
  await clickButton(browser, "Export…");
  const status = await browser.$(".export-status .ok");
  await status.waitForExist({ timeout: 60_000, timeoutMsg: `the ${format} export did not finish` });
  const text = await status.getProperty("textContent");
  await clickButton(browser, "Close");
  return text.replace(/^Saved to /, "").trim();
}

test("export PDF and PNG from the window, then import a CSV", async () => {
  const home = tempHome();
  const file = path.join(home, "Export.journeys");
  execFileSync(cli, ["new", file]);
  const saves = path.join(home, "exports");
  mkdirSync(saves);
  // The journey to import: the sample's CSV under another name, made by the CLI.
  const csvFile = path.join(home, "workshop.csv");
  execFileSync(cli, ["export", file, "-o", csvFile]);
  const csv = readFileSync(csvFile, "utf8").replaceAll("Meal-kit subscription", "Imported from CSV");
  execFileSync("sh", ["-c", `cat > '${csvFile}'`], { input: csv });

  const studio = await startStudio({ home, args: [file], env: { JOURNEY_STUDIO_DIALOG_DIR: saves, JOURNEY_STUDIO_DIALOG_FILE: csvFile } });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);

    const pdf = await exportAs(browser, "pdf", "a4");
    assert.equal(pdf, path.join(saves, "Meal-kit subscription.pdf"));
    const info = execFileSync("pdfinfo", [pdf]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 3, `a tiled A4 PDF of the sample has an overview and pages: ${pages}`);
    const text = execFileSync("pdftotext", [pdf, "-"]).toString();
    assert.match(text, /Overview/);
    assert.match(text, /Checkout form asks for the/);

    await (await browser.$(".export-dialog")).waitForExist({ reverse: true });
    const png = await exportAs(browser, "png", "2");
    const bytes = readFileSync(png);
    assert.equal(bytes.subarray(1, 4).toString(), "PNG");
    const width = bytes.readUInt32BE(16);
    const shown = await browser.execute(() => document.querySelector(".map").scrollWidth);
    assert.ok(width > 3000, `a 2x PNG of the sample is wide: ${width} px (map ${shown} px on screen)`);

    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "Import journeys…");
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1.journey-name")?.textContent ?? "")).includes("Imported from CSV"),
      { timeout: 15_000, timeoutMsg: "the imported journey was not shown" });
    windowShot("imported-journey.png");
  } finally {
    await studio.stop();
  }
  assert.ok(existsSync(path.join(saves, "Meal-kit subscription.png")));
  await waitUntilUnlocked(file);
  const listed = execFileSync(cli, ["list", file]).toString();
  assert.match(listed, /Imported from CSV/);
});
