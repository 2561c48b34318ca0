// The reader, as a person uses it: read, search, follow and share deep links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, fold, openPage, readMessages, saved, trustSource, useApp, visibleMessages, waitForApp } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

/** Types a search and waits until the page has applied it. */
async function search(page, query) {
  await page.fill('#igf-search-input', query);
  await page.waitForFunction((q) => {
    const summary = document.querySelector('[role=search] [role=status]')?.textContent ?? '';
    return q.trim() ? summary.includes(`“${q.trim()}”`) : summary === '';
  }, query);
}
const seed = readMessages(trustSource());

/** Whether one search word finds message `m` of question `q`: in its text or in the question's. */
const matches = (q, m, word) => fold(m).includes(word) || fold(q.text).includes(word);

/** The text under each search mark the browser paints (CSS Custom Highlight API). */
const paintedMarks = (page) => page.evaluate(() => [...(CSS.highlights.get('igf-search') ?? [])]
  .map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)));


test('shows the Trust Messages exactly as published, and passes axe', async () => {
  const page = await openPage(browser, url);
  assert.match(await page.textContent('h1'), /IGF 2020 Messages\s*Trust/);
  assert.match(await page.textContent('.igf-version'), /Version 1, published 17 November 2020/);
  assert.match(await page.textContent('.igf-note'), /living document being put out for public comment/);
  assert.equal(seed.length, 3);
  for (const q of seed) {
    const section = page.locator(`#igf-trust-q${q.number}`).locator('xpath=ancestor::section');
    assert.equal(await section.locator('.igf-question-text').textContent(), q.text);
    const shown = await section.locator('li.igf-message .igf-message-text').allTextContents();
    assert.deepEqual(shown, q.messages, `question ${q.number}`);
  }
  const counts = await page.locator('.igf-toc .igf-count').allTextContents();
  assert.deepEqual(counts, seed.map((q) => `${q.messages.length} messages`));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('without JavaScript the whole document is in the page, as the app renders it', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const shown = await page.locator('li.igf-message .igf-message-text').allTextContents();
  assert.deepEqual(shown, seed.flatMap((q) => q.messages));
  assert.match(await page.textContent('h1'), /IGF 2020 Messages\s*Trust/);
  await context.close();
});

test('the app takes over the prerendered text with no layout shift', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('igf-interactive').length > 0);
  // What the app applies after adopting the markup (route, drafts, language)
  // renders within its first tasks; two frames later it has been laid out and
  // any shift it caused has been reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.05, `cumulative layout shift ${shift}`);
  await context.close();
});

test('the app adopts the prerendered nodes, and keeps a search typed before it arrived', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Hold the wasm back until the person has typed, as on a slow link.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url);
  await page.evaluate(() => { document.querySelector('li.igf-message').igfMarker = 'prerendered'; });
  await page.fill('#igf-search-input', 'children');
  release();
  await waitForApp(page);
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
  assert.equal(await page.evaluate(() => document.querySelector('li.igf-message').igfMarker), 'prerendered',
    'the first message is the very node the server sent');
  await page.waitForFunction(() => document.querySelectorAll('li.igf-message:not([hidden])').length < 30);
  assert.equal(await page.inputValue('#igf-search-input'), 'children');
  const shown = await visibleMessages(page);
  const expected = seed.flatMap((q) => q.messages.map((m, i) => [q, i + 1, m]))
    .filter(([q, , m]) => matches(q, m, 'children')).map(([q, n]) => `igf-trust-q${q.number}-m${n}`);
  assert.deepEqual(shown, expected);
  assert.deepEqual(page.problems ?? [], []);
  await context.close();
});

test('markup changed before the app arrived (a page translator, an extension) is rendered afresh, not adopted', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url);
  // What a page translator does: wrap text in <font> elements.
  await page.evaluate(() => {
    for (const p of document.querySelectorAll('.igf-message-text')) {
      const font = document.createElement('font');
      font.append(...p.childNodes);
      p.append(font);
    }
  });
  release();
  await waitForApp(page);
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'rendered');
  assert.equal(await page.locator('#igf-messages font').count(), 0);
  assert.equal((await visibleMessages(page)).length, 30);
  await search(page, 'children');
  assert.ok((await visibleMessages(page)).length > 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a returning visitor with drafts and a deep link gets them once the prerendered view is adopted', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.1"]');
  await page.fill('#igf-field-text', 'A draft that must survive the reload.');
  await saved(page);
  await page.goto(`${url}#igf=trust/q2/m1`);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getAttribute('#igf-messages', 'data-igf-live'), 'hydrated');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2-m1');
  assert.equal(await page.locator('#igf-trust-q2-m1 .igf-draft-badge').count(), 1, 'the draft badge is back');
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test('search filters, counts per question, highlights, and clears', async () => {
  const page = await openPage(browser, url);
  const word = 'children';
  await search(page, 'CHILDREN');
  const expected = seed.flatMap((q) => q.messages.map((m, i) => [q, i + 1, m]))
    .filter(([q, , m]) => matches(q, m, word)).map(([q, n]) => `igf-trust-q${q.number}-m${n}`);
  assert.ok(expected.length > 1);
  assert.deepEqual(await visibleMessages(page), expected);
  const marks = await paintedMarks(page);
  assert.ok(marks.length >= seed.flatMap((q) => q.messages).filter((m) => fold(m).includes(word)).length, marks.join('|'));
  assert.ok(marks.every((m) => fold(m) === word), marks.join('|'));
  const markedQuestions = await page.$$eval('.igf-question-text', (ps) => ps
    .filter((p) => [...CSS.highlights.get('igf-search')].some((r) => r.startContainer.parentNode === p)).map((p) => p.id));
  assert.deepEqual(markedQuestions, seed.filter((q) => fold(q.text).includes(word)).map((q) => `igf-trust-q${q.number}-text`), 'the question texts it matched are marked');
  assert.equal(await page.locator('mark').count(), 0, 'marks are painted over the text, never added to it');
  const counts = await page.locator('.igf-toc .igf-count').allTextContents();
  assert.deepEqual(counts, seed.map((q) => {
    const n = q.messages.filter((m) => matches(q, m, word)).length;
    return `${n} of ${q.messages.length} ${n === 1 ? 'matches' : 'match'}`;
  }));
  assert.match(await page.textContent('[role=search] [role=status]'), new RegExp(`^${expected.length} messages match “CHILDREN”`));
  assert.equal(await page.locator('.igf-toc li a').count(), seed.filter((q) => q.messages.some((m) => matches(q, m, word))).length);
  assert.deepEqual(await axe(page), [], 'searching state');

  await search(page, 'CYBERSÉCURITY');
  assert.ok((await visibleMessages(page)).length > 0, 'accents ignored: "cybersécurity" finds "cybersecurity"');

  await search(page, 'qwertyuiop');
  assert.deepEqual(await visibleMessages(page), []);
  assert.match(await page.textContent('#igf-search-empty h2'), /No messages match “qwertyuiop”/);
  assert.equal(await page.locator('.igf-toc li a').count(), 0, 'contents link to no hidden question');
  assert.equal(await page.locator('.igf-toc li .igf-toc-none').count(), seed.length);
  assert.deepEqual(await axe(page), [], 'empty search state');

  assert.equal(await page.locator('#igf-search-empty button').count(), 0, 'one "Clear search", beside the box, not a second below it');
  await page.click('[role=search] button');
  await page.waitForFunction(() => !document.querySelector('#igf-search-empty'));
  assert.equal((await visibleMessages(page)).length, 30);
  assert.equal(await page.inputValue('#igf-search-input'), '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'igf-search-input', 'focus back in the box, as the button is gone');
  assert.match(await page.textContent('[role=search] [role=status]'), /30/, 'that every message is back is said');
  assert.deepEqual(await paintedMarks(page), []);

  await search(page, 'trust');
  await page.press('#igf-search-input', 'Escape');
  await page.waitForFunction(() => document.querySelector('#igf-search-input').value === '');
  assert.equal((await visibleMessages(page)).length, 30, 'Escape clears');
  await page.context().close();
});

test('search finds the words of a question, and stays in the URL: reload restores it, Copy link keeps it', async () => {
  // A word of one question's text that no message and no other question has.
  const words = (t) => fold(t).split(/[^a-z]+/).filter((w) => w.length > 6);
  const [question, word] = seed.flatMap((q) => words(q.text).map((w) => [q, w]))
    .find(([q, w]) => seed.every((o) => o.messages.every((m) => !fold(m).includes(w)) && (o === q || !fold(o.text).includes(w))));
  const page = await openPage(browser, url, { permissions: ['clipboard-read', 'clipboard-write'] });
  await search(page, word.toUpperCase());
  const under = question.messages.map((_, i) => `igf-trust-q${question.number}-m${i + 1}`);
  assert.deepEqual(await visibleMessages(page), under, `"${word}" finds every message of question ${question.number}`);
  assert.equal(new URL(page.url()).hash, `#igf-q=${word.toUpperCase()}`);

  // Characters that would split a fragment are kept whole.
  const odd = `${word} & zq#1=é`;
  await search(page, odd);
  assert.deepEqual(await visibleMessages(page), [], 'every term must match');
  await search(page, word);
  const length = await page.evaluate(() => history.length);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction((w) => document.querySelector('#igf-search-input').value === w, word);
  assert.deepEqual(await visibleMessages(page), under, 'a reload keeps the search');
  assert.equal(await page.evaluate(() => history.length), length, 'typing adds no history entries');
  assert.deepEqual(await axe(page), [], 'search restored from the URL');

  await page.click(`button[aria-label="Copy link to message ${question.number}.1"]`);
  await page.waitForSelector('.igf-copy-status p', { state: 'attached' });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const pairs = new URLSearchParams(new URL(copied).hash.slice(1));
  assert.deepEqual([pairs.get('igf'), pairs.get('igf-q')], [`trust@1/q${question.number}/m1`, word], 'a shared link names its version');

  // Following a link to a question leaves the search, and Back brings it back.
  await page.click(`.igf-toc a[href="#igf=trust/q${question.number}"]`);
  await page.waitForFunction(() => !location.hash.includes('igf-q') && document.querySelector('#igf-search-input').value === '');
  await page.goBack();
  await page.waitForFunction((w) => document.querySelector('#igf-search-input').value === w, word);
  assert.deepEqual(await visibleMessages(page), under, 'Back restores the search');
  // The track's own link keeps the search, and so does the address.
  await page.click('.igf-tracks a[href="#igf=trust"]');
  await page.waitForFunction((w) => location.hash === `#igf=trust&igf-q=${w}`, word);
  assert.equal(await page.inputValue('#igf-search-input'), word);

  await page.press('#igf-search-input', 'Escape');
  await page.waitForFunction(() => !location.hash.includes('igf-q'));

  // A search with characters that mean something in a URL, opened from a link, in Arabic.
  await page.evaluate(() => localStorage.setItem('igf-messages:lang', 'ar'));
  await page.goto(`${url}#igf=trust&igf-q=${encodeURIComponent(odd)}`);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.waitForFunction((q) => document.querySelector('#igf-search-input').value === q, odd);
  assert.ok(await page.isVisible('#igf-search-empty'), 'nothing matches all of it');
  assert.deepEqual(await axe(page), [], 'search from the URL, in Arabic');
  await page.context().close();
});

test('a deep link scrolls to its message and focuses it; Copy link copies that URL', async () => {
  const page = await openPage(browser, `${url}#igf=trust/q3/m6`, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q3-m6');
  assert.ok(await page.locator('#igf-trust-q3-m6').isVisible());
  const inView = await page.$eval('#igf-trust-q3-m6', (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, 'the target is scrolled into view');
  assert.deepEqual(await axe(page), [], 'deep-linked state');

  await page.click('button[aria-label="Copy link to message 2.4"]');
  // Said by the status line at the top, and shown beside the button: on a
  // phone the top of the page is far above.
  await page.waitForSelector('#igf-trust-q2-m4 .igf-copied');
  assert.match(await page.textContent('.igf-copy-status'), /Link copied/);
  assert.equal(await page.getAttribute('.igf-copy-status p', 'class'), 'igf-visually-hidden', 'not shown a second time far above');
  const beside = await page.$eval('#igf-trust-q2-m4 .igf-copied', (note) => {
    const r = note.getBoundingClientRect();
    return { text: note.textContent, hidden: note.getAttribute('aria-hidden'), inView: r.top >= 0 && r.bottom <= innerHeight };
  });
  assert.deepEqual(beside, { text: 'Link copied to the clipboard.', hidden: 'true', inView: true });
  assert.equal(await page.locator('.igf-copied').count(), 1, 'only the message copied says so');
  assert.deepEqual(await axe(page), [], 'a link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${url}#igf=trust@1/q2/m4`, 'the version is named: message numbers belong to it');
  // A second copy moves the note, and is a new node in the live region, said again.
  const said = await page.$eval('.igf-copy-status p', (p) => { window.__firstSaid = p; return p.textContent; });
  await page.click('button[aria-label="Copy link to policy question 2"]');
  await page.waitForSelector('.igf-question:has(#igf-trust-q2) > .igf-copied');
  assert.equal(await page.locator('.igf-copied').count(), 1, 'the message no longer says so');
  assert.equal(await page.$eval('.igf-copy-status p', (p) => p !== window.__firstSaid && p.textContent), said);

  const second = await openPage(browser, copied);
  await second.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2-m4');
  await second.context().close();

  // Following an in-page link to a question moves focus to its heading.
  await page.click('.igf-toc a[href="#igf=trust/q2"]');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2');
  assert.equal(new URL(page.url()).hash, '#igf=trust/q2');
  await page.context().close();
});

test('a link to a message the document lacks puts focus on the notice that says so', async () => {
  const page = await openPage(browser, `${url}#igf=trust/q9/m99`);
  await page.waitForFunction(() => document.activeElement?.id === 'igf-not-found');
  assert.equal(await page.textContent('#igf-not-found'), 'There is no Message 9.99 in this document. It may have moved in a newer version.');
  await page.evaluate(() => { location.hash = '#igf=trust/q2/m1'; });
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2-m1');
  await page.evaluate(() => { location.hash = '#igf=trust/q8'; });
  await page.waitForFunction(() => document.activeElement?.id === 'igf-not-found');
  assert.deepEqual(await axe(page), [], 'a missing target');
  await page.context().close();
});

test('when copying is refused the link is shown to copy by hand', async () => {
  const page = await openPage(browser, url);
  await page.evaluate(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) });
  });
  await page.click('button[aria-label="Copy link to policy question 1"]');
  const field = page.locator('#igf-copy-fallback');
  await field.waitFor();
  assert.equal(await field.inputValue(), `${url}#igf=trust@1/q1`);
  assert.deepEqual(await axe(page), [], 'copy-failed state');
  await page.context().close();
});

test('a track without a document says so plainly and links to what exists', async () => {
  const page = await openPage(browser, url);
  await page.click('.igf-tracks >> text=Environment');
  await page.waitForSelector('.igf-empty-track');
  assert.match(await page.textContent('h1'), /No Environment Messages yet/);
  assert.equal(new URL(page.url()).hash, '#igf=environment');
  assert.equal(await page.getAttribute('.igf-tracks [aria-current=page]', 'href'), '#igf=environment');
  assert.deepEqual(await axe(page), [], 'empty track state');
  await page.click('.igf-empty-track a[href="#igf=trust"]');
  await page.waitForSelector('li.igf-message');
  await page.context().close();
});

test('reflows from 320 px to wide screens without horizontal scrolling', async () => {
  for (const width of [320, 375, 768, 1920]) {
    const page = await openPage(browser, url, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width}px overflows by ${overflow}px`);
    if (width === 320) assert.deepEqual(await axe(page), [], '320 px');
    await page.context().close();
  }
});

test('runs under the strict CSP with no violations, and prints only the document', async () => {
  const page = await openPage(browser, url, { bypassCSP: false });
  await search(page, 'trust');
  await search(page, '');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.problems, []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.igf-search').isVisible(), false);
  assert.equal(await page.locator('.igf-tracks').isVisible(), false);
  assert.equal(await page.locator('li.igf-message').first().isVisible(), true);
  await page.context().close();
});

test('the server sends the build’s brotli or gzip copies, as a production host does, and the app runs on them', async () => {
  const { request } = await import('node:http');
  const head = (path, acceptEncoding) => new Promise((ok, fail) => {
    const req = request(new URL(path, url), { method: 'HEAD', headers: { 'Accept-Encoding': acceptEncoding } }, (res) => ok(res.headers));
    req.on('error', fail);
    req.end();
  });
  const wasm = (await (await fetch(url)).text()).match(/data-igf-wasm=["']?([^"' >]+)/)[1];
  assert.equal((await head(wasm, 'gzip, deflate, br'))['content-encoding'] ?? null, 'br');
  assert.equal((await head(wasm, 'gzip, br;q=0'))['content-encoding'] ?? null, 'gzip');
  assert.equal((await head(wasm, 'identity'))['content-encoding'] ?? null, null);
  assert.equal((await head('/', 'br'))['vary'], 'Accept-Encoding');
  const page = await openPage(browser, url);
  const encodings = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.wasm')).map((r) => r.encodedBodySize < r.decodedBodySize));
  assert.deepEqual(encodings, [true], 'the wasm arrived compressed and ran');
  await page.context().close();
});
