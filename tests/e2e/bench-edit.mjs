// `make bench-edit`: the real studio (release build) under Xvfb, driven through WebDriver as the
// end-to-end tests drive it, on generated journeys of 100, 1,000 and 10,000 cards. For each it
// makes 50 edits the way a user makes them, alternating a keyboard card move (Space, an arrow,
// Space) and a text edit through the inspector (Enter commits), and measures the time from the
// key event that made the edit to the frame in which the change was painted (the page notes it
// after the frame, see `benchHooks` in ui/src/editor/useEditor.ts). Each size runs twice in the
// same run: on the change path, and with `fullReload` set, which makes the window fetch the whole
// journey after every change, as it did before (the baseline).
//
// Prints a table, then one JSON line. Journeys keep 25 cards per stage at every size (4, 40 and
// 400 stages), so a larger journey is a longer map, not fuller cells: what grows is the journey,
// not the part of it one edit moves.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin } from "../../scripts/target-dir.mjs";
import { startStudio, tempHome } from "./studio.mjs";

const SIZES = (process.env.BENCH_EDIT_SIZES ?? "100,1000,10000").split(",").map(Number);
const EDITS = Number(process.env.BENCH_EDIT_COUNT ?? 50);
const PER_STAGE = 25;
// BENCH_EDIT_PROFILE=debug runs the debug build, for looking into where time goes (the figures are the release build's).
const PROFILE = process.env.BENCH_EDIT_PROFILE ?? "release";
const app = bin(PROFILE, "journey-studio");
const cli = bin(PROFILE, "journey");

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x) => Math.round(x * 10) / 10;

/** The card the edits work on: the first one of the first stage's first lane. */
function pickCard(file) {
  const view = JSON.parse(execFileSync(cli, ["view", file], { maxBuffer: 512 * 1024 * 1024 }).toString());
  const stage = view.layout.columns[0].stage;
  const lane = view.layout.rows[0].lane;
  const box = view.layout.cards.filter((b) => b.stage === stage && b.lane === lane).sort((a, b) => a.y - b.y)[0];
  return box.card;
}

async function painted(browser) {
  return browser.execute(() => globalThis.__journeyBench?.painted ?? null);
}

/** Runs `act`, then waits until a view of a later revision is painted; returns key-to-paint ms. */
async function timed(browser, act) {
  const before = await painted(browser);
  await act();
  let after = null;
  await browser.waitUntil(async () => {
    after = await painted(browser);
    return after && after.revision > before.revision;
  }, { timeout: 30_000, interval: 5, timeoutMsg: "the change was never painted" });
  if (after.revision !== before.revision + 1) throw new Error(`one edit moved the revision from ${before.revision} to ${after.revision}`);
  const t = await browser.execute(() => ({ key: globalThis.__benchKeyAt, sent: globalThis.__journeyBench.sentAt, answered: globalThis.__journeyBench.answeredAt }));
  // Where the time went, for the table's last columns: key to sent, the call, to commit, to paint.
  parts.push([t.sent - t.key, t.answered - t.sent, after.committedAt - t.answered, after.frameAt - after.committedAt, after.at - after.frameAt]);
  return after.at - t.key;
}
let parts = [];

async function run(size, fullReload) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-bench-edit-"));
  const file = path.join(dir, `bench-${size}.journeys`);
  const stages = Math.max(1, Math.round(size / PER_STAGE));
  execFileSync(cli, ["new", file, "--cards", String(size), "--stages", String(stages)]);
  const cardId = pickCard(file);
  const ready = path.join(dir, "ready");
  const home = tempHome();
  const studio = await startStudio({ home, args: [file], application: app, env: { JOURNEY_STUDIO_READY_FILE: ready } });
  try {
    const { browser } = studio;
    const card = await browser.$(`.card[data-card-id="${cardId}"]`);
    await card.waitForExist({ timeout: 30_000 });
    await browser.waitUntil(() => painted(browser), { timeout: 30_000, timeoutMsg: "the first view was never painted" });
    // The page tells the shell once the first map is drawn; the shell writes the time.
    await browser.waitUntil(async () => existsSync(ready), { timeout: 30_000, timeoutMsg: "the studio never said it was ready" });
    const openMs = Number(readFileSync(ready, "utf8"));
    await browser.execute((full) => {
      globalThis.__journeyBench.fullReload = full;
      // The key that makes the edit is the last one before the change: note every key's time.
      window.addEventListener("keydown", () => { globalThis.__benchKeyAt = performance.now(); }, true);
    }, fullReload);
    await card.click();
    const times = [];
    for (let i = 0; i < EDITS; i++) {
      if (i % 2 === 0) {
        // Keyboard move: one stage right, next time back left.
        const arrow = i % 4 === 0 ? "ArrowRight" : "ArrowLeft";
        times.push(await timed(browser, async () => {
          await browser.keys([" "]);
          await browser.keys([arrow]);
          await browser.keys([" "]);
        }));
      } else {
        // Inspector: replace the text (a long one every other time, so the card changes height).
        const field = await browser.$(".inspector textarea");
        const text = i % 4 === 1 ? `Edited ${i}: a longer text for this card that wraps onto a second and a third line` : `Edited ${i}`;
        await field.click();
        await browser.execute((el, t) => {
          // React tracks the value itself: set it through the native setter so onChange sees it.
          const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
          set.call(el, t);
          el.dispatchEvent(new Event("input", { bubbles: true }));
        }, field, text);
        times.push(await timed(browser, () => browser.keys(["Enter"])));
        // Back to the map, where the arrows move the card.
        await (await browser.$(`.card[data-card-id="${cardId}"]`)).click();
      }
    }
    const split = parts;
    parts = [];
    return { size, stages, fullReload, openMs, times, split };
  } finally {
    await studio.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

const rows = [];
for (const size of SIZES) {
  for (const fullReload of [false, true]) rows.push(await run(size, fullReload));
}

console.log("cards   stages  path          p50 ms   p95 ms   max ms   open ms   median split: key>sent  call >commit >frame >paint");
for (const r of rows) {
  console.log(
    `${String(r.size).padStart(6)}  ${String(r.stages).padStart(6)}  ${(r.fullReload ? "full reload" : "change").padEnd(12)}` +
    `${round(percentile(r.times, 50)).toFixed(1).padStart(8)} ${round(percentile(r.times, 95)).toFixed(1).padStart(8)}` +
    ` ${round(Math.max(...r.times)).toFixed(1).padStart(8)} ${round(r.openMs).toFixed(0).padStart(9)}   ` +
    [0, 1, 2, 3, 4].map((k) => round(percentile(r.split.map((s) => s[k]), 50)).toFixed(1).padStart(6)).join(" "),
  );
}
// Moves and text edits apart (even edits are moves), for looking into the spread.
for (const r of rows) {
  const kind = (odd) => r.times.filter((_, i) => i % 2 === (odd ? 1 : 0));
  const split = (odd) => [0, 1, 2, 3, 4].map((k) => round(percentile(r.split.filter((_, i) => i % 2 === (odd ? 1 : 0)).map((s) => s[k]), 50))).join("/");
  console.log(`${String(r.size).padStart(6)}  ${r.fullReload ? "full reload" : "change     "}  moves p50 ${round(percentile(kind(false), 50))} p95 ${round(percentile(kind(false), 95))} (${split(false)}), text edits p50 ${round(percentile(kind(true), 50))} p95 ${round(percentile(kind(true), 95))} (${split(true)})`);
}
const pick = (full) => rows.filter((r) => r.fullReload === full);
const stats = (full, p) => Object.fromEntries(pick(full).map((r) => [r.size, round(percentile(r.times, p))]));
const p50 = stats(false, 50);
const largest = Math.max(...SIZES);
const smallest = Math.min(...SIZES);
console.log(JSON.stringify({
  edits_per_size: EDITS,
  edit_paint_ms_p50: p50,
  edit_paint_ms_p95: stats(false, 95),
  reload_edit_paint_ms_p50: stats(true, 50),
  reload_edit_paint_ms_p95: stats(true, 95),
  ratio_p50_10k_to_100: round((p50[largest] / p50[smallest]) * 100) / 100,
  open_10k_ms: round(pick(false).find((r) => r.size === largest).openMs),
}));
