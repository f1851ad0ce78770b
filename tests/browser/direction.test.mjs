// A right-to-left journey in Chromium: the bundled Persian clinic journey, whose text makes the
// core lay its map out right to left. What the designer sees: the first stage at the right beside
// the lane labels, arrows to the next stage pointing left, the arrow keys moving the selection
// the way they point, and the map opened at its right end. A screenshot of the Persian window is
// written to target/screenshots/rtl-map.png (docs/rtl-map.png is a copy that was looked at).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { makeViewAndInsights, openHarness, root } from "./harness.mjs";

const CLINIC = "رزرو نوبت کلینیک کودکان";
const { view, insights } = makeViewAndInsights(CLINIC);
const journey = JSON.parse(view).journey;
/** The stages in the graph's order: the first has no flow coming in. */
const order = (() => {
  const into = new Set(journey.flows.filter((f) => f.kind !== "repeat").map((f) => f.to));
  const next = new Map(journey.flows.filter((f) => f.kind === "next").map((f) => [f.from, f.to]));
  const out = [journey.stages.find((s) => !into.has(s.id)).id];
  while (next.has(out.at(-1))) out.push(next.get(out.at(-1)));
  return out;
})();

let h;
before(async () => { h = await openHarness({ view, insights, lang: "fa", width: 1440, height: 900 }); });
after(async () => { await h?.close(); });

const box = (selector) => h.page.locator(selector).first().boundingBox();

test("the first stage stands rightmost, beside the lane labels, and the map opens at its right end", async () => {
  const { page } = h;
  const xs = [];
  for (const id of order) xs.push((await box(`.stage-header[data-stage-id="${id}"]`)).x);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i - 1] > xs[i], `stage ${i} is not right of stage ${i + 1}: ${xs}`);
  const labels = await box(".lane-labels");
  const first = await box(`.stage-header[data-stage-id="${order[0]}"]`);
  assert.ok(labels.x >= first.x + first.width - 1, `the lane labels (x ${labels.x}) are not right of the first stage (ends at ${first.x + first.width})`);
  // Opened where it is read: the labels and the first stage are in view.
  const canvas = await box(".canvas");
  assert.ok(labels.x + labels.width <= canvas.x + canvas.width + 1 && first.x >= canvas.x, "the map did not open at its right end");
  assert.equal(await page.locator(`.stage-header[data-stage-id="${order[0]}"] .stage-index`).textContent(), "۱");
  // Every short arrow to the next stage points left.
  const arrows = await page.$$eval(".flow-band line.next", (ls) => ls.map((l) => [Number(l.getAttribute("x1")), Number(l.getAttribute("x2"))]));
  assert.ok(arrows.length > 0 && arrows.every(([a, b]) => b < a), `an arrow points right: ${JSON.stringify(arrows)}`);
  mkdirSync(path.join(root, "target/screenshots"), { recursive: true });
  await page.screenshot({ path: path.join(root, "target/screenshots/rtl-map.png") });
});

test("ArrowLeft selects the card drawn to the left: the same lane's card in the next stage", async () => {
  const { page } = h;
  const lane = journey.lanes.find((l) => l.kind === "touchpoints").id;
  const inStage = (stage) => journey.cards.filter((c) => c.stage === stage && c.lane === lane).sort((a, b) => a.rank - b.rank)[0];
  const [a, b] = [inStage(order[0]), inStage(order[1])];
  await page.locator(`.card[data-card-id="${a.id}"]`).click();
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator(`.card[data-card-id="${b.id}"]`).getAttribute("aria-selected"), "true", "ArrowLeft did not go on to the next stage's card");
  const [ra, rb] = [await box(`.card[data-card-id="${a.id}"]`), await box(`.card[data-card-id="${b.id}"]`)];
  assert.ok(rb.x < ra.x, "the card ArrowLeft chose is not to the left");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(`.card[data-card-id="${a.id}"]`).getAttribute("aria-selected"), "true");
});
