// The stage graph view in the real window: connect two stages by dragging from one stage's
// handle to another's; the new branch is in the file and is drawn in the map's flow band.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

const stored = (file) => JSON.parse(execFileSync(cli, ["show", file, "--json"]).toString());
const stageId = (j, name) => j.stages.find((s) => s.name === name).id;

/** Viewport centre of the connectable handle ("out" on the right, "in" on the left) of a stage. */
async function handle(browser, name, kind) {
  return browser.execute((n, k) => {
    const node = [...document.querySelectorAll(".react-flow__node")].find((e) => e.querySelector(".graph-stage-name")?.textContent === n);
    const h = node?.querySelector(`.react-flow__handle[data-handleid="${k}"]`);
    if (!h) return null;
    const r = h.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  }, name, kind);
}

test("dragging from one stage to another in the graph view adds a branch that is saved", async () => {
  const home = tempHome();
  const file = path.join(home, "Graph.journeys");
  execFileSync(cli, ["new", file]);
  const before = stored(file);
  const from = stageId(before, "Dinner fatigue");
  const to = stageId(before, "Checkout");
  assert.ok(!before.flows.some((f) => f.from === from && f.to === to), "the sample already has this flow");

  const studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await (await browser.$("button=Stage graph")).click();
    await texts(browser, ".graph-stage-name", 8);
    const edgesBefore = (await browser.$$(".react-flow__edge")).length;
    const a = await handle(browser, "Dinner fatigue", "out");
    const b = await handle(browser, "Checkout", "in");
    assert.ok(a && b, "stage handles not found");
    await browser.action("pointer", { parameters: { pointerType: "mouse" } })
      .move({ origin: "viewport", x: a.x, y: a.y })
      .down({ button: 0 })
      .move({ origin: "viewport", x: Math.round((a.x + b.x) / 2), y: Math.round((a.y + b.y) / 2), duration: 100 })
      .move({ origin: "viewport", x: b.x, y: b.y, duration: 200 })
      .up({ button: 0 })
      .perform();
    await browser.waitUntil(async () => (await browser.$$(".react-flow__edge")).length === edgesBefore + 1,
      { timeout: 10_000, timeoutMsg: "no edge was added" });
    await browser.saveScreenshot(path.join(outDir, "graph-view.png"));
    // Back on the map the branch is drawn in the flow band above the stage headers.
    await (await browser.$("button=Map")).click();
    await texts(browser, ".stage-name", 8);
  } finally {
    await studio.stop();
  }
  await waitUntilUnlocked(file);
  const after = stored(file);
  const added = after.flows.filter((f) => !before.flows.some((g) => g.id === f.id));
  assert.equal(added.length, 1);
  assert.deepEqual([added[0].from, added[0].to, added[0].kind], [from, to, "branch"]);
});
