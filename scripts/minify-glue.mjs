// Minifies wasm-bindgen's JS glue in dist/, which Trunk's minifier cannot
// parse and leaves whole: 55 KB raw becomes 25 KB (2 KB less gzip). Property
// names are kept, so the wasm's imports still find their functions. The file
// keeps the hashed name Trunk gave it: that hash covers the unminified glue,
// and the same glue always minifies to the same output. Then the names by
// which the glue and the wasm know each other are shortened in both
// (scripts/short-names.mjs); the wasm, too, keeps its name.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenGlue, shortenWasm } from './short-names.mjs';

const dist = process.argv[2] ?? 'dist';
// The collation page's glue is named after its binary, igf-collate.
const prefix = process.argv[3] ?? 'igf-messages';
const glue = readdirSync(dist).filter((f) => new RegExp(`^${prefix}-[0-9a-f]+\\.js$`).test(f));
if (glue.length !== 1) throw new Error(`minify-glue: expected one glue file in ${dist}, found ${glue.length}`);
const path = join(dist, glue[0]);
const source = readFileSync(path, 'utf8');
const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
const wasmPath = path.replace(/\.js$/, '_bg.wasm');
const wasm = readFileSync(wasmPath);
const short = shortenWasm(wasm);
const shortCode = shortenGlue(code, short.renames);
writeFileSync(path, shortCode);
writeFileSync(wasmPath, short.wasm);
console.log(`minified ${glue[0]}: ${source.length} → ${code.length} bytes, ${shortCode.length} with short names`);
console.log(`short names in the wasm: ${short.renames.imports.size} imports and ${short.renames.exports.size} exports, ${wasm.length} → ${short.wasm.length} bytes`);
