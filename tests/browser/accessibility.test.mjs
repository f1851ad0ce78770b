// The accessibility audit: axe-core (through @axe-core/playwright, injected from node_modules,
// nothing fetched) over every view of the studio in Chromium: the map, a selected card, stage and
// lane in the inspector, the stage graph, each panel, each dialog and the presentation, in
// English and in Persian (right to left). A serious or critical violation fails the test, named
// with the rule, what it means and where.

import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { makeViewAndInsights, openHarness } from "./harness.mjs";

const { view, insights } = makeViewAndInsights();

/** Serious and critical violations of the page as it is now, as readable lines. */
async function audit(page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
}

/** Each view: how to get there from a fresh page, and what must be on screen once there. */
const VIEWS = [
  { name: "the map with the journey in the inspector", go: async () => {}, shows: ".map .card" },
  { name: "a selected card in the inspector", go: async (p) => p.locator(".card").first().click(), shows: ".inspector .card-delete, .inspector button.danger" },
  { name: "a selected stage in the inspector", go: async (p) => p.locator(".stage-header").first().click(), shows: ".inspector .field" },
  { name: "a selected lane in the inspector", go: async (p) => p.locator(".lane-label").first().click(), shows: ".inspector .field" },
  { name: "the stage graph", go: async (p) => menu(p, "view-graph"), shows: ".graph-view .react-flow__node" },
  { name: "the insights panel", go: async (p) => menu(p, "toggle-insights"), shows: ".insights-panel .findings" },
  { name: "the versions panel", go: async (p) => menu(p, "toggle-versions"), shows: ".versions-panel" },
  { name: "the workshop panel", go: async (p) => menu(p, "toggle-workshop"), shows: ".workshop-panel" },
  { name: "the journeys menu", go: async (p) => p.locator(".journey-menu-button").click(), shows: ".journey-menu-list" },
  { name: "the export dialog", go: async (p) => menu(p, "export"), shows: ".export-dialog" },
  { name: "the shortcuts dialog", go: async (p) => menu(p, "shortcuts"), shows: ".dialog.shortcuts" },
  { name: "the preferences dialog", go: async (p) => menu(p, "preferences"), shows: ".dialog.preferences" },
  { name: "the presentation view", go: async (p) => menu(p, "present"), shows: ".presentation" },
];

function menu(page, action) {
  return page.evaluate((a) => window.__harness.menu(a), action);
}

for (const lang of ["en", "fa"]) {
  describe(`accessibility, ${lang === "en" ? "English" : "Persian"}`, () => {
    let h;
    before(async () => { h = await openHarness({ view, insights, lang }); });
    after(async () => { await h?.close(); });

    for (const v of VIEWS) {
      test(`${v.name} has no serious or critical axe violation`, async () => {
        const { page } = h;
        await page.reload();
        await page.waitForSelector(".card");
        assert.equal(await page.evaluate(() => document.documentElement.dir), lang === "fa" ? "rtl" : "ltr");
        await v.go(page);
        await page.waitForSelector(v.shows);
        const found = await audit(page);
        assert.deepEqual(found, [], `axe found in ${v.name} (${lang}):\n${found.join("\n")}`);
      });
    }
  });
}

test("the audit fails on a violation", async () => {
  // A button without a name and grey-on-grey text: axe must say so, or the tests above prove nothing.
  const h = await openHarness({ view, insights });
  try {
    await h.page.evaluate(() => {
      const b = document.createElement("button");
      b.innerHTML = "<svg width='10' height='10'></svg>";
      document.querySelector(".toolbar").append(b);
    });
    const found = await audit(h.page);
    assert.ok(found.some((f) => f.includes("button-name")), found.join("\n"));
  } finally {
    await h.close();
  }
});
