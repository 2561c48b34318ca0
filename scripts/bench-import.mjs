// A person with thousands of drafts: a JSON export of 5,000 comments imported
// on "My comments", then the send screen opened. Records every long task
// (over 50 ms) from choosing the file to "Imported", and from following the
// send link to the screen being drawn. Reported, never asserted: the issue's
// floor is "no task over 50 ms". `node scripts/bench-import.mjs` after a build
// writes bench/import.md; scripts/bench.mjs adds the same section to results.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench', 'out');
const COUNT = 5000;
const ms = (x) => `${x >= 1000 ? (x / 1000).toFixed(2) + ' s' : x.toFixed(0) + ' ms'}`;

/** An export in the app's JSON format (docs/export-format.md) with `n` comments on the document. */
function exportFile(n) {
  mkdirSync(OUT, { recursive: true });
  const comments = Array.from({ length: n }, (_, i) => ({
    id: `c-bench-${i}`, target: { type: 'document', track: 'trust', version: 'Version 1' }, kind: 'support',
    text: `Comment ${i}: the Messages should say more about meaningful access for people offline.`,
    proposedWording: '', references: [], language: 'en', created: 1_600_000_000_000 + i, updated: 1_600_000_000_000 + i, sent: null,
  }));
  const file = join(OUT, `import-${n}.json`);
  writeFileSync(file, JSON.stringify({ format: 'igf-messages', schema: 1, receipt: 'IGF-00000-00000', exportedAt: 0,
    recipient: 'igf@un.org', sender: null, comments, commitments: [] }));
  return file;
}

async function observeLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__longAt = [];
    new PerformanceObserver((list) => {
      window.__long.push(...list.getEntries().map((e) => e.duration));
      window.__longAt.push(...list.getEntries().map((e) => `${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`));
    }).observe({ type: 'longtask' });
  });
}

async function takeLongTasks(page) {
  return page.evaluate(() => window.__long.splice(0));
}

/** Import the file, then open the send screen; the long tasks of each step. */
export async function importBench(browser, url) {
  const file = exportFile(COUNT);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}#igf=comments`);
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app', { timeout: 60_000 });
  await observeLongTasks(page);
  let start = await page.evaluate(() => performance.now());
  await page.setInputFiles('#igf-field-import', file);
  await page.waitForSelector('.igf-import >> text=/The file holds/', { timeout: 120_000 });
  await page.click('button:text-is("Import")');
  await page.waitForSelector('.igf-import [role="status"] >> text=/Imported/', { timeout: 120_000 });
  const imported = { total: (await page.evaluate(() => performance.now())) - start, long: await takeLongTasks(page) };
  const measures = await page.evaluate(() => [...performance.getEntriesByType('measure').map((m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(0)} ms`), ...window.__longAt]);
  if (process.env.BENCH_VERBOSE) console.error(measures.join('\n'), '\nlong tasks:', imported.long.map((x) => x.toFixed(0)).join(', '));
  start = await page.evaluate(() => performance.now());
  await page.evaluate(() => { location.hash = 'igf=send'; });
  await page.waitForSelector('.igf-send input[type="checkbox"]', { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const send = { total: (await page.evaluate(() => performance.now())) - start, long: await takeLongTasks(page) };
  await context.close();
  const row = (name, r) => `| ${name} | ${ms(r.total)} | ${r.long.length} | ${r.long.length ? ms(Math.max(...r.long)) : '–'} |`;
  return [
    `## ${COUNT.toLocaleString('en')} drafts: import and send screen (headless Chromium, no throttling)`,
    '',
    '| step | until done | long tasks (> 50 ms) | longest |',
    '|---|---:|---:|---:|',
    row(`import ${COUNT.toLocaleString('en')} comments (choose file → "Imported")`, imported),
    row('open the send screen', send),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ dir: join(ROOT, 'dist'), host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const lines = await importBench(browser, `http://127.0.0.1:${server.address().port}/`);
  await browser.close();
  server.close();
  writeFileSync(join(ROOT, 'bench', 'import.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}
