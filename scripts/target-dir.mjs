// Where cargo puts the builds: CARGO_TARGET_DIR, build.target-dir from a .cargo/config.toml
// (the repo's or the user's), CARGO_BUILD_TARGET_DIR, else ./target. Cargo is asked itself
// (`cargo metadata --no-deps`, about 20 ms) instead of these rules being copied here, so a rule
// this file does not know about still gives the directory cargo really used. Cargo reads a
// relative CARGO_TARGET_DIR against the directory it runs in; it runs in the repo root here, as
// in scripts/build.sh, so both agree.
//
//   import { targetDir } from "../../scripts/target-dir.mjs";   the absolute path
//   node scripts/target-dir.mjs                                  prints it (for the shell scripts)
//
// Only cargo's outputs live there. What the scripts write themselves (screenshots, test logs,
// the browser harness, e2e screenshots) always goes to ./target, next to the checkout.

import { execFileSync } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

let cached;

/** The absolute target directory cargo builds this workspace into. */
export function targetDir() {
  if (cached) return cached;
  const cargo = process.env.CARGO ?? "cargo";
  let out;
  try {
    out = execFileSync(cargo, ["metadata", "--format-version", "1", "--no-deps", "--offline"], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (e) {
    throw new Error(`could not ask cargo where it builds (${cargo} metadata in ${root}): ${e.message}`);
  }
  // Normalised: cargo joins a relative value onto the root without resolving "..".
  cached = path.resolve(JSON.parse(out.toString()).target_directory);
  return cached;
}

/** A binary cargo built: `bin("debug", "journey")`. */
export function bin(profile, name) {
  return path.join(targetDir(), profile, name);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  console.log(targetDir());
}
