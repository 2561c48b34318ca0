#!/usr/bin/env bash
# The release build: Trunk (wasm-bindgen, wasm-opt, minification, file hashes),
# the JS glue minified, the Secretariat's collation page with its own wasm, the
# reader prerendered into index.html from the same components, the stable embed
# loader that points at this build's hashed files, and brotli and gzip copies
# of every file for the host to send.
source "$(dirname "$0")/setup.sh"
say "Building the release"
trunk build --release
node scripts/minify-glue.mjs dist
say "Building the collation page (collate.html and its own wasm)"
# Trunk empties its output folder, so the second page is built beside dist/
# and its files are added to it; files both pages use (the stylesheet, the
# loader, the icon) are the same bytes under the same hashed names.
rm -rf dist-collate
trunk build --release --dist dist-collate --html-output collate.html collate.html
node scripts/minify-glue.mjs dist-collate igf-collate
for f in dist-collate/*; do
  if [ -f "$f" ] && [ ! -e "dist/$(basename "$f")" ]; then cp "$f" dist/; fi
done
rm -rf dist-collate
say "Prerendering the reader into dist/index.html"
cargo run --quiet --locked --profile prerender --features ssr --bin prerender -- dist/index.html
node scripts/embed-manifest.mjs dist
node scripts/precompress.mjs dist
