#!/usr/bin/env bash
# Runs every test layer (Rust, UI components, UI in Chromium, end-to-end), keeps each layer's
# log under target/test-logs/, and ends with one summary line: "total: N passed, M failed".
#   scripts/test.sh                       all layers
#   scripts/test.sh rust|ui|browser|e2e|package   one layer
set -uo pipefail
cd "$(dirname "$0")/.."
logs=target/test-logs
mkdir -p "$logs"
layers=("${@:-rust ui browser e2e package}")
read -r -a layers <<<"${layers[*]}"

total_pass=0; total_fail=0; report=()

count() { # $1 log, $2 regex containing one number; prints the sum of those numbers
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'
}

layer() {
  local name=$1; shift
  local log="$logs/$name.log" status pass fail
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  case $name in
    rust) pass=$(count "$log" '[0-9]+ passed;'); fail=$(count "$log" '[0-9]+ failed;') ;;
    ui)   pass=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *Tests ' | count /dev/stdin '[0-9]+ passed')
          fail=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *Tests ' | count /dev/stdin '[0-9]+ failed') ;;
    e2e|browser|package) pass=$(count "$log" '^# pass [0-9]+'); fail=$(count "$log" '^# fail [0-9]+') ;;
  esac
  pass=${pass:-0}; fail=${fail:-0}
  if [[ $status -ne 0 && $fail -eq 0 ]]; then fail=1; fi   # a crash before any test counts as a failure
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
  report+=("$(printf '%-5s %4d passed, %d failed  (exit %d, log %s)' "$name" "$pass" "$fail" "$status" "$log")")
}

for l in "${layers[@]}"; do
  case $l in
    rust) layer rust cargo test --workspace --features journey-studio/custom-protocol ;;
    # Type errors fail the layer too: vite and vitest strip types without checking them.
    ui)   layer ui sh -c 'npx tsc -p ui/tsconfig.json --noEmit && NO_COLOR=1 npx vitest run --config ui/vite.config.ts' ;;
    # The studio UI in headless Chromium with a recording backend (tests/browser/harness.mjs).
    browser) layer browser sh -c 'npx vite build --logLevel warn --config ui/vite.harness.config.ts && node --test --test-reporter=tap --test-concurrency=1 tests/browser/*.test.mjs' ;;
    # Under a session bus, as on a desktop (single-instance hand-over uses it).
    e2e)  layer e2e dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" node --test --test-reporter=tap --test-concurrency=1 tests/e2e/*.test.mjs ;;
    # The .deb: built offline, its contents checked, installed and started under Xvfb.
    package) layer package sh -c 'scripts/deb.sh && dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" node --test --test-reporter=tap tests/package/*.test.mjs' ;;
    *) echo "unknown layer $l (rust, ui, browser, e2e, package)" >&2; exit 2 ;;
  esac
done

echo
echo "==> summary"
printf '%s\n' "${report[@]}"
echo "total: $total_pass passed, $total_fail failed"
[[ $total_fail -eq 0 && $total_pass -gt 0 ]]
