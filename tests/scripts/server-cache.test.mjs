// The server sends the build's hashed files to be cached for good, and
// everything else to be revalidated. Trunk's hashes lose their leading zeros,
// so a hash can be shorter than 16 digits and must still count as one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCRIPT_HASH_FILE, startServer } from '../../scripts/server.mjs';

const FILES = {
  'igf-messages-2c81bfaf22bb5674.js': 'forever',
  'igf-messages-f74ac585a2dfdff.js': 'forever',
  'igf-messages-f74ac585a2dfdff_bg.wasm': 'forever',
  'main-2d552da85e74d776.css': 'forever',
  'view-ar-7c9f3dda3b09ecd2.json': 'forever',
  'loader.js': 'revalidate',
  'embed.js': 'revalidate',
  'index.html': 'revalidate',
};

test('hashed files are immutable, whatever the length of their hash; the rest revalidate', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'igf-cache-'));
  for (const name of Object.keys(FILES)) writeFileSync(join(dir, name), 'x');
  const server = await startServer({ dir, host: '127.0.0.1', port: 0 });
  t.after(() => server.close());
  const { port } = server.address();
  for (const [name, expected] of Object.entries(FILES)) {
    const res = await fetch(`http://127.0.0.1:${port}/${name}`);
    assert.equal(res.status, 200, name);
    const cache = res.headers.get('cache-control');
    assert.equal(cache.includes('immutable') ? 'forever' : 'revalidate', expected, `${name}: ${cache}`);
  }
});

test("a build's inline script is allowed by its hash in script-src, and only in its HTML", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'igf-csp-'));
  writeFileSync(join(dir, 'index.html'), '<script>x()</script>');
  writeFileSync(join(dir, 'loader.js'), 'x');
  writeFileSync(join(dir, SCRIPT_HASH_FILE), "'sha256-abc='\n");
  const server = await startServer({ dir, host: '127.0.0.1', port: 0 });
  t.after(() => server.close());
  const { port } = server.address();
  const page = await fetch(`http://127.0.0.1:${port}/`);
  assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval';/);
  assert.equal((await fetch(`http://127.0.0.1:${port}/loader.js`)).headers.get('content-security-policy'), null);
});
