// Serves the browser harness (target/harness, built by `vite build --config
// ui/vite.harness.config.ts`) with a journey view made by the real CLI, and drives Debian's
// Chromium through playwright-core. Loopback only; nothing is fetched from the network.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { bin } from "../../scripts/target-dir.mjs";

export const root = path.resolve(import.meta.dirname, "../..");
const site = path.join(root, "target/harness");
export const cli = bin("debug", "journey");

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".ttf": "font/ttf" };

/** A JourneyView JSON from a fresh workspace: the sample, or a generated journey of `cards`. */
export function makeView(cards) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-browser-"));
  const file = path.join(dir, "w.journeys");
  execFileSync(cli, ["new", file, ...(cards ? ["--cards", String(cards)] : [])]);
  return execFileSync(cli, ["view", file], { maxBuffer: 256 * 1024 * 1024 }).toString();
}

/** The sample's journeys (or the one named `journey`) as the window's view and the core's analysis
 *  (`journey view`, `journey analyse --json`) of one fresh workspace, so their ids agree. */
export function makeViewAndInsights(journey) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-browser-"));
  const file = path.join(dir, "w.journeys");
  execFileSync(cli, ["new", file]);
  let id = [];
  if (journey) {
    const line = execFileSync(cli, ["list", file]).toString().split("\n").find((l) => l.split("\t")[1] === journey);
    if (!line) throw new Error(`no journey ${journey} in the sample`);
    id = ["--journey", line.split("\t")[0]];
  }
  return {
    view: execFileSync(cli, ["view", file, ...id], { maxBuffer: 64 * 1024 * 1024 }).toString(),
    insights: execFileSync(cli, ["analyse", file, ...id, "--json"], { maxBuffer: 64 * 1024 * 1024 }).toString(),
  };
}

/** The harness on `view` (JSON text); `insights` (JSON text) answers the Insights panel, `lang`
 *  sets the window's language. */
export async function openHarness({ view, insights = null, lang = null, width = 1366, height = 800 }) {
  if (!existsSync(path.join(site, "harness.html"))) throw new Error("target/harness is not built");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === "/view.json" || (url.pathname === "/insights.json" && insights)) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(url.pathname === "/view.json" ? view : insights);
      return;
    }
    const file = path.join(site, path.normalize(url.pathname === "/" ? "/harness.html" : url.pathname));
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  // A page of its own context: axe (@axe-core/playwright) opens frames through the context.
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  // Any request off the loopback would be a bug: the studio must work offline.
  const offsite = [];
  page.on("request", (r) => { if (!r.url().startsWith(`http://127.0.0.1:${port}/`)) offsite.push(r.url()); });
  const query = new URLSearchParams();
  if (insights) query.set("insights", "insights.json");
  if (lang) query.set("lang", lang);
  const base = `http://127.0.0.1:${port}/harness.html`;
  await page.goto(query.size ? `${base}?${query}` : base);
  await page.waitForSelector(".card");
  await page.waitForFunction(() => window.__harness.firstRenderMs !== null);
  return {
    page,
    offsite,
    edits: () => page.evaluate(() => window.__harness.edits),
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Centre of the first element matching `selector` (page coordinates). */
export async function centreOf(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The card element whose text starts with `text`. */
export function cardSelector(text) {
  return `.card:has(.card-text:text-matches("^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"))`;
}
