// Writes the two loaders of this build, minified:
// - dist/embed.js, the one stable file a host page loads to embed the app
//   (web/embed.js): it knows the hashed names of this build, carries the
//   stylesheet, and the prerendered reader as one node tree for all six
//   languages (from the views the prerender wrote into dist/.views, which
//   this removes), so the host shows the Messages before the wasm arrives,
//   and the name of the documents' sources, sources-<hash>.json, which it
//   writes and embed.js hands to the app (src/shell/sources.rs);
// - dist/loader.js, the standalone page's loader (web/loader.js); the first
//   script in its head, inline (web/lang.js), with its hash for the page's
//   CSP in dist/csp-script-src.txt; and the view in each other language,
//   view-<lang>-<hash>.json, which the loader puts in place of the English
//   for a person who reads that language.
// Both start with web/early-input.js, which holds clicks made before the app
// is ready and replays them once it is.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { SCRIPT_HASH_FILE } from './server.mjs';
import { embedStyle } from './embed-style.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)));
    if (!(name in ENTITIES)) throw new Error(`embed-manifest: unknown entity ${whole}`);
    return ENTITIES[name];
  });
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The nodes inside the element whose start tag ends at `at`, up to its end
 * tag, as the node tree web/embed.js builds. This reads the HTML Yew's server
 * renderer writes (every element closed, no raw-text elements, no implied
 * ends); anything else is refused rather than guessed at.
 */
function nodesFrom(html, at) {
  const top = { children: [] };
  const open = [top];
  let i = at;
  while (i < html.length) {
    const parent = open.at(-1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      parent.children.push(['!', html.slice(i + 4, end)]);
      i = end + 3;
    } else if (html.startsWith('</', i)) {
      const end = html.indexOf('>', i);
      const name = html.slice(i + 2, end).trim().toLowerCase();
      if (open.length === 1) return top.children;
      if (name !== parent.tag) throw new Error(`embed-manifest: </${name}> closes <${parent.tag}>`);
      open.pop();
      i = end + 1;
    } else if (html[i] === '<') {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (!m) throw new Error(`embed-manifest: cannot read the tag at ${html.slice(i, i + 40)}`);
      const tag = m[1].toLowerCase();
      if (['script', 'style', 'textarea', 'title', 'template', 'svg', 'math'].includes(tag)) {
        throw new Error(`embed-manifest: <${tag}> in the prerendered view is not supported`);
      }
      const attributes = {};
      for (const a of m[2].matchAll(ATTRIBUTE)) attributes[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
      const node = { tag, attributes, children: [] };
      parent.children.push(node);
      if (!VOID.has(tag)) open.push(node);
      i = TAG.lastIndex;
    } else {
      const end = html.indexOf('<', i);
      parent.children.push(decode(html.slice(i, end < 0 ? html.length : end)));
      i = end < 0 ? html.length : end;
    }
  }
  throw new Error('embed-manifest: the mount element is not closed');
}

// The languages in the order of the app's Lang::ALL.
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const same = (values) => values.every((v) => JSON.stringify(v) === JSON.stringify(values[0]));
// The prerender marks the dates and numbers it cannot format without Intl
// (src/shell/intl.rs); embed.js formats them with the browser's, as the app does.
const MARKED = /\uE000(\d{4}-\d{2}-\d{2})\uE001|\uE002(\d+)\uE003/u;
/** A text as it is, or, if it holds marks, its parts: texts, { d: '2020-11-17' } and { n: 2938 }. */
function localized(text) {
  if (text === null || !MARKED.test(text)) return text;
  const parts = text.split(new RegExp(MARKED.source, 'gu'));
  // split gives text, date, number, text, date, number, …
  return parts.flatMap((part, i) => {
    if (i % 3 === 0) return part ? [part] : [];
    if (part === undefined) return [];
    return [i % 3 === 1 ? { d: part } : { n: Number(part) }];
  });
}
// A value that differs between languages: one per language, in LANGS order
// (null where an attribute is absent, parts where it holds dates or numbers).
// A text with parts is always wrapped, even where every language has the
// same: a bare array would read as an element.
const varying = (values) => {
  const local = values.map(localized);
  return same(local) && !Array.isArray(local[0]) ? local[0] : { $: local };
};

/**
 * One node tree for the same view in every language: the views must have the
 * same elements and comments; text and attribute values that differ become
 * `{ $: [one per language] }`.
 */
function merge(nodes) {
  const [first] = nodes;
  if (typeof first === 'string' || Array.isArray(first)) {
    if (!nodes.every((n) => typeof n === typeof first && Array.isArray(n) === Array.isArray(first))) throw new Error(`embed-manifest: the languages differ at ${JSON.stringify(first)}`);
    if (Array.isArray(first) && !same(nodes.map((n) => n[1]))) throw new Error('embed-manifest: the languages differ in a comment');
    return Array.isArray(first) ? first : varying(nodes);
  }
  if (!nodes.every((n) => n.tag === first.tag && n.children.length === first.children.length)) {
    throw new Error(`embed-manifest: the languages differ in the structure of <${first.tag}>`);
  }
  const names = [...new Set(nodes.flatMap((n) => Object.keys(n.attributes)))];
  const attributes = Object.fromEntries(names.map((name) => [name, varying(nodes.map((n) => n.attributes[name] ?? null))]));
  return [first.tag, attributes, ...first.children.map((_, i) => merge(nodes.map((n) => n.children[i])))];
}

const elements = (nodes) => nodes.reduce((n, node) => n + (node.tag ? 1 + elements(node.children) : 0), 0);
const find = (nodes, test) => {
  for (const node of nodes.filter((x) => x.tag)) {
    if (test(node)) return node;
    const inner = find(node.children, test);
    if (inner) return inner;
  }
  return null;
};

/**
 * The prerendered reader, from the element count in dist/index.html and the
 * view in each language in `views`: `view`, one node tree for every language
 * as a host page shows it, with its element count and its track (the one the
 * track links mark current); `local`, the standalone page's view in each
 * language but English, one tree each, with the page's title in it and what
 * its loader says if the app cannot start; and `failed`, those words in every
 * language, the prerender's `<lang>.failed.txt`.
 */
export function prerenderedView(html, views) {
  const mount = html.match(/<div\b[^>]*\bid=(["']?)igf-messages\1[^>]*>/);
  if (!mount) throw new Error('embed-manifest: no #igf-messages in index.html');
  const count = Number(mount[0].match(/data-igf-prerendered="?(\d+)/)?.[1]);
  if (!count) throw new Error('embed-manifest: index.html is not prerendered');
  const english = nodesFrom(html, mount.index + mount[0].length);
  const all = LANGS.map((lang) => {
    const view = readFileSync(join(views, `${lang}.html`), 'utf8');
    const nodes = nodesFrom(`${view}</div>`, 0);
    if (elements(nodes) !== count) throw new Error(`embed-manifest: the ${lang} view has ${elements(nodes)} elements, index.html ${count}`);
    return nodes;
  });
  // The same view, but for the one landmark a host page has of its own: there the app's is a div.
  const standalone = all.map((nodes) => JSON.parse(JSON.stringify(nodes).replace('{"tag":"div","attributes":{"class":"igf-main"}', '{"tag":"div","attributes":{"role":"main","class":"igf-main"}')));
  if (JSON.stringify(standalone[LANGS.indexOf('en')]) !== JSON.stringify(english)) throw new Error('embed-manifest: the English view is not the one in index.html, but for its main landmark');
  if (!all.every((nodes) => nodes.length === english.length)) throw new Error('embed-manifest: the languages differ at the top level');
  const current = find(english, (n) => n.attributes['aria-current'] === 'page' && /^#igf=/.test(n.attributes.href ?? ''));
  // What the loaders say if the app cannot start, in each language: [the reader, the whole app].
  const failed = Object.fromEntries(LANGS.map((lang) => {
    const said = readFileSync(join(views, `${lang}.failed.txt`), 'utf8').split('\n');
    if (said.length !== 3 || !said[0] || !said[1] || said[2]) throw new Error(`embed-manifest: the ${lang} failure texts are not two lines`);
    return [lang, said.slice(0, 2)];
  }));
  return {
    failed,
    view: {
      langs: LANGS,
      track: current ? current.attributes.href.slice('#igf='.length) : null,
      count,
      nodes: english.map((_, i) => merge(all.map((nodes) => nodes[i]))),
    },
    // The standalone page's view in each other language, which web/loader.js
    // puts in the English one's place for a person who reads that language.
    // With the page's title, which the app gives the reader (its brand, the
    // app's name), so that a screen reader's first word is in that language too.
    local: Object.fromEntries(LANGS.filter((lang) => lang !== 'en').map((lang) => {
      const nodes = standalone[LANGS.indexOf(lang)];
      const brand = find(nodes, (n) => n.attributes.class === 'igf-brand');
      if (!brand || !brand.children.every((c) => typeof c === 'string')) throw new Error(`embed-manifest: no brand to name the ${lang} page after`);
      return [lang, { langs: [lang], title: brand.children.join(''), failed: failed[lang], nodes: nodes.map((node) => merge([node])) }];
    })),
  };
}

async function minified(source, module = true) {
  const { code } = await minify(source, { module, compress: true, mangle: true, format: { comments: false } });
  return code;
}

async function write(path, source) {
  const code = await minified(source);
  writeFileSync(path, code);
  return code;
}

const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function main() {
  const dist = process.argv[2] ?? 'dist';
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pick = (re, what) => {
    const m = html.match(re);
    if (!m) throw new Error(`embed-manifest: no ${what} in ${dist}/index.html`);
    return m[1].replace(/^.*\//, '');
  };
  const files = {
    js: pick(/data-igf-js=["']?([^"' >]+)/, 'JS glue'),
    wasm: pick(/data-igf-wasm=["']?([^"' >]+)/, 'wasm'),
    css: pick(/href=["']?([^"' >]+\.css)/, 'stylesheet'),
    // The key list the served catalogs are named after (the prerender writes it).
    catalogs: pick(/data-igf-catalogs=["']?([0-9a-f]{16})/, 'catalogs key list'),
  };
  // scripts/build.sh always links the whole app (link-whole.mjs fails without
  // it); the benchmark's synthetic builds have none, and never ask for it.
  if (/data-igf-full-js=/.test(html)) {
    files.fullJs = pick(/data-igf-full-js=["']?([^"' >]+)/, 'whole app glue');
    files.fullWasm = pick(/data-igf-full-wasm=["']?([^"' >]+)/, 'whole app wasm');
  } else {
    console.log('embed-manifest: no whole app linked in index.html');
  }
  // The documents' sources, which the app reads from the page (the prerender
  // put them there) and, on a host page, from a file of their own that
  // embed.js fetches beside the wasm: in embed.js itself they would sit too
  // far from the view's copy of the text for gzip to share it (3.2 KB more
  // before a host page shows anything).
  const sources = html.match(/<script type="application\/json" id="igf-sources">([^<]*)<\/script>/);
  if (!sources) throw new Error(`embed-manifest: no documents' sources in ${dist}/index.html`);
  JSON.parse(sources[1]);
  files.sources = `sources-${hashOf(sources[1])}.json`;
  writeFileSync(join(dist, files.sources), sources[1]);
  const views = join(dist, '.views');
  if (!existsSync(views)) throw new Error(`embed-manifest: no ${views}: run the prerender with it as its second argument`);
  const { view, local, failed } = prerenderedView(html, views);
  rmSync(views, { recursive: true });
  // The standalone page's views in the other languages, named after a hash of them all.
  const localJson = Object.entries(local).map(([lang, v]) => [lang, JSON.stringify(v)]);
  const viewsKey = hashOf(localJson.map(([, json]) => json).join('\n'));
  for (const [lang, json] of localJson) writeFileSync(join(dist, `view-${lang}-${viewsKey}.json`), json);
  const source = (...names) => names.map((f) => readFileSync(join(ROOT, 'web', f), 'utf8')).join('\n');
  const { style, widths } = embedStyle(readFileSync(join(dist, files.css), 'utf8'));
  const data = [
    `const FILES = ${JSON.stringify(files)};`,
    `const STYLE = ${JSON.stringify(style)};`,
    `const WIDTHS = ${JSON.stringify(widths)};`,
    `const VIEW = ${JSON.stringify(view)};`,
    `const FAILED = ${JSON.stringify(failed)};`,
  ].join('\n');
  const embed = await write(join(dist, 'embed.js'), `${data}\n${source('early-input.js', 'upgrade.js', 'prefer.js', 'view.js', 'reveal.js', 'embed.js')}`);
  // The standalone page's loader says a failure in English; a view in another language brings its own words.
  const loader = await write(join(dist, 'loader.js'), `const FAILED = ${JSON.stringify({ en: failed.en })};\n${source('early-input.js', 'upgrade.js', 'view.js', 'reveal.js', 'loader.js')}`);
  // The standalone page's first script (web/lang.js), inline at the top of its
  // head: a file would hold up the parsing of the page for a round trip (0.1 s
  // later text on 3G, measured). Its hash, for the page's CSP, changes only
  // when its source does.
  const lang = await minified(`(() => {\n${source('prefer.js', 'lang.js')}\n})();`, false);
  writeFileSync(join(dist, SCRIPT_HASH_FILE), `'sha256-${createHash('sha256').update(lang).digest('base64')}'\n`);
  writeFileSync(join(dist, 'index.html'), withLanguageViews(html, lang, viewsKey, files.catalogs));
  console.log(`wrote ${dist}/embed.js (${embed.length} bytes), ${dist}/loader.js (${loader.length} bytes) and the page's inline script (${lang.length} bytes) for ${files.js}`);
}

/**
 * index.html with its first script, `script`, inline at the top of its head,
 * before the stylesheet; and on its <html> the addresses of its view and
 * catalog in each other language ({lang} stands for the language), served
 * where the loader is, which the script asks for at once and the loader reads.
 */
export function withLanguageViews(html, script, viewsKey, catalogs) {
  if (/<\/script/i.test(script)) throw new Error('embed-manifest: the inline script would end early');
  const loader = html.match(/<script\b[^>]*\bsrc=["']?([^"' >]*?)loader\.js["' >][^>]*>/);
  if (!loader) throw new Error('embed-manifest: no loader.js script in index.html');
  const page = html.match(/<html\b[^>]*>/);
  const at = html.indexOf('<link');
  if (!page || at < 0 || at > loader.index) throw new Error('embed-manifest: no <html>, or no link before the loader, in index.html');
  const base = loader[1];
  const marked = page[0].replace(/>$/, ` data-igf-view-url=${base}view-{lang}-${viewsKey}.json data-igf-catalog-url=${base}i18n/{lang}-${catalogs}.txt>`);
  return `${html.slice(0, page.index)}${marked}${html.slice(page.index + page[0].length, at)}<script>${script}</script>${html.slice(at)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
