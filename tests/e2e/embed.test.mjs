// Embedding: the example host pages on one origin (localhost), the app on
// another (127.0.0.1), under strict CSPs and a hostile stylesheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { embedStyle, inAppWidths } from '../../scripts/embed-style.mjs';
import { startServer, strictCsp } from '../../scripts/server.mjs';
import { axe, hiddenOnTab, holdWasm, launch, ROOT, serveExamples, chooseLanguage } from './helpers.mjs';

let browser, app, host, lookalike, APP, HOST, LOOKALIKE;

before(async () => {
  host = await serveExamples('localhost', () => APP, () => HOST);
  HOST = `http://localhost:${host.address().port}`;
  lookalike = await serveExamples('localhost', () => APP, () => HOST);
  LOOKALIKE = `http://localhost:${lookalike.address().port}`;
  // Both may frame the app, so that it is the app's postMessage target, not
  // frame-ancestors, that keeps the lookalike out.
  app = await startServer({ dir: `${ROOT}dist`, host: '127.0.0.1', port: 0, csp: strictCsp(`${HOST} ${LOOKALIKE}`) });
  APP = `http://127.0.0.1:${app.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [app, host, lookalike]) s?.close();
});

/** A page with the host's CSP that records every CSP violation. */
async function hostPage(path, { block = false } = {}) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (block) await context.route(`${APP}/**`, (route) => route.abort());
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${HOST}/${path}`);
  return page;
}

/** Computed styles of the host's own elements, to compare with and without the app. */
const hostStyles = (page) => page.evaluate(() => ['#host-title', '#host-text', 'body', '#host-section h2'].map((s) => {
  const cs = getComputedStyle(document.querySelector(s));
  return [s, cs.fontSize, cs.color, cs.backgroundColor, cs.fontFamily, cs.borderTopStyle, cs.textTransform].join('|');
}));

test('mount mode: the app works in a shadow root, the host is untouched, deep links keep the host fragment', async () => {
  const baseline = await hostPage('host-mount.html', { block: true });
  const before = await hostStyles(baseline);
  await baseline.context().close();

  const page = await hostPage('host-mount.html#host-section');
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app');
  assert.equal(await page.evaluate(() => !!document.getElementById('igf-messages').shadowRoot?.querySelector('.igf-app')), true, 'rendered in a shadow root');
  assert.equal(await page.locator('li.igf-message').count(), 30);
  assert.deepEqual(await hostStyles(page), before, 'the host looks exactly as before');

  // The hostile stylesheet does not reach the app.
  const comment = page.locator('button[aria-label="Comment on message 1.1"]');
  assert.equal(await comment.isVisible(), true, 'host "button { display: none }" does not apply');
  assert.equal(await page.locator('#igf-trust-q1-m1').evaluate((li) => getComputedStyle(li).float), 'none');
  assert.equal(await page.locator('.igf-app h1').evaluate((h) => getComputedStyle(h).textTransform), 'none');
  assert.equal(await page.locator('.igf-message-text').first().evaluate((p) => getComputedStyle(p).fontSize), '16px', 'the host\'s 10px <html> does not shrink the app');
  assert.equal(await page.locator('.igf-lang > summary').evaluate((s) => getComputedStyle(s).letterSpacing), 'normal', 'the host\'s letter-spacing is not inherited');

  // The language list closes on a click on the host's own content, outside the app.
  await page.click('.igf-lang > summary');
  await page.waitForSelector('.igf-lang[open]');
  await page.click('#host-text');
  await page.waitForFunction(() => !document.getElementById('igf-messages').shadowRoot.querySelector('.igf-lang[open]'));

  // Search marks are painted inside the shadow root too, and not by the host's styles.
  await page.fill('#igf-search-input', 'children');
  await page.waitForFunction(() => (CSS.highlights.get('igf-search')?.size ?? 0) > 0);
  const marked = await page.evaluate(() => [...CSS.highlights.get('igf-search')].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset).toLowerCase()));
  assert.ok(marked.every((m) => m === 'children'), marked.join('|'));
  await page.fill('#igf-search-input', '');
  await page.waitForFunction(() => !CSS.highlights.has('igf-search'));

  // Read, comment, export.
  await page.click('.igf-toc a[href="#igf=trust/q2"]');
  assert.equal(new URL(page.url()).hash, '#host-section&igf=trust/q2', 'the host fragment is kept');
  await page.click('section.igf-question:has(#igf-trust-q2) .igf-back a');
  await page.waitForFunction(() => document.getElementById('igf-messages').shadowRoot.activeElement?.id === 'igf-contents');
  assert.equal(new URL(page.url()).hash, '#host-section&igf=trust/q2', '"Back to the list of questions" moves focus, not the host\'s address');
  await comment.click();
  await page.check('text=I support it');
  await page.fill('#igf-field-text', 'Written inside the host page.');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-card');
  await page.goto(`${HOST}/host-mount.html#igf=send`);
  await page.waitForSelector('.igf-send');
  await page.click('text=Other ways to send or save');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(data.comments[0].text, 'Written inside the host page.');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP or Trusted Types violations');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('mount mode: a link to the host page\'s own section leaves the app where it is, and Back returns through the app\'s places', async () => {
  const page = await hostPage('host-mount.html');
  await page.waitForSelector('#igf-messages[data-igf-live] li.igf-message');
  await page.click('button[aria-label="Comment on message 1.1"]');
  await page.fill('#igf-field-text', 'Half written.');
  // By keyboard, as a host's "skip to content" link is followed.
  await page.focus('#host-top a[href="#host-section"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#host-section');
  await page.waitForFunction(() => document.getElementById('host-section').getBoundingClientRect().top < innerHeight, null, { polling: 'raf' });
  assert.equal(await page.inputValue('#igf-field-text'), 'Half written.', 'the comment form is still on screen');
  await page.goBack();
  await page.waitForFunction(() => /igf=comments/.test(location.hash));
  assert.equal(await page.inputValue('#igf-field-text'), 'Half written.');
  await page.goBack();
  await page.waitForFunction(() => /igf=trust/.test(location.hash));
  await page.waitForSelector('#igf-messages li.igf-message');
  assert.equal(await page.locator('#igf-field-text').count(), 0, 'Back again is the reader');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('mount mode: the host page keeps its one main landmark, before the app and with it, and passes axe in English and Arabic', async () => {
  // bypassCSP lets axe in; the host's own <main> holds the mount.
  const context = await browser.newContext({ bypassCSP: true });
  const wasm = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(`${HOST}/host-mount.html`);
  await page.locator('li.igf-message').first().waitFor();
  const mains = () => page.locator('main, [role=main]').count();
  assert.equal(await mains(), 1, 'before the app: the prerendered view');
  assert.deepEqual(await axe(page), [], 'before the app');
  wasm.release();
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app');
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated', 'the view without a main of its own was adopted');
  assert.equal(await mains(), 1, 'with the app');
  assert.deepEqual(await axe(page), [], 'with the app, in English');
  await chooseLanguage(page, 'ar');
  await page.waitForFunction(() => document.getElementById('igf-messages').shadowRoot.querySelector('.igf-app')?.dir === 'rtl');
  assert.deepEqual(await axe(page), [], 'with the app, in Arabic');
  await context.close();
});

test('mount mode: a narrow column of a wide screen gets the phone\'s layout, before the app and with it, and the wide one when it widens', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The host's own rule for its column, from the first paint; a constructed
  // sheet, which the host's style-src lets in.
  await context.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#igf-messages { inline-size: 300px; }');
    document.adoptedStyleSheets = [sheet];
    window.__column = sheet;
    // A first layout in the window's width, then the column's, is a shift the host is charged for.
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const wasm = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(`${HOST}/host-mount.html`);
  await page.locator('li.igf-message').first().waitFor();
  const layout = () => page.evaluate(() => {
    const root = document.getElementById('igf-messages').shadowRoot;
    const app = root.querySelector('.igf-root');
    const edge = app.getBoundingClientRect().right;
    return {
      // The phone's tracks: one row that scrolls sideways.
      strip: getComputedStyle(root.querySelector('.igf-tracks ul')).overflowX === 'auto',
      // Nothing runs past the column's edge: not the language picker, not the page.
      fits: app.scrollWidth <= app.clientWidth && root.querySelector('.igf-lang').getBoundingClientRect().right <= edge + 0.5,
      // The heading's size follows the column too, as on a phone (28 px there), not the wide window (40 px).
      heading: parseFloat(getComputedStyle(root.querySelector('h1')).fontSize) <= 28,
    };
  });
  const narrow = { strip: true, fits: true, heading: true };
  assert.deepEqual(await layout(), narrow, 'the prerendered view, before the app');
  wasm.release();
  await page.waitForSelector('#igf-messages[data-igf-live] .igf-app');
  assert.deepEqual(await layout(), narrow, 'with the app');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift, from the first paint to the app');
  assert.deepEqual(await hiddenOnTab(page, '.igf-tracks ul'), [], 'each track Tab reaches is shown whole');
  assert.deepEqual(await hiddenOnTab(page, '.igf-toc ol'), [], 'each question Tab reaches is shown whole, the row under its heading');
  await chooseLanguage(page, 'fr');
  await page.waitForFunction(() => document.getElementById('igf-messages').shadowRoot.querySelector('.igf-app')?.lang === 'fr');
  assert.deepEqual(await layout(), narrow, 'in French, whose labels are longer');
  await page.evaluate(() => window.__column.replaceSync('#igf-messages { inline-size: 900px; }'));
  await page.waitForFunction(() => getComputedStyle(document.getElementById('igf-messages').shadowRoot.querySelector('.igf-tracks ul')).overflowX !== 'auto');
  assert.deepEqual(await layout(), { strip: false, fits: true, heading: false }, 'the wide layout in a wide column');
  // A heading's size grows with the column (1.4em + 1.5 % of it), not with the window (which would make it 40 px).
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('igf-messages').shadowRoot.querySelector('h1')).fontSize));
  assert.ok(Math.abs(size - (1.4 * 16 + 0.015 * 900)) < 0.5, `${size} px`);
  await context.close();
});

test('mount mode: where the column and the window agree on every width, the rewritten stylesheet styles each element as the media queries do', async () => {
  // embed.js with the stylesheet's media queries as the standalone page has
  // them (its vw the column's, as in both): the rewritten rules gain
  // specificity, and must not win a rule they lost.
  const css = await readFile(`${ROOT}dist/${(await readdir(`${ROOT}dist`)).find((f) => /^main-[0-9a-f]+\.css$/.test(f))}`, 'utf8');
  const embed = await readFile(`${ROOT}dist/embed.js`, 'utf8');
  const { style } = embedStyle(css);
  assert.ok(embed.includes(style) && !/['\\\n]/.test(css + style), 'embed.js holds the rewritten stylesheet as it is, in a literal that can hold the original');
  const withMedia = embed.replace(style, () => inAppWidths(css));
  const computed = async (viewport, original) => {
    const context = await browser.newContext({ viewport });
    if (original) await context.route(`${APP}/embed.js`, (route) => route.fulfill({ body: withMedia, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } }));
    const page = await context.newPage();
    await page.goto(`${HOST}/host-mount.html`);
    await page.waitForSelector('#igf-messages[data-igf-live] .igf-app');
    const styles = await page.evaluate(() => [...document.getElementById('igf-messages').shadowRoot.querySelectorAll('*')].map((e) => {
      const cs = getComputedStyle(e);
      const all = [...cs].map((p) => `${p}:${cs.getPropertyValue(p)}`).sort();
      return `${e.localName}.${e.className} ${all.join(';')}`;
    }));
    await context.close();
    return styles;
  };
  // The example host gives the app its width less 120 px: each pair is on one side of every width the stylesheet names.
  for (const width of [300, 600, 900, 1300]) {
    const viewport = { width, height: 800 };
    const [rewritten, media] = [await computed(viewport, false), await computed(viewport, true)];
    assert.equal(rewritten.length, media.length, `${width}: as many elements`);
    const differ = rewritten.filter((s, i) => s !== media[i]).map((s) => s.slice(0, 80));
    assert.deepEqual(differ, [], `${width} px`);
  }
});

test('mount mode without URL access: the app keeps its place internally and never touches the URL', async () => {
  const page = await hostPage('host-mount-no-url.html#host-section');
  await page.waitForSelector('#igf-messages[data-igf-live] li.igf-message');
  const url = page.url();
  const length = await page.evaluate(() => history.length);
  await page.click('.igf-toc a[href="#igf=trust/q3"]');
  await page.waitForFunction(() => document.getElementById('igf-messages').shadowRoot.activeElement?.id === 'igf-trust-q3');
  await page.fill('#igf-search-input', 'children');
  await page.waitForFunction(() => /“children”/.test(document.getElementById('igf-messages').shadowRoot.querySelector('[role=search] [role=status]')?.textContent));
  assert.equal(page.url(), url, 'a search stays out of the URL');
  await page.click('.igf-tracks a[href="#igf=comments"]');
  await page.waitForSelector('.igf-view h1');
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => history.length), length, 'no history entries added');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test('iframe mode: the height follows the content, sent only to the configured parent', async () => {
  const page = await hostPage('host-iframe.html');
  const frame = page.frameLocator('#igf-frame');
  await frame.locator('#igf-messages[data-igf-live] li.igf-message').first().waitFor();
  await page.waitForFunction(() => window.igfHeights.length > 0);
  const tall = await page.$eval('#igf-frame', (f) => f.getBoundingClientRect().height);
  const content = await frame.locator('#igf-app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  assert.ok(Math.abs(tall - content) <= 2, `frame ${tall}px, content ${content}px`);
  await frame.locator('#igf-search-input').fill('qwertyuiop');
  await page.waitForFunction((h) => document.getElementById('igf-frame').getBoundingClientRect().height < h - 500, tall);
  // The app works inside the frame.
  await frame.locator('#igf-search-input').fill('');
  await frame.locator('button[aria-label="Comment on message 2.2"]').click();
  await frame.locator('text=I support it').check();
  await frame.locator('#igf-field-text').fill('From inside a frame.');
  await frame.locator('button[type=submit]').click();
  await frame.locator('.igf-card').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test('a lookalike parent origin gets no messages', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${LOOKALIKE}/host-iframe.html`);
  await page.frameLocator('#igf-frame').locator('#igf-messages[data-igf-live] li.igf-message').first().waitFor();
  await page.evaluate(() => {
    window.anyMessages = 0;
    window.addEventListener('message', () => { window.anyMessages += 1; });
  });
  await page.frameLocator('#igf-frame').locator('#igf-search-input').fill('trust');
  // Once the frame has laid out the filtered list, it posts a marker of its
  // own. Messages from one window arrive in order, so any height report the
  // app made for that layout would have arrived before the marker.
  const frame = await (await page.$('#igf-frame')).contentFrame();
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
    parent.postMessage('test-marker', '*');
    done();
  }))));
  await page.waitForFunction(() => window.anyMessages >= 1);
  assert.deepEqual(await page.evaluate(() => [window.igfHeights.length, window.anyMessages]), [0, 1], 'only the marker arrived');
  await context.close();
});

test('the person\'s own choice wins over the embed setting on the next visit, before the app and with it', async () => {
  const page = await hostPage('host-mount.html');
  await page.waitForSelector('#igf-messages[data-igf-live]');
  await chooseLanguage(page, 'ru');
  await page.waitForSelector('#igf-app[lang=ru]');
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.context().route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.reload();
  await page.waitForSelector('#igf-app[lang=ru]');
  assert.equal(await page.locator('#igf-messages[data-igf-live]').count(), 0, 'the app is still on its way');
  assert.match(await page.textContent('.igf-version'), /Версия 1/, 'the text before the app is already in the person\'s language');
  release();
  await page.waitForSelector('#igf-messages[data-igf-live]');
  assert.equal(await page.getAttribute('#igf-app', 'lang'), 'ru', 'and stays in it');
  assert.equal(await page.getAttribute('#igf-messages', 'data-lang'), 'en', 'the host asked for English');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
