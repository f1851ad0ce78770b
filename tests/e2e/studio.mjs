// Starts the real Journey Studio binary under WebDriver (tauri-driver + WebKitWebDriver) with
// its own temporary data folders, and stops everything afterwards.

import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { remote } from "webdriverio";
import { bin } from "../../scripts/target-dir.mjs";

export const root = path.resolve(import.meta.dirname, "../..");
export const app = bin("debug", "journey-studio");
export const cli = bin("debug", "journey");
// Screenshots stay in ./target whatever CARGO_TARGET_DIR says (see scripts/target-dir.mjs).
export const outDir = path.join(root, "target/e2e");
mkdirSync(outDir, { recursive: true });

function tauriDriver() {
  const local = path.join(os.homedir(), ".cargo/bin/tauri-driver");
  if (existsSync(local)) return local;
  return execFileSync("sh", ["-c", "command -v tauri-driver"]).toString().trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForPort(port, deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => { s.end(); resolve(true); });
      s.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

export function tempHome() {
  return mkdtempSync(path.join(os.tmpdir(), "journey-e2e-"));
}

/** The file the app creates on first start inside `home`. */
export function defaultWorkspace(home) {
  return path.join(home, "data", "studio.journey.desktop", "journeys.journeys");
}

/** The environment a studio of this test home runs in: its own data and settings folders. */
export function studioEnv(home) {
  return { ...process.env, XDG_DATA_HOME: path.join(home, "data"), XDG_CONFIG_HOME: path.join(home, "config") };
}

/**
 * `nofile`: the open-file limits ("soft:hard") the studio starts under, as a desktop session
 * would start it (through prlimit, which tauri-driver and the app inherit); else this run's own.
 */
export async function startStudio({ home = tempHome(), args = [], env = {}, application = app, nofile } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  // Its own process group (detached), so stopping can end tauri-driver, WebKitWebDriver and the
  // app together: the app does not always exit when the session is deleted, and a leftover app
  // would keep the workspace locked for the next test.
  const command = [tauriDriver(), "--port", String(port), "--native-port", String(nativePort)];
  if (nofile) command.unshift("prlimit", `--nofile=${nofile}`);
  const driver = spawn(command[0], command.slice(1), {
    env: { ...studioEnv(home), ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const killGroup = (signal) => { try { process.kill(-driver.pid, signal); } catch { /* already gone */ } };
  try {
    await waitForPort(port, 10_000);
    const browser = await remote({
      hostname: "127.0.0.1",
      port,
      logLevel: "error",
      capabilities: { "tauri:options": { application, args } },
    });
    return {
      browser,
      home,
      async stop() {
        // A failed session end must not hide the test's own failure; the app may be gone.
        try { await browser.deleteSession(); } catch (e) { console.error(`ending the session: ${e.message}`); } finally {
          const exited = driver.exitCode === null ? new Promise((r) => driver.once("exit", r)) : Promise.resolve();
          killGroup("SIGTERM");
          await exited;
          // The app itself may outlive tauri-driver for a moment; a next start would then hand
          // its file to this one (single instance) instead of opening a window. Wait for the
          // whole process group to be gone.
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            try { process.kill(-driver.pid, 0); } catch { break; }
            await new Promise((r) => setTimeout(r, 50));
          }
          killGroup("SIGKILL");
        }
      },
    };
  } catch (e) {
    killGroup("SIGTERM");
    throw e;
  }
}

/** Waits until `selector` matches at least `count` elements; returns their texts. */
export async function texts(browser, selector, count = 1, timeout = 20_000) {
  await browser.waitUntil(async () => (await browser.$$(selector)).length >= count, {
    timeout,
    timeoutMsg: `fewer than ${count} elements match ${selector}`,
  });
  // Bundled fonts load asynchronously; text is invisible until they have.
  await browser.waitUntil(() => browser.execute(() => document.fonts.status === "loaded"), { timeout, timeoutMsg: "fonts never loaded" });
  // textContent, not getText(): WebKitWebDriver's visibility heuristic reports text inside the
  // sticky, absolutely positioned map as hidden even though the screenshot shows it. Read in one
  // go in the page: element by element, a redraw in between (another journey opening) left an
  // index that no longer exists.
  return browser.execute((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim()), selector);
}

/** True while a process (a studio) holds the workspace's lock. */
export function isLocked(file) {
  try {
    execFileSync("flock", ["--nonblock", "--exclusive", file, "true"]);
    return false;
  } catch {
    return true;
  }
}

/** Waits until no process holds the workspace lock (the app has really exited). */
export async function waitUntilUnlocked(file, timeout = 10_000) {
  const until = Date.now() + timeout;
  while (isLocked(file)) {
    if (Date.now() > until) throw new Error(`${file} is still locked after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The studio's X window as a person sees it, native menu bar included (WebKitWebDriver's own
 *  screenshot has only the page, and with WebKitGTK 2.50.6 it never answers once the window
 *  has switched journeys in some runs: export.test.mjs, reproduced at 4d69115 while the window
 *  went on painting, as this X capture of it showed). */
export function windowShot(name) {
  const id = execFileSync("xdotool", ["search", "--name", "Journey Studio$"]).toString().trim().split("\n")[0];
  execFileSync("import", ["-window", id, path.join(outDir, name)]);
}
