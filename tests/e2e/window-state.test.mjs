// The studio opens where it was left: size and place of the window are saved when it closes
// (tauri-plugin-window-state) and restored at the next start.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { cli, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

test("the window comes back at the size and place it was left", async () => {
  const home = tempHome();
  const file = path.join(home, "Placed.journeys");
  execFileSync(cli, ["new", file]);
  const wanted = { x: 60, y: 40, width: 1120, height: 720 };

  let studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 5);
    const before = await browser.getWindowRect();
    assert.notDeepEqual({ width: before.width, height: before.height }, { width: wanted.width, height: wanted.height });
    await browser.setWindowRect(wanted.x, wanted.y, wanted.width, wanted.height);
    await browser.waitUntil(async () => { const r = await browser.getWindowRect(); return r.width === wanted.width && r.height === wanted.height; },
      { timeout: 10_000, timeoutMsg: "the window was not resized" });
    // Closed as a person closes it (Ctrl+W on the last window ends the app, which saves).
    execFileSync("xdotool", ["search", "--name", "^Placed\\.journeys — Journey Studio$", "windowfocus", "--sync"]);
    execFileSync("xdotool", ["key", "ctrl+w"]);
    await waitUntilUnlocked(file);
  } finally {
    await studio.stop();
  }

  studio = await startStudio({ home, args: [file] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 5);
    const r = await browser.getWindowRect();
    assert.deepEqual({ width: r.width, height: r.height }, { width: wanted.width, height: wanted.height });
    assert.deepEqual({ x: r.x, y: r.y }, { x: wanted.x, y: wanted.y });
  } finally {
    await studio.stop();
  }
});
