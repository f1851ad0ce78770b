// Insights and templates in the real window: the panel reads the core's analysis of the sample,
// a finding shows its card on the map, a template starts a journey (the six-pillars audit opens
// on its heatmap), and a journey saved as a template is offered again.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

async function clickButton(browser, text, partial = false) {
  const button = await browser.$(`button${partial ? "*" : ""}=${text}`);
  await button.waitForExist({ timeout: 10_000 });
  await button.scrollIntoView({ block: "center" });
  await button.click();
}

const cardClass = (browser, text) =>
  browser.execute((t) => [...document.querySelectorAll(".card")].find((c) => c.textContent.includes(t))?.className ?? "", text);

test("the insights panel, templates, and saving a journey as a template", async () => {
  const home = tempHome();
  const file = path.join(home, "Insights.journeys");
  execFileSync(cli, ["new", file]);
  const cliFindings = JSON.parse(execFileSync(cli, ["analyse", file, "--json"]).toString()).findings;
  const studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await clickButton(browser, "Insights");
    const findings = await texts(browser, ".finding", 5);
    assert.ok(findings.some((f) => f.includes("Top pain") && f.includes("Delivery fee only appears at checkout")), findings.join("\n"));
    // The same analysis as the CLI's (read before the window locked the file).
    assert.deepEqual(findings.map((f) => f.slice(1)), cliFindings.map((f) => f.message), "the mark, then the message");

    const top = await browser.$("button*=Top pain");
    await top.click();
    await browser.waitUntil(async () => (await cardClass(browser, "Delivery fee only appears")).includes("highlighted"),
      { timeout: 5_000, timeoutMsg: "the top pain's card was not shown on the map" });
    const hot = await browser.execute(() => document.querySelectorAll(".heatmap td button").length);
    assert.ok(hot >= 6, `heatmap cells with pains: ${hot}`);
    await browser.saveScreenshot(path.join(outDir, "insights-panel.png"));
    await browser.execute(() => document.querySelector(".heatmap").closest("section").scrollIntoView({ block: "start" }));
    await browser.saveScreenshot(path.join(outDir, "insights-heatmap.png"));

    // A journey from the six-pillars audit template opens on its heatmap.
    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "New journey…");
    await clickButton(browser, "Six pillars audit", true);
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1.journey-name")?.textContent)) === "New journey",
      { timeout: 10_000, timeoutMsg: "the new journey was not shown" });
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll(".heatmap td button").length)) === 6,
      { timeout: 10_000, timeoutMsg: "the audit's heatmap does not show one pain per pillar" });

    // Save it as a template; it is offered under New journey afterwards.
    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "Save as template…");
    const input = await browser.$(".journey-menu-list input");
    await input.setValue("Our pillar audit");
    await clickButton(browser, "Save template");
    await clickButton(browser, "Journeys ▾");
    await clickButton(browser, "New journey…");
    const offered = await texts(browser, ".template b", 7);
    assert.ok(offered.includes("Our pillar audit (yours)"), offered.join(", "));
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  const listed = execFileSync(cli, ["list", file]).toString();
  assert.match(listed, /\tNew journey$/m);
});
