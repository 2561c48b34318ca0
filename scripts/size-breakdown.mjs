// Where the wasm's bytes go, grouped: yew, the standard library, the allocator,
// the app's components, model and shell, and data. For analysis only, never in
// CI: it needs twiggy (`cargo install twiggy --locked`), which setup.sh does not
// install, and the wasm-bindgen output of the last release build.
//
// It runs wasm-opt -Oz on that output with names kept (-g), so the functions are
// the ones the release ships, then sums twiggy's per-item sizes by group. Raw
// bytes are exact; the gzip column shares the shipped wasm's gzip size out in
// proportion to raw bytes, an estimate (data compresses better than code).
//
//   node scripts/size-breakdown.mjs [path/to/igf-messages_bg.wasm]
// Prints a Markdown table; with --md FILE it also appends the table to FILE.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const mdAt = args.indexOf('--md');
const mdFile = mdAt >= 0 ? args.splice(mdAt, 2)[1] : null;
const target = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const input = args[0] ?? join(target, 'wasm-bindgen/release/igf-messages_bg.wasm');

function has(tool) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// First match wins. Trait impls name their Self type first (`<yew::… as core::…>`),
// so the crate that owns the code is the first path in the name.
const GROUPS = [
  ['names section (analysis copy only; not shipped)', (n) => /^"?"?function names|^"?"?local names|subsection|^custom section/.test(n)],
  ['data: strings, documents, tables', (n) => /^"?data segment|^data\[/.test(n)],
  ['app components: views (html! inlined into yew)', (n) => /CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/.test(n)],
  ['app: ui (components, hooks, handlers)', (n) => /igf_messages::ui\b/.test(n)],
  ['app: model (document, comments, json, export)', (n) => /igf_messages::model\b/.test(n)],
  ['app: shell (browser, storage, Intl)', (n) => /igf_messages::shell\b/.test(n)],
  ['app: other', (n) => /igf_messages/.test(n)],
  ['allocator', (n) => /dlmalloc|talc|lol_alloc|__rust_(alloc|dealloc|realloc)|__rdl_|__rg_/.test(n)],
  ['std: fmt and panics', (n) => /core::fmt|alloc::fmt|core::panicking|std::panicking|panic|console_error_panic_hook|core::result::unwrap_failed|core::option::expect_failed/.test(n)],
  ['yew runtime (incl. its generics for the app)', (n) => /^<?(yew|implicit_clone|gloo|indexmap|slab|tracing)|[<(]yew::|yew::/.test(n)],
  ['wasm-bindgen, js-sys, web-sys glue', (n) => /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|externref/.test(n)],
  ['std: collections, strings, other', (n) => /^<?(core|alloc|std|hashbrown|__rustc)::|^<?&|drop_in_place|^<\[|^<(str|char|bool|[iuf](8|16|32|64|128|size))\b|^<T/.test(n)],
  ['wasm structure (types, imports, exports, tables)', (n) => /^(type|import|export|table|elem|code section|memory|global)\b|^"?(type|import|export|elem)\[|^main$/.test(n)],
  ['other / unnamed', () => true],
];

function parseCsv(text) {
  const rows = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    // Name may be quoted, with "" for a quote; the next two fields are numbers.
    const m = /^("(?:[^"]|"")*"|[^,]*),(\d+),/.exec(line);
    if (!m) continue;
    const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    rows.push({ name, size: Number(m[2]) });
  }
  return rows;
}

function main() {
  if (!has('twiggy')) {
    console.log('size-breakdown: twiggy is not installed (cargo install twiggy --locked); skipped.');
    return;
  }
  if (!has('wasm-opt')) {
    console.log('size-breakdown: wasm-opt is not on PATH (source scripts/setup.sh); skipped.');
    return;
  }
  if (!existsSync(input)) {
    console.log(`size-breakdown: ${input} is missing; run scripts/build.sh first.`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'igf-size-'));
  try {
    const named = join(tmp, 'named.wasm');
    const shipped = join(tmp, 'shipped.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', input, '-o', named]);
    execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', named, '-o', shipped]);
    const shippedGzip = gzipSync(readFileSync(shipped), { level: 9 }).length;
    const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', named], { maxBuffer: 1 << 28 }).toString();
    const rows = parseCsv(csv);
    const sums = new Map(GROUPS.map(([g]) => [g, { raw: 0, items: 0 }]));
    for (const { name: mangled, size } of rows) {
      // Drop the crate disambiguators: `core[c5930c85a12de822]::fmt` is `core::fmt`.
      const name = mangled.replace(/\[[0-9a-f]{16}\]/g, '');
      const [group] = GROUPS.find(([, test]) => test(name));
      const s = sums.get(group);
      s.raw += size;
      s.items += 1;
    }
    const shippedRaw = [...sums].filter(([g]) => !g.startsWith('names')).reduce((n, [, s]) => n + s.raw, 0);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    const lines = [
      `Wasm size by group (twiggy ${execFileSync('twiggy', ['--version']).toString().trim().split(' ').pop()}, wasm-opt -Oz with names kept; gzip shared out by raw size, an estimate):`,
      '',
      '| group | items | raw | share | ≈ gzip |',
      '|---|---:|---:|---:|---:|',
    ];
    for (const [group, s] of [...sums].sort((a, b) => b[1].raw - a[1].raw)) {
      if (s.items === 0 || group.startsWith('names')) continue;
      const share = s.raw / shippedRaw;
      lines.push(`| ${group} | ${s.items} | ${kb(s.raw)} | ${(share * 100).toFixed(1)}% | ${kb(share * shippedGzip)} |`);
    }
    lines.push(`| **wasm without names** | ${rows.length} | ${kb(shippedRaw)} | 100% | ${kb(shippedGzip)} |`);
    console.log(lines.join('\n'));
    if (mdFile) appendFileSync(mdFile, `\n${lines.join('\n')}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
