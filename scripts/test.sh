#!/usr/bin/env bash
# Quick start, step 2: install what is missing, then run every test layer.
source "$(dirname "$0")/setup.sh"

say "0/4 Gates: formatting and clippy, for the native and the wasm32 targets"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
# proptest is a native-only dev-dependency, so the wasm32 run lints what ships
# and the browser tests rather than the native unit tests.
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

say "1/4 Core tests (native cargo test)"
cargo test --locked

say "2/4 Browser tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test browser

say "3/4 Release build and size budget"
# The build's own scripts first: a wrong rename would break the wasm it ships.
node --test tests/scripts/*.test.mjs
source scripts/build.sh
node scripts/size-budget.mjs
# The reader's build leaves out the whole app's English: it must never show it.
node scripts/reader-keys.mjs
# The versions end-to-end test serves a second build that has a Version 2.
bash scripts/build-versions.sh

say "4/4 End-to-end tests (Playwright + axe-core against the release build)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
