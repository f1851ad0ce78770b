// The Debian package as a user gets it: its size, its files (binary, desktop entry with the
// MIME type, the MIME definition for *.journeys, icons, font licence), and, installed with dpkg
// on this machine, the installed binary opening a workspace under Xvfb. Removed afterwards.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin } from "../../scripts/target-dir.mjs";
import { cli, outDir, startStudio, tempHome, texts, waitUntilUnlocked } from "../e2e/studio.mjs";

const dir = bin("release", "bundle/deb");
const deb = path.join(dir, readdirSync(dir).filter((f) => f.endsWith(".deb")).sort((a, b) => statSync(path.join(dir, b)).mtimeMs - statSync(path.join(dir, a)).mtimeMs)[0]);

test("the package is small and holds the binary, desktop entry, MIME type, icons and licences", () => {
  const mb = statSync(deb).size / 1e6;
  // Two programs: the studio (37 MB unpacked, its symbols kept for the crash log's backtraces)
  // and the `journey` command with the team server (27 MB, stripped). Packed with gzip by
  // Tauri's bundler they passed 30 MB on 2026-12-02 (30.1); scripts/deb.sh repacks with xz, as
  // Debian does: 21.5 MB. Most of their code is the same crates; one multi-call binary would
  // roughly halve it, and the window could take the emoji font from the exports' copy.
  assert.ok(mb < 30, `${deb} is ${mb.toFixed(1)} MB`);
  const files = execFileSync("dpkg-deb", ["-c", deb]).toString();
  for (const f of ["usr/bin/journey-studio", "usr/bin/journey", "usr/lib/systemd/system/journey-serve.service", "usr/share/mime/packages/journey-studio.xml", "usr/share/icons/hicolor/128x128/apps/journey-studio.png", "usr/share/doc/journey-studio/fonts-OFL.txt"]) {
    assert.ok(files.split("\n").some((l) => l.endsWith(` ${f}`) || l.endsWith(` ./${f}`)), `${f} is not in the package:\n${files}`);
  }
  const out = mkdtempSync(path.join(os.tmpdir(), "journey-deb-"));
  execFileSync("dpkg-deb", ["-x", deb, out]);
  const apps = path.join(out, "usr/share/applications");
  const desktop = readFileSync(path.join(apps, readdirSync(apps)[0]), "utf8");
  assert.match(desktop, /^MimeType=application\/x-journey-studio;$/m);
  assert.match(desktop, /^Exec=journey-studio %F$/m);
  assert.match(desktop, /^Icon=journey-studio$/m);
  const mime = readFileSync(path.join(out, "usr/share/mime/packages/journey-studio.xml"), "utf8");
  assert.match(mime, /<mime-type type="application\/x-journey-studio">/);
  assert.match(mime, /<glob pattern="\*\.journeys"\/>/);
  const control = execFileSync("dpkg-deb", ["-f", deb, "Package", "Version", "Depends"]).toString();
  assert.match(control, /Package: journey-studio/);
  assert.match(control, /libwebkit2gtk-4\.1/);
});

test("installed with dpkg, the binary opens a workspace", { skip: process.getuid?.() !== 0 && "installing needs root" }, async () => {
  execFileSync("dpkg", ["-i", deb], { stdio: "ignore" });
  try {
    assert.ok(existsSync("/usr/bin/journey-studio"));
    // The command and the team server's unit came with it.
    assert.match(execFileSync("/usr/bin/journey", ["--version"]).toString(), /^journey \d/);
    const unit = readFileSync("/usr/lib/systemd/system/journey-serve.service", "utf8");
    assert.match(unit, /^ExecStart=\/usr\/bin\/journey serve --data \/var\/lib\/journey-serve /m);
    const mime = execFileSync("sh", ["-c", "grep -l 'x-journey-studio' /usr/share/mime/packages/*.xml"]).toString();
    assert.match(mime, /journey-studio\.xml/);
    const home = tempHome();
    const file = path.join(home, "Installed.journeys");
    execFileSync(cli, ["new", file]);
    const studio = await startStudio({ home, args: [file], application: "/usr/bin/journey-studio" });
    try {
      const cards = await texts(studio.browser, ".card .card-text", 15);
      assert.ok(cards.some((t) => t.startsWith("Checkout form asks")), cards.join("\n"));
      await studio.browser.saveScreenshot(path.join(outDir, "installed.png"));
    } finally {
      await studio.stop();
    }
    await waitUntilUnlocked(file);
  } finally {
    execFileSync("dpkg", ["--purge", "journey-studio"], { stdio: "ignore" });
  }
  assert.ok(!existsSync("/usr/bin/journey-studio"), "removing the package left the binary");
});
