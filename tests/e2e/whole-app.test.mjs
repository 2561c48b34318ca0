// The page starts with the reader's build, which leaves out the changes between
// versions, importing drafts from a file and the commitments' screens
// (src/ui/later.rs); the whole app comes when a person needs one of them
// (web/upgrade.js). These tests check that reading, commenting and sending
// never fetch it, that it takes over on
// the screen asked for with the file chosen, in the language on screen, with
// every draft (even with no storage), embedded under a strict CSP too, and
// that a failed fetch says so and can be retried.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, strictCsp } from '../../scripts/server.mjs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, launch, ROOT, serveExamples, waitForApp, chooseLanguage } from './helpers.mjs';

let browser, app, host, APP, HOST;
const WHOLE = /\/igf-full-[0-9a-f]+_bg\.wasm$/;
const PICK_LEGEND = 'legend:has-text("What to send")';
const CHANGES = '#igf=trust@1/changes';
const CHANGES_SHOWN = '.igf-changes .igf-notice';

before(async () => {
  host = await serveExamples('localhost', () => APP, () => HOST);
  HOST = `http://localhost:${host.address().port}`;
  app = await startServer({ dir: `${ROOT}dist`, host: '127.0.0.1', port: 0, csp: strictCsp(HOST) });
  APP = `http://127.0.0.1:${app.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [app, host]) s?.close();
});

/** A page at `url` that records the wasm files it fetches and what goes wrong. */
async function open(url, { context, live = true } = {}) {
  const ctx = context ?? await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = await ctx.newPage();
  page.wasm = [];
  page.problems = [];
  page.on('request', (r) => { if (/\.wasm$/.test(r.url())) page.wasm.push(r.url()); });
  page.on('pageerror', (e) => page.problems.push(e.message));
  await ctx.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  if (live) await waitForApp(page);
  return page;
}

/** Writes a comment on `message` (1.1 unless given) with `text`, and lands on "My comments". */
async function writeComment(page, text, message = '1.1') {
  await page.click(`button[aria-label="Comment on message ${message}"]`);
  await page.check('text=I support it');
  await page.fill('#igf-field-text', text);
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
}

const focused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.id;
});

/**
 * Exports the drafts of `page` as the JSON file "Other ways to send or save"
 * downloads; returns the path of a copy that outlives the page's context.
 */
async function exportJson(page) {
  await page.click('.igf-tracks a[href="#igf=send"]');
  await page.click('text=Other ways to send or save');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const copy = join(await mkdtemp(join(tmpdir(), 'igf-whole-')), 'drafts.json');
  await download.saveAs(copy);
  return copy;
}

/** A drafts file holding one comment with `text`, exported from a page of its own. */
async function draftsFile(text) {
  const page = await open(`${APP}/`);
  await writeComment(page, text);
  const json = await exportJson(page);
  await page.context().close();
  return json;
}

/**
 * Makes the whole app's wasm fail in `context`, once `answer()` is called,
 * until `works()`; the requests after that wait for `release()`. `requested`
 * resolves once it has been asked for.
 */
async function failUntilFixed(context) {
  let fail = true;
  let asked, answer, release;
  const requested = new Promise((resolve) => { asked = resolve; });
  let gate = new Promise((resolve) => { answer = resolve; });
  await context.route(WHOLE, async (route) => {
    asked();
    await gate;
    if (fail) await route.abort();
    else await route.continue();
  });
  const works = () => {
    fail = false;
    gate = new Promise((resolve) => { release = resolve; });
  };
  return { requested, answer, works, release: () => release() };
}

/** A browser context in which every use of localStorage throws, as when storage is blocked. */
async function storageBlocked() {
  const context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  return context;
}

/** A drafts file chosen on "My comments" while the whole app's fetch waits to fail. */
async function chooseFileWhileFailing(text) {
  const json = await draftsFile(text);
  const context = await browser.newContext({ bypassCSP: true });
  const whole = await failUntilFixed(context);
  const page = await open(`${APP}/#igf=comments`, { context });
  await page.setInputFiles('#igf-field-import', json);
  return { context, whole, page };
}

/** Presses "Try again" while the fixed fetch is held: focus goes to the news of it. */
async function tryAgain(page, whole, section) {
  whole.works();
  await page.click(`${section} button:has-text("Try again")`);
  await page.locator(`${section} [role=status]:has-text("Loading this page…")`).waitFor();
  assert.equal(await focused(page), 'igf-upgrade-status', 'focus on the status, not lost with the button');
  assert.equal(await page.locator(`${section} [role=alert]`).count(), 0, 'the failure is gone');
  whole.release();
}

test('reading, commenting and sending need only the reader: the whole app is never fetched', async () => {
  const page = await open(`${APP}/`);
  assert.equal(page.wasm.length, 1, 'one wasm on first load');
  assert.doesNotMatch(page.wasm[0], WHOLE);
  await writeComment(page, 'written in the reader');
  await page.click('.igf-tracks a[href="#igf=send"]');
  await page.waitForSelector(PICK_LEGEND);
  assert.match(await page.textContent('.igf-main'), /written in the reader/);
  const file = JSON.parse(await readFile(await exportJson(page), 'utf8'));
  assert.equal(file.comments[0].text, 'written in the reader');
  assert.deepEqual(page.wasm.filter((u) => WHOLE.test(u)), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Commit to act in the reader: the whole app opens the commitment form on the message clicked, with the draft made', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const whole = await failUntilFixed(context);
  whole.works();
  const page = await open(`${APP}/`, { context });
  await page.click('button[aria-label="Commit to act on this: message 1.2"]');
  await whole.requested;
  await page.locator('.igf-upgrading [role=status]:has-text("Loading this page…")').waitFor();
  assert.equal(await page.textContent('#igf-view-title'), 'Your voluntary commitment');
  assert.equal(await focused(page), 'igf-view-title', 'focus on the heading while it loads');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('igf-messages:draft:')
    && JSON.parse(localStorage.getItem(k)).kind === 'commitment'), null, { polling: 50 });
  assert.equal(await page.textContent('.igf-tracks a[href="#igf=commitments"] .igf-count-badge'), '0 not yet sent',
    'the draft is made in the reader; a form with nothing typed is not counted to send');
  assert.deepEqual(await axe(page), [], 'the commitment form on its way');
  whole.release();
  await page.waitForSelector('#igf-field-title');
  assert.match(await page.textContent('.igf-links'), /Message 1\.2: \u2068Users and nations must be able to trust/);
  assert.equal(await focused(page), 'igf-view-title', 'focus on the form\'s heading');
  await page.fill('#igf-field-title', 'Typed in the whole app');
  await page.click('.igf-tracks a[href="#igf=commitments"]');
  await page.waitForSelector('text=Typed in the whole app');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1, 'fetched once');
  assert.deepEqual(await axe(page), [], 'My commitments in the whole app');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a person with a commitment draft starts with the whole app next time, standalone and embedded: one wasm, and My commitments at once', async () => {
  for (const [where, url] of [['standalone', `${APP}/`], ['embedded', `${HOST}/host-mount.html`]]) {
    const context = await browser.newContext({ bypassCSP: true });
    const first = await open(url, { context });
    await first.click('button[aria-label="Commit to act on this: message 1.2"]');
    await first.waitForSelector('#igf-field-title');
    await first.fill('#igf-field-title', `Drafted ${where}`);
    await first.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Drafted')));
    await first.close();

    const page = await open(url, { context });
    assert.equal(page.wasm.length, 1, `${where}: one wasm`);
    assert.match(page.wasm[0], WHOLE, `${where}: the whole app, not the reader's build`);
    assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated', `${where}: it adopts the prerendered view`);
    await page.click('a[href="#igf=commitments"]');
    await page.waitForSelector(`text=Drafted ${where}`);
    assert.equal(page.wasm.length, 1, `${where}: nothing more to fetch`);
    assert.deepEqual(page.problems, [], where);
    await context.close();
  }
});

/** Presses `button` in "Other ways to send or save" once `release` lets the file through; the file's name and text. */
async function downloaded(page, button, release = () => {}) {
  const download = page.waitForEvent('download');
  await page.click(`.igf-other-ways button:text-is("${button}")`);
  await release();
  const file = await download;
  return [file.suggestedFilename(), await readFile(await file.path(), 'utf8')];
}

test('CSV and Markdown from the reader: the whole app writes them beside it, the reader stays, and a failure says so', async () => {
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const whole = await failUntilFixed(context);
  const page = await open(`${APP}/`, { context });
  await writeComment(page, 'exported from the reader');
  await page.click('.igf-tracks a[href="#igf=send"]');
  await page.click('text=Other ways to send or save');
  await page.evaluate(() => { document.getElementById('igf-view-title').igfMarker = 'reader'; });

  await page.click('.igf-other-ways button:text-is("Download CSV")');
  await whole.requested;
  await page.locator('.igf-other-ways [role=status]:has-text("Preparing the file…")').waitFor();
  assert.deepEqual(await axe(page), [], 'the file on its way');
  whole.answer();
  const alert = page.locator('.igf-other-ways [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be prepared/);
  assert.deepEqual(await axe(page), [], 'the file failed');

  whole.works();
  const files = [];
  page.on('download', (d) => files.push(d.suggestedFilename()));
  const [csvName, csv] = await downloaded(page, 'Download CSV', async () => {
    await page.locator('.igf-other-ways [role=status]:has-text("Preparing the file…")').waitFor();
    await page.click('.igf-other-ways button:text-is("Download CSV")');
    whole.release();
  });
  assert.match(csvName, /^igf-messages-IGF-[0-9A-Z-]+\.csv$/);
  assert.match(csv, /located_message_id/);
  assert.match(csv, /exported from the reader/);
  const [mdName, md] = await downloaded(page, 'Download Markdown');
  assert.match(mdName, /\.md$/);
  assert.match(md, /exported from the reader/);
  assert.deepEqual(files, [csvName, mdName], 'CSV pressed twice while on its way comes once');
  assert.equal(await alert.count(), 0, 'the failure is gone');
  assert.equal(await page.textContent('.igf-other-ways [role=status]'), '', 'nothing on its way');
  assert.equal(await page.evaluate(() => document.getElementById('igf-view-title').igfMarker), 'reader', 'the reader stayed');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 2, 'the fetch that failed, then one for both files');

  // The whole app, once it has taken over, writes the very same files.
  await page.goto(`${APP}/${CHANGES}`);
  await page.waitForSelector(CHANGES_SHOWN);
  await page.click('.igf-tracks a[href="#igf=send"]');
  await page.click('text=Other ways to send or save');
  assert.deepEqual(await downloaded(page, 'Download CSV'), [csvName, csv]);
  assert.deepEqual(await downloaded(page, 'Download Markdown'), [mdName, md]);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('embedded in Arabic under the host\'s strict CSP: the Markdown the whole app writes for the reader is in Arabic', async () => {
  const page = await open(`${HOST}/host-mount-no-url.html`, { context: await browser.newContext({ acceptDownloads: true }) });
  await writeComment(page, 'تعليق للتصدير');
  await chooseLanguage(page, 'ar');
  await page.waitForSelector('.igf-app[lang="ar"]');
  await page.click('.igf-tracks a[href="#igf=send"]');
  await page.click('.igf-other-ways summary');
  const download = page.waitForEvent('download');
  // JSON, CSV, Markdown, print: the third.
  await page.click('.igf-other-ways .igf-inline-actions button:nth-child(3)');
  const md = await readFile(await (await download).path(), 'utf8');
  assert.match(md, /تعليق للتصدير/);
  assert.ok(md.includes('تجدون أدناه ملاحظاتي على رسائل'), 'written with the Arabic interface text');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1);
  assert.equal(await page.getAttribute('.igf-app', 'lang'), 'ar', 'the reader stayed, in Arabic');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a person with a commitment draft whose whole app cannot be loaded gets the reader\'s build, which works', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const first = await open(`${APP}/`, { context });
  await first.click('button[aria-label="Commit to act on this: message 1.2"]');
  await first.waitForSelector('#igf-field-title');
  await first.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"kind":"commitment"')));
  await first.close();

  await context.route(WHOLE, (route) => route.abort());
  const page = await open(`${APP}/`, { context });
  assert.equal(page.wasm.length, 2, 'the whole app asked for, then the reader\'s build');
  assert.match(page.wasm[0], WHOLE);
  assert.doesNotMatch(page.wasm[1], WHOLE);
  assert.equal(await page.locator('#igf-messages').getAttribute('data-igf-live'), 'hydrated');
  await page.click('button[aria-label="Comment on message 1.1"]');
  await page.waitForSelector('#igf-field-text');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a file chosen to import in the reader is read by the whole app, which opens where the person was, with focus there', async () => {
  const json = await draftsFile('from the other device');

  const page = await open(`${APP}/#igf=comments`);
  await page.setInputFiles('#igf-field-import', json);
  await page.waitForSelector('text=Comments in the file: 1. Commitments: 0.');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1, 'the whole app came for it');
  assert.equal(await page.textContent('#igf-view-title'), 'My comments');
  // Back on the file input it was chosen with, as when the whole app was already here:
  // what the file holds is announced and follows it, where the heading was a screen away.
  await page.waitForFunction(() => document.activeElement?.id === 'igf-field-import');
  await page.click('button:text-is("Import")');
  await page.waitForSelector('text="Imported 1 draft."');
  assert.deepEqual(await axe(page), [], 'imported in the whole app');
  // The whole app has every screen from here on.
  await page.click('.igf-tracks a[href="#igf=trust"]');
  await page.waitForSelector('li.igf-message');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('while the whole app is on its way the screen says so; a failed fetch says so, and Try again brings it', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const whole = await failUntilFixed(context);
  const page = await open(`${APP}/${CHANGES}`, { context });
  await whole.requested;
  await page.locator('.igf-upgrading [role=status]:has-text("Loading this page…")').waitFor();
  assert.equal(await page.textContent('#igf-view-title'), 'Changes since Version 1');
  assert.equal(await page.title(), 'Changes since Version 1 – IGF 2020 Messages');
  assert.deepEqual(await axe(page), [], 'waiting for the whole app');
  whole.answer();
  const alert = page.locator('.igf-upgrading [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.equal(await page.textContent('.igf-upgrading [role=status]'), '', 'no longer loading');
  assert.deepEqual(await axe(page), [], 'the failure');
  await tryAgain(page, whole, '.igf-upgrading');
  await page.waitForSelector(CHANGES_SHOWN);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the import waits in its own section, and a failed fetch keeps the file for Try again', async () => {
  const { context, whole, page } = await chooseFileWhileFailing('kept for the retry');
  await page.locator('.igf-import [role=status]:has-text("Loading this page…")').waitFor();
  assert.deepEqual(await axe(page), [], 'the import waiting');
  whole.answer();
  await page.locator('.igf-import [role=alert]').waitFor();
  await tryAgain(page, whole, '.igf-import');
  await page.waitForSelector('text=Comments in the file: 1. Commitments: 0.');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a file chosen and walked away from is not read later, when the whole app comes for something else', async () => {
  const { context, whole, page } = await chooseFileWhileFailing('left behind');
  whole.answer();
  await page.locator('.igf-import [role=alert]').waitFor();
  await page.click('.igf-tracks a[href="#igf=trust"]');
  await page.waitForSelector('li.igf-message');
  whole.works();
  whole.release();
  await page.evaluate((hash) => { location.hash = hash; }, CHANGES);
  await page.waitForSelector(CHANGES_SHOWN);
  await page.click('.igf-tracks a[href="#igf=comments"]');
  await page.waitForSelector('#igf-field-import');
  assert.equal(await page.locator('text=Comments in the file').count(), 0, 'the file left behind is not read');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('going back to the Messages before the whole app arrives keeps the reader, which uses it on the next request', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(WHOLE, async (route) => { await held; await route.continue(); });
  const page = await open(`${APP}/`, { context });
  await page.evaluate((hash) => { location.hash = hash; }, CHANGES);
  await page.locator('.igf-upgrading').waitFor();
  await page.goBack();
  await page.waitForSelector('li.igf-message');
  await page.evaluate(() => { document.querySelector('.igf-app').dataset.testMark = 'reader'; });
  release();
  await page.locator('#igf-messages[data-igf-whole="ready"]').waitFor({ state: 'attached' });
  assert.equal(await page.getAttribute('.igf-app', 'data-test-mark'), 'reader', 'the reader was not replaced');
  await page.evaluate((hash) => { location.hash = hash; }, CHANGES);
  await page.waitForSelector(CHANGES_SHOWN);
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1, 'what was fetched is used, not fetched again');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('blocked storage: the drafts written in the reader are all there in the whole app, which still says nothing is stored', async () => {
  const json = await draftsFile('from the file');
  const context = await storageBlocked();
  const page = await open(`${APP}/`, { context });
  await writeComment(page, 'only in memory');
  await page.setInputFiles('#igf-field-import', json);
  await page.waitForSelector('text=Comments in the file: 1. Commitments: 0.');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1, 'the whole app took over');
  assert.match(await page.textContent('.igf-cards'), /only in memory/);
  await page.click('button:text-is("Import")');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  await page.waitForSelector('[role=alert] >> text=not letting the page store anything');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('blocked storage: a draft deleted while the whole app is on its way stays deleted in it', async () => {
  const json = await draftsFile('from the file');
  const context = await storageBlocked();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(WHOLE, async (route) => { await held; await route.continue(); });
  const page = await open(`${APP}/`, { context });
  await writeComment(page, 'kept');
  await page.click('.igf-tracks a[href="#igf=trust"]');
  await writeComment(page, 'deleted while waiting', '1.2');
  await page.setInputFiles('#igf-field-import', json);
  await page.locator('.igf-import [role=status]:has-text("Loading this page…")').waitFor();
  await page.click('button[aria-label="Delete: comment 2"]');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 1);
  release();
  await page.waitForSelector('text=Comments in the file: 1. Commitments: 0.');
  assert.equal(await page.locator('.igf-card').count(), 1);
  assert.match(await page.textContent('.igf-cards'), /kept/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('embedded without URL links, under the host\'s strict CSP: the whole app opens where the person was, in the language they picked', async () => {
  const json = await draftsFile('من جهاز آخر');
  const page = await open(`${HOST}/host-mount-no-url.html`, { context: await browser.newContext() });
  await chooseLanguage(page, 'ar');
  await page.waitForSelector('.igf-app[lang="ar"]');
  await page.click('.igf-tracks a[href="#igf=comments"]');
  await page.setInputFiles('#igf-field-import', json);
  await page.waitForSelector('.igf-import .igf-button-secondary');
  assert.equal(page.wasm.filter((u) => WHOLE.test(u)).length, 1, 'the whole app took over');
  assert.equal(await page.getAttribute('.igf-app', 'lang'), 'ar');
  assert.equal(await page.getAttribute('.igf-app', 'dir'), 'rtl');
  assert.equal(await page.textContent('#igf-import-title'), 'استورد مسودات من ملف');
  assert.equal(await page.evaluate(() => location.hash), '', 'the host URL is untouched');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
