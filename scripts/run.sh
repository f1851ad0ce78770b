#!/usr/bin/env bash
# Opens the studio. With a display: the window, on the user's workspace (created from the
# bundled sample on first start). Without one: under Xvfb on a fresh sample workspace, waits
# until the window has painted, saves target/screenshots/studio.png and exits.
# The binary is taken from wherever cargo built it (scripts/target-dir.mjs); the screenshot
# always goes to ./target.
set -euo pipefail
cd "$(dirname "$0")/.."
app="$(node scripts/target-dir.mjs)/debug/journey-studio"
if [[ ! -x "$app" ]]; then
  echo "$app is not built; run \`make run\` (or scripts/build.sh) first." >&2
  exit 1
fi

if [[ -n "${DISPLAY:-}" ]]; then
  exec "$app" "$@"
fi

shots=target/screenshots
mkdir -p "$shots"
home=$(mktemp -d /tmp/journey-run.XXXXXX)
display=$(scripts/free-display.sh)
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() { kill "${app_pid:-}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export DISPLAY=":$display"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$app" "$@" >"$home/app.log" 2>&1 &
app_pid=$!

# Painted = the screen shows many colours and two shots in a row agree (fonts and layout
# settled). Polled, with a deadline instead of a fixed sleep.
previous=""
for _ in $(seq 120); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "The studio exited before painting; its log:" >&2; cat "$home/app.log" >&2; exit 1
  fi
  import -window root -crop 1366x820+0+0 +repage "$shots/studio.png" 2>/dev/null || { sleep 0.25; continue; }
  colours=$(identify -format '%k' "$shots/studio.png" 2>/dev/null || echo 0)
  sum=$(md5sum <"$shots/studio.png" | cut -d' ' -f1)
  if (( colours > 400 )) && [[ "$sum" == "$previous" ]]; then
    echo "The studio is running headless; screenshot saved to $(pwd)/$shots/studio.png"
    exit 0
  fi
  previous=$sum
  sleep 0.25
done
echo "The window did not finish painting within 30 s; last screenshot: $shots/studio.png" >&2
exit 1
