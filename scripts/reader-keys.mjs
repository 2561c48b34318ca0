// Checks that the reader's build never shows a text whose English it lacks.
//
// The keys in the second part of `catalog!` (src/model/i18n/keys.rs) are the
// whole app's: their English is added only where it starts
// (`Key::install_later`), so the reader's build would show an empty text for
// one of them. Which keys a build can show is what its linker keeps, so this
// asks the linker: in a copy of the crate, every `Key::Name` written in an
// expression becomes a call to a function of its own that nothing can inline,
// the reader's build is compiled, and the functions left in its wasm are the
// keys it reaches. A key written in a constant cannot be a call, so there the
// constant is probed instead: each use of it becomes a block that calls a
// function of its own first, and a constant the reader's build reaches counts
// every key written in it as reached.
//
//   node scripts/reader-keys.mjs
// Exits 1 if the reader's build reaches a key of the whole app's. Needs cargo
// and the wasm32 target; shares target/ with the release build, under other
// names, so only this copy of the crate is compiled.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sections } from './short-names.mjs';
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

const target = () => process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const KEY_CALL = new RegExp(`crate::${PROBE}::([A-Z]\\w*)\\(\\)`, 'g');
const CONST_USE = new RegExp(`\\(\\{ crate::${PROBE}::c(\\d+)\\(\\); ([A-Z_][A-Z0-9_]*) \\}\\)`, 'g');

/** Rewrites every `Key::Name` outside keys.rs as a call to its probe. */
function probeKeys(src, keys) {
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

/**
 * Type-checks the copy, putting back what a constant cannot hold (a probe
 * call) on each line the compiler names; returns what was put back, as
 * `{ file, line, text }` per line.
 */
function checkPuttingBack(copy) {
  const putBack = [];
  for (let round = 0; round < 6; round++) {
    const run = spawnSync(
      'cargo',
      ['check', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', PROBE, '--message-format', 'short'],
      { cwd: copy, encoding: 'utf8', env: { ...process.env, CARGO_TARGET_DIR: target() } },
    );
    if (run.status === 0) return putBack;
    const sites = [...run.stderr.matchAll(/^([^\s:]+\.rs):(\d+):\d+: error\[E0015\]/gm)];
    if (sites.length === 0) throw new Error(`the probed copy does not build:\n${run.stderr.slice(-4000)}`);
    for (const [, file, line] of new Map(sites.map((m) => [`${m[1]}:${m[2]}`, m])).values()) {
      const path = join(copy, file);
      const lines = readFileSync(path, 'utf8').split('\n');
      const at = Number(line) - 1;
      putBack.push({ file, line: Number(line), text: lines[at] });
      lines[at] = lines[at].replace(KEY_CALL, 'Key::$1').replace(CONST_USE, '$2');
      writeFileSync(path, lines.join('\n'));
    }
  }
  throw new Error('the probed copy still does not build after putting constants back');
}

/**
 * The name of the constant or static item that holds line `line` (1-based) of
 * `lines`. Only its own file's uses are probed, so one visible outside its
 * module is refused rather than missed.
 */
function itemAt(lines, line) {
  for (let i = line - 1; i >= 0; i--) {
    const item = /^\s*(pub(?:\([^)]*\))?\s+)?(?:const|static)\s+([A-Z_][A-Z0-9_]*)\s*:/.exec(lines[i]);
    if (item && item[1]) throw new Error(`${item[2]} holds keys and is \`${item[1].trim()}\`: keep it private to its file, where its uses are probed`);
    if (item) return item[2];
  }
  return null;
}

/**
 * Probes the constants that hold keys: in their own file, each use becomes
 * `({ probe(); NAME })`. Returns each constant with its keys and probe number.
 */
function probeConstants(copy, sites) {
  const constants = [];
  for (const { file, line, text } of sites) {
    const path = join(copy, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const name = itemAt(lines, line);
    if (!name) throw new Error(`${file}:${line} writes a key outside a constant the check can name`);
    let constant = constants.find((c) => c.file === file && c.name === name);
    if (!constant) constants.push((constant = { file, name, keys: [], n: constants.length }));
    constant.keys.push(...[...text.matchAll(KEY_CALL)].map((m) => m[1]));
  }
  for (const c of constants) {
    const path = join(copy, c.file);
    const declaration = new RegExp(`(?:const|static)\\s+${c.name}\\s*:`);
    const use = new RegExp(`(?<![A-Za-z0-9_:])${c.name}(?![A-Za-z0-9_])`, 'g');
    const lines = readFileSync(path, 'utf8').split('\n');
    const probed = lines.map((l) => (declaration.test(l) || /^\s*\/\//.test(l) ? l : l.replace(use, `({ crate::${PROBE}::c${c.n}(); ${c.name} })`)));
    writeFileSync(path, probed.join('\n'));
  }
  const probes = constants.map((c) => `#[inline(never)]\npub fn c${c.n}() -> u32 {\n    core::hint::black_box(${c.n})\n}\n`);
  writeFileSync(join(copy, 'src', `${PROBE}.rs`), `${readFileSync(join(copy, 'src', `${PROBE}.rs`), 'utf8')}${probes.join('')}`);
  return constants;
}

/** Every function name in the wasm's name section. */
function functionNames(wasm) {
  const names = [];
  const r = new Sections(wasm);
  r.at = 8;
  while (r.at < wasm.length) {
    const id = wasm[r.at++];
    const end = r.u32() + r.at;
    if (id === 0 && r.name() === 'name') {
      while (r.at < end) {
        const sub = wasm[r.at++];
        const subEnd = r.u32() + r.at;
        if (sub === 1) {
          for (let n = r.u32(); n > 0; n--) {
            r.u32();
            names.push(r.name());
          }
        }
        r.at = subEnd;
      }
    }
    r.at = end;
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
  // take the place of the release build's in the shared target/. The patched
  // Yew is the project's own folder, not a copy: a copy's newer file times
  // would have cargo rebuild Yew for the release build's cache.
  const manifest = readFileSync(join(copy, 'Cargo.toml'), 'utf8')
    .replace('path = "vendor/yew"', `path = ${JSON.stringify(join(ROOT, 'vendor/yew'))}`)
    .replace('name = "igf-messages"\nversion', 'name = "igf-messages-probe"\nversion')
    .replace('[lib]\n', '[lib]\nname = "igf_messages_probe"\n')
    .replace('[[bin]]\nname = "igf-messages"\n', `[[bin]]\nname = "${PROBE}"\n`);
  writeFileSync(join(copy, 'Cargo.toml'), manifest);
  const lock = readFileSync(join(copy, 'Cargo.lock'), 'utf8').replace('name = "igf-messages"\n', 'name = "igf-messages-probe"\n');
  writeFileSync(join(copy, 'Cargo.lock'), lock);
  const main = join(copy, 'src/main.rs');
  writeFileSync(main, readFileSync(main, 'utf8').replaceAll('igf_messages::', 'igf_messages_probe::'));
  probeKeys(join(copy, 'src'), [...reader, ...later]);
  const constants = probeConstants(copy, checkPuttingBack(copy));
  const unprobed = checkPuttingBack(copy);
  if (unprobed.length) throw new Error(`a constant's use cannot be probed:\n${unprobed.map((u) => `${u.file}:${u.line}`).join('\n')}`);
  const run = spawnSync(
    'cargo',
    ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', PROBE],
    { cwd: copy, encoding: 'utf8', env: { ...process.env, CARGO_TARGET_DIR: target() } },
  );
  if (run.status !== 0) throw new Error(`the probed copy does not build:\n${run.stderr.slice(-4000)}`);
  const wasm = readFileSync(join(target(), `wasm32-unknown-unknown/release/${PROBE}.wasm`));
  const inProbes = new RegExp(`^_ZN${'igf_messages_probe'.length}igf_messages_probe${PROBE.length}${PROBE}(\\d+)([A-Za-z0-9_]+)17h[0-9a-f]{16}E$`);
  const probed = functionNames(wasm).map((n) => inProbes.exec(n)?.[2]).filter(Boolean);
  const reached = new Set(probed.filter((n) => !/^c\d+$/.test(n)));
  if (!reached.has('AppTitle')) {
    throw new Error(`no probe found in the reader's wasm (were its names mangled otherwise, or stripped?): the check cannot tell`);
  }
  const reachedConstants = constants.filter((c) => probed.includes(`c${c.n}`));
  for (const c of reachedConstants) for (const k of c.keys) reached.add(k);
  const wrong = later.filter((k) => reached.has(k));
  const unreached = reader.filter((k) => !reached.has(k));
  console.log(
    `The reader's build reaches ${reader.length - unreached.length} of the ${reader.length} keys in the first part of catalog! ` +
      `and ${wrong.length} of the ${later.length} in the second; ${reachedConstants.length} of the ${constants.length} constants that hold keys.`,
  );
  for (const c of constants) {
    console.log(`  ${probed.includes(`c${c.n}`) ? 'reached    ' : 'not reached'}  ${c.file}: ${c.name} (${[...new Set(c.keys)].join(', ')})`);
  }
  if (unreached.length) console.log(`In the first part but not reached by the reader's build (could move to the second): ${unreached.join(', ')}`);
  if (wrong.length) {
    console.error(`The reader's build shows keys whose English it lacks: ${wrong.join(', ')}. Move them to the first part of catalog!.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
