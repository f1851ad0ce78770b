# Journey Studio: the two commands are `make run` and `make test`; the rest are their parts.
.PHONY: run test build types deps deb bench-app bench-edit fuzz test-rust test-ui test-browser test-e2e test-package bench bench-ui clean

run:
	@scripts/deps.sh run
	@scripts/build.sh
	@scripts/run.sh

test:
	@scripts/deps.sh test
	@scripts/build.sh
	@scripts/test.sh

build:
	@scripts/deps.sh build
	@scripts/build.sh

# The page's TypeScript (ui/src/generated/contract.ts) from the Rust wire types; `make test` fails
# while it is stale (journey-api's generated_typescript_is_current). No Tauri build needed.
types:
	UPDATE_TYPES=1 cargo test -q -p journey-api --test typescript

# Single layers (after one `make test` or `make build` has installed and built everything).
test-rust:
	@scripts/test.sh rust

test-ui:
	@scripts/test.sh ui

test-browser:
	@scripts/test.sh browser

test-e2e:
	@scripts/build.sh
	@scripts/test.sh e2e

# Store benchmark (release build): prints a table and, last, one JSON line. Not part of `make test`.
# The Debian package (offline, Tauri's deb bundler); `make test` checks and installs it.
deb:
	@scripts/deps.sh test
	@scripts/deb.sh

test-package:
	@scripts/deps.sh test
	@scripts/test.sh package

# Start-up time, memory and package size of the release build (after `make deb`).
bench-app:
	@scripts/deps.sh bench
	@scripts/deb.sh
	@cargo build --release -q -p journey-cli
	@node scripts/bench-app.mjs

# Fuzzing (nightly, cargo-fuzz): every target FUZZ_SECONDS (default 600), not part of make test.
fuzz:
	@scripts/fuzz.sh

bench:
	@scripts/deps.sh build
	cargo run --release -q -p journey-cli -- bench store
	cargo run --release -q -p journey-cli -- bench export

# Edit-to-paint in the real window (release build, Xvfb): 100, 1,000 and 10,000 cards, the change
# path against the old full reload in the same run. Prints a table and, last, one JSON line.
bench-edit:
	@scripts/deps.sh test
	@npm run --silent build:ui -- --logLevel warn
	@cargo build --release -q -p journey-studio -p journey-cli --features journey-studio/custom-protocol
	@dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" node tests/e2e/bench-edit.mjs

# UI benchmark in Chromium: first render and drag frame times for a 2,000-card journey.
bench-ui:
	@scripts/deps.sh test
	@scripts/build.sh
	@npx vite build --logLevel warn --config ui/vite.harness.config.ts
	@node tests/browser/bench-ui.mjs

# cargo clean empties wherever cargo builds (CARGO_TARGET_DIR may point elsewhere); ./target
# also holds what the scripts write themselves (screenshots, logs, the browser harness).
clean:
	cargo clean
	rm -rf target ui/dist node_modules
