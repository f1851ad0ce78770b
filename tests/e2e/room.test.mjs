// Straight across the room, as two people do it: no team server at all. Ana's studio accepts
// teammates in the room (Share this workspace… > In this room) and shows an address and a code;
// Ben's studio (its own XDG home and session bus) opens Join a shared workspace…, finds the room
// nearby (mDNS) or takes the address typed, takes the code typed, and the joined file opens in
// a window of its own; a card moved in one window moves in the other. Stopping the room ends it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { existsSync, mkdirSync } from "node:fs";
import { cli, isLocked, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "./studio.mjs";
import { cardAt, clickButton, moveRight, ownBus, waitInStage } from "./team.mjs";

/** The dialog's own box, for a screenshot of just it. */
async function shootDialog(browser, selector, file) {
  await (await browser.$(selector)).saveScreenshot(file);
}

test("straight across the room: the host accepts the room, a teammate joins by the address and code it shows, live both ways", async () => {
  const home = tempHome();
  const ana = path.join(home, "Clinic team.journeys");
  execFileSync(cli, ["new", ana]);
  const bus = await ownBus();
  const saveDir = path.join(home, "ben-files");
  mkdirSync(saveDir);
  const ben = path.join(saveDir, "Clinic team.journeys");
  const a = await startStudio({ home: path.join(home, "a"), args: [ana], env: { JOURNEY_AUTHOR: "Ana" } });
  let b;
  try {
    await texts(a.browser, ".card .card-text", 15);
    // Ana: Journey menu > Share this workspace… > Accept teammates in this room.
    await (await a.browser.$("button.journey-menu-button")).click();
    await (await a.browser.$("button=Share this workspace…")).click();
    const dialog = await a.browser.$(".dialog.share");
    await dialog.waitForExist({ timeout: 5000, timeoutMsg: "the share dialog did not open" });
    await clickButton(a.browser, "Accept teammates in this room");
    const code = await a.browser.waitUntil(async () => a.browser.execute(() => document.querySelector(".room-code")?.textContent ?? ""), {
      timeout: 20_000,
      timeoutMsg: "the room did not open",
    });
    assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [address] = await texts(a.browser, ".room-address");
    assert.match(address, /^[0-9.]+:\d+$/);
    const port = address.split(":")[1];
    await (await a.browser.$(".room-panel")).scrollIntoView({ block: "center" });
    await shootDialog(a.browser, ".dialog.share", path.join(outDir, "room-host.png"));

    // Ben: his own studio, Join a shared workspace…; the room is listed nearby when multicast
    // works here; the address is typed either way (as the host's screen shows it), then the code.
    b = await startStudio({ home: path.join(home, "b"), env: { JOURNEY_AUTHOR: "Ben", DBUS_SESSION_BUS_ADDRESS: bus.address, JOURNEY_STUDIO_DIALOG_DIR: saveDir } });
    await texts(b.browser, ".card .card-text", 1);
    const first = await b.browser.getWindowHandle();
    await (await b.browser.$("button.journey-menu-button")).click();
    await (await b.browser.$("button=Join a shared workspace…")).click();
    const join = await b.browser.$(".dialog.join");
    await join.waitForExist({ timeout: 5000, timeoutMsg: "the join dialog did not open" });
    const heard = await b.browser.waitUntil(
      async () => b.browser.execute((p) => [...document.querySelectorAll(".rooms-nearby button")].some((el) => el.textContent.includes(`:${p}`)), port),
      { timeout: 10_000 },
    ).catch(() => false);
    if (heard) {
      const listed = await b.browser.execute(() => [...document.querySelectorAll(".rooms-nearby .room-name")].map((e) => e.textContent));
      assert.ok(listed.includes("Clinic team"), `the room is listed under its workspace's name: ${listed}`);
    } else {
      console.log("# the room was not heard by mDNS here (no multicast between the two studios); the address is typed");
    }
    const [addressField, codeField] = await join.$$(".join-room-form input");
    await addressField.setValue(address);
    await codeField.setValue(code.toLowerCase());
    await (await b.browser.$(".join-room")).scrollIntoView({ block: "center" });
    await shootDialog(b.browser, ".dialog.join", path.join(outDir, "room-join.png"));
    await (await join.$(".join-room-form button[type=submit]")).click();
    await b.browser.waitUntil(async () => (await b.browser.getWindowHandles()).length === 2, { timeout: 60_000, timeoutMsg: "the joined workspace did not open in a new window" });
    assert.ok(existsSync(ben) && isLocked(ben), "the joined file was not made where the save dialog put it, or is not open");
    await b.browser.switchToWindow((await b.browser.getWindowHandles()).find((h) => h !== first));
    await texts(b.browser, ".card .card-text", 15);

    // Live, both ways, with nothing but the two laptops.
    await clickButton(a.browser, "Close");
    await moveRight(a.browser, "Checkout form asks");
    await waitInStage(a.browser, "Checkout form asks", "Delivery day", "Ana's own move did not land");
    await waitInStage(b.browser, "Checkout form asks", "Delivery day", "Ana's move did not reach Ben's window");
    await moveRight(b.browser, "Recipe picker");
    await waitInStage(b.browser, "Recipe picker", "Checkout", "Ben's own move did not land");
    await waitInStage(a.browser, "Recipe picker", "Checkout", "Ben's move did not reach Ana's window");

    // Stop: the code stops working.
    await (await a.browser.$("button.journey-menu-button")).click();
    await (await a.browser.$("button=Share this workspace…")).click();
    await clickButton(a.browser, "Stop accepting");
    await (await a.browser.$("button=Accept teammates in this room")).waitForExist({ timeout: 10_000, timeoutMsg: "the room did not stop" });
    let refused = "";
    try {
      execFileSync(cli, ["join", "--room", address, "--code", code, "--into", path.join(home, "late.journeys")], { stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      refused = `${e.status} ${e.stderr}`;
    }
    assert.match(refused, /^3 .*No room answers/, "a stopped room still answered");
  } finally {
    await a.stop();
    if (b) await b.stop();
    bus.stop();
  }
  await waitUntilUnlocked(ben);
  const shown = (f) => JSON.parse(execFileSync(cli, ["show", f, "--json"]).toString());
  assert.deepEqual(shown(ben), shown(ana));
});
