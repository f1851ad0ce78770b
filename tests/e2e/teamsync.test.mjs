// Two studios syncing live: two real windows (two XDG homes, each on its own session bus so the
// single-instance hand-over does not join them), one team server (`journey serve` on loopback),
// the workspace shared and joined with the CLI beforehand. Each window shows it is in sync and
// who else is in the journey; a card moved in one window moves in the other; then the server
// goes away (the windows say they are offline), both move cards apart, it comes back on the same
// port, and both windows converge on each other's moves without a reload.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import { existsSync, mkdirSync } from "node:fs";
import { cli, isLocked, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";

/** `journey serve`, with the address it printed. */
async function serve(data, listen) {
  const child = spawn(cli, ["serve", "--data", data, "--listen", listen, "--plain"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    lines.on("line", (l) => l.startsWith("serving ") && resolve(l.slice("serving ".length)));
    child.once("exit", (code) => reject(new Error(`journey serve exited with ${code}`)));
  });
  return { child, url, port: new URL(url).port, stop: () => new Promise((r) => { child.once("exit", r); child.kill("SIGKILL"); }) };
}

/** A private session bus for a second studio. */
async function ownBus() {
  const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise((resolve) => createInterface({ input: bus.stdout }).once("line", resolve));
  return { address: address.trim(), stop: () => bus.kill() };
}

/** The id of the card whose text starts with `text`, and the x of its centre. */
async function cardAt(browser, text) {
  return browser.execute((t) => {
    const el = [...document.querySelectorAll(".card")].find((c) => c.querySelector(".card-text")?.textContent?.startsWith(t));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { id: el.getAttribute("data-card-id"), x: Math.round(r.left + r.width / 2) };
  }, text);
}

async function stageX(browser, name) {
  return browser.execute((n) => {
    const h = [...document.querySelectorAll(".stage-header")].find((e) => e.querySelector(".stage-name")?.textContent === n);
    const r = h.getBoundingClientRect();
    return Math.round(r.left + r.width / 2);
  }, name);
}

/** Keyboard move: select the card, Space, ArrowRight, Space (one stage on). */
async function moveRight(browser, text) {
  const { id } = await cardAt(browser, text);
  const el = await browser.$(`.card[data-card-id="${id}"]`);
  await el.click();
  await browser.waitUntil(async () => (await el.getAttribute("aria-selected")) === "true", { timeout: 5000, timeoutMsg: "the card was not selected" });
  await browser.keys([" "]);
  await browser.keys(["ArrowRight"]);
  await browser.keys([" "]);
}

const badge = (browser) => browser.execute(() => document.querySelector(".topbar .sync")?.textContent ?? "");
const peers = (browser) => browser.execute(() => [...document.querySelectorAll(".topbar .peer")].map((p) => p.title));

async function waitFor(browser, what, check, timeout = 15_000) {
  await browser.waitUntil(check, { timeout, timeoutMsg: what });
}

async function waitInStage(browser, text, stage, message, timeout = 15_000) {
  await browser.waitUntil(async () => {
    const c = await cardAt(browser, text);
    return c && Math.abs(c.x - (await stageX(browser, stage))) < 40;
  }, { timeout, timeoutMsg: message });
}

test("two windows edit one shared workspace live, apart while the server is down, and converge", async () => {
  const home = tempHome();
  const server = await serve(path.join(home, "server"), "127.0.0.1:0");
  const ana = path.join(home, "Ana.journeys");
  const ben = path.join(home, "Ben.journeys");
  execFileSync(cli, ["new", ana]);
  const invitation = execFileSync(cli, ["share", ana, "--server", server.url]).toString().trim();
  execFileSync(cli, ["join", invitation, "--into", ben]);
  const bus = await ownBus();
  const a = await startStudio({ home: path.join(home, "a"), args: [ana], env: { JOURNEY_AUTHOR: "Ana" } });
  let b;
  let restarted;
  try {
    b = await startStudio({ home: path.join(home, "b"), args: [ben], env: { JOURNEY_AUTHOR: "Ben", DBUS_SESSION_BUS_ADDRESS: bus.address } });
    await texts(a.browser, ".card .card-text", 15);
    await texts(b.browser, ".card .card-text", 15);
    // Each top bar says it is in sync and shows the other person in this journey.
    await waitFor(a.browser, "Ana's window never said it is in sync", async () => (await badge(a.browser)).includes("In sync with the team"));
    await waitFor(a.browser, "Ben is not shown in Ana's window", async () => (await peers(a.browser)).includes("Ben"));
    await waitFor(b.browser, "Ana is not shown in Ben's window", async () => (await peers(b.browser)).includes("Ana"));

    // Live: Ana moves a card one stage on; Ben's window shows it there.
    await moveRight(a.browser, "Checkout form asks");
    await waitInStage(a.browser, "Checkout form asks", "Delivery day", "Ana's own move did not land");
    await waitInStage(b.browser, "Checkout form asks", "Delivery day", "Ana's move did not reach Ben's window");
    // And back the other way.
    await moveRight(b.browser, "Recipe picker");
    await waitInStage(b.browser, "Recipe picker", "Checkout", "Ben's own move did not land");
    await waitInStage(a.browser, "Recipe picker", "Checkout", "Ben's move did not reach Ana's window");
    await a.browser.saveScreenshot(path.join(outDir, "teamsync-ana.png"));
    await b.browser.saveScreenshot(path.join(outDir, "teamsync-ben.png"));

    // Apart: the server goes away, each moves another card.
    await server.stop();
    await waitFor(a.browser, "Ana's window did not say it is offline", async () => (await badge(a.browser)).includes("Offline"));
    await a.browser.saveScreenshot(path.join(outDir, "teamsync-offline.png"));
    await moveRight(a.browser, "Checkout form asks");
    await moveRight(b.browser, "SMS with a one-hour");
    await waitInStage(a.browser, "Checkout form asks", "Missing item support", "Ana's offline move did not land");
    // Back on the same port: both converge.
    restarted = await serve(path.join(home, "server"), `127.0.0.1:${server.port}`);
    await waitInStage(b.browser, "Checkout form asks", "Missing item support", "Ana's offline move did not reach Ben", 30_000);
    const smsInB = await cardAt(b.browser, "SMS with a one-hour");
    await a.browser.waitUntil(async () => Math.abs((await cardAt(a.browser, "SMS with a one-hour")).x - smsInB.x) < 5, {
      timeout: 30_000,
      timeoutMsg: "Ben's offline move did not reach Ana",
    });
    await waitFor(b.browser, "Ben's window never said it is in sync again", async () => (await badge(b.browser)).includes("In sync with the team"));
  } finally {
    await a.stop();
    if (b) await b.stop();
    bus.stop();
    if (restarted) await restarted.stop();
    else await server.stop().catch(() => {});
  }
  // Both files hold the same journey.
  const shown = (f) => JSON.parse(execFileSync(cli, ["show", f, "--json"]).toString());
  assert.deepEqual(shown(ben), shown(ana));
});

test("Share this workspace… in the window shares it on a TLS team server; a teammate joins with the invitation shown", async () => {
  const home = tempHome();
  const data = path.join(home, "server");
  const child = spawn(cli, ["serve", "--data", data, "--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [url, fingerprint] = await new Promise((resolve) => {
    const got = [];
    lines.on("line", (l) => { got.push(l.split(" ")[1]); if (got.length === 2) resolve(got); });
  });
  const ana = path.join(home, "Ana.journeys");
  execFileSync(cli, ["new", ana]);
  const studio = await startStudio({ home: path.join(home, "a"), args: [ana] });
  try {
    const { browser } = studio;
    await texts(browser, ".card .card-text", 15);
    await (await browser.$("button.journey-menu-button")).click();
    await (await browser.$("button=Share this workspace…")).click();
    const dialog = await browser.$(".dialog.share");
    await dialog.waitForExist({ timeout: 5000, timeoutMsg: "the share dialog did not open" });
    const [server, pin] = await dialog.$$("input");
    await server.setValue(url);
    await pin.setValue(fingerprint);
    await (await dialog.$("button[type=submit]")).click();
    const invitation = await browser.waitUntil(async () => browser.execute(() => document.querySelector(".dialog.share textarea")?.value ?? ""), {
      timeout: 30_000,
      timeoutMsg: "no invitation appeared",
    });
    assert.match(invitation, /^journey-invite:/);
    await browser.saveScreenshot(path.join(outDir, "share-dialog.png"));
    // A teammate joins with it from their own window: Join a shared workspace…, the invitation
    // pasted, the new file where the (test's) save dialog puts it, opened in a window of its own.
    const bus = await ownBus();
    const saveDir = path.join(home, "ben-files");
    mkdirSync(saveDir);
    const ben = await startStudio({ home: path.join(home, "b"), env: { DBUS_SESSION_BUS_ADDRESS: bus.address, JOURNEY_STUDIO_DIALOG_DIR: saveDir } });
    const joinedFile = path.join(saveDir, "Ana.journeys");
    try {
      await texts(ben.browser, ".card .card-text", 1);
      await (await ben.browser.$("button.journey-menu-button")).click();
      await (await ben.browser.$("button=Join a shared workspace…")).click();
      const join = await ben.browser.$(".dialog.join");
      await join.waitForExist({ timeout: 5000, timeoutMsg: "the join dialog did not open" });
      await (await join.$("textarea")).setValue(invitation);
      await ben.browser.saveScreenshot(path.join(outDir, "join-dialog.png"));
      await (await join.$("button[type=submit]")).click();
      await ben.browser.waitUntil(async () => existsSync(joinedFile) && isLocked(joinedFile), {
        timeout: 30_000,
        timeoutMsg: "the joined workspace was not made and opened",
      });
      await ben.browser.waitUntil(async () => !(await ben.browser.$(".dialog.join").isExisting()), { timeout: 10_000, timeoutMsg: "the join dialog stayed open" });
    } finally {
      await ben.stop();
      bus.stop();
    }
    await waitUntilUnlocked(joinedFile);
    const listed = execFileSync(cli, ["list", joinedFile]).toString().trim().split("\n");
    assert.equal(listed.length, 2, listed.join("\n"));
  } finally {
    await studio.stop();
    child.kill("SIGKILL");
  }
});
