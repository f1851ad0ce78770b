// A teammate's change reaching the window while you work (live sync brings it as the shell's
// `journey-changed` event, `__harness.remote` here): it patches what it names and nothing else
// of yours. The map does not scroll, the selection stays, an inline edit in progress keeps
// what you typed (and is saved as you typed it), and a card you are dragging stays under your
// pointer and lands where you drop it even though the teammate moved it meanwhile.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cardSelector, centreOf, makeView, openHarness } from "./harness.mjs";

const viewJson = makeView();
const view = JSON.parse(viewJson);
const stage = (name) => view.journey.stages.find((s) => s.name === name);
const card = (text) => view.journey.cards.find((c) => c.text.startsWith(text));
const boxOf = (c) => view.layout.cards.find((b) => b.card === c.id);
const column = (stageId) => view.layout.columns.find((c) => c.stage === stageId);

let h;
before(async () => { h = await openHarness({ view: viewJson }); });
after(async () => { await h?.close(); });

async function reload() {
  await h.page.reload();
  await h.page.waitForSelector(".card");
}

/** The teammate's version of card `c`: new text, or moved to stage `to` (its box with it). */
function theirs(c, { text, to } = {}) {
  const box = boxOf(c);
  if (!to) return { card: { ...c, text: text ?? c.text }, box };
  const dx = column(to.id).x - column(c.stage).x;
  return { card: { ...c, stage: to.id, text: text ?? c.text }, box: { ...box, stage: to.id, x: box.x + dx } };
}

async function remote(...changes) {
  await h.page.evaluate(([cards, boxes]) => window.__harness.remote(cards, boxes), [changes.map((c) => c.card), changes.map((c) => c.box)]);
}

const text = (t) => h.page.locator(cardSelector(t)).count();
const scroll = () => h.page.evaluate(() => { const c = document.querySelector(".canvas"); return [c.scrollLeft, c.scrollTop]; });

test("a teammate's change leaves the scroll position, the selection and an edit in progress alone", async () => {
  await reload();
  const { page } = h;
  // Scrolled along the map, two cards selected.
  await page.evaluate(() => { document.querySelector(".canvas").scrollLeft = 240; });
  const scrolled = await scroll();
  assert.ok(scrolled[0] > 200, `the map did not scroll (${scrolled})`);
  const a = await centreOf(page, cardSelector("Comparison site lists"));
  const b = await centreOf(page, cardSelector("Compares three services"));
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down("Shift");
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up("Shift");
  const selected = () => page.locator('.card[aria-selected="true"] .card-text').allTextContents();
  const before = await selected();
  assert.equal(before.length, 2);

  // The teammate rewords a selected card and moves another one a stage on.
  const moved = card("Recipe picker");
  await remote(
    theirs(card("Comparison site lists"), { text: "Comparison site lists five kits (teammate)" }),
    theirs(moved, { to: stage("Compare meal kits") }),
  );
  await page.waitForFunction(() => [...document.querySelectorAll(".card-text")].some((e) => e.textContent.includes("(teammate)")));
  assert.deepEqual(await scroll(), scrolled, "the map scrolled when a teammate's change came");
  assert.equal((await selected()).length, 2, "the selection was lost");
  assert.ok((await selected()).some((t) => t.includes("(teammate)")), "the reworded card is no longer selected");

  // An edit in progress: the card's text half typed, not saved yet.
  await page.locator(cardSelector("Compares three services")).dblclick();
  const editor = page.locator(".card textarea");
  await editor.waitFor();
  await page.keyboard.press("End");
  await page.keyboard.type(" and asks a friend");
  // The teammate changes that very card and another one.
  const edited = card("Compares three services");
  await remote(theirs(edited, { text: "Teammate's wording" }), theirs(card("Sees a friend"), { text: "Sees a friend's box (teammate)" }));
  await page.waitForFunction(() => [...document.querySelectorAll(".card-text")].some((e) => e.textContent.startsWith("Sees a friend's box")));
  assert.equal(await editor.count(), 1, "the inline editor closed");
  assert.equal(await editor.inputValue(), `${edited.text} and asks a friend`, "what was typed was replaced");
  assert.ok(await editor.evaluate((e) => e === document.activeElement), "the editor lost the keyboard focus");
  assert.deepEqual(await scroll(), scrolled);
  // Enter saves what was typed.
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.querySelector(".card textarea"));
  const last = (await h.edits()).at(-1);
  assert.ok(JSON.stringify(last).includes(`${edited.text} and asks a friend`), JSON.stringify(last));
  assert.ok(await text("Sees a friend's box"), "the teammate's other change was lost");
});

test("a card being dragged stays under the pointer when a teammate moves it, and lands where it is dropped", async () => {
  await reload();
  const { page } = h;
  const dragged = card("Recipe picker");
  const from = await centreOf(page, cardSelector("Recipe picker"));
  const targetHeader = await page.locator(`.stage-header:has(.stage-name:text-is("Compare meal kits"))`).boundingBox();
  const toX = targetHeader.x + targetHeader.width / 2;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const halfway = from.x + (toX - from.x) / 2;
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + ((halfway - from.x) * i) / 5, from.y);
  // The teammate moves the same card to another stage while it is in the air.
  const elsewhere = view.journey.stages.find((s) => s.id !== dragged.stage && s.name !== "Compare meal kits");
  await remote(theirs(dragged, { to: elsewhere, text: "Recipe picker (moved by a teammate)" }));
  await page.waitForFunction(() => [...document.querySelectorAll(".card-text")].some((e) => e.textContent.includes("moved by a teammate")));
  const air = await page.locator(cardSelector("Recipe picker")).boundingBox();
  assert.ok(Math.abs(air.x + air.width / 2 - halfway) < 30, `the card left the pointer: centre ${air.x + air.width / 2}, pointer ${halfway}`);
  assert.equal(await page.locator(cardSelector("Recipe picker")).evaluate((e) => e.classList.contains("dragging")), true, "the drag was dropped");
  // Dropped on the stage aimed at: that is where it goes.
  for (let i = 1; i <= 5; i++) await page.mouse.move(halfway + ((toX - halfway) * i) / 5, from.y);
  await page.mouse.up();
  const last = (await h.edits()).at(-1);
  assert.equal(last.type, "placeCards", JSON.stringify(last));
  assert.deepEqual(last.ids, [dragged.id]);
  assert.equal(last.stage, stage("Compare meal kits").id);
});
