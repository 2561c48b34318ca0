// Writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file
// in dist/, at the highest settings, so that a static host (nginx's
// brotli_static and gzip_static, or scripts/server.mjs) sends them as they are.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COMPRESSIBLE = /\.(html|css|js|mjs|wasm|svg|txt|json)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const dist = process.argv[2] ?? 'dist';
let files = 0;
for (const path of walk(dist).filter((p) => COMPRESSIBLE.test(p))) {
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  files += 1;
}
console.log(`precompressed ${files} files in ${dist} (.br and .gz)`);
