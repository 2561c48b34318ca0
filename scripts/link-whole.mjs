// Points the page's loader at the whole app (src/bin/full.rs): adds the names
// of its glue and wasm to the loader's script tag in dist/index.html, as
// data-igf-full-js and data-igf-full-wasm, beside the reader's. The loader
// (web/upgrade.js) fetches them only when a person needs a screen the
// reader's build leaves out; embed-manifest.mjs reads them from there too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `html` with the whole app's `js` and `wasm` named on its loader tag. */
export function linkWhole(html, js, wasm) {
  const tag = html.match(/<script\b[^>]*\bdata-igf-js=["']?([^"' >]+)[^>]*>/);
  if (!tag) throw new Error('link-whole: no loader tag (data-igf-js) in index.html');
  if (/data-igf-full-/.test(tag[0])) throw new Error('link-whole: the loader tag already names a whole app');
  const base = tag[1].slice(0, tag[1].lastIndexOf('/') + 1);
  const linked = tag[0].replace(/>$/, ` data-igf-full-js=${base}${js} data-igf-full-wasm=${base}${wasm}>`);
  return html.replace(tag[0], linked);
}

function main() {
  const dist = process.argv[2] ?? 'dist';
  const files = readdirSync(dist);
  const js = files.filter((f) => /^igf-full-[0-9a-f]+\.js$/.test(f));
  const wasm = files.filter((f) => /^igf-full-[0-9a-f]+_bg\.wasm$/.test(f));
  if (js.length !== 1 || wasm.length !== 1) throw new Error(`link-whole: expected one whole-app glue and wasm in ${dist}, found ${[...js, ...wasm].join(', ') || 'none'}`);
  const page = join(dist, 'index.html');
  writeFileSync(page, linkWhole(readFileSync(page, 'utf8'), js[0], wasm[0]));
  console.log(`index.html loads ${js[0]} and ${wasm[0]} on request`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
