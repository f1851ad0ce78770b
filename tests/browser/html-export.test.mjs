// The HTML export in Chromium, opened from disk as a user would: it draws the map, pans and
// zooms, makes no request, breaks no rule of its own Content-Security-Policy, and hostile card
// text shows as text without running.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { cli, root } from "./harness.mjs";

const HOSTILE = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> & "quotes" </svg>`;

function hostileHtml() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-html-"));
  const sample = path.join(dir, "sample.journeys");
  execFileSync(cli, ["new", sample]);
  const json = path.join(dir, "sample.json");
  execFileSync(cli, ["export", sample, "-o", json]);
  const doc = JSON.parse(readFileSync(json, "utf8"));
  doc.journeys[0].name = `Hostile ${HOSTILE}`;
  doc.journeys[0].cards[0].text = HOSTILE;
  writeFileSync(json, JSON.stringify(doc));
  const target = path.join(dir, "hostile.journeys");
  execFileSync(cli, ["import", json, "--into", target]);
  const html = path.join(dir, "map.html");
  execFileSync(cli, ["export", target, "-o", html]);
  return html;
}

test("the HTML export opens offline, pans and zooms, and runs no injected script", async () => {
  const file = hostileHtml();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.on("request", (r) => { if (r.url() !== `file://${file}` && !r.url().startsWith("data:")) problems.push(`request ${r.url()}`); });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.fonts.status === "loaded");
    assert.deepEqual(problems, [], "the page broke its own policy, fetched something, or ran injected code");
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("script").count(), 2, "only the export's own script elements");
    // The hostile text is on the map as text.
    const mapText = await page.locator("#map svg").textContent();
    assert.ok(mapText.includes("</script><script>window.__pwned=1</script>"), "card text missing from the map");
    // The embedded data parses and carries the same text.
    const data = JSON.parse(await page.locator("#journey-data").textContent());
    assert.equal(data.journeys[0].cards.some((c) => c.text === HOSTILE), true);

    const zoom = () => page.locator("#zoom").textContent();
    const fitted = await zoom();
    await page.getByRole("button", { name: "Zoom in" }).click();
    assert.notEqual(await zoom(), fitted, "zoom in did nothing");
    await page.getByRole("button", { name: "100%" }).click();
    assert.equal(await zoom(), "100%");
    const before = await page.locator("#map").evaluate((el) => el.style.transform);
    const box = await page.locator("#viewport").boundingBox();
    await page.mouse.move(box.x + 400, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 250, box.y + 200, { steps: 5 });
    await page.mouse.up();
    const after = await page.locator("#map").evaluate((el) => el.style.transform);
    assert.match(after, /translate\(-150px, -100px\)/, `dragging did not pan: ${before} -> ${after}`);
    // The insights panel opens over the map with the findings and the pillar heatmap.
    assert.equal(await page.locator("#insights").isVisible(), false);
    await page.getByRole("button", { name: "Insights" }).click();
    assert.equal(await page.locator("#insights").isVisible(), true);
    assert.ok((await page.locator("#insights li").count()) > 3, "no findings listed");
    assert.ok((await page.locator(".heat td.h5").count()) >= 1, "the hottest heatmap cell is not shaded");
    await page.screenshot({ path: path.join(root, "target/html-export.png") });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
