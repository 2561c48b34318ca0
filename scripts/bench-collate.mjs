// The Secretariat's desk under load: 1,000 packages (3,000 comments) and
// 10,000 packages (30,000 comments), each with 10% duplicate emails, as one
// mailbox of the app's own .eml files, timed natively (cargo test) and in
// headless Chromium on collate.html (fetch, parse, de-duplicate, tabulate),
// typing into the page all the while to see whether it answers. Reported,
// never asserted. `node scripts/bench-collate.mjs` after a build writes
// bench/collate.md; scripts/bench.mjs adds the same section to results.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench', 'out');
const SIZES = [1000, 10000];
const ms = (x) => (Number.isFinite(x) ? `${x >= 1000 ? (x / 1000).toFixed(2) + ' s' : x.toFixed(0) + ' ms'}` : '–');

/** The mailboxes, made by the native tests' own generator (the app's .eml for each package). */
function mailboxes() {
  mkdirSync(OUT, { recursive: true });
  if (SIZES.every((n) => existsSync(join(OUT, `collate-${n}.mbox`)))) return;
  execFileSync('cargo', ['test', '--release', '--locked', '--test', 'model_collate', '--', '--ignored', '--exact', 'write_bench_mailboxes'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, IGF_BENCH_OUT: OUT } });
}

/** The native timing test's lines: parse, de-duplicate and tabulate for each size. */
function native() {
  const run = spawnSync('cargo', ['test', '--release', '--locked', '--test', 'model_collate', '--', '--nocapture', '--exact', 'bench_parse_deduplicate_and_tabulate'],
    { cwd: ROOT, encoding: 'utf8' });
  const found = {};
  for (const m of (run.stderr ?? '').matchAll(/collation of (\d+) packages.*parse ([\d.]+)(m?s), de-duplicate ([\d.]+)(m?s), tabulate ([\d.]+)(m?s)/g)) {
    const t = (v, unit) => Number(v) * (unit === 's' ? 1000 : 1);
    found[m[1]] = { parse: t(m[2], m[3]), add: t(m[4], m[5]), tabulate: t(m[6], m[7]) };
  }
  return found;
}

/** One size in the browser: drop the mailbox on the desk and type until it is read. */
async function inBrowser(browser, url, n) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}collate.html`);
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app', { timeout: 60_000 });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    window.__delays = [];
    // How long each keystroke waited for the page: from the key to its handler.
    document.addEventListener('keydown', (e) => window.__delays.push(performance.now() - e.timeStamp), true);
  });
  await page.focus('#igf-paste');
  const start = await page.evaluate(() => performance.now());
  await page.setInputFiles('#igf-files', join(OUT, `collate-${n}.mbox`));
  let typed = 0;
  const done = () => page.evaluate(() => !document.querySelector('#igf-reading-bar')
    && /holds/.test(document.querySelector('.igf-reading-total')?.textContent ?? ''));
  while (!(await done())) {
    await page.keyboard.press('a');
    typed += 1;
  }
  const r = await page.evaluate(() => {
    const host = document.getElementById('igf-messages');
    const tab = performance.getEntriesByName('igf-collate-tabulate');
    return {
      end: performance.now(), parse: Number(host.dataset.igfCollateParseMs), add: Number(host.dataset.igfCollateAddMs),
      tabulate: tab.length ? tab[tab.length - 1].duration : NaN, long: window.__long, delays: window.__delays,
      total: document.querySelector('.igf-reading-total').textContent,
    };
  });
  const shown = (await page.inputValue('#igf-paste')).length;
  await context.close();
  const sorted = [...r.delays].sort((a, b) => a - b);
  return {
    total: r.end - start, parse: r.parse, add: r.add, tabulate: r.tabulate, holds: r.total,
    longTasks: r.long.length, longest: r.long.length ? Math.max(...r.long) : 0,
    typed, shown, delayMedian: sorted[Math.floor(sorted.length / 2)] ?? NaN, delayWorst: sorted.at(-1) ?? NaN,
  };
}

/** The section's Markdown lines. */
export async function collateBench(browser, url) {
  mailboxes();
  const nat = native();
  const lines = ['', '## The Secretariat\'s desk (collate.html)', '',
    'One mailbox of the app\'s own `.eml` files (10% of them sent twice), dropped on the page while a key is pressed in its text box, one after another.', '',
    '| packages (comments) | where | fetch + parse + de-duplicate + tabulate | parse | de-duplicate (and page updates) | tabulate | tasks over 50 ms (longest) | keys handled | key wait, median / worst |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const n of SIZES) {
    const label = `${n.toLocaleString('en')} (${(3 * n).toLocaleString('en')})`;
    const c = nat[n];
    if (c) lines.push(`| ${label} | native | ${ms(c.parse + c.add + c.tabulate)} | ${ms(c.parse)} | ${ms(c.add)} | ${ms(c.tabulate)} | | | |`);
    const b = await inBrowser(browser, url, n);
    lines.push(`| ${label} | Chromium | ${ms(b.total)} | ${ms(b.parse)} | ${ms(b.add)} | ${ms(b.tabulate)} | ${b.longTasks} (${ms(b.longest)}) | ${b.shown} of ${b.typed} | ${ms(b.delayMedian)} / ${ms(b.delayWorst)} |`);
    console.error(`collate ${n}: ${b.holds}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ dir: join(ROOT, 'dist'), host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const lines = await collateBench(browser, `http://127.0.0.1:${server.address().port}/`);
  await browser.close();
  server.close();
  writeFileSync(join(ROOT, 'bench', 'collate.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}
