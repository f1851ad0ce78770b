// Emoji in the window and in the HTML export, drawn from the bundled Noto Emoji: this machine
// has no emoji font of its own (Chromium would draw boxes). The journey is a Mermaid file with
// emoji in its section names, imported by the real CLI.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { cli, openHarness, root } from "./harness.mjs";

const MERMAID = `journey
  title Emoji everywhere
  section 🔍 Discovery
    👩‍💻 Reads reviews 🇵🇹: 3: Ana
  section 🛒 Checkout
    Pays 👍🏽 in 1️⃣ step: 5: Ana
`;

function emojiWorkspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-emoji-"));
  const mmd = path.join(dir, "journey.mmd");
  writeFileSync(mmd, MERMAID);
  const file = path.join(dir, "w.journeys");
  const id = execFileSync(cli, ["import", mmd, "--into", file], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  return { dir, file, id };
}

/** Noto Emoji's advance: every emoji glyph is 2600 of its 2048 units wide. */
const ADVANCE = 2600 / 2048;

/** Status of the Noto Emoji faces the page declares. */
const emojiFaces = (page) => page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Emoji").map((f) => f.status));

// The harness loads every face before it draws (main.tsx), so that the window loads this one
// only for a journey with emoji is checked by the e2e test of the real window (sample.test.mjs).
test("the window draws emoji from the bundled face", async () => {
  const { file, id } = emojiWorkspace();
  const view = execFileSync(cli, ["view", file, "--journey", id]).toString();
  const h = await openHarness({ view });
  try {
    const { page } = h;
    await page.waitForSelector('.stage-name:text-is("🔍 Discovery")');
    assert.deepEqual(await emojiFaces(page), ["loaded"], "no Noto Emoji face, or it did not load");
    // 🔍 in the stage name is as wide as Noto Emoji draws it (a box, or another face, has
    // another advance).
    const { drawn, size } = await page.locator('.stage-name:text-is("🔍 Discovery")').evaluate((el) => {
      const range = document.createRange();
      range.setStart(el.firstChild, 0);
      range.setEnd(el.firstChild, 2);
      const scale = el.getBoundingClientRect().width / el.offsetWidth;
      return { drawn: range.getBoundingClientRect().width / scale, size: parseFloat(getComputedStyle(el).fontSize) };
    });
    assert.ok(Math.abs(drawn - size * ADVANCE) < 0.5, `🔍 is ${drawn} px wide; Noto Emoji's is ${size * ADVANCE} px at ${size} px`);
    // A keycap is one glyph of the face too, not Noto Sans's digit beside a box (its digit is in
    // the face's unicode-range for that).
    const keycap = await page.locator(".card-text", { hasText: "Pays" }).evaluate((el) => {
      const text = el.firstChild;
      const at = text.data.indexOf("1\ufe0f\u20e3");
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 3);
      const scale = el.getBoundingClientRect().width / el.offsetWidth;
      return { drawn: range.getBoundingClientRect().width / scale, size: parseFloat(getComputedStyle(el).fontSize) };
    });
    assert.ok(Math.abs(keycap.drawn - keycap.size * ADVANCE) < 0.5, `1️⃣ is ${keycap.drawn} px wide; Noto Emoji's keycap is ${keycap.size * ADVANCE} px`);
    await page.screenshot({ path: path.join(root, "target/emoji-window.png") });
    assert.deepEqual(h.offsite, []);
  } finally {
    await h.close();
  }
});

test("the HTML export embeds the emoji face and draws each sequence from it", async () => {
  const { dir, file, id } = emojiWorkspace();
  const html = path.join(dir, "map.html");
  execFileSync(cli, ["export", file, "--journey", id, "-o", html]);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
    page.on("request", (r) => { if (r.url() !== `file://${html}` && !r.url().startsWith("data:")) problems.push(`request ${r.url()}`); });
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => document.fonts.status === "loaded");
    assert.deepEqual(await emojiFaces(page), ["loaded"]);
    // Each emoji sequence is a tspan in the emoji family, as wide as the face draws it: one
    // glyph for a ZWJ sequence or a flag, not its parts side by side.
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll("#map tspan")]
        .filter((t) => t.getAttribute("font-family") === "'Noto Emoji'")
        .map((t) => ({ text: t.textContent, drawn: t.getComputedTextLength(), size: Number(t.closest("text").getAttribute("font-size")) })));
    for (const seq of ["🔍", "🛒", "👩‍💻", "🇵🇹", "👍🏽", "1️⃣"]) {
      const w = widths.find((x) => x.text === seq);
      assert.ok(w, `${seq} is not set in Noto Emoji: ${JSON.stringify(widths)}`);
      assert.ok(Math.abs(w.drawn - w.size * ADVANCE) < 0.5, `${seq} is ${w.drawn} px wide at ${w.size} px, not one Noto Emoji glyph`);
    }
    await page.getByRole("button", { name: "100%" }).click();
    await page.screenshot({ path: path.join(root, "target/emoji-html-export.png") });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
