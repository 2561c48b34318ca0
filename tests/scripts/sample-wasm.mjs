// A small wasm module assembled byte by byte, shaped as wasm-bindgen's output
// is: hashed import names from one module, a hashed export, and a memory.

export const ADD = '__wbg_add_0123456789abcdef';
export const TWO = '__wbg_two_fedcba9876543210';
export const RUN = 'wasm_bindgen__convert__closures_____invoke__h0123456789abcdef';

const u32 = (n) => (n < 128 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
export const text = (s) => [...u32(s.length), ...Buffer.from(s)];
export const section = (id, body) => [id, ...u32(body.length), ...body];
export const HEADER = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];

/**
 * Imports `two` and `add` from "./x_bg.js" and exports `run`, which returns
 * add(two(), `n`), `memory`, and `run` again under each of `extraExports`.
 */
export function module(extraExports = [], n = 40) {
  const types = [2, 0x60, 0, 1, 0x7f, 0x60, 2, 0x7f, 0x7f, 1, 0x7f];
  const imports = [2, ...text('./x_bg.js'), ...text(TWO), 0, 0, ...text('./x_bg.js'), ...text(ADD), 0, 1];
  const body = [0, 0x10, 0, 0x41, n, 0x10, 1, 0x0b];
  const exports = [2 + extraExports.length, ...text(RUN), 0, 2, ...text('memory'), 2, 0, ...extraExports.flatMap((e) => [...text(e), 0, 2])];
  return Buffer.from([
    ...HEADER,
    ...section(1, types),
    ...section(2, imports),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, exports),
    ...section(10, [1, body.length, ...body]),
  ]);
}
