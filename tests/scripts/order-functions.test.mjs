// scripts/order-functions.mjs: functions that look alike end up side by side,
// and the module still does exactly what it did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainOrder, functionBodies, orderFunctions } from '../../scripts/order-functions.mjs';
import { HEADER, section, text } from './sample-wasm.mjs';

// Two kinds of body, interleaved: a long sum of constants (A) and a long
// chain of calls to the imported `one` (B). f0..f3 are A, B, A, B; each is
// exported as e0..e3, and `all` calls all four and adds what they return.
const sumBody = (k) => [0, 0x41, k, ...Array.from({ length: 12 }, (_, i) => [0x41, i + k, 0x6a]).flat(), 0x0b];
const callBody = (k) => [0, 0x41, k, ...Array.from({ length: 12 }, () => [0x10, 0, 0x6a]).flat(), 0x0b];
const allBody = [0, 0x10, 1, 0x10, 2, 0x6a, 0x10, 3, 0x6a, 0x10, 4, 0x6a, 0x0b];

function sample(first = sumBody(1)) {
  const bodies = [first, callBody(2), sumBody(3), callBody(4), allBody];
  const types = [1, 0x60, 0, 1, 0x7f];
  const imports = [1, ...text('env'), ...text('one'), 0, 0];
  const exports = [5, ...[0, 1, 2, 3].flatMap((i) => [...text(`e${i}`), 0, i + 1]), ...text('all'), 0, 5];
  return Buffer.from([
    ...HEADER,
    ...section(1, types),
    ...section(2, imports),
    ...section(3, [5, 0, 0, 0, 0, 0]),
    ...section(7, exports),
    ...section(10, [5, ...bodies.flatMap((b) => [b.length, ...b])]),
  ]);
}

async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes, { env: { one: () => 1 } });
  return Object.fromEntries(['e0', 'e1', 'e2', 'e3', 'all'].map((e) => [e, instance.exports[e]()]));
}

test('the chain puts each body beside the one most like it', () => {
  const { imported, bodies } = functionBodies(sample());
  assert.equal(imported, 1);
  assert.deepEqual(chainOrder(bodies).slice(0, 2), [0, 2], 'f2 is the sum most like f0');
  const order = chainOrder(bodies);
  assert.equal(Math.abs(order.indexOf(1) - order.indexOf(3)), 1, 'the two call chains are neighbours');
  assert.deepEqual([...order].sort(), [0, 1, 2, 3, 4], 'every function is placed once');
});

test('ordered, the module exports the same functions with the same results', async () => {
  const before = sample();
  const after = orderFunctions(before);
  assert.notDeepEqual(after, before, 'the functions moved');
  assert.deepEqual(await run(after), await run(before));
  const bodies = functionBodies(after).bodies.map((b) => Buffer.from(b).toString('hex'));
  const sums = [sumBody(1), sumBody(3)].map((b) => Buffer.from(b).toString('hex'));
  assert.equal(Math.abs(bodies.indexOf(sums[0]) - bodies.indexOf(sums[1])), 1, 'the two sums sit side by side');
});

test('the same module is always ordered the same way', () => {
  assert.deepEqual(orderFunctions(sample()), orderFunctions(sample()));
});

test('a module binaryen cannot read is refused, not passed through', () => {
  const unknownOpcode = [0, 0xff, 0x0b];
  assert.throws(() => orderFunctions(sample(unknownOpcode)));
});
