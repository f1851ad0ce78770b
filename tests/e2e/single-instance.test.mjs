// A second start with a file hands the file to the running studio and exits at once: the file
// opens in a window of its own, so one workspace never has two writers and the first window
// keeps its own file (needs a session bus, as every desktop has; the e2e layer runs under
// dbus-run-session).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { app, cli, isLocked, startStudio, studioEnv, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

/** Starts the studio binary a second time, as a file manager would; resolves its exit code. */
function secondStart(home, file) {
  return new Promise((resolve, reject) => {
    const p = spawn(app, [file], { stdio: "ignore", env: studioEnv(home) });
    const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error("the second start kept running: two studios")); }, 15_000);
    p.once("exit", (c) => { clearTimeout(timer); resolve(c); });
  });
}

const heading = (browser) => browser.execute(() => document.querySelector("h1.journey-name")?.textContent);

test("opening a second file goes to the running studio, in a window of its own", { skip: !process.env.DBUS_SESSION_BUS_ADDRESS && "no session bus" }, async () => {
  const home = tempHome();
  const first = path.join(home, "First.journeys");
  const second = path.join(home, "Second.journeys");
  execFileSync(cli, ["new", first]);
  execFileSync(cli, ["new", second, "--template", "connected-strategy"]);
  const studio = await startStudio({ home, args: [first] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    const firstHeading = await heading(browser);
    const main = await browser.getWindowHandle();

    assert.equal(await secondStart(home, second), 0);
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 2,
      { timeout: 10_000, timeoutMsg: "no window opened for the second file" });
    const other = (await browser.getWindowHandles()).find((h) => h !== main);
    assert.ok(isLocked(second), "the studio holds the second file");

    // The first window still shows its own file.
    assert.equal(await heading(browser), firstHeading);
    assert.notEqual(firstHeading, "Connected strategy");

    await browser.switchToWindow(other);
    await browser.waitUntil(async () => (await heading(browser)) === "Connected strategy",
      { timeout: 10_000, timeoutMsg: "the new window did not show the second file" });
    assert.equal(await browser.getTitle(), "Second.journeys — Journey Studio");
    assert.equal(await browser.execute(() => document.querySelector(".file-name")?.textContent), "Second.journeys");

    // The same file again: its window comes forward, no third window, no second writer.
    assert.equal(await secondStart(home, second), 0);
    assert.equal((await browser.getWindowHandles()).length, 2);

    // Ctrl+W as a person presses it (a real X key event to the native window, found by the
    // title the shell gave it; WebDriver's own "close window" never reaches the native window):
    // the window closes and lets go of its file; the first window and its file stay open.
    execFileSync("xdotool", ["search", "--name", "^Second\\.journeys — Journey Studio$", "windowfocus", "--sync"]);
    execFileSync("xdotool", ["key", "ctrl+w"]);
    await waitUntilUnlocked(second);
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1,
      { timeout: 10_000, timeoutMsg: "the closed window is still listed" });
    await browser.switchToWindow(main);
    assert.equal(await heading(browser), firstHeading);
    assert.ok(isLocked(first), "the first window still holds its file");
  } finally {
    await studio.stop();
  }
});
