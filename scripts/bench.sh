#!/usr/bin/env bash
# The benchmark: builds the release, then measures (see scripts/bench.mjs).
# Prints a table and writes bench/results.md.
source "$(dirname "$0")/build.sh"
say "Benchmarking"
node scripts/bench.mjs
