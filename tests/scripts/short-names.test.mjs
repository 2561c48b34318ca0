// The short names given to the wasm's imports and exports and to its glue
// (scripts/short-names.mjs) must still match each other: a wasm renamed
// without its glue, or the reverse, fails to instantiate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODULE, shortName, shortenGlue, shortenWasm } from '../../scripts/short-names.mjs';
import { ADD, HEADER, RUN, TWO, module, section, text } from './sample-wasm.mjs';

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

test('the renamed wasm needs the renamed glue: with the original glue it does not instantiate', async () => {
  const { wasm } = shortenWasm(module());
  await assert.rejects(run(GLUE, wasm));
});

test('a glue naming an import twice, not as a key, or not at all is refused', () => {
  const { renames } = shortenWasm(module());
  assert.throws(() => shortenGlue(`${GLUE}/* ${TWO} */`, renames), /exactly once/);
  assert.throws(() => shortenGlue(GLUE.replace(`${ADD}:`, `"${ADD}":`), renames), /exactly once/);
  assert.throws(() => shortenGlue(GLUE.replace(`${ADD}:function(a,b){return a+b}`, 'z:null'), renames), new RegExp(`${ADD} is not named`));
});

test('the module is matched as written, not as a pattern', () => {
  const { renames } = shortenWasm(module());
  assert.throws(() => shortenGlue(GLUE.replace('"./x_bg.js":', '"./y_bg.js":'), renames), /module/);
  assert.throws(() => shortenGlue(GLUE.replace('"./x_bg.js":', '"a/x_bgxjs":'), renames), /module/);
});

test('two imports of one name are refused, not merged', () => {
  const body = [2, ...text('./x_bg.js'), ...text(TWO), 0, 0, ...text('./x_bg.js'), ...text(TWO), 0, 0];
  const twice = Buffer.from([...HEADER, ...section(1, [1, 0x60, 0, 1, 0x7f]), ...section(2, body)]);
  assert.throws(() => shortenWasm(twice), /two imports are named/);
});

test('a short export name already taken by a kept export is refused', () => {
  const taken = module(['xa']);
  assert.ok(WebAssembly.validate(taken), 'the sample with an xa export is valid');
  assert.throws(() => shortenWasm(taken), /two exports would be named xa/);
});

test('tables, memories, globals and long sections survive the rename', () => {
  const long = `__wbg_${'long'.repeat(40)}_0123456789abcdef`;
  const many = Array.from({ length: 30 }, (_, i) => [...text('./x_bg.js'), ...text(`__wbg_f${i}_0123456789abcdef`), 0, 0]).flat();
  const imports = [
    34,
    ...many,
    ...text('./x_bg.js'), ...text(long), 0, 0,
    ...text('./x_bg.js'), ...text('__wbg_table_0123456789abcdef'), 1, 0x70, 1, 1, 300 & 0x7f | 0x80, 300 >> 7,
    ...text('./x_bg.js'), ...text('__wbg_memory_0123456789abcdef'), 2, 0, 1,
    ...text('./x_bg.js'), ...text('__wbg_global_0123456789abcdef'), 3, 0x7f, 0,
  ];
  const bytes = Buffer.from([...HEADER, ...section(1, [1, 0x60, 0, 1, 0x7f]), ...section(2, imports)]);
  assert.ok(WebAssembly.validate(bytes), 'the sample is valid');
  assert.ok(imports.length > 127 && long.length > 127, 'lengths need more than one byte');
  const { wasm } = shortenWasm(bytes);
  const found = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.equal(found.length, 34);
  assert.deepEqual(found.slice(-4), [
    { module: MODULE, name: shortName(30), kind: 'function' },
    { module: MODULE, name: shortName(31), kind: 'table' },
    { module: MODULE, name: shortName(32), kind: 'memory' },
    { module: MODULE, name: shortName(33), kind: 'global' },
  ]);
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
