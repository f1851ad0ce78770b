// Fine pointer interactions in Chromium, on the real studio UI with a recording backend and a
// journey laid out by the real core: drops land where the indicator shows, a group moves as one
// step, the map scrolls by itself near its edge, emotion points snap to the scale.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cardSelector, centreOf, makeView, openHarness } from "./harness.mjs";

const viewJson = makeView();
const view = JSON.parse(viewJson);
const stage = (name) => view.journey.stages.find((s) => s.name === name).id;
const card = (text) => view.journey.cards.find((c) => c.text.startsWith(text));

let h;
before(async () => { h = await openHarness({ view: viewJson }); });
after(async () => { await h?.close(); });

async function reload() {
  await h.page.reload();
  await h.page.waitForSelector(".card");
}

async function stageCentreX(name) {
  const box = await h.page.locator(`.stage-header:has(.stage-name:text-is("${name}"))`).boundingBox();
  return box.x + box.width / 2;
}

test("a dragged card lands in the cell under the pointer, where the drop indicator was", async () => {
  await reload();
  const { page } = h;
  const from = await centreOf(page, cardSelector("Recipe picker"));
  const toX = await stageCentreX("Compare meal kits");
  const first = await page.locator(cardSelector("Comparison site lists")).boundingBox();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Above the first card of the target cell: the drop goes before it.
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((toX - from.x) * i) / 10, from.y + ((first.y + 10 - from.y) * i) / 10);
  const indicator = await page.locator(".drop-indicator").boundingBox();
  assert.ok(indicator, "no drop indicator while dragging");
  assert.ok(Math.abs(indicator.y - first.y) < 14, `indicator at ${indicator.y}, first card at ${first.y}`);
  await page.mouse.up();
  const edits = await h.edits();
  const moved = edits.at(-1);
  // The page names the place (before the cell's first card); the core works out the rank.
  assert.deepEqual(moved, {
    type: "placeCards",
    ids: [card("Recipe picker").id],
    stage: stage("Compare meal kits"),
    lane: card("Recipe picker").lane,
    index: 0,
  });
});

test("a press without movement selects the card and moves nothing", async () => {
  await reload();
  const { page } = h;
  const before = (await h.edits()).length;
  const c = await centreOf(page, cardSelector("Compares three services"));
  await page.mouse.click(c.x, c.y);
  assert.equal(await page.locator(cardSelector("Compares three services")).getAttribute("aria-selected"), "true");
  assert.equal((await h.edits()).length, before);
});

test("a double-click edits a card's text in place, and a stage header's name", async () => {
  // The press captures the pointer only once it moves: a captured pointer's double-click goes to
  // the map, which would leave the card unedited.
  await reload();
  const { page } = h;
  await page.locator(cardSelector("Compares three services")).dblclick();
  const editor = page.locator(".card textarea");
  await editor.waitFor({ timeout: 5000 });
  assert.equal(await editor.inputValue(), card("Compares three services").text);
  await page.keyboard.press("Escape");
  await page.locator(`.stage-header:has(.stage-name:text-is("Compare meal kits"))`).dblclick();
  const name = page.locator(".stage-header input");
  await name.waitFor({ timeout: 5000 });
  assert.equal(await name.inputValue(), "Compare meal kits");
  await page.keyboard.press("Escape");
});

test("shift-click selects two cards and dragging one moves both as one step", async () => {
  await reload();
  const { page } = h;
  const a = await centreOf(page, cardSelector("Sees a friend"));
  const b = await centreOf(page, cardSelector("Comparison site lists"));
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up("Shift");
  const toX = await stageCentreX("Pick plan & meals");
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(a.x + ((toX - a.x) * i) / 8, a.y);
  await page.mouse.up();
  const last = (await h.edits()).at(-1);
  assert.equal(last.type, "placeCards", JSON.stringify(last));
  assert.deepEqual(new Set(last.ids), new Set([card("Sees a friend").id, card("Comparison site lists").id]));
  assert.equal(last.ids.length, 2);
  assert.equal(last.stage, stage("Pick plan & meals"));
  assert.equal(last.lane, card("Sees a friend").lane);
});

test("dragging near the right edge scrolls the map by itself", async () => {
  await reload();
  const { page } = h;
  const canvas = await page.locator(".canvas").boundingBox();
  const c = await centreOf(page, cardSelector("Sees a friend"));
  const scroll = () => page.evaluate(() => document.querySelector(".canvas").scrollLeft);
  assert.equal(await scroll(), 0);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 30, c.y);
  await page.mouse.move(canvas.x + canvas.width - 6, c.y);
  await page.waitForFunction(() => document.querySelector(".canvas").scrollLeft > 200);
  await page.keyboard.press("Escape");
  await page.mouse.up();
});

test("an emotion point dragged above the lane gets the top of the scale", async () => {
  await reload();
  const { page } = h;
  const touch = card("Recipe picker");
  const handle = page.locator(`.emotion-handle[data-point-for="${touch.id}"]`);
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  const lane = await page.locator(".lane-label.lane-emotions").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, lane.y + 30, { steps: 8 });
  assert.equal(await handle.getAttribute("aria-valuenow"), String(view.journey.scale.max), "the point does not follow the pointer");
  await page.mouse.up();
  const last = (await h.edits()).at(-1);
  assert.equal(last.type, "updateCard");
  assert.equal(last.card.id, touch.id);
  assert.equal(last.card.body.emotion.score, view.journey.scale.max);
});


test("a rubber band drawn from an empty cell selects the cards it touches", async () => {
  await reload();
  const { page } = h;
  const thoughts = await page.locator('.lane-label:has(.lane-name:text-is("Thoughts"))').boundingBox();
  const start = { x: await stageCentreX("Compare meal kits"), y: thoughts.y + thoughts.height / 2 };
  const a = await page.locator(cardSelector("Sees a friend")).boundingBox();
  const b = await page.locator(cardSelector("Comparison site lists")).boundingBox();
  const end = { x: a.x + 20, y: Math.max(a.y, b.y) + 20 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  assert.ok(await page.locator(".rubber-band").isVisible(), "no rubber band while dragging");
  await page.mouse.up();
  const selected = await page.locator('.card[aria-selected="true"] .card-text').allTextContents();
  assert.ok(selected.some((t) => t.startsWith("Sees a friend")), `selected: ${selected}`);
  assert.ok(selected.some((t) => t.startsWith("Comparison site lists")), `selected: ${selected}`);
  assert.equal((await h.edits()).length, 0, "a rubber band must not change anything");
});

test("dragging a stage header one column right asks the store to move that stage one place", async () => {
  await reload();
  const { page } = h;
  const header = await page.locator('.stage-header:has(.stage-name:text-is("Compare meal kits"))').boundingBox();
  const next = await page.locator('.stage-header:has(.stage-name:text-is("Pick plan & meals"))').boundingBox();
  const y = header.y + header.height / 2;
  await page.mouse.move(header.x + header.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(next.x + next.width * 0.75, y, { steps: 8 });
  assert.ok(await page.locator(".column-drop").isVisible(), "no drop marker between columns");
  await page.mouse.up();
  // The rewiring itself is the core's (journey-core moves.rs, tested there and end to end).
  assert.deepEqual((await h.edits()).at(-1), { type: "moveStage", id: stage("Compare meal kits"), steps: 1 });
});

test("the middle mouse button pans the map", async () => {
  await reload();
  const { page } = h;
  const canvas = await page.locator(".canvas").boundingBox();
  const scroll = () => page.evaluate(() => { const c = document.querySelector(".canvas"); return [c.scrollLeft, c.scrollTop]; });
  assert.deepEqual(await scroll(), [0, 0]);
  const x = canvas.x + canvas.width / 2, y = canvas.y + canvas.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down({ button: "middle" });
  await page.mouse.move(x - 300, y - 200, { steps: 5 });
  await page.mouse.up({ button: "middle" });
  assert.deepEqual(await scroll(), [300, 200]);
  assert.equal((await h.edits()).length, 0);
});

// Last: covers every page load above.
test("the page makes no request off the loopback", () => {
  assert.deepEqual(h.offsite, []);
});
