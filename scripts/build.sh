#!/usr/bin/env bash
# The release build: Trunk (wasm-bindgen, wasm-opt, minification, file hashes),
# the reader prerendered into index.html from the same components, then the
# stable embed loader that points at this build's hashed files.
source "$(dirname "$0")/setup.sh"
say "Building the release"
trunk build --release
say "Prerendering the reader into dist/index.html"
cargo run --quiet --locked --profile prerender --features ssr --bin prerender -- dist/index.html
node scripts/embed-manifest.mjs dist
node scripts/precompress.mjs dist
