// Emoji in the real window (WebKitGTK): a Mermaid journey with emoji in its section names,
// imported by the CLI and opened, is drawn with the bundled Noto Emoji, which the window loads
// for it (an English journey without emoji never loads it: sample.test.mjs). The machine has no
// emoji font of its own, so without the bundled face these would be boxes.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cli, outDir, startStudio, tempHome, texts } from "./studio.mjs";

// The flag is mid-line: WebKit's box for a range that ends a line is 0.7 px wider than its glyph.
const MERMAID = `journey
  title Emoji everywhere
  section 🔍 Discovery
    👩‍💻 Reads 🇵🇹 reviews: 3: Ana
  section 🛒 Checkout
    Pays 👍🏽 in 1️⃣ step: 5: Ana
`;

/** Noto Emoji's advance: every emoji glyph is 2600 of its 2048 units wide. */
const ADVANCE = 2600 / 2048;

test("a journey with emoji is drawn with the bundled emoji face", async () => {
  const home = tempHome();
  const mmd = path.join(home, "journey.mmd");
  writeFileSync(mmd, MERMAID);
  const file = path.join(home, "Emoji.journeys");
  execFileSync(cli, ["import", mmd, "--into", file], { stdio: ["ignore", "pipe", "ignore"] });
  const studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    assert.deepEqual(await texts(browser, ".stage-name", 2), ["🔍 Discovery", "🛒 Checkout"]);
    const faces = await browser.execute(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Emoji").map((f) => f.status));
    assert.deepEqual(faces, ["loaded"], "the emoji face was not loaded for a journey with emoji");
    // Each emoji is as wide as Noto Emoji draws it: 🔍 in the bold stage name, and a keycap (one
    // glyph of three code points) and a ZWJ sequence in the cards.
    const widths = await browser.execute(() => {
      const measure = (el, needle) => {
        const text = el.firstChild;
        const at = text.data.indexOf(needle);
        if (at < 0) return null;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + needle.length);
        const scale = el.getBoundingClientRect().width / el.offsetWidth;
        return { needle, drawn: range.getBoundingClientRect().width / scale, size: parseFloat(getComputedStyle(el).fontSize) };
      };
      const stage = document.querySelector(".stage-name");
      const cards = [...document.querySelectorAll(".card .card-text")];
      const inCards = (needle) => cards.map((c) => measure(c, needle)).find(Boolean) ?? { needle, missing: true };
      return [measure(stage, "🔍"), inCards("1\ufe0f\u20e3"), inCards("👩\u200d💻"), inCards("🇵🇹")];
    });
    await browser.saveScreenshot(path.join(outDir, "emoji.png"));
    for (const w of widths) {
      assert.ok(!w.missing, `${w.needle} is not in any card`);
      assert.ok(Math.abs(w.drawn - w.size * ADVANCE) < 0.5, `${w.needle} is ${w.drawn} px wide at ${w.size} px, not one Noto Emoji glyph (${w.size * ADVANCE} px)`);
    }
  } finally {
    await studio.stop();
  }
});
