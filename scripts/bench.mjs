// The benchmark: sizes, load timings at normal and 4× slower CPU, the same on
// slow links (3G and slow 4G) for the standalone page, a host page that embeds
// the app and the page without scripts, search latency at 30, 1,000 and 10,000
// messages, autosave cost at 1, 20 and 200 drafts, memory, Lighthouse, and the
// Secretariat's desk with 1,000 and 10,000 packages (scripts/bench-collate.mjs).
// A person with 5,000 drafts: import and the send screen (scripts/bench-import.mjs).
// Prints a table and writes bench/results.md. Timings are reported, never
// asserted: they vary with the machine.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { collationTable, measure, table, wholeAppTable } from './size-budget.mjs';
import { collateBench } from './bench-collate.mjs';
import { importBench } from './bench-import.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// BENCH_ONLY=search,lighthouse runs just those parts (load, links, search, autosave, memory, collate, lighthouse);
// BENCH_SEARCH_SIZES=1000 picks the synthetic document sizes; BENCH_DIST measures another build
// (a copy of an earlier dist/, say) instead of dist/.
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const want = (part) => ONLY.length === 0 || ONLY.includes(part);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN; };
const ms = (x) => `${x.toFixed(1)} ms`;
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;

/** A copy of the project whose only document has `n` generated messages, built into its own dist. */
function syntheticBuild(n) {
  const dir = join(OUT, 'out', `synthetic-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Keep the build cache between runs, but never the previous copy's sources.
  for (const f of ['Cargo.toml', 'Cargo.lock', 'build.rs', 'index.html', 'Trunk.toml', 'src', 'style', 'web', 'i18n']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  // The patched Yew is the project's own folder, not a copy, whose newer file
  // times would have cargo rebuild it on every run.
  const manifest = join(dir, 'Cargo.toml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('path = "vendor/yew"', `path = ${JSON.stringify(join(ROOT, 'vendor/yew'))}`));
  mkdirSync(join(dir, 'documents'));
  const seed = readFileSync(join(ROOT, 'documents/trust.txt'), 'utf8');
  const words = seed.split(/\s+/).filter((w) => /^[A-Za-z][a-z-]+$/.test(w));
  let k = 7;
  const word = () => words[(k = (k * 1103515245 + 12345) % 2147483648) % words.length];
  const questions = 10;
  let text = 'IGF 2020 Messages\nTrust\nVersion 1: 17 November 2020\n\nNote: a generated document for benchmarks.\n';
  for (let q = 1; q <= questions; q += 1) {
    text += `\nMessages related to Overarching Policy Question ${q}\n\nWhat should happen next, question ${q}?\n\n`;
    for (let m = 0; m < n / questions; m += 1) text += `- ${Array.from({ length: 40 }, word).join(' ')}.\n`;
  }
  writeFileSync(join(dir, 'documents/trust.txt'), text);
  const PATH = `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`;
  // A target folder of its own: sharing the project's would let cargo leave
  // one copy's wasm in place for another that it considers up to date.
  const target = join(OUT, 'out', `target-${n}`);
  const env = { ...process.env, PATH, TRUNK_SKIP_VERSION_CHECK: 'true', CARGO_TARGET_DIR: target };
  execFileSync('trunk', ['build', '--release'], { cwd: dir, stdio: 'inherit', env });
  // As scripts/build.sh does: the prerendered reader, and the loader with the
  // early-input script it starts with. Trunk's output alone has neither, and
  // its loader stops at the missing early-input script.
  execFileSync('cargo', ['run', '--quiet', '--locked', '--profile', 'prerender', '--features', 'ssr', '--bin', 'prerender', '--', 'dist/index.html', 'dist/.views'], { cwd: dir, stdio: 'inherit', env });
  execFileSync('node', [join(ROOT, 'scripts/embed-manifest.mjs'), join(dir, 'dist')], { stdio: 'inherit', env });
  return join(dir, 'dist');
}

async function serve(dist) {
  const server = await startServer({ dir: dist, host: '127.0.0.1', port: 0 });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

async function page(browser, url, { cpu = 1 } = {}) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await p.goto(url);
  await p.waitForSelector('#igf-messages[data-igf-live]', { timeout: 120_000 });
  return { p, cdp, context };
}

/** Time to the document text painted (first contentful paint), and to the app handling input. */
async function loadTimes(browser, url, cpu) {
  const text = [], live = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { p, context } = await page(browser, url, { cpu });
    const [fcp, interactive] = await p.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      performance.getEntriesByName('igf-interactive')[0]?.startTime ?? NaN,
    ]);
    text.push(fcp);
    live.push(interactive);
    await context.close();
  }
  return { text: median(text), live: median(live) };
}

// Slow links, as DevTools throttles them: the latency is added to every request.
// 3G as the issue defines it; slow 4G as Lighthouse's mobile preset.
const PROFILES = [
  { name: '3G', down: 400, up: 400, rtt: 400, cpu: 4 },
  { name: 'slow 4G', down: 1600, up: 750, rtt: 150, cpu: 4 },
];

/**
 * A copy of `dist` with the two pages the standalone one is compared with, each
 * precompressed as the build does: a host page that embeds the app with the
 * documented snippet, and the limit, the standalone page with every script
 * removed (its text and style, nothing else).
 */
function linkPages(dist) {
  const dir = join(OUT, 'out', 'links');
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  const limit = readFileSync(join(dist, 'index.html'), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page</title></head><body><header><h1>A host page</h1></header><main><p>The host's own content.</p>
<div id="igf-messages" data-track="trust" data-lang="en" data-recipient="igf@un.org" data-deep-links="hash"></div>
<script type="module" src="/embed.js"></script></main></body></html>`;
  for (const [name, text] of [['limit.html', limit], ['host.html', host]]) {
    writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text, { level: 9 }));
  }
  return dir;
}

/**
 * In the page from its start: when the first message's text is first painted
 * in the browser's language (the frame in which it is in the DOM with a box,
 * visible: the same test on every page, in the shadow root or not), and when the app answers input (the task
 * after it marks itself live: a click then is handled).
 */
function watchLoad() {
  const wanted = navigator.language.split('-')[0];
  const text = () => {
    const root = document.getElementById('igf-messages')?.shadowRoot ?? document;
    const el = root.querySelector('.igf-message-text');
    // Shown, and in the browser's language: an English view hidden until its
    // translation comes (web/lang.js), or shown before turning, is not it.
    const lang = root.querySelector('#igf-app')?.lang ?? document.documentElement.lang;
    return el && el.textContent.trim() && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible' && lang === wanted;
  };
  const frame = (t) => { if (text()) window.igfTextAt = t; else requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-igf-live]')) return;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.igfLiveAt = performance.now(); };
    channel.port2.postMessage(0);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-igf-live'] });
}

async function throttledLoad(browser, url, profile, app, locale = 'en-US') {
  const context = await browser.newContext({ locale });
  await context.addInitScript(watchLoad);
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.rtt, downloadThroughput: (profile.down * 1000) / 8, uploadThroughput: (profile.up * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await p.goto(url, { waitUntil: 'commit' });
  await p.waitForFunction((live) => window.igfTextAt !== undefined && (!live || window.igfLiveAt !== undefined), app, { timeout: 180_000, polling: 100 });
  const times = await p.evaluate(() => ({ text: window.igfTextAt, live: window.igfLiveAt ?? NaN }));
  await context.close();
  return times;
}

/** Medians per page of `throttledLoad`, the pages taken in turn in each run so that drift hits them alike. */
async function linkTimes(browser, base, profile) {
  const pages = [['standalone', 'index.html', true], ['standalone, browser in Arabic', 'index.html', true, 'ar'],
    ['embedded', 'host.html', true], ['limit (no scripts)', 'limit.html', false]];
  const runs = Object.fromEntries(pages.map(([name]) => [name, []]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const [name, path, app, locale] of pages) runs[name].push(await throttledLoad(browser, base + path, profile, app, locale));
  }
  return pages.map(([name]) => ({ name, text: median(runs[name].map((r) => r.text)), live: median(runs[name].map((r) => r.live)) }));
}

/**
 * Keystroke to next paint in the search box, median and worst over a word typed
 * and deleted, RUNS times; and, apart, the app's own work: keystroke to the DOM updated,
 * before the browser's style, layout and paint, and without the wait for the
 * next frame that every paint includes.
 */
async function searchLatency(browser, url) {
  const { p, context } = await page(browser, url);
  const samples = await p.evaluate(async (runs) => {
    const input = document.getElementById('igf-search-input');
    const out = [];
    const word = 'stakeholders';
    const steps = [...Array(word.length).keys()].map((i) => word.slice(0, i + 1));
    const typed = Array.from({ length: runs }, () => [...steps, ...[...steps].reverse().slice(1), '']).flat();
    const afterTask = () => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); });
    for (const value of typed) {
      // Start each keystroke from a quiet page, as typing does.
      await new Promise((done) => setTimeout(done, 50));
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The app renders in microtasks; a posted message runs after them.
      await afterTask();
      const work = performance.now() - t0;
      // rAF runs before the next paint; a message posted from it runs after that paint.
      await new Promise((done) => requestAnimationFrame(done));
      await afterTask();
      out.push({ work, paint: performance.now() - t0 });
    }
    return out;
  }, RUNS);
  await context.close();
  const paint = samples.map((s) => s.paint);
  const work = samples.map((s) => s.work);
  return { median: median(paint), worst: Math.max(...paint), workMedian: median(work), workWorst: Math.max(...work) };
}

/** One autosave (the `igf-save` measure) with `n` drafts stored. */
async function autosaveCost(browser, url, n) {
  const context = await browser.newContext();
  await context.addInitScript((count) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (let i = 0; i < count; i += 1) {
      const data = { id: `c-${i}`, kind: 'support', text: `Draft ${i} `.repeat(40), proposedWording: '', references: [], language: '', created: i, updated: i, sent: null,
        target: { type: 'document', track: 'trust', version: 'Version 1' } };
      localStorage.setItem(`igf-messages:draft:c-${i}`, JSON.stringify({ schema: 2, kind: 'comment', rev: 1, tab: 'seed', savedAt: 1, data }));
    }
  }, n);
  const p = await context.newPage();
  await p.goto(`${url}#igf=comments/c-0`);
  await p.waitForSelector('#igf-field-text');
  const costs = [];
  for (let i = 0; i < RUNS * 2; i += 1) {
    await p.fill('#igf-field-text', `Edited ${i}`);
    await p.evaluate(() => { Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true }); document.dispatchEvent(new Event('visibilitychange')); });
    costs.push(await p.evaluate(() => performance.getEntriesByName('igf-save').at(-1)?.duration ?? NaN));
  }
  await context.close();
  return median(costs);
}

async function memory(browser, url) {
  const { p, cdp, context } = await page(browser, url);
  const read = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await p.evaluate(() => globalThis.igfWasmMemory?.buffer.byteLength ?? NaN);
    return { heap: heap.usedSize, wasm };
  };
  const after = await read();
  for (const q of ['trust', 'children online', 'zzzz', '']) await p.fill('#igf-search-input', q);
  await p.click('button[aria-label="Comment on message 1.2"]');
  await p.check('input[name=kind][value=support]');
  await p.fill('#igf-field-text', 'A benchmark comment.');
  await p.click('button[type=submit]');
  await p.waitForSelector('.igf-card');
  await p.goto(`${url}#igf=send`);
  await p.waitForSelector('.igf-send');
  const journeys = await read();
  await context.close();
  return { after, journeys };
}

async function lighthouse(url) {
  const bin = join(ROOT, 'tools/bench/node_modules/.bin/lighthouse');
  if (!existsSync(bin)) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: join(ROOT, 'tools/bench'), stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  const out = join(OUT, 'lighthouse.json');
  // Asynchronously: the server under test runs in this process and must keep
  // answering. No error-reporting question: unattended, it would wait forever.
  await promisify(execFile)(bin, [url, '--quiet', '--no-enable-error-reporting', '--output=json', `--output-path=${out}`, `--chrome-flags=--headless=new ${ARGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'], {
    timeout: 300_000, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    lcp: r.audits['largest-contentful-paint'].numericValue, tbt: r.audits['total-blocking-time'].numericValue, cls: r.audits['cumulative-layout-shift'].numericValue,
  };
}

const lines = ['# Benchmark', '', `${new Date().toISOString()}, ${RUNS} runs each, headless Chromium on localhost.`, '', '## First load (sizes)', ''];
lines.push(...table(measure(DIST)).lines);
lines.push('', ...wholeAppTable(measure(DIST, { whole: true })).lines);
lines.push('', ...collationTable(measure(DIST, { collation: true })));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
const real = await serve(DIST);

if (want('load')) {
  lines.push('', '## Load (median)', '', '| CPU | document text visible (FCP) | interactive (wasm handling input) |', '|---|---:|---:|');
  for (const cpu of [1, 4]) {
    const t = await loadTimes(browser, real.url, cpu);
    lines.push(`| ${cpu}× | ${ms(t.text)} | ${ms(t.live)} |`);
  }
}

if (want('links')) {
  const links = await serve(linkPages(DIST));
  lines.push('', '## Slow links (median)', '', 'Text visible: the frame that first paints the first message in the browser\'s language (Arabic in one row, which has no limit of its own). App answers input: the task after the app marks itself live. Ratios are to the limit\'s text visible.', '',
    '| link | page | text visible | × limit | app answers input | × limit |', '|---|---|---:|---:|---:|---:|');
  for (const profile of PROFILES) {
    const rows = await linkTimes(browser, links.url, profile);
    const limit = rows.at(-1).text;
    const ratio = (x) => (Number.isNaN(x) ? '—' : `${(x / limit).toFixed(2)}×`);
    const label = `${profile.name} (${profile.down} kbps, ${profile.rtt} ms, ${profile.cpu}× CPU)`;
    for (const r of rows) lines.push(`| ${label} | ${r.name} | ${ms(r.text)} | ${ratio(r.text)} | ${Number.isNaN(r.live) ? '—' : ms(r.live)} | ${ratio(r.live)} |`);
    if (profile.name === '3G') {
      const embedded = rows.find((r) => r.name === 'embedded');
      const standalone = rows.find((r) => r.name === 'standalone');
      lines.push(`| targets | embedded text ≤ 1.5× limit: ${embedded.text <= 1.5 * limit ? 'met' : 'not met'} | | | answers input ≤ 4.5 s: standalone ${standalone.live <= 4500 ? 'met' : 'not met'}, embedded ${embedded.live <= 4500 ? 'met' : 'not met'} | |`);
    }
  }
  links.server.close();
}

if (want('search')) {
  lines.push('', '## Search (normal CPU)', '', '| messages | keystroke to next paint, median | worst | app work (keystroke to DOM updated), median | worst |', '|---:|---:|---:|---:|---:|');
  const row = (n, s) => `| ${n} | ${ms(s.median)} | ${ms(s.worst)} | ${ms(s.workMedian)} | ${ms(s.workWorst)} |`;
  lines.push(row(30, await searchLatency(browser, real.url)));
  for (const n of (process.env.BENCH_SEARCH_SIZES ?? '1000,10000').split(',').map(Number).filter(Boolean)) {
    const synthetic = await serve(syntheticBuild(n));
    lines.push(row(n.toLocaleString('en'), await searchLatency(browser, synthetic.url)));
    synthetic.server.close();
  }
}

if (want('autosave')) {
  lines.push('', '## Autosave, one save (median)', '', '| drafts stored | cost |', '|---:|---:|');
  for (const n of [1, 20, 200]) lines.push(`| ${n} | ${ms(await autosaveCost(browser, real.url, n))} |`);
}

if (want('memory')) {
  const mem = await memory(browser, real.url);
  lines.push('', '## Memory', '', '| when | JS heap | wasm memory |', '|---|---:|---:|');
  lines.push(`| after load | ${mb(mem.after.heap)} | ${mb(mem.after.wasm)} |`, `| after the journeys | ${mb(mem.journeys.heap)} | ${mb(mem.journeys.wasm)} |`);
}
if (want('collate')) lines.push(...await collateBench(browser, real.url));
if (want('import')) lines.push('', ...await importBench(browser, real.url));
await browser.close();

if (want('lighthouse')) try {
  const lh = await lighthouse(real.url);
  lines.push('', '## Lighthouse (mobile)', '', '| performance | accessibility | best practices | SEO | LCP | TBT | CLS |', '|---:|---:|---:|---:|---:|---:|---:|');
  lines.push(`| ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${ms(lh.lcp)} | ${ms(lh.tbt)} | ${lh.cls.toFixed(3)} |`);
} catch (e) {
  lines.push('', '## Lighthouse (mobile)', '', `Lighthouse did not run: ${String(e.message).split('\n')[0]}`);
}
real.server.close();

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
