// The short names given to the wasm's imports and exports and to its glue
// (scripts/short-names.mjs) must still match each other: a wasm renamed
// without its glue, or the reverse, fails to instantiate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODULE, shortName, shortenGlue, shortenWasm } from '../../scripts/short-names.mjs';

const ADD = '__wbg_add_0123456789abcdef';
const TWO = '__wbg_two_fedcba9876543210';
const RUN = 'wasm_bindgen__convert__closures_____invoke__h0123456789abcdef';

const u32 = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
const text = (s) => [...u32(s.length), ...Buffer.from(s)];
const section = (id, body) => [id, ...u32(body.length), ...body];

/** A module importing `two` and `add` from "./x_bg.js", exporting `run`, which returns add(two(), 40), and `memory`. */
function module() {
  const types = [2, 0x60, 0, 1, 0x7f, 0x60, 2, 0x7f, 0x7f, 1, 0x7f];
  const imports = [2, ...text('./x_bg.js'), ...text(TWO), 0, 0, ...text('./x_bg.js'), ...text(ADD), 0, 1];
  const body = [0, 0x10, 0, 0x41, 40, 0x10, 1, 0x0b];
  return Buffer.from([
    ...[0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, types),
    ...section(2, imports),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...text(RUN), 0, 2, ...text('memory'), 2, 0]),
    ...section(10, [1, body.length, ...body]),
  ]);
}

/** Glue in the shape wasm-bindgen's minified output has. */
const GLUE = `const i={__proto__:null,${TWO}:function(){return 2},${ADD}:function(a,b){return a+b}};
return WebAssembly.instantiate(bytes,{"./x_bg.js":i}).then((r)=>{const O=r.instance.exports;return [O.${RUN}(),O.memory instanceof WebAssembly.Memory]});`;

const run = (glue, bytes) => new Function('bytes', glue)(bytes);

test('the sample module and glue work before renaming', async () => {
  assert.deepEqual(await run(GLUE, module()), [42, true]);
});

test('renamed wasm and renamed glue still instantiate and call each other', async () => {
  const { wasm, renames } = shortenWasm(module());
  const glue = shortenGlue(GLUE, renames);
  assert.deepEqual(await run(glue, wasm), [42, true]);
  assert.equal(renames.module, './x_bg.js');
  assert.deepEqual([...renames.imports], [[TWO, 'a'], [ADD, 'b']]);
  assert.deepEqual([...renames.exports], [[RUN, 'xa']]);
  for (const long of [TWO, ADD, RUN, './x_bg.js']) {
    assert.ok(!glue.includes(long), `${long} is left in the glue`);
    assert.ok(!wasm.includes(Buffer.from(long)), `${long} is left in the wasm`);
  }
  assert.ok(wasm.length < module().length);
});

test('a renamed wasm with the old glue no longer instantiates, so a missed rename cannot pass unseen', async () => {
  const { wasm } = shortenWasm(module());
  await assert.rejects(run(GLUE, wasm));
});

test('a glue naming an import twice, or not as a key, is refused', () => {
  const { renames } = shortenWasm(module());
  assert.throws(() => shortenGlue(`${GLUE}/* ${TWO} */`, renames), /exactly once/);
  assert.throws(() => shortenGlue(GLUE.replace(`${ADD}:`, `"${ADD}":`), renames), /exactly once/);
  assert.throws(() => shortenGlue(GLUE.replace('"./x_bg.js":', '"./y_bg.js":'), renames), /module/);
});

test('an export used other than as a property is refused', () => {
  const { renames } = shortenWasm(module());
  assert.throws(() => shortenGlue(`${GLUE}O["${RUN}"];`, renames), /other than as a property/);
});

test('short names are distinct identifiers, one letter for the first 52', () => {
  const names = Array.from({ length: 5000 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[A-Za-z][A-Za-z0-9]*$/.test(n)));
  assert.ok(names.slice(0, 52).every((n) => n.length === 1));
  assert.equal(MODULE.length, 1);
});
