// Shortens the names by which the wasm and its JS glue know each other.
//
// wasm-bindgen names every import after the browser API it calls plus a
// 16-digit hash (`__wbg_addEventListener_f2d27251d333a631`), and every closure
// export after a hash too. Each name is written twice, in the wasm's import or
// export section and in the glue, and hashes do not compress: for the app's
// 230 imports that is about 7 KB gzip. Here each import becomes a one- or
// two-letter name, from a one-letter module, and each hashed export `x` and
// one or two letters, in both files at once.
//
// The glue is only rewritten where a name is certain: each import name must
// occur exactly once in it (its key in the imports object), and each renamed
// export only as a property (`.name`). The wasm must come out valid, with no
// two imports or exports of one name. Anything else throws, and the build
// stops, rather than ship a wasm and a glue that no longer match.

/** The module name every import is given. */
export const MODULE = 'a';

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = `${FIRST}0123456789`;

/** The `i`th short identifier: a…Z, then aa, ba, …, Za, ab, … */
export function shortName(i) {
  let name = FIRST[i % FIRST.length];
  for (let n = Math.floor(i / FIRST.length); n > 0; n = Math.floor((n - 1) / REST.length)) {
    name += REST[(n - 1) % REST.length];
  }
  return name;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text, re) => (text.match(re) || []).length;
/** Every use of the identifier `name`, not part of a longer one. */
const word = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');
/** `name` as a key of an object literal. */
const key = (name) => new RegExp(`(?<![\\w$.])${escape(name)}:`, 'g');
/** `name` as a property read, `.name`. */
const property = (name) => new RegExp(`\\.${escape(name)}(?![\\w$])`, 'g');

/** Reads a wasm module's sections: numbers, names and import descriptions. */
export class Sections {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }

  u32() {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      if (this.at >= this.bytes.length) throw new Error('short-names: the wasm ends inside a number');
      byte = this.bytes[this.at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  }

  name() {
    const length = this.u32();
    const text = this.bytes.subarray(this.at, this.at + length).toString('utf8');
    this.at += length;
    return text;
  }

  /** Skips an import's description: a function, table, memory, global or tag. */
  skipImportDesc() {
    const kind = this.bytes[this.at++];
    const limits = () => {
      const flags = this.u32();
      this.u32();
      if (flags & 1) this.u32();
    };
    if (kind === 0) this.u32();
    else if (kind === 1) {
      this.at++;
      limits();
    } else if (kind === 2) limits();
    else if (kind === 3) this.at += 2;
    else if (kind === 4) {
      this.at++;
      this.u32();
    } else throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** `value` as an unsigned LEB128 number. */
export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
};

/** The import section with every import renamed; `renames` gains old → new. */
function importSection(r, renames) {
  const n = r.u32();
  const parts = [u32(n)];
  for (let i = 0; i < n; i++) {
    const module = r.name();
    const field = r.name();
    const desc = r.at;
    r.skipImportDesc();
    renames.module ??= module;
    if (module !== renames.module) throw new Error(`short-names: imports from two modules, ${renames.module} and ${module}`);
    if (!IDENTIFIER.test(field)) throw new Error(`short-names: the import ${field} is not an identifier`);
    if (renames.imports.has(field)) throw new Error(`short-names: two imports are named ${field}`);
    const short = shortName(i);
    renames.imports.set(field, short);
    parts.push(name(MODULE), name(short), r.bytes.subarray(desc, r.at));
  }
  return Buffer.concat(parts);
}

/** The export section with each hashed name renamed; the others are kept. */
function exportSection(r, renames) {
  const n = r.u32();
  const parts = [u32(n)];
  const names = new Set();
  for (let i = 0; i < n; i++) {
    const field = r.name();
    const desc = r.at;
    r.at++;
    r.u32();
    let short = field;
    if (/_h[0-9a-f]{16}$/.test(field) && IDENTIFIER.test(field)) {
      short = `x${shortName(renames.exports.size)}`;
      renames.exports.set(field, short);
    }
    if (names.has(short)) throw new Error(`short-names: two exports would be named ${short}`);
    names.add(short);
    parts.push(name(short), r.bytes.subarray(desc, r.at));
  }
  return Buffer.concat(parts);
}

/** The wasm with its import and export names shortened, and the renames made. */
export function shortenWasm(wasm) {
  const r = new Sections(wasm);
  r.at = 8;
  const out = [wasm.subarray(0, 8)];
  const renames = { module: null, imports: new Map(), exports: new Map() };
  while (r.at < wasm.length) {
    const start = r.at;
    const id = wasm[r.at++];
    const size = r.u32();
    const end = r.at + size;
    if (id === 2 || id === 7) {
      const body = id === 2 ? importSection(r, renames) : exportSection(r, renames);
      if (r.at !== end) throw new Error(`short-names: section ${id} is not the length it says`);
      out.push(Buffer.from([id]), u32(body.length), body);
    } else {
      out.push(wasm.subarray(start, end));
    }
    r.at = end;
  }
  const renamed = Buffer.concat(out);
  if (!WebAssembly.validate(renamed)) throw new Error('short-names: the renamed wasm is not valid');
  return { wasm: renamed, renames };
}

/** The glue with the same renames, checked name by name. */
export function shortenGlue(glue, renames) {
  let out = glue;
  const moduleKey = `${JSON.stringify(renames.module)}:`;
  if (out.split(moduleKey).length !== 2) {
    throw new Error(`short-names: the glue does not name the module ${moduleKey} exactly once`);
  }
  out = out.replace(moduleKey, `${MODULE}:`);
  for (const [long, short] of renames.imports) {
    if (count(out, word(long)) !== 1 || count(out, key(long)) !== 1) {
      throw new Error(`short-names: the import ${long} is not named exactly once, as a key, in the glue`);
    }
    out = out.replace(key(long), `${short}:`);
  }
  for (const [long, short] of renames.exports) {
    const uses = count(out, property(long));
    if (uses === 0 || count(out, word(long)) !== uses) {
      throw new Error(`short-names: the export ${long} is used other than as a property in the glue`);
    }
    out = out.replace(property(long), `.${short}`);
  }
  return out;
}
