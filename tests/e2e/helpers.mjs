// Shared set-up for the end-to-end tests: serve dist/, drive headless Chromium,
// scan with axe-core.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/server.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SEED = new URL('../../../shared/seeds/003_42a39e32737ce78d.txt', import.meta.url);
const SHIPPED = new URL('../../documents/trust.txt', import.meta.url);

/** The published seed when it is checked out beside the repo, else the shipped copy. */
export function trustSource() {
  return readFileSync(existsSync(SEED) ? SEED : SHIPPED, 'utf8');
}

/**
 * Serves a build (`dist` unless `dir` names another, such as `dist-versions`)
 * on `port` of `host`, a free one unless given.
 */
export async function serve(host = '127.0.0.1', { dir = 'dist', port = 0 } = {}) {
  if (!existsSync(`${ROOT}${dir}/index.html`)) {
    throw new Error(`${dir}/ is missing: run ${dir === 'dist' ? 'scripts/build.sh' : 'scripts/build-versions.sh'} first`);
  }
  const server = await startServer({ dir: `${ROOT}${dir}`, host, port });
  return { server, url: `http://${host}:${server.address().port}/` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page that records console errors, uncaught exceptions and CSP violations.
 * `bypassCSP` lets axe-core inject itself; the CSP tests leave it off.
 */
export async function openPage(browser, url, { bypassCSP = true, viewport = { width: 1280, height: 900 }, permissions = [] } = {}) {
  const context = await browser.newContext({ bypassCSP, viewport, permissions });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`exception: ${e.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  await waitForApp(page);
  return page;
}

/** Resolves once the wasm app has taken over from the prerendered text. */
export async function waitForApp(page) {
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app', { timeout: 20_000 });
}

/**
 * Runs axe with the WCAG 2.2 A/AA tags, on the whole page or only on what
 * `include` selects; returns a readable list of violations.
 */
/**
 * Chooses the interface language `code` as a person does: opens the banner's
 * picker, then presses the language. `page` may be a page or a frame.
 */
export async function chooseLanguage(page, code) {
  await page.click('.igf-lang > summary');
  await page.click(`.igf-lang-list button[lang="${code}"]`);
}

export async function axe(page, include) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.any.map((a) => a.message).join(' ')}`).join(', ')}`);
}

/**
 * Holds back every wasm response of `target` (a page or a context), as a slow
 * link would, until the test calls `release()`; `requested` resolves once the
 * wasm has been asked for.
 */
export async function holdWasm(target) {
  let release, requested;
  const held = new Promise((resolve) => { release = resolve; });
  const asked = new Promise((resolve) => { requested = resolve; });
  await target.route('**/*.wasm', async (route) => {
    requested();
    await held;
    await route.continue();
  });
  return { release, requested: asked };
}

/** The example host pages' CSP, which lets in the app served at `app`. */
export function hostCsp(app) {
  return [
    "default-src 'self'",
    `script-src 'self' ${app} 'wasm-unsafe-eval'`,
    `style-src 'self' ${app}`,
    `connect-src 'self' ${app}`,
    `frame-src ${app}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/**
 * Serves the example host pages on a free port of `hostName`, under the host
 * CSP, pointed at the app at `app()`, telling the app that `parent()` is its
 * parent; `rewrite` may change the pages further.
 */
export function serveExamples(hostName, app, parent, rewrite = (text) => text) {
  return startServer({
    dir: `${ROOT}examples`,
    host: hostName,
    port: 0,
    csp: () => hostCsp(app()),
    transform: (_, text) => rewrite(text
      .replaceAll('https://messages.example.org', app())
      .replaceAll('https%3A%2F%2Fwww.intgovforum.org', encodeURIComponent(parent()))),
  });
}

export async function visibleMessages(page) {
  return page.$$eval('li.igf-message', (items) => items.filter((li) => li.offsetParent !== null).map((li) => li.id));
}

/** Folds case and accents, the way a person expects search to. */
export function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * An independent reading of the plain-text format: every "- " line starts a
 * message, any other line inside a list continues it.
 */
export function readMessages(text) {
  const questions = [];
  let inList = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const heading = line.match(/^Messages related to Overarching Policy Question (\d+)$/);
    if (heading) {
      questions.push({ number: Number(heading[1]), text: '', messages: [] });
      inList = false;
    } else if (line.startsWith('- ')) {
      questions.at(-1).messages.push(line.slice(2));
      inList = true;
    } else if (inList) {
      const q = questions.at(-1);
      q.messages[q.messages.length - 1] += ` ${line}`;
    } else if (questions.length) {
      const q = questions.at(-1);
      q.text = q.text ? `${q.text} ${line}` : line;
    }
  }
  return questions;
}

/**
 * Serves dist/ and launches Chromium for one test file, handing both to `ready`
 * before its tests run; closes them after.
 */
export function useApp(ready) {
  let browser, server;
  before(async () => {
    const served = await serve();
    server = served.server;
    browser = await launch();
    ready(browser, served.url);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

/** Waits until the status line says the drafts are saved. */
export async function saved(page) {
  await page.waitForFunction(() => /Saved on this device at/.test(document.querySelector('.igf-save-status')?.textContent ?? ''));
}

/**
 * Tabs through the row `row` from its first link, and lists each link Tab
 * reached that was not wholly in view, with its focus ring (5 px): inside the
 * nearest box that clips what overflows it (the row itself, when it scrolls
 * sideways; an element of the host page; else the window). `page` may be a
 * page or a frame; the row may be inside a shadow root.
 */
export async function hiddenOnTab(page, row) {
  const hidden = [];
  await page.locator(`${row} a`).first().focus();
  for (let i = 0; i < 20; i += 1) {
    const whole = await page.locator(`${row} a`).evaluateAll((links) => {
      const el = links.find((a) => a.matches(':focus'));
      if (!el) return null;
      let box = el.closest('ul, ol');
      while (box && box !== document.documentElement && getComputedStyle(box).overflowX === 'visible') {
        box = box.parentElement ?? box.getRootNode().host;
      }
      box ??= document.documentElement;
      const left = box === document.documentElement ? 0 : box.getBoundingClientRect().left + box.clientLeft;
      const r = el.getBoundingClientRect();
      return [el.textContent.trim(), r.left - 5 >= left - 0.5 && r.right + 5 <= left + box.clientWidth + 0.5];
    });
    if (!whole) break;
    if (!whole[1]) hidden.push(whole[0]);
    await page.keyboard.press('Tab');
  }
  return hidden;
}
