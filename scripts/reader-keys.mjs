// Checks that the reader's build never shows a text whose English it lacks.
//
// The keys in the second part of `catalog!` (src/model/i18n/keys.rs) are the
// whole app's: their English is added only where it starts
// (`Key::install_later`), so the reader's build would show an empty text for
// one of them. Which keys a build can show is what its linker keeps, so this
// asks the linker: in a copy of the crate, every `Key::Name` written in an
// expression becomes a call to a function of its own that nothing can inline,
// the reader's build is compiled, and the functions left in its wasm are the
// keys it reaches. A key written in a constant cannot be a call; those are
// listed, for a person to check, and not counted.
//
//   node scripts/reader-keys.mjs
// Exits 1 if the reader's build reaches a key of the whole app's. Needs cargo
// and the wasm32 target; shares target/ with the release build, so only this
// copy of the crate is compiled.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = new URL('..', import.meta.url).pathname;
const PROBE = 'reader_keys_probe';

/** The two parts of the public page's keys, in order. */
function keyParts(keysRs) {
  const start = keysRs.indexOf('catalog! {\n');
  const end = keysRs.indexOf('\n}\n', start);
  const [reader, later] = keysRs.slice(start, end).split('\n    ;\n');
  const names = (part) => [...part.matchAll(/^\s*([A-Z]\w*) = "/gm)].map((m) => m[1]);
  return { reader: names(reader), later: names(later ?? '') };
}

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** Rewrites every `Key::Name` outside keys.rs as a probe call; the files changed. */
function probeEverywhere(src, keys) {
  const probes = keys.map((k) => `#[inline(never)]\npub fn ${k}() -> Key {\n    core::hint::black_box(Key::${k})\n}\n`);
  writeFileSync(join(src, `${PROBE}.rs`), `#![allow(non_snake_case)]\nuse crate::model::i18n::Key;\n${probes.join('')}`);
  writeFileSync(join(src, 'lib.rs'), `${readFileSync(join(src, 'lib.rs'), 'utf8')}\n#[doc(hidden)]\npub mod ${PROBE};\n`);
  for (const file of rustFiles(src)) {
    if (file.endsWith('keys.rs') || file.endsWith(`${PROBE}.rs`)) continue;
    const text = readFileSync(file, 'utf8');
    const probed = text.replace(/(?<![A-Za-z_])Key::(?!ALL\b)([A-Z]\w*)/g, `crate::${PROBE}::$1()`);
    if (probed !== text) writeFileSync(file, probed);
  }
}

/** Builds the reader's wasm; puts back `Key::Name` where a constant needs it. */
function build(copy) {
  const inConstants = [];
  for (let round = 0; round < 4; round++) {
    const run = spawnSync(
      'cargo',
      ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', PROBE, '--message-format', 'short'],
      { cwd: copy, encoding: 'utf8', env: { ...process.env, CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target') } },
    );
    if (run.status === 0) return inConstants;
    const sites = [...run.stderr.matchAll(/^([^\s:]+\.rs):(\d+):\d+: error\[E0015\]/gm)];
    if (sites.length === 0) throw new Error(`the probed copy does not build:\n${run.stderr.slice(-4000)}`);
    for (const [, file, line] of sites) {
      const path = join(copy, file);
      const lines = readFileSync(path, 'utf8').split('\n');
      const at = Number(line) - 1;
      const back = lines[at].replace(new RegExp(`crate::${PROBE}::([A-Z]\\w*)\\(\\)`, 'g'), (_, k) => {
        inConstants.push({ key: k, at: `${file}:${line}` });
        return `Key::${k}`;
      });
      lines[at] = back;
      writeFileSync(path, lines.join('\n'));
    }
  }
  throw new Error('the probed copy still does not build after putting constants back');
}

/** Every function name in the wasm's name section. */
function functionNames(wasm) {
  const names = [];
  let p = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[p++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  while (p < wasm.length) {
    const id = wasm[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) {
      const nameLength = leb();
      const name = wasm.subarray(p, p + nameLength).toString();
      p += nameLength;
      while (name === 'name' && p < end) {
        const sub = wasm[p++];
        const subSize = leb();
        const subEnd = p + subSize;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            leb();
            const length = leb();
            names.push(wasm.subarray(p, p + length).toString());
            p += length;
          }
        }
        p = subEnd;
      }
    }
    p = end;
  }
  return names;
}

const keysRs = readFileSync(join(ROOT, 'src/model/i18n/keys.rs'), 'utf8');
const { reader, later } = keyParts(keysRs);
if (later.length === 0) throw new Error('keys.rs has no second part: the `;` between the two lists is missing');
const copy = mkdtempSync(join(tmpdir(), 'igf-reader-keys-'));
try {
  for (const entry of ['Cargo.toml', 'Cargo.lock', 'build.rs', 'src', 'documents', 'i18n', 'tests/fixtures']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  // Other names for the copy's library and binary, so that its files never
  // take the place of the release build's in the shared target/.
  const manifest = readFileSync(join(copy, 'Cargo.toml'), 'utf8')
    .replace('name = "igf-messages"\nversion', 'name = "igf-messages-probe"\nversion')
    .replace('[lib]\n', '[lib]\nname = "igf_messages_probe"\n')
    .replace('[[bin]]\nname = "igf-messages"\n', `[[bin]]\nname = "${PROBE}"\n`);
  writeFileSync(join(copy, 'Cargo.toml'), manifest);
  const lock = readFileSync(join(copy, 'Cargo.lock'), 'utf8').replace('name = "igf-messages"\n', 'name = "igf-messages-probe"\n');
  writeFileSync(join(copy, 'Cargo.lock'), lock);
  const main = join(copy, 'src/main.rs');
  writeFileSync(main, readFileSync(main, 'utf8').replaceAll('igf_messages::', 'igf_messages_probe::'));
  probeEverywhere(join(copy, 'src'), [...reader, ...later]);
  const inConstants = build(copy);
  const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const wasm = readFileSync(join(target, `wasm32-unknown-unknown/release/${PROBE}.wasm`));
  const mangled = new RegExp(`${PROBE.length}${PROBE}(\\d+)([A-Za-z0-9_]+?)17h[0-9a-f]{16}E`);
  const reached = new Set(functionNames(wasm).map((n) => mangled.exec(n)?.[2]).filter(Boolean));
  const wrong = later.filter((k) => reached.has(k));
  const unreached = reader.filter((k) => !reached.has(k) && !inConstants.some((c) => c.key === k));
  console.log(`The reader's build reaches ${reached.size} of the ${reader.length} keys in the first part of catalog! (${later.length} in the second).`);
  if (inConstants.length) {
    console.log('Written in constants, so not probed (which build shows each is for a person to check):');
    const sites = new Map();
    for (const c of inConstants) sites.set(c.at, [...(sites.get(c.at) ?? []), c]);
    for (const [at, found] of sites) {
      const named = found.map((c) => `${c.key}${later.includes(c.key) ? ' (whole app)' : ''}`);
      console.log(`  ${at}: ${named.join(', ')}`);
    }
  }
  if (unreached.length) console.log(`In the first part but not reached by the reader's build (could move to the second): ${unreached.join(', ')}`);
  if (wrong.length) {
    console.error(`The reader's build shows keys whose English it lacks: ${wrong.join(', ')}. Move them to the first part of catalog!.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
