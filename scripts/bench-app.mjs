// `make bench-app`: the release build's start-up and memory on this machine, under Xvfb.
// Start-up = from spawning the binary to the page having drawn the sample journey (the page
// calls `app_ready` after two animation frames; the shell writes the time to a file). The page
// cache is dropped first when the system allows it (root), so the binary and WebKit are read
// from disk ("cold"); otherwise the run is labelled warm. Memory = resident set of the app and
// its WebKit processes after 3 s idle. Package size from the newest .deb. Last line: JSON.

import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const app = path.join(target, "release/journey-studio");
const cli = path.join(target, "release/journey");
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
  return { mb: rss / 1024, pss: pss / 1024, processes: all.length };
}

async function once() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "journey-bench-app-"));
  const file = path.join(dir, "sample.journeys");
  execFileSync(cli, ["new", file]);
  const ready = path.join(dir, "ready");
  const display = `:${70 + Math.floor(Math.random() * 20)}`;
  const xvfb = spawn("Xvfb", [display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const dropped = dropCaches();
  const started = performance.now();
  const child = spawn(app, [file], {
    env: { ...process.env, DISPLAY: display, JOURNEY_STUDIO_READY_FILE: ready, XDG_DATA_HOME: path.join(dir, "data"), XDG_CONFIG_HOME: path.join(dir, "config") },
    stdio: "ignore",
  });
  try {
    while (!existsSync(ready) || readFileSync(ready, "utf8") === "") {
      if (performance.now() - started > 30_000) throw new Error("the window never drew the journey");
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = performance.now() - started;
    const inProcess = Number(readFileSync(ready, "utf8"));
    await new Promise((r) => setTimeout(r, 3000));
    return { ms, inProcess, ...rssMb(child.pid), dropped };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    xvfb.kill("SIGTERM");
    await new Promise((r) => xvfb.once("exit", r));
  }
}

if (!existsSync(app) || !existsSync(cli)) {
  console.error("build the release app and CLI first: make deb && cargo build --release -p journey-cli");
  process.exit(1);
}
const rows = [];
for (let i = 0; i < RUNS; i++) rows.push(await once());
const debDir = path.join(target, "release/bundle/deb");
const debs = existsSync(debDir) ? readdirSync(debDir).filter((f) => f.endsWith(".deb")).map((f) => path.join(debDir, f)) : [];
const deb = debs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const debMb = deb ? statSync(deb).size / 1e6 : null;
console.log("run  start ms (spawn to drawn)  in-process ms  RSS MB  PSS MB  processes  page cache dropped");
rows.forEach((r, i) => console.log(`${String(i + 1).padStart(3)}  ${r.ms.toFixed(0).padStart(24)}  ${r.inProcess.toFixed(0).padStart(13)}  ${r.mb.toFixed(0).padStart(6)}  ${r.pss.toFixed(0).padStart(6)}  ${String(r.processes).padStart(9)}  ${r.dropped}`));
const sorted = [...rows].sort((a, b) => a.ms - b.ms);
console.log(JSON.stringify({
  cold_start_ms: Math.round(sorted[Math.floor(sorted.length / 2)].ms),
  cold_start_ms_max: Math.round(sorted.at(-1).ms),
  page_cache_dropped: rows.every((r) => r.dropped),
  rss_mb: Math.round(Math.max(...rows.map((r) => r.mb))),
  pss_mb: Math.round(Math.max(...rows.map((r) => r.pss))),
  deb_mb: debMb === null ? null : +debMb.toFixed(1),
}));
