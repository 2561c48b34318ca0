#!/usr/bin/env bash
# The release build: Trunk (wasm-bindgen, wasm-opt, minification, file hashes),
# the JS glue minified, the reader prerendered into index.html from the same
# components (and in every language, for the embed), the two loaders (the
# stable embed.js that points at this build's hashed files and carries the
# prerendered reader, and loader.js), and brotli and gzip copies of every file
# for the host to send.
source "$(dirname "$0")/setup.sh"
say "Building the release"
trunk build --release
node scripts/minify-glue.mjs dist
say "Prerendering the reader into dist/index.html"
cargo run --quiet --locked --profile prerender --features ssr --bin prerender -- dist/index.html dist/.views
node scripts/embed-manifest.mjs dist
node scripts/precompress.mjs dist
