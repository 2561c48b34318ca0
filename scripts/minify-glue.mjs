// Minifies wasm-bindgen's JS glue in dist/, which Trunk's minifier cannot
// parse and leaves whole: 55 KB raw becomes 25 KB (2 KB less gzip). Then the
// names by which the glue and the wasm know each other are shortened in both
// (scripts/short-names.mjs).
//
// Last, both files are renamed after a hash of what they now hold, and the
// pages that load them are updated. Trunk's hash is of the wasm before
// wasm-bindgen and wasm-opt, so a new binaryen, a new terser or a change to
// the short names would change the files under the same names. Both are
// cached for good, and a glue and a wasm from two builds do not fit together.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenGlue, shortenWasm } from './short-names.mjs';

/** Minifies and shortens `prefix`'s glue and wasm in `dist`, and renames them; returns the new names. */
export async function finishGlue(dist, prefix) {
  const glue = readdirSync(dist).filter((f) => new RegExp(`^${prefix}-[0-9a-f]+\\.js$`).test(f));
  if (glue.length !== 1) throw new Error(`minify-glue: expected one glue file in ${dist}, found ${glue.length}`);
  const jsName = glue[0];
  const wasmName = jsName.replace(/\.js$/, '_bg.wasm');
  const source = readFileSync(join(dist, jsName), 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
  const wasm = readFileSync(join(dist, wasmName));
  const short = shortenWasm(wasm);
  const shortCode = shortenGlue(code, short.renames);
  console.log(`minified ${jsName}: ${source.length} → ${code.length} bytes, ${shortCode.length} with short names`);
  console.log(`short names in the wasm: ${short.renames.imports.size} imports and ${short.renames.exports.size} exports, ${wasm.length} → ${short.wasm.length} bytes`);

  const hash = createHash('sha256').update(shortCode).update(short.wasm).digest('hex').slice(0, 16);
  const names = { js: `${prefix}-${hash}.js`, wasm: `${prefix}-${hash}_bg.wasm` };
  writeFileSync(join(dist, jsName), shortCode);
  writeFileSync(join(dist, wasmName), short.wasm);
  renameSync(join(dist, jsName), join(dist, names.js));
  renameSync(join(dist, wasmName), join(dist, names.wasm));
  const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
  let loaders = 0;
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    if (!html.includes(jsName) && !html.includes(wasmName)) continue;
    const renamed = html.split(wasmName).join(names.wasm).split(jsName).join(names.js);
    writeFileSync(join(dist, page), renamed);
    loaders += 1;
  }
  if (loaders === 0) throw new Error(`minify-glue: no page in ${dist} loads ${jsName}`);
  console.log(`renamed after their content: ${names.js} and ${names.wasm}`);
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The collation page's glue is named after its binary, igf-collate.
  await finishGlue(process.argv[2] ?? 'dist', process.argv[3] ?? 'igf-messages');
}
