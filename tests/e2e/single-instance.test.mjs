// A second start with a file hands the file to the running studio and exits at once, so one
// workspace never has two writers (needs a session bus, as every desktop has; the e2e layer
// runs under dbus-run-session).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { cli, startStudio, tempHome, texts } from "./studio.mjs";
import { root } from "./studio.mjs";

test("opening a second file goes to the running studio", { skip: !process.env.DBUS_SESSION_BUS_ADDRESS && "no session bus" }, async () => {
  const home = tempHome();
  const first = path.join(home, "First.journeys");
  const second = path.join(home, "Second.journeys");
  execFileSync(cli, ["new", first]);
  execFileSync(cli, ["new", second, "--template", "connected-strategy"]);
  const studio = await startStudio({ home, args: [first] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    const started = Date.now();
    const code = await new Promise((resolve, reject) => {
      const p = spawn(path.join(root, "target/debug/journey-studio"), [second], { stdio: "ignore", env: { ...process.env, XDG_DATA_HOME: path.join(home, "data"), XDG_CONFIG_HOME: path.join(home, "config") } });
      const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error("the second start kept running: two studios")); }, 15_000);
      p.once("exit", (c) => { clearTimeout(timer); resolve(c); });
    });
    assert.equal(code, 0);
    assert.ok(Date.now() - started < 10_000);
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector("h1.journey-name")?.textContent)) === "Connected strategy",
      { timeout: 10_000, timeoutMsg: "the running studio did not open the second file" });
  } finally {
    await studio.stop();
  }
});
