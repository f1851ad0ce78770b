// The workshop's participant page in Chromium against the real workshop server (the
// journey-workshop example `participant-server`, built by the Rust layer's `cargo test`): a phone
// set to Telugu or Persian is told why it could not join in its own language, from the catalog,
// and a browser sent to an address the workshop does not serve reads the server's plain-text
// refusal in its language. Loopback only.

import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { bin } from "../../scripts/target-dir.mjs";

const server = bin("debug", "examples/participant-server");

describe("the participant page in the phone's language", () => {
  let session, browser, url, code;

  before(async () => {
    assert.ok(existsSync(server), `${server} is missing: cargo test -p journey-workshop builds it`);
    session = spawn(server, [], { stdio: ["pipe", "pipe", "inherit"] });
    [url, code] = await new Promise((resolve, reject) => {
      let out = "";
      session.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out.trim().split(" "));
      });
      session.on("exit", (status) => reject(new Error(`the session ended at once (${status})`)));
    });
    const port = new URL(url).port;
    // A name that is not the laptop's (a DNS rebinding page's) resolves to it, as on the Wi-Fi.
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP evil.example 127.0.0.1"],
    });
    url = `http://127.0.0.1:${port}/`;
  });

  after(async () => {
    await browser?.close();
    session?.stdin.end();
  });

  /** A page opened as a phone set to `locale`, its catalog loaded. */
  async function phone(locale) {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(url);
    await page.waitForFunction((l) => document.documentElement.lang === l, locale.split("-")[0]);
    await page.waitForSelector("#join:not([hidden])");
    return { page, problems };
  }

  async function refusedJoin(page, name, withCode) {
    await page.fill("#name", name);
    await page.fill("#code", withCode);
    await page.evaluate(() => { document.getElementById("join-error").textContent = ""; });
    await page.click("#join button[type=submit]");
    await page.waitForFunction(() => document.getElementById("join-error").textContent !== "");
    return page.textContent("#join-error");
  }

  test("a Telugu phone is told a wrong code and a bad name in Telugu", async () => {
    const { page, problems } = await phone("te-IN");
    assert.equal(await refusedJoin(page, "Ana", "NOPE00"), "ఆ కోడ్ ఈ సెషన్‌ది కాదు. ఫెసిలిటేటర్‌తో సరిచూసుకోండి.");
    // Spaces only: no name once cleaned. The server's longest name is the message's argument.
    assert.equal(await refusedJoin(page, "   ", code), "1 నుండి 60 అక్షరాల పేరు ఇవ్వండి.");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("a Persian phone is told a bad name in Persian, with Persian digits", async () => {
    const { page, problems } = await phone("fa-IR");
    const said = await refusedJoin(page, "   ", code);
    assert.match(said, /^نامی با ۱ تا .*۶۰.* نویسه وارد کنید\.$/u);
    assert.doesNotMatch(said, /[A-Za-z]/, "English in the Persian refusal");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("a browser at a name that is not the laptop's reads the refusal in its own language", async () => {
    const port = new URL(url).port;
    for (const [locale, sentence] of [
      ["ru-RU", "Это не адрес воркшопа. Откройте ссылку, которую показывает ведущий."],
      ["fa-IR", "این نشانی کارگاه نیست. پیوندی را که تسهیلگر نشان می‌دهد باز کنید."],
      ["en-US", "This is not the workshop's address. Open the link the facilitator shows."],
    ]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const answer = await page.goto(`http://evil.example:${port}/`);
      assert.equal(answer.status(), 421);
      assert.equal(answer.headers()["content-language"], locale.split("-")[0]);
      assert.equal((await page.evaluate(() => document.body.innerText)).replace(/\u200f/g, "").trim(), sentence, locale);
      await context.close();
    }
  });

  test("a path the workshop does not serve is said in the browser's language", async () => {
    const context = await browser.newContext({ locale: "tl-PH" });
    const page = await context.newPage();
    const answer = await page.goto(url + "no-such-page");
    assert.equal(answer.status(), 404);
    assert.equal((await page.evaluate(() => document.body.innerText)).trim(), "Walang makikita sa adres na ito. Buksan ang link na ipinapakita ng facilitator.");
    await context.close();
  });
});
