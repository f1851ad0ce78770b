#!/usr/bin/env bash
# Installs what Journey Studio needs and is missing, nothing twice.
#   scripts/deps.sh build   system libraries for building the app, npm packages
#   scripts/deps.sh run     + Xvfb and ImageMagick for a headless run
#   scripts/deps.sh test    + WebKitWebDriver, tauri-driver, poppler, xdotool (real key presses
#                           for native menu accelerators) for the end-to-end tests,
#                           Chromium for the browser-level UI tests and the UI benchmark
#   scripts/deps.sh bench   + Python's GTK bindings for WebKitGTK: `make bench-app` measures an
#                           empty WebKitGTK page beside the studio, as its baseline
#   scripts/deps.sh docs    + LibreOffice Calc (headless) to render an exported workbook for
#                           docs/ (scripts/interchange-shots.sh)
# As root it installs; otherwise it prints the exact command to run and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"

build_pkgs=(libwebkit2gtk-4.1-dev build-essential file libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev pkg-config)
# fonts-lohit-telu: GTK draws the native menus with system fonts (the page has its own), and a
# Telugu menu bar was boxes without one; DejaVu covers Latin, Cyrillic and Persian.
run_pkgs=(xvfb xauth x11-utils imagemagick dbus fonts-lohit-telu)
test_pkgs=(webkit2gtk-driver poppler-utils sqlite3 chromium xdotool)
bench_pkgs=(python3-gi gir1.2-webkit2-4.1)
docs_pkgs=(libreoffice-calc-nogui poppler-utils)

pkgs=("${build_pkgs[@]}")
[[ "$mode" == run || "$mode" == test || "$mode" == bench ]] && pkgs+=("${run_pkgs[@]}")
[[ "$mode" == test || "$mode" == bench ]] && pkgs+=("${test_pkgs[@]}")
[[ "$mode" == bench ]] && pkgs+=("${bench_pkgs[@]}")
[[ "$mode" == docs ]] && pkgs+=("${run_pkgs[@]}" "${docs_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else
    echo "Journey Studio needs: $*" >&2
    echo "Run this as root (or with sudo), then try again:" >&2
    echo "  sudo $*" >&2
    exit 1
  fi
}

if ((${#missing[@]})); then
  echo "==> installing system packages: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    as_root apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "Journey Studio needs $tool (Rust 1.85+ and Node 20+) on PATH." >&2; exit 1; }
done

# npm packages: reinstall only when package-lock.json changed since the last install.
stamp=node_modules/.journey-lock-stamp
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

# The test layer's own: automerge-repo's reference sync server (the interop test), apart from
# the app's packages (its dependency overrides would put the app's lock out of step with
# `npm ci`). `npm install` from its own lock; again only when that lock changed.
if [[ "$mode" == test ]]; then
  ref=tests/refserver
  if [[ ! -f "$ref/node_modules/.journey-lock-stamp" ]] || ! cmp -s "$ref/package-lock.json" "$ref/node_modules/.journey-lock-stamp"; then
    echo "==> npm install (tests/refserver)"
    npm install --prefix "$ref" --no-audit --no-fund --loglevel=error
    cp "$ref/package-lock.json" "$ref/node_modules/.journey-lock-stamp"
  fi
fi

if [[ "$mode" == test || "$mode" == bench ]] && ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
  echo "==> cargo install tauri-driver"
  cargo install tauri-driver --locked --version 2.1.0 --quiet
fi
exit 0
