// A team on one workspace, as two people do it: two real windows (two XDG homes, each on its own
// session bus so the single-instance hand-over does not join them) and one TLS team server
// (`journey serve` on loopback). Ana shares her workspace from the Journey menu; Ben pastes the
// invitation into "Join a shared workspace…", and the joined file opens in a window of its own.
// Each window shows it is in sync and who else is in the journey, with what they selected
// outlined; a card moved in one window moves in the other; a workshop guest's card on Ana's
// laptop reaches Ben; then the server goes away (the windows say they are offline), both move
// cards apart, it comes back on the same port, and both converge without a reload.

import { test } from "node:test";
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import { existsSync, mkdirSync } from "node:fs";
import { cli, isLocked, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";
import { cardAt, clickButton, moveRight, ownBus, waitInStage } from "./team.mjs";

/** `journey serve` over TLS, with the address and certificate fingerprint it printed. */
async function serve(data, listen) {
  const child = spawn(cli, ["serve", "--data", data, "--listen", listen], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [url, fingerprint] = await new Promise((resolve, reject) => {
    const got = [];
    lines.on("line", (l) => { got.push(l.split(" ")[1]); if (got.length === 2) resolve(got); });
    child.once("exit", (code) => reject(new Error(`journey serve exited with ${code}`)));
  });
  return { child, url, fingerprint, port: new URL(url).port, stop: () => new Promise((r) => { child.once("exit", r); child.kill("SIGKILL"); }) };
}

/** The name of the stage whose column card `text` is in (the header nearest its centre). */
async function stageOf(browser, text) {
  const { x } = await cardAt(browser, text);
  return browser.execute((cx) => {
    let best = null;
    for (const h of document.querySelectorAll(".stage-header")) {
      const r = h.getBoundingClientRect();
      const d = Math.abs(r.left + r.width / 2 - cx);
      if (!best || d < best.d) best = { d, name: h.querySelector(".stage-name")?.textContent };
    }
    return best?.name;
  }, x);
}

const badge = (browser) => browser.execute(() => document.querySelector(".topbar .sync")?.textContent ?? "");
const peers = (browser) => browser.execute(() => [...document.querySelectorAll(".topbar .peer")].map((p) => p.title));

async function waitFor(browser, what, check, timeout = 15_000) {
  await browser.waitUntil(check, { timeout, timeoutMsg: what });
}

/** Who has card `id` outlined in this window (a teammate's selection). */
const watchersOf = (browser, id) =>
  browser.execute((i) => [...(document.querySelector(`.card[data-card-id="${i}"]`)?.querySelectorAll(".watcher") ?? [])].map((w) => w.textContent), id);

test("a team on one workspace: shared and joined in the window, live both ways with presence, a workshop guest's card, apart while the server is down, converged", async () => {
  const home = tempHome();
  const server = await serve(path.join(home, "server"), "127.0.0.1:0");
  const ana = path.join(home, "Ana.journeys");
  execFileSync(cli, ["new", ana]);
  const bus = await ownBus();
  const saveDir = path.join(home, "ben-files");
  mkdirSync(saveDir);
  const ben = path.join(saveDir, "Ana.journeys");
  const a = await startStudio({ home: path.join(home, "a"), args: [ana], env: { JOURNEY_AUTHOR: "Ana" } });
  const phones = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  let b;
  let restarted;
  try {
    await texts(a.browser, ".card .card-text", 15);
    // Ana: Journey menu > Share this workspace…, the server and its fingerprint typed in.
    await (await a.browser.$("button.journey-menu-button")).click();
    await (await a.browser.$("button=Share this workspace…")).click();
    const dialog = await a.browser.$(".dialog.share");
    await dialog.waitForExist({ timeout: 5000, timeoutMsg: "the share dialog did not open" });
    const [serverField, pin] = await dialog.$$("input");
    await serverField.setValue(server.url);
    await pin.setValue(server.fingerprint);
    await (await dialog.$("button[type=submit]")).click();
    const invitation = await a.browser.waitUntil(async () => a.browser.execute(() => document.querySelector(".dialog.share textarea")?.value ?? ""), {
      timeout: 30_000,
      timeoutMsg: "no invitation appeared",
    });
    assert.match(invitation, /^journey-invite:/);
    await a.browser.saveScreenshot(path.join(outDir, "share-dialog.png"));
    await clickButton(a.browser, "Close");

    // Ben: his own studio, Journey menu > Join a shared workspace…, the invitation pasted; the
    // new file goes where the (test's) save dialog puts it and opens in a window of its own.
    b = await startStudio({ home: path.join(home, "b"), env: { JOURNEY_AUTHOR: "Ben", DBUS_SESSION_BUS_ADDRESS: bus.address, JOURNEY_STUDIO_DIALOG_DIR: saveDir } });
    await texts(b.browser, ".card .card-text", 1);
    const first = await b.browser.getWindowHandle();
    await (await b.browser.$("button.journey-menu-button")).click();
    await (await b.browser.$("button=Join a shared workspace…")).click();
    const join = await b.browser.$(".dialog.join");
    await join.waitForExist({ timeout: 5000, timeoutMsg: "the join dialog did not open" });
    await (await join.$("textarea")).setValue(invitation);
    await b.browser.saveScreenshot(path.join(outDir, "join-dialog.png"));
    await (await join.$("button[type=submit]")).click();
    await b.browser.waitUntil(async () => (await b.browser.getWindowHandles()).length === 2, { timeout: 60_000, timeoutMsg: "the joined workspace did not open in a new window" });
    assert.ok(existsSync(ben) && isLocked(ben), "the joined file was not made where the save dialog put it, or is not open");
    await b.browser.switchToWindow((await b.browser.getWindowHandles()).find((h) => h !== first));
    await texts(b.browser, ".card .card-text", 15);

    // Each top bar says it is in sync and shows the other person in this journey.
    await waitFor(a.browser, "Ana's window never said it is in sync", async () => (await badge(a.browser)).includes("In sync with the team"));
    await waitFor(b.browser, "Ben's window never said it is in sync", async () => (await badge(b.browser)).includes("In sync with the team"));
    await waitFor(a.browser, "Ben is not shown in Ana's window", async () => (await peers(a.browser)).includes("Ben"));
    await waitFor(b.browser, "Ana is not shown in Ben's window", async () => (await peers(b.browser)).includes("Ana"));
    // What Ana selects is outlined in Ben's window with her name, and lets go when she does.
    const checkout = await cardAt(a.browser, "Checkout form asks");
    await (await a.browser.$(`.card[data-card-id="${checkout.id}"]`)).click();
    await waitFor(b.browser, "Ana's selection is not outlined in Ben's window", async () => (await watchersOf(b.browser, checkout.id)).includes("Ana"));
    await b.browser.execute((i) => document.querySelector(`.card[data-card-id="${i}"]`).scrollIntoView({ block: "center", inline: "center" }), checkout.id);
    await b.browser.saveScreenshot(path.join(outDir, "teamsync-presence.png"));

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

    // A workshop on Ana's laptop: a guest's card reaches Ben through the team server too.
    await clickButton(a.browser, "Workshop");
    const local = await a.browser.$("label*=This computer only").$("input");
    await local.scrollIntoView({ block: "center" });
    await local.click();
    await clickButton(a.browser, "Start session");
    const [code] = await texts(a.browser, ".join-code");
    const [url] = await texts(a.browser, ".join-url");
    const phone = await (await phones.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(url.replace(/\?code=.*/, ""));
    await phone.fill("#name", "Dana");
    await phone.fill("#code", code);
    await phone.click("button[type=submit]");
    await phone.waitForSelector("#board:not([hidden]) .lane");
    const guestCard = "Dana: the delivery slot vanished at checkout";
    await phone.locator(".lane:has(textarea) textarea").first().fill(guestCard);
    await phone.locator(".lane:has(textarea) button:text('Add card')").first().click();
    await waitFor(b.browser, "the workshop guest's card did not reach Ben's window", async () => Boolean(await cardAt(b.browser, guestCard)), 20_000);
    await clickButton(a.browser, "End session");
    await phone.close();

    // Apart: the server goes away, each moves another card.
    await server.stop();
    await waitFor(a.browser, "Ana's window did not say it is offline", async () => (await badge(a.browser)).includes("Offline"));
    await waitFor(b.browser, "Ben's window did not say it is offline", async () => (await badge(b.browser)).includes("Offline"));
    await a.browser.saveScreenshot(path.join(outDir, "teamsync-offline.png"));
    await moveRight(a.browser, "Checkout form asks");
    const smsBefore = await cardAt(b.browser, "SMS with a one-hour");
    await moveRight(b.browser, "SMS with a one-hour");
    await waitInStage(a.browser, "Checkout form asks", "Missing item support", "Ana's offline move did not land");
    await waitFor(b.browser, "Ben's offline move did not land", async () => (await cardAt(b.browser, "SMS with a one-hour")).x !== smsBefore.x);
    const smsStage = await stageOf(b.browser, "SMS with a one-hour");
    // Back on the same port (the same data, so the same certificate): both converge.
    restarted = await serve(path.join(home, "server"), `127.0.0.1:${server.port}`);
    assert.equal(restarted.fingerprint, server.fingerprint, "the restarted server showed another certificate");
    await waitInStage(b.browser, "Checkout form asks", "Missing item support", "Ana's offline move did not reach Ben", 30_000);
    await waitInStage(a.browser, "SMS with a one-hour", smsStage, "Ben's offline move did not reach Ana", 30_000);
    await waitFor(b.browser, "Ben's window never said it is in sync again", async () => (await badge(b.browser)).includes("In sync with the team"));
  } finally {
    await phones.close();
    await a.stop();
    if (b) await b.stop();
    bus.stop();
    if (restarted) await restarted.stop();
    else await server.stop().catch(() => {});
  }
  // Both files hold the same journeys, the guest's card included.
  await waitUntilUnlocked(ben);
  const shown = (f) => JSON.parse(execFileSync(cli, ["show", f, "--json"]).toString());
  assert.deepEqual(shown(ben), shown(ana));
  assert.ok(JSON.stringify(shown(ben)).includes("Dana: the delivery slot vanished"), "the guest's card is not in Ben's file");
});
