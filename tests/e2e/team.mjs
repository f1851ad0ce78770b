// What the two-window team tests share (teamsync.test.mjs, room.test.mjs): a second studio's
// own session bus, finding cards and stages on the map, a keyboard move, and waits on them.

import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** A private session bus for a second studio (so the single-instance hand-over does not join
 *  it to the first). */
export async function ownBus() {
  const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise((resolve) => createInterface({ input: bus.stdout }).once("line", resolve));
  return { address: address.trim(), stop: () => bus.kill() };
}

/** The id of the card whose text starts with `text`, and the x of its centre. */
export async function cardAt(browser, text) {
  return browser.execute((t) => {
    const el = [...document.querySelectorAll(".card")].find((c) => c.querySelector(".card-text")?.textContent?.startsWith(t));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { id: el.getAttribute("data-card-id"), x: Math.round(r.left + r.width / 2) };
  }, text);
}

export async function stageX(browser, name) {
  return browser.execute((n) => {
    const h = [...document.querySelectorAll(".stage-header")].find((e) => e.querySelector(".stage-name")?.textContent === n);
    const r = h.getBoundingClientRect();
    return Math.round(r.left + r.width / 2);
  }, name);
}

/** Keyboard move: select the card, Space, ArrowRight, Space (one stage on). */
export async function moveRight(browser, text) {
  const { id } = await cardAt(browser, text);
  const el = await browser.$(`.card[data-card-id="${id}"]`);
  await el.click();
  await browser.waitUntil(async () => (await el.getAttribute("aria-selected")) === "true", { timeout: 5000, timeoutMsg: "the card was not selected" });
  await browser.keys([" "]);
  await browser.keys(["ArrowRight"]);
  await browser.keys([" "]);
}

export async function waitInStage(browser, text, stage, message, timeout = 15_000) {
  await browser.waitUntil(async () => {
    const c = await cardAt(browser, text);
    return c && Math.abs(c.x - (await stageX(browser, stage))) < 40;
  }, { timeout, timeoutMsg: message });
}

export async function clickButton(browser, text) {
  const button = await browser.$(`button=${text}`);
  await button.waitForExist({ timeout: 10_000 });
  await button.scrollIntoView({ block: "center" });
  await button.click();
}
