// The build's last step on the glue and the wasm (scripts/minify-glue.mjs):
// both come out shortened, still working together, and renamed after what they
// hold, with the page that loads them pointing at the new names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { finishGlue } from '../../scripts/minify-glue.mjs';
import { ADD, RUN, TWO, module } from './sample-wasm.mjs';

/** Glue as wasm-bindgen writes it, before minification. */
const GLUE = `const imports = { __proto__: null,
  ${TWO}: function () { return 2; },
  ${ADD}: function (a, b) { return a + b; },
};
export async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes, { "./x_bg.js": imports });
  const wasm = instance.exports;
  return wasm.${RUN}();
}
`;

const TRUNK_NAME = 'x-0123456789abcdef';

/** A dist folder as Trunk leaves it: the glue, the wasm, and a page naming both. */
function dist(wasm) {
  const dir = mkdtempSync(join(tmpdir(), 'igf-glue-'));
  writeFileSync(join(dir, `${TRUNK_NAME}.js`), GLUE);
  writeFileSync(join(dir, `${TRUNK_NAME}_bg.wasm`), wasm);
  writeFileSync(join(dir, 'index.html'), `<script data-igf-js=/${TRUNK_NAME}.js data-igf-wasm=/${TRUNK_NAME}_bg.wasm src=/loader.js type=module></script>`);
  writeFileSync(join(dir, 'other.html'), '<p>no app here</p>');
  return dir;
}

test('the finished glue and wasm still work together, under names the page now uses', async () => {
  const dir = dist(module());
  const names = await finishGlue(dir, 'x');
  assert.match(names.js, /^x-[0-9a-f]{16}\.js$/);
  assert.equal(names.wasm, names.js.replace(/\.js$/, '_bg.wasm'));
  assert.deepEqual(readdirSync(dir).sort(), ['index.html', names.js, names.wasm, 'other.html'].sort());
  assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), `<script data-igf-js=/${names.js} data-igf-wasm=/${names.wasm} src=/loader.js type=module></script>`);
  assert.equal(readFileSync(join(dir, 'other.html'), 'utf8'), '<p>no app here</p>');
  const glue = await import(pathToFileURL(join(dir, names.js)).href);
  assert.equal(await glue.run(readFileSync(join(dir, names.wasm))), 42);
  assert.ok(!readFileSync(join(dir, names.js), 'utf8').includes(TWO), 'the glue keeps a long name');
});

test('the names follow the content: the same build gets the same names, a changed wasm new ones', async () => {
  const first = await finishGlue(dist(module()), 'x');
  const again = await finishGlue(dist(module()), 'x');
  const changed = await finishGlue(dist(module([], 41)), 'x');
  assert.deepEqual(again, first);
  assert.notEqual(changed.js, first.js);
  assert.notEqual(changed.wasm, first.wasm);
});

test('a build whose pages do not load the glue stops', async () => {
  const dir = dist(module());
  writeFileSync(join(dir, 'index.html'), '<p>loader missing</p>');
  await assert.rejects(finishGlue(dir, 'x'), /no page/);
});
