// Minifies wasm-bindgen's JS glue in dist/, which Trunk's minifier cannot
// parse and leaves whole: 55 KB raw becomes 25 KB (2 KB less gzip). Property
// names are kept, so the wasm's imports still find their functions. The file
// keeps the hashed name Trunk gave it: that hash covers the unminified glue,
// and the same glue always minifies to the same output.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
// The collation page's glue is named after its binary, igf-collate.
const prefix = process.argv[3] ?? 'igf-messages';
const glue = readdirSync(dist).filter((f) => new RegExp(`^${prefix}-[0-9a-f]+\\.js$`).test(f));
if (glue.length !== 1) throw new Error(`minify-glue: expected one glue file in ${dist}, found ${glue.length}`);
const path = join(dist, glue[0]);
const source = readFileSync(path, 'utf8');
const { code } = await minify(source, { module: true, compress: true, mangle: true, format: { comments: false } });
writeFileSync(path, code);
console.log(`minified ${glue[0]}: ${source.length} → ${code.length} bytes`);
