// The window in the pseudo-locale (en-XA: every message about a third longer and accented) in
// Chromium: no word of the interface is clipped by its box or pushed out of the window. Longer
// translations (Russian, Tagalog) then fit too. The user's own text (names, cards; `dir=auto`)
// is not the interface's and may be ellipsized by design.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { makeViewAndInsights, openHarness } from "./harness.mjs";

const { view, insights } = makeViewAndInsights();

let h;
before(async () => { h = await openHarness({ view, insights, lang: "en-XA", width: 1440, height: 900 }); });
after(async () => { await h?.close(); });

/** Interface text (not the user's) that its box clips or the window cuts off. */
function clipped(page) {
  return page.evaluate(() => {
    const out = [];
    const roots = document.querySelectorAll(".toolbar, .topbar, .inspector, .dialog, .journey-menu-list, .presentation header, .version-banner");
    for (const root of roots) {
      for (const el of root.querySelectorAll("*")) {
        if (el.closest("[dir=auto]") || el.closest(".visually-hidden")) continue;
        const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(" ");
        if (!/\p{L}{2}/u.test(own)) continue;
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (r.width === 0 || style.visibility === "hidden") continue;
        const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
        if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`${el.className || el.tagName}: "${own.slice(0, 40)}" needs ${el.scrollWidth}px, has ${el.clientWidth}px`);
        else if (r.right > innerWidth + 1 || r.left < -1) out.push(`${el.className || el.tagName}: "${own.slice(0, 40)}" runs out of the window (${Math.round(r.left)}..${Math.round(r.right)})`);
      }
    }
    return out;
  });
}

const menu = (a) => h.page.evaluate((x) => window.__harness.menu(x), a);

for (const [name, go, shows] of [
  ["the map, toolbar and journey inspector", async () => {}, ".inspector .field"],
  ["a selected card", async () => h.page.locator(".card.kind-painPoint").first().click(), ".inspector .score"],
  ["a selected stage", async () => h.page.locator(".stage-header").first().click(), ".inspector .field"],
  ["the insights panel", async () => menu("toggle-insights"), ".insights-panel .findings"],
  ["the versions panel", async () => menu("toggle-versions"), ".versions-panel"],
  ["the workshop panel", async () => menu("toggle-workshop"), ".workshop-panel"],
  ["the journeys menu", async () => h.page.locator(".journey-menu-button").click(), ".journey-menu-list"],
  ["the export dialog", async () => menu("export"), ".export-dialog"],
  ["the shortcuts dialog", async () => menu("shortcuts"), ".dialog.shortcuts"],
  ["the preferences dialog", async () => menu("preferences"), ".dialog.preferences"],
  ["the presentation", async () => menu("present"), ".presentation header"],
]) {
  test(`${name}: no interface text is clipped in the pseudo-locale`, async () => {
    await h.page.reload();
    await h.page.waitForSelector(".card");
    await go();
    await h.page.waitForSelector(shows);
    // The pseudo-locale is really on: the toolbar's Undo reads accented.
    assert.match(await h.page.locator(".toolbar").innerText(), /ŬŬƞḓǿǿ/);
    const found = await clipped(h.page);
    assert.deepEqual(found, [], `clipped in ${name}:\n${found.join("\n")}`);
  });
}
