#!/usr/bin/env bash
# `make fuzz`: each cargo-fuzz target for FUZZ_SECONDS (default 600), two at a time, corpora in
# fuzz/corpus/<target> (committed), crashes in fuzz/artifacts/<target>. Needs the nightly
# toolchain (rustup) and cargo-fuzz, which this script installs when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# Beside the workspace's builds, resolved before `cd fuzz` (fuzz/ is a workspace of its own,
# and a relative CARGO_TARGET_DIR would be read against it).
export CARGO_TARGET_DIR="$(node scripts/target-dir.mjs)/fuzz"
targets=(import_json import_csv import_mermaid open_workspace import_ojf import_xlsx import_lucid)
cd fuzz
cargo +nightly fuzz build -O >/dev/null
run() {
  mkdir -p "corpus/$1" "artifacts/$1"
  cargo +nightly fuzz run -O "$1" "corpus/$1" -- -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 2>&1 | tail -n 3 | sed "s/^/[$1] /"
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  ((i + 1 < ${#targets[@]})) && run "${targets[i+1]}" &
  wait
done
