// Files that are not Journey Studio workspaces: the window says so in words, and the file is
// left byte-for-byte as it was.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { outDir, startStudio, tempHome, texts } from "./studio.mjs";

const cases = [
  { name: "random bytes", make: (p) => writeFileSync(p, randomBytes(8192)), says: "not a SQLite database" },
  { name: "an empty file", make: (p) => writeFileSync(p, ""), says: "the file is empty" },
  {
    name: "a SQLite file of another app",
    make: (p) => execFileSync("sqlite3", [p, "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('hello');"]),
    says: "another application",
  },
];

for (const c of cases) {
  test(`opening ${c.name} shows a clear error and leaves the file unchanged`, async () => {
    const home = tempHome();
    const file = path.join(home, "suspect.journeys");
    c.make(file);
    const before = readFileSync(file);
    const studio = await startStudio({ home, args: [file] });
    try {
      const [message] = await texts(studio.browser, "[role=alert] .error-message");
      assert.ok(message.includes("is not a Journey Studio workspace"), message);
      assert.ok(message.includes(c.says), message);
      const heading = await studio.browser.$(".error-box h1").getText();
      assert.equal(heading, "This file could not be opened");
      // The X display as a person would see it (WebKitWebDriver's own screenshot of this screen
      // never returns when WebKit draws without compositing, as it does without a GPU).
      if (c.name === "random bytes") {
        const id = execFileSync("xdotool", ["search", "--name", "^Journey Studio$"]).toString().trim().split("\n")[0];
        execFileSync("import", ["-window", id, path.join(outDir, "not-a-workspace.png")]);
      }
    } finally {
      await studio.stop();
    }
    assert.ok(readFileSync(file).equals(before), "the file was changed");
  });
}
