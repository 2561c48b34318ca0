// Instant on a slow link (issue 13): the Messages are on screen before the wasm,
// standalone and embedded, and what a person does before the app is ready is
// done once it is. The wasm is held back until the test releases it, so
// "before the app is ready" is a state the test controls, not a race; time
// (the 300 ms before a held control shows it is waiting) is Playwright's clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { startServer, strictCsp } from '../../scripts/server.mjs';
import { axe, holdWasm, launch, readMessages, ROOT, serveExamples, trustSource, chooseLanguage } from './helpers.mjs';

let browser, app, host, APP, HOST;
// The same host pages configured for another language: language → [server, origin].
const configured = {};
const seed = readMessages(trustSource());
const COMMENT = 'button[aria-label="Comment on message 1.1"]';

before(async () => {
  host = await serveExamples('localhost', () => APP, () => HOST);
  HOST = `http://localhost:${host.address().port}`;
  for (const lang of ['fr', 'ar', 'zh']) {
    const server = await serveExamples('localhost', () => APP, () => configured[lang][1], (text) => text.replace('data-lang="en"', `data-lang="${lang}"`).replace('igf-lang=en', `igf-lang=${lang}`));
    configured[lang] = [server, `http://localhost:${server.address().port}`];
  }
  const hosts = [HOST, ...Object.values(configured).map(([, origin]) => origin)];
  app = await startServer({ dir: `${ROOT}dist`, host: '127.0.0.1', port: 0, csp: strictCsp(hosts.join(' ')) });
  APP = `http://127.0.0.1:${app.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [app, host, ...Object.values(configured).map(([server]) => server)]) s?.close();
});

/**
 * Opens `url` with the wasm held back. The page records CSP violations and
 * layout shifts not caused by input. `clock` installs Playwright's clock;
 * `bypassCSP` lets axe in; `viewport` sets the screen's size; `locale` the
 * browser's language; `remembered` the language the person chose on an
 * earlier visit; `refuse` a URL pattern answered 404.
 */
async function heldPage(url, { clock = false, bypassCSP = false, viewport, locale = 'en-US', remembered, refuse } = {}) {
  const context = await browser.newContext({ bypassCSP, locale, ...(viewport ? { viewport } : {}) });
  const wasm = await holdWasm(context);
  if (remembered) await context.addInitScript((lang) => localStorage.setItem('igf-messages:lang', lang), remembered);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (refuse) await context.route(refuse, (route) => route.fulfill({ status: 404 }));
  const page = await context.newPage();
  page.problems = [];
  page.logged = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => page.logged.push(m.text()));
  if (clock) await page.clock.install();
  await page.goto(url);
  await wasm.requested;
  await page.locator('li.igf-message .igf-message-text').first().waitFor();
  return { page, wasm };
}

/** Stops the page's clock, so that only the test moves time on. */
async function pauseClock(page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** Resolves once the app is live and has laid out what it did on adopting the view. */
async function live(page) {
  await page.locator('#igf-messages[data-igf-live]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The polite status beside the view that says a held click is waiting. */
const WAITING = '.igf-root + [role=status]';

/** Clicks Comment on message 1.1 while the app is not ready, and checks how it waits. */
async function clickCommentEarly(page, { comment = COMMENT, lang = 'en', said = 'Loading this page…' } = {}) {
  await pauseClock(page);
  const button = page.locator(comment);
  await button.click();
  assert.equal(await button.getAttribute('aria-busy'), 'true', 'busy at once');
  await page.clock.runFor(299);
  assert.equal(await button.evaluate((b) => b.classList.contains('igf-pending')), false, 'no pending state before 300 ms');
  assert.equal(await page.locator(WAITING).textContent(), '', 'nothing said before 300 ms');
  await page.clock.runFor(1);
  assert.equal(await button.evaluate((b) => b.classList.contains('igf-pending')), true, 'the pending state after 300 ms');
  assert.deepEqual(await page.locator(WAITING).evaluate((p) => [p.lang, p.textContent]), [lang, said], 'said after 300 ms, in the view\'s language');
  const shown = await page.locator(WAITING).evaluate((p) => { const r = p.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; });
  assert.equal(shown, true, 'and shown, in the window');
  await page.clock.resume();
}

/** The comment form is open on message 1.1, and one draft was made. */
async function commentFormOpen(page) {
  await page.locator('#igf-field-text').waitFor();
  assert.match(await page.locator('.igf-quote').textContent(), new RegExp(seed[0].messages[0].slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:')).length);
  assert.equal(drafts, 1, 'the click was replayed once');
}

test('standalone: a click on Comment before the wasm arrives opens the comment form once the app is ready', async () => {
  const { page, wasm } = await heldPage(APP, { clock: true, bypassCSP: true });
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), null);
  await clickCommentEarly(page);
  assert.deepEqual(await axe(page), [], 'the pending state passes axe');
  wasm.release();
  await commentFormOpen(page);
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
  assert.equal(await page.locator('[aria-busy]').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/**
 * A server in front of the app's that sends the standalone page in two parts:
 * the second only once the glue and the wasm have been sent in full, or
 * refused when their path matches `refused`. Resolves `[server, origin]`.
 */
async function splitPageServer(refused = null) {
  const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const cut = html.indexOf('<li', html.length / 2);
  let sent = 0;
  let codeSent;
  const code = new Promise((resolve) => { codeSent = resolve; });
  const server = createServer(async (req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      await code;
      res.end(html.slice(cut));
      return;
    }
    if (refused?.test(req.url)) {
      res.writeHead(404);
      res.end();
    } else {
      const upstream = await fetch(APP + req.url);
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    }
    if (/^\/igf-messages-[^/]*(\.js|_bg\.wasm)$/.test(req.url) && (sent += 1) === 2) codeSent();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${server.address().port}`];
}

// The page's rest is held until the wasm has come: a loader that waited for
// the whole page before asking for the wasm would never get it (the test
// times out). An app started before the page was parsed would adopt half a
// view: the page records the parser's state when the wasm is started.
test('standalone: the wasm is asked for while the page is still arriving, and the app starts only once the page is parsed', { timeout: 60_000 }, async () => {
  const [server, origin] = await splitPageServer();
  const context = await browser.newContext();
  // What the page's parser was doing when the wasm was started.
  await context.addInitScript(() => {
    window.__startedWhile = [];
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const real = WebAssembly[name];
      WebAssembly[name] = (...args) => {
        window.__startedWhile.push(document.readyState);
        return real.apply(WebAssembly, args);
      };
    }
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.locator('#igf-messages[data-igf-live]').waitFor({ state: 'attached' });
  assert.deepEqual(await page.evaluate(() => window.__startedWhile.filter((state) => state === 'loading')), [], 'the wasm started once the page was parsed');
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
  assert.equal(await page.locator('li.igf-message').count(), seed.flatMap((q) => q.messages).length, 'the whole view, adopted');
  await page.locator(COMMENT).click();
  await page.locator('#igf-field-text').waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
  server.close();
});

test('standalone: a glue refused before the page is parsed still releases a click on the view, and says so', { timeout: 60_000 }, async () => {
  const [server, origin] = await splitPageServer(/^\/igf-messages-[^/]*\.js$/);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.locator('#igf-messages[data-igf-failed]').waitFor({ state: 'attached' });
  await page.locator(COMMENT).click();
  await page.locator('[role=alert]', { hasText: 'the app could not start' }).waitFor();
  assert.equal(await page.locator('[aria-busy]').count(), 0);
  assert.equal(await page.locator('.igf-pending').count(), 0);
  await context.close();
  server.close();
});

test('standalone: the language picked before the app is ready applies once it is; a contents link works through the URL', async () => {
  const { page, wasm } = await heldPage(APP);
  // The picker opens without the app; the language pressed waits for it.
  await chooseLanguage(page, 'fr');
  const french = '.igf-lang-list button[lang=fr]';
  assert.equal(await page.getAttribute(french, 'aria-busy'), 'true');
  await page.click('.igf-toc a[href="#igf=trust/q2"]');
  assert.equal(new URL(page.url()).hash, '#igf=trust/q2', 'a plain link, followed by the browser');
  wasm.release();
  await page.waitForSelector('#igf-app[lang=fr]');
  assert.equal(await page.getAttribute(french, 'aria-current'), 'true');
  assert.equal(await page.textContent('.igf-lang > summary [lang]'), 'Français');
  assert.equal(await page.getAttribute(french, 'aria-busy'), null);
  assert.equal(await page.getAttribute('.igf-lang', 'open'), null, 'closed once chosen');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('before the app is ready, the language list closes on Escape, with focus back on its button, and once focus moves out of it, and nothing else closes: standalone and embedded', async () => {
  for (const url of [APP, `${HOST}/host-mount.html`]) {
    const { page, wasm } = await heldPage(url);
    const menu = page.locator('.igf-lang');
    // Where focus is: in the shadow root when embedded.
    const focus = () => page.evaluate(() => {
      const root = document.getElementById('igf-messages').shadowRoot ?? document;
      return { on: root.activeElement?.localName, inList: root.querySelector('.igf-lang').contains(root.activeElement) };
    });
    await page.click('.igf-lang > summary');
    assert.equal(await menu.getAttribute('open'), '', url);
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('open'), null, `closed on Escape: ${url}`);
    assert.deepEqual(await focus(), { on: 'summary', inList: true });
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('open'), '', 'opens again from the keyboard');
    // Past the six languages and out of the list.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    assert.equal((await focus()).inList, false, 'focus has left the list');
    assert.equal(await menu.getAttribute('open'), null, `closed once focus left it: ${url}`);
    // The notes about the app are left as the person leaves them.
    const note = page.locator('details.igf-about').first();
    await note.locator('summary').click();
    await page.keyboard.press('Escape');
    assert.equal(await note.getAttribute('open'), '', `a note stays open on Escape: ${url}`);
    wasm.release();
    await live(page);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('embedded: the Messages are on screen before the wasm, and a click on Comment made then opens the form once ready', async () => {
  const { page, wasm } = await heldPage(`${HOST}/host-mount.html`, { clock: true });
  const shown = await page.locator('li.igf-message .igf-message-text').allTextContents();
  assert.deepEqual(shown, seed.flatMap((q) => q.messages), 'the whole document, before the wasm');
  assert.equal(await page.evaluate(() => !!document.getElementById('igf-messages').shadowRoot.querySelector('.igf-app')), true, 'in the shadow root');
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), null);
  assert.equal(await page.locator('.igf-message-text').first().evaluate((p) => getComputedStyle(p).fontSize), '16px', 'styled by the app, not the host');
  await clickCommentEarly(page);
  wasm.release();
  await commentFormOpen(page);
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP or Trusted Types violations');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embedded in Arabic: a click held before the app is ready is announced in Arabic, and the announcement goes once the click is done', async () => {
  const { page, wasm } = await heldPage(`${configured.ar[1]}/host-mount.html`, { clock: true });
  const said = readFileSync(`${ROOT}/i18n/ar.txt`, 'utf8').match(/^ScreenLoading = (.*)$/m)[1];
  await clickCommentEarly(page, { comment: 'li.igf-message .igf-message-actions button >> nth=0', lang: 'ar', said });
  wasm.release();
  await commentFormOpen(page);
  assert.equal(await page.locator(WAITING).count(), 0, 'nothing left to say once the app is live');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embedded: the pending state passes axe', async () => {
  const { page, wasm } = await heldPage(`${HOST}/host-mount.html`, { clock: true, bypassCSP: true });
  await clickCommentEarly(page);
  assert.deepEqual(await axe(page, '#igf-messages'), []);
  wasm.release();
  await page.locator('#igf-field-text').waitFor();
  await page.context().close();
});

test('the app adopts the prerendered view as it is, with no layout shift: standalone in English, in Arabic (the browser\'s) and in French (chosen before), and embedded in English, French and Arabic', async () => {
  const cases = [['standalone', APP, 'en'], ['standalone', APP, 'ar', { locale: 'ar-EG' }],
    ['standalone', APP, 'fr', { locale: 'ru', remembered: 'fr' }], ['embedded', `${HOST}/host-mount.html`, 'en'],
    ...['fr', 'ar'].map((lang) => ['embedded', `${configured[lang][1]}/host-mount.html`, lang])];
  for (const [mode, url, lang, options] of cases) {
    const what = `${mode}, ${lang}`;
    const { page, wasm } = await heldPage(url, options);
    assert.equal(await page.getAttribute('#igf-app', 'lang'), lang, `${what}: the view is in the person's language before the wasm`);
    // The view without the hydration markers, which the app removes once it has read them.
    const markup = () => page.evaluate(() => {
      const mount = document.getElementById('igf-messages');
      return (mount.shadowRoot?.querySelector('.igf-root') ?? mount).innerHTML.replace(/<!--.*?-->/g, '');
    });
    const before = await markup();
    const first = () => { const m = document.getElementById('igf-messages'); return (m.shadowRoot ?? document).querySelector('li.igf-message'); };
    await page.evaluate(`(${first})().igfMarker = 'prerendered'`);
    wasm.release();
    await live(page);
    assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated', what);
    assert.equal(await page.evaluate(`(${first})().igfMarker`), 'prerendered', `${what}: the first message is the very node of the view`);
    assert.equal(await markup(), before, `${what}: the app's first render is the view, to the attribute`);
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift <= 0.05, `${what}: cumulative layout shift ${shift}`);
    assert.deepEqual(page.problems, [], what);
    await page.context().close();
  }
});

/** Records, before each frame is painted, whether the mount is shown and in which language, until the app is live. */
function recordFrames() {
  window.__frames = [];
  const look = () => {
    const mount = document.getElementById('igf-messages');
    window.__frames.push({
      shown: !!mount && getComputedStyle(mount).visibility === 'visible' && !!mount.querySelector('li.igf-message'),
      lang: document.getElementById('igf-app')?.lang ?? null,
      dir: document.documentElement.dir,
    });
    if (!mount?.hasAttribute('data-igf-live')) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test('standalone in Arabic: no frame ever shows the English view, the page is right to left from its first, the Arabic view and title are there before the wasm, and its view and catalog are asked for once, by the page\'s first script', async () => {
  const context = await browser.newContext({ locale: 'ar' });
  const wasm = await holdWasm(context);
  await context.addInitScript(recordFrames);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(APP);
  await wasm.requested;
  await page.locator('li.igf-message .igf-message-text').first().waitFor();
  const shownBefore = await page.evaluate(() => window.__frames.filter((f) => f.shown));
  assert.ok(shownBefore.length > 0, 'the view was painted before the wasm');
  assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), null, 'the app is not yet running');
  const brand = await page.locator('.igf-brand').textContent();
  assert.match(brand, /[\u0600-\u06FF]/);
  assert.equal(await page.title(), brand, 'the tab is named in Arabic before the app runs, as the app will name it');
  wasm.release();
  await live(page);
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
  const frames = await page.evaluate(() => window.__frames);
  assert.deepEqual(frames.filter((f) => f.shown && (f.lang !== 'ar' || f.dir !== 'rtl')), [], 'every frame that showed the view showed it in Arabic, right to left');
  const asked = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\/view-ar-|\/i18n\/ar-/.test(e.name)).map((e) => `${e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '')} ${e.initiatorType}`));
  assert.deepEqual(asked.sort(), ['ar.txt link', 'view-ar.json link'], 'preloaded, and the loader given them');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('standalone in Arabic, the Arabic view or its catalog refused: the English is shown at once, left to right, and the app turns to Arabic once ready', async () => {
  for (const refuse of [/\/view-ar-[0-9a-f]+\.json$/, /\/i18n\/ar-[0-9a-f]+\.txt$/]) {
    const { page, wasm } = await heldPage(APP, { locale: 'ar', refuse });
    assert.equal(await page.getAttribute('#igf-app', 'lang'), 'en', `${refuse}: the English view, shown`);
    assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'en,ltr', 'the page says it is English');
    assert.match(page.logged.join('\n'), /could not show the page in your language at once/);
    if (String(refuse).includes('view')) {
      wasm.release();
      await page.locator('#igf-app[lang=ar]').waitFor();
      assert.equal(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('standalone in Arabic, the loader never coming or the view late: the English is shown 4 s after the page was asked for, left to right, and a late view is not put in', async () => {
  for (const late of ['loader.js', 'view']) {
    const context = await browser.newContext({ locale: 'ar' });
    let sendView;
    const viewHeld = new Promise((done) => { sendView = done; });
    if (late === 'loader.js') await context.route('**/loader.js', (route) => route.abort());
    else {
      await context.route(/\/view-ar-[0-9a-f]+\.json$/, async (route) => {
        await viewHeld;
        await route.continue();
      });
    }
    const wasm = await holdWasm(context);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(APP);
    const text = page.locator('li.igf-message .igf-message-text').first();
    await text.waitFor({ state: 'attached' });
    const shown = () => text.evaluate((el) => getComputedStyle(el).visibility);
    const pageLang = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join());
    assert.equal(await shown(), 'hidden', `${late}: the English is hidden while the Arabic may come`);
    assert.equal(await pageLang(), 'ar,rtl');
    await page.clock.runFor(4000);
    await text.waitFor({ state: 'visible' });
    assert.equal(await page.getAttribute('#igf-app', 'lang'), 'en', `${late}: the English, shown`);
    assert.equal(await pageLang(), 'en,ltr', `${late}: and the page says it is English`);
    if (late === 'view') {
      // The loader gave up on the view: it holds clicks, and the app starts.
      await page.evaluate(() => { document.getElementById('igf-app').igfMarker = 'english'; });
      const viewCame = page.waitForResponse(/\/view-ar-/);
      sendView();
      await viewCame;
      await page.clock.runFor(100);
      wasm.release();
      await page.locator('#igf-messages[data-igf-live]').waitFor({ state: 'attached', timeout: 20_000 });
      assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
      assert.equal(await page.evaluate(() => document.getElementById('igf-app').igfMarker), 'english', 'the English view adopted, never replaced by the late one');
      await page.locator('#igf-app[lang=ar]').waitFor();
    }
    await context.close();
  }
});

test('embedded in Arabic on a 360 px phone: the host page stays as wide as the screen, before the app and after, and the skip link shows when focused', async () => {
  const { page, wasm } = await heldPage(`${configured.ar[1]}/host-mount.html`, { viewport: { width: 360, height: 740 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await page.getAttribute('#igf-app', 'dir'), 'rtl', 'the view is right to left');
  assert.equal(await overflow(), 0, 'no sideways scrolling before the app');
  wasm.release();
  await live(page);
  assert.equal(await overflow(), 0, 'no sideways scrolling with the app');
  const skip = page.locator('.igf-skip');
  await skip.focus();
  const box = await skip.boundingBox();
  assert.ok(box && box.width > 20 && box.x >= 0 && box.x + box.width <= 360, `the focused skip link is on screen: ${JSON.stringify(box)}`);
  assert.equal(await overflow(), 0, 'nor with the skip link shown');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embedded in Chinese on a 360 px phone: the navigation row opens on the track being read, and the language label keeps to one line', async () => {
  const { page, wasm } = await heldPage(`${configured.zh[1]}/host-mount.html`, { viewport: { width: 360, height: 740 } });
  const measure = () => page.evaluate(() => {
    const root = document.getElementById('igf-messages').shadowRoot;
    const row = root.querySelector('.igf-tracks ul').getBoundingClientRect();
    const current = root.querySelector('.igf-tracks [aria-current]').getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('.igf-lang-label'));
    return { row: [row.left, row.right], current: [current.left, current.right], labelLines: range.getClientRects().length };
  });
  for (const when of ['before the app', 'with the app']) {
    if (when === 'with the app') {
      wasm.release();
      await live(page);
    }
    const { row, current, labelLines } = await measure();
    assert.ok(current[0] >= row[0] && current[1] <= row[1], `${when}: the current track is in the row's view: ${current} in ${row}`);
    assert.equal(labelLines, 1, `${when}: the picker's label is one line`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embedded: the language picker and an in-app link used early apply once ready, and the host fragment is kept', async () => {
  const { page, wasm } = await heldPage(`${HOST}/host-mount.html#host-section`);
  await chooseLanguage(page, 'fr');
  await page.click('.igf-toc a[href="#igf=trust/q3"]');
  assert.equal(new URL(page.url()).hash, '#host-section', 'the host URL is not touched before the app');
  assert.equal(await page.getAttribute('.igf-toc a[href="#igf=trust/q3"]', 'aria-busy'), 'true');
  wasm.release();
  await page.waitForSelector('#igf-app[lang=fr]');
  await page.waitForFunction(() => document.getElementById('igf-messages').shadowRoot.activeElement?.id === 'igf-trust-q3');
  assert.equal(new URL(page.url()).hash, '#host-section&igf=trust/q3');
  assert.equal(await page.locator('[aria-busy]').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test('standalone: Commit to act and Copy link clicked before the app is ready are done once it is', async () => {
  const commit = await heldPage(APP);
  await commit.page.click('button[aria-label="Commit to act on this: message 1.2"]');
  commit.wasm.release();
  await commit.page.waitForSelector('h1:has-text("Your voluntary commitment")');
  assert.match(await commit.page.textContent('.igf-view'), /Users and nations must be able to trust/, 'the commitment links the message clicked');
  await commit.page.context().close();

  const copy = await heldPage(APP);
  await copy.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await copy.page.click('button[aria-label="Copy link to message 2.4"]');
  copy.wasm.release();
  // A replayed click carries no user activation, which a browser may require to
  // write to the clipboard; then the app shows the link to copy by hand.
  await copy.page.waitForSelector('.igf-copy-status p', { state: 'attached' });
  const shown = await copy.page.locator('#igf-copy-fallback').count()
    ? await copy.page.inputValue('#igf-copy-fallback')
    : await copy.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(shown, `${APP}/#igf=trust@1/q2/m4`);
  await copy.page.context().close();
});

test('embedded: a view changed before the app arrived is rendered afresh, and the held click finds its control there', async () => {
  const { page, wasm } = await heldPage(`${HOST}/host-mount.html`);
  // What a page translator does: wrap text in <font> elements.
  await page.evaluate(() => {
    for (const p of document.getElementById('igf-messages').shadowRoot.querySelectorAll('.igf-message-text')) {
      const font = document.createElement('font');
      font.append(...p.childNodes);
      p.append(font);
    }
  });
  await page.click(COMMENT);
  wasm.release();
  await commentFormOpen(page);
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), 'rendered');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a wasm that cannot load releases the held click and says so in the language on screen: standalone and embedded, in English, Arabic and French', async () => {
  const said = (lang) => readFileSync(`${ROOT}/i18n/${lang}.txt`, 'utf8').match(/^StartFailed = (.*)$/m)[1];
  const arabicComment = 'button[aria-label="علّق على الرسالة 1.1"]';
  const frenchComment = 'button[aria-label="Commenter le message 1.1"]';
  const cases = [
    [APP, 'en-US', COMMENT, 'en', 'ltr'],
    [`${HOST}/host-mount.html`, 'en-US', COMMENT, 'en', 'ltr'],
    [APP, 'ar', arabicComment, 'ar', 'rtl'],
    [`${configured.ar[1]}/host-mount.html`, 'en-US', arabicComment, 'ar', 'rtl'],
    [`${configured.fr[1]}/host-mount.html`, 'en-US', frenchComment, 'fr', 'ltr'],
  ];
  for (const [url, locale, comment, lang, dir] of cases) {
    const context = await browser.newContext({ locale });
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    // The request fails at once, so the click may come before or after: either way nothing is left waiting.
    await page.goto(url);
    await page.locator(comment).click();
    await page.locator('#igf-messages[data-igf-failed]').waitFor({ state: 'attached' });
    const alert = page.locator('[role=alert]', { hasText: said(lang) });
    await alert.waitFor();
    assert.deepEqual(await alert.evaluate((p) => [p.lang, getComputedStyle(p).direction]), [lang, dir], `${url} ${locale}`);
    assert.equal(await page.locator('[aria-busy]').count(), 0, url);
    assert.equal(await page.locator('.igf-pending').count(), 0, url);
    await context.close();
  }
});

test('documents the page does not give the app keep the text readable, release the held click and say so', async () => {
  const SOURCES = /<script type="application\/json" id="igf-sources">[^<]*<\/script>/;
  const mount = `${HOST}/host-mount.html`;
  const FILE = /^\/sources-[0-9a-f]{16}\.json$/;
  // The standalone page's sources element, and the file of sources embed.js fetches, each broken in one way.
  const broken = [
    [APP, /^\/$/, (body) => body.replace(SOURCES, ''), 'the page holds no Messages documents'],
    [APP, /^\/$/, (body) => body.replace(SOURCES, '<script type="application/json" id="igf-sources">{}</script>'), 'documents are empty'],
    [mount, FILE, null, 'the page holds no Messages documents'],
    [mount, FILE, (body) => body.replace('"trust.txt":"', '"trust.txt":1,"x":"'), 'not file names and texts'],
    [mount, FILE, (body) => body.replace('IGF 2020 Messages\\n', 'Not the Messages\\n'), 'do not read: trust.txt: line 5: expected a title'],
  ];
  for (const [url, path, edit, reason] of broken) {
    const context = await browser.newContext();
    let edited = false;
    await context.route((u) => path.test(u.pathname) && u.port === new URL(APP).port, async (route) => {
      // No edit: the file cannot be fetched.
      if (!edit) {
        edited = true;
        return route.fulfill({ status: 404, body: '' });
      }
      const response = await route.fetch();
      const body = await response.text();
      edited = edit(body) !== body;
      await route.fulfill({ response, body: edit(body) });
    });
    const wasm = await holdWasm(context);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await page.locator(COMMENT).click();
    assert.equal(await page.locator(COMMENT).getAttribute('aria-busy'), 'true', `${url}: the click is held`);
    wasm.release();
    await page.locator('#igf-messages[data-igf-failed]').waitFor({ state: 'attached', timeout: 10_000 }).catch((e) => {
      throw new Error(`${url} ${path} ${reason}: ${e.message} ${errors.join(' | ')}`);
    });
    await page.locator('[role=alert]', { hasText: 'the app could not start' }).waitFor();
    assert.ok(edited, `${path} held the sources in the form this test edits`);
    assert.ok(errors.some((e) => e.includes(reason)), `${url}: ${errors.join(' | ')}`);
    assert.equal(await page.locator('li.igf-message').count(), seed.flatMap((q) => q.messages).length, `${url}: the text stays`);
    assert.equal(await page.locator('[aria-busy]').count(), 0, url);
    assert.equal(await page.locator('.igf-pending').count(), 0, url);
    await context.close();
  }
});

test('iframe mode: the framed page adopts its prerendered view', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${HOST}/host-iframe.html`);
  const frame = page.frameLocator('#igf-frame');
  await frame.locator('#igf-messages[data-igf-live]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated', 'igf-parent and igf-lang do not stop it');
  await context.close();
});

test('iframe mode in Arabic (igf-lang=ar): the framed page shows the Arabic view before the wasm, and adopts it', async () => {
  const context = await browser.newContext();
  const wasm = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(`${configured.ar[1]}/host-iframe.html`);
  await wasm.requested;
  const frame = page.frameLocator('#igf-frame');
  await frame.locator('li.igf-message .igf-message-text').first().waitFor();
  assert.equal(await frame.locator('#igf-app').getAttribute('lang'), 'ar', 'the Arabic view, before the wasm');
  assert.equal(await frame.locator('html').getAttribute('dir'), 'rtl');
  wasm.release();
  await frame.locator('#igf-messages[data-igf-live]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated');
  await context.close();
});
