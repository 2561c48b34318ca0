#!/usr/bin/env bash
# The release build: Trunk (wasm-bindgen, wasm-opt, minification, file hashes),
# then the stable embed loader that points at this build's hashed files.
source "$(dirname "$0")/setup.sh"
say "Building the release"
trunk build --release
node scripts/embed-manifest.mjs dist
