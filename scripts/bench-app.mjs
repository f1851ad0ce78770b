// `make bench-app`: the release build's start-up and memory on this machine, under Xvfb.
// Start-up = from spawning the binary to the page having drawn the sample journey (the page
// calls `app_ready` after two animation frames; the shell writes the time to a file). The page
// cache is dropped first when the system allows it (root), so the binary and WebKit are read
// from disk ("cold"); otherwise the run is labelled warm. Memory = resident set of the app and
// its WebKit processes after 3 s idle. Package size from the newest .deb. Last line: JSON.
// Baseline, run alternately with the studio under the same conditions: the smallest WebKitGTK
// program (scripts/bench-empty-page.py, one line of text in a window the studio's size). Its
// figures are the floor that WebKitGTK and the graphics stack set on this machine.

import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin } from "./target-dir.mjs";

const root = path.resolve(import.meta.dirname, "..");
const app = bin("release", "journey-studio");
const cli = bin("release", "journey");
const emptyPage = path.join(root, "scripts/bench-empty-page.py");
const RUNS = 5;

function dropCaches() {
  try {
    execFileSync("sync");
    writeFileSync("/proc/sys/vm/drop_caches", "3");
    return true;
  } catch {
    return false;
  }
}

function rssMb(pid) {
  // The app and every process it started (WebKit's web and network processes).
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      const kids = readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      all.push(...kids);
    } catch { /* gone */ }
  }
  // Resident set summed (shared libraries counted once per process), and the proportional set
  // (each shared page divided among the processes using it: the honest total of several processes).
  let rss = 0;
  let pss = 0;
  for (const p of all) {
    try {
      const s = readFileSync(`/proc/${p}/smaps_rollup`, "utf8");
      rss += Number(/^Rss:\s+(\d+)/m.exec(s)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(s)?.[1] ?? 0);
    } catch { /* gone */ }
  }
  return { mb: rss / 1024, pss: pss / 1024, processes: all.length, pids: all };
}

// WebKit paints without compositing where there is no GPU render node, as the studio itself
// decides (`choose_rendering` in src-tauri/src/lib.rs); the baseline gets the same setting.
function renderingEnv() {
  const gpu = existsSync("/dev/dri") && readdirSync("/dev/dri").some((f) => f.startsWith("renderD"));
  return gpu || process.env.JOURNEY_STUDIO_GPU === "1" ? {} : { WEBKIT_DISABLE_COMPOSITING_MODE: "1" };
}

async function once(program) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-bench-app-"));
  const file = path.join(dir, "sample.journeys");
  if (program === "studio") execFileSync(cli, ["new", file]);
  const [command, args] = program === "studio" ? [app, [file]] : ["/usr/bin/python3", [emptyPage]];
  const ready = path.join(dir, "ready");
  const display = `:${70 + Math.floor(Math.random() * 20)}`;
  const xvfb = spawn("Xvfb", [display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const dropped = dropCaches();
  let pids = [];
  const started = performance.now();
  const child = spawn(command, args, {
    env: {
      ...process.env,
      ...(program === "studio" ? {} : renderingEnv()),
      DISPLAY: display,
      JOURNEY_STUDIO_READY_FILE: ready,
      XDG_DATA_HOME: path.join(dir, "data"),
      XDG_CONFIG_HOME: path.join(dir, "config"),
    },
    stdio: "ignore",
  });
  try {
    while (!existsSync(ready) || readFileSync(ready, "utf8") === "") {
      if (performance.now() - started > 30_000) throw new Error(`${program}: the window never drew its page`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - started;
    const inProcess = Number(readFileSync(ready, "utf8"));
    await new Promise((r) => setTimeout(r, 3000));
    const memory = rssMb(child.pid);
    pids = memory.pids;
    return { ms, inProcess, ...memory, dropped };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    // WebKit's processes end a moment after the app; the next start must not share with them.
    for (let i = 0; i < 500 && pids.some((p) => existsSync(`/proc/${p}`)); i++) await new Promise((r) => setTimeout(r, 10));
    for (const p of pids.filter((p) => existsSync(`/proc/${p}`))) process.kill(p, "SIGKILL");
    xvfb.kill("SIGTERM");
    await new Promise((r) => xvfb.once("exit", r));
  }
}

// Other WebKit processes share library pages with the ones measured (lowering their PSS) and
// take CPU time from their start-up: the figures would be wrong, so say so and stop.
const others = readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
  try {
    return /^WebKit(Web|Network)Pro/.test(readFileSync(`/proc/${p}/comm`, "utf8"));
  } catch {
    return false;
  }
});
if (others.length > 0) {
  console.error(`other WebKit processes are running (pids ${others.join(", ")}); they would distort the figures. End them and run again.`);
  process.exit(1);
}
if (!existsSync(app) || !existsSync(cli)) {
  console.error(`${app} or ${cli} is missing; build the release app and CLI first: make deb && cargo build --release -p journey-cli`);
  process.exit(1);
}
const rows = { studio: [], baseline: [] };
for (let i = 0; i < RUNS; i++) {
  rows.studio.push(await once("studio"));
  rows.baseline.push(await once("baseline"));
}
const debDir = bin("release", "bundle/deb");
const debs = existsSync(debDir) ? readdirSync(debDir).filter((f) => f.endsWith(".deb")).map((f) => path.join(debDir, f)) : [];
const deb = debs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const debMb = deb ? statSync(deb).size / 1e6 : null;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
console.log("program            run  start ms (spawn to drawn)  in-process ms  RSS MB  PSS MB  processes  page cache dropped");
for (const [name, label] of [["studio", "studio"], ["baseline", "empty WebKit page"]]) {
  rows[name].forEach((r, i) => console.log(`${label.padEnd(17)}  ${String(i + 1).padStart(3)}  ${r.ms.toFixed(0).padStart(24)}  ${r.inProcess.toFixed(0).padStart(13)}  ${r.mb.toFixed(0).padStart(6)}  ${r.pss.toFixed(0).padStart(6)}  ${String(r.processes).padStart(9)}  ${r.dropped}`));
}
const studioPss = max(rows.studio.map((r) => r.pss));
const floorPss = median(rows.baseline.map((r) => r.pss));
console.log(`studio above the empty page: start ${(median(rows.studio.map((r) => r.ms)) - median(rows.baseline.map((r) => r.ms))).toFixed(0)} ms (medians), PSS ${(studioPss - floorPss).toFixed(0)} MB (studio's largest minus the page's median)`);
console.log(JSON.stringify({
  cold_start_ms: Math.round(median(rows.studio.map((r) => r.ms))),
  cold_start_ms_max: Math.round(max(rows.studio.map((r) => r.ms))),
  page_cache_dropped: rows.studio.every((r) => r.dropped),
  rss_mb: Math.round(max(rows.studio.map((r) => r.mb))),
  pss_mb: Math.round(studioPss),
  deb_mb: debMb === null ? null : +debMb.toFixed(1),
  baseline_cold_start_ms: Math.round(median(rows.baseline.map((r) => r.ms))),
  baseline_rss_mb: Math.round(median(rows.baseline.map((r) => r.mb))),
  baseline_pss_mb: Math.round(floorPss),
}));
