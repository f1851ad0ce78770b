#!/usr/bin/env bash
# Builds the UI, then the app with the UI embedded (custom protocol), and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> building the UI"
npm run --silent build:ui -- --logLevel warn
echo "==> building the app and the CLI"
cargo build --quiet -p journey-studio -p journey-cli --features journey-studio/custom-protocol
