#!/usr/bin/env bash
# Builds the Debian package offline with Tauri's deb bundler (the npm CLI, pinned in
# package.json): release build of the app with the UI embedded, then the .deb. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
# Absolute, because the Tauri CLI runs cargo inside src-tauri/, where a relative
# CARGO_TARGET_DIR would name another folder than the one `make build` used.
export CARGO_TARGET_DIR="$(node scripts/target-dir.mjs)"
echo "==> building the UI"
npm run --silent build:ui -- --logLevel warn
# The `journey` command goes in the same package (its team server has a systemd unit there).
echo "==> building the journey command"
cargo build --release -q -p journey-cli
install -D -s -m 755 "$CARGO_TARGET_DIR/release/journey" packaging/bin/journey
echo "==> building the release app and the .deb (first time: several minutes)"
npm run --silent tauri -- build --bundles deb --ci >/dev/null
deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -1)
# Tauri's bundler packs with gzip; Debian's own packages use xz, which packs the two programs
# smaller (30.1 MB with gzip on 2026-12-02). The same tree, rebuilt by dpkg-deb.
repack=$(mktemp -d)
dpkg-deb -R "$deb" "$repack/tree"
dpkg-deb --root-owner-group -Zxz -b "$repack/tree" "$deb" >/dev/null
rm -rf "$repack"
echo "==> $deb ($(du -h "$deb" | cut -f1))"
