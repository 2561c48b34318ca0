#!/usr/bin/env bash
# The release build: Trunk (wasm-bindgen, wasm-opt, minification, file hashes),
# each wasm's functions ordered by likeness for compression, the JS glue
# minified, the Secretariat's collation page with its own wasm, the
# whole app that the page fetches on request (the version diff and the
# import), the reader prerendered into index.html from the same components
# (and in every language, for the embed), the two loaders (the stable embed.js that points at
# this build's hashed files and carries the prerendered reader, and loader.js),
# and brotli and gzip copies of every file for the host to send. IGF_DIST names
# the output folder (dist unless set).
source "$(dirname "$0")/setup.sh"
DIST="${IGF_DIST:-dist}"
say "Building the release into $DIST/"
trunk build --release --dist "$DIST"
node scripts/order-functions.mjs "$DIST" igf-messages
node scripts/minify-glue.mjs "$DIST"
say "Building the collation page (collate.html and its own wasm)"
# Trunk empties its output folder, so the second page is built beside the
# first and its files are added to it; files both pages use (the stylesheet,
# the loader, the icon) are the same bytes under the same hashed names.
rm -rf "$DIST-collate"
trunk build --release --dist "$DIST-collate" --html-output collate.html collate.html
node scripts/order-functions.mjs "$DIST-collate" igf-collate
node scripts/minify-glue.mjs "$DIST-collate" igf-collate
for f in "$DIST-collate"/*; do
  if [ -f "$f" ] && [ ! -e "$DIST/$(basename "$f")" ]; then cp "$f" "$DIST/"; fi
done
rm -rf "$DIST-collate"
say "Building the whole app (igf-full), which the page fetches on request"
# The page starts with the reader's build; the changes between versions and
# the import come with the whole app (src/ui/later.rs). Only its glue and wasm
# are kept: the page that Trunk builds them for is not shipped.
rm -rf "$DIST-full"
trunk build --release --dist "$DIST-full" --html-output full.html full.html
node scripts/order-functions.mjs "$DIST-full" igf-full
node scripts/minify-glue.mjs "$DIST-full" igf-full
cp "$DIST-full"/igf-full-* "$DIST/"
rm -rf "$DIST-full"
say "Prerendering the reader into $DIST/index.html"
cargo run --quiet --locked --profile prerender --features ssr --bin prerender -- "$DIST/index.html" "$DIST/.views"
node scripts/link-whole.mjs "$DIST"
node scripts/embed-manifest.mjs "$DIST"
node scripts/precompress.mjs "$DIST"
