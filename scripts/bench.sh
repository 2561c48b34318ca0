#!/usr/bin/env bash
# The benchmark: builds the release, then measures (see scripts/bench.mjs).
# Prints a table and writes bench/results.md.
source "$(dirname "$0")/build.sh"
say "Benchmarking"
node scripts/bench.mjs
# Where the wasm's bytes go, by group, when twiggy is installed (it is not in CI).
node scripts/size-breakdown.mjs --md bench/results.md
