// Living versions: comments written on Version 1 follow their messages when
// Version 2 arrives. One origin serves dist/ (the shipped Version 1 only), then
// dist-versions/ (with the test-only Version 2 fixture), on the same port, so
// the browser context keeps its localStorage across the two, as a visitor's
// would across a deploy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launch, openPage, readMessages, saved, serve, trustSource, waitForApp, chooseLanguage } from './helpers.mjs';

let browser, server, port, page;
const v1 = readMessages(trustSource());

/** Counts the page's requests in flight, for `stop`. */
function track(p) {
  p.inflight = 0;
  p.on('request', () => { p.inflight += 1; });
  const done = () => {
    p.inflight -= 1;
    if (p.inflight === 0) p.idle?.();
  };
  p.on('requestfinished', done);
  p.on('requestfailed', done);
}

/** Stops the server and drops the browser's open connections to it, so the
 * next request reaches whatever serves the port next. It first lets the page
 * finish the requests it has in flight (Chromium fetches the icon again after
 * in-page navigations): one cut off mid-way is retried by the browser and
 * refused, an error of this harness, not of the app. */
async function stop() {
  if (page && !page.isClosed() && page.inflight > 0) await new Promise((resolve) => { page.idle = resolve; });
  await new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  });
}

async function serveBuild(dir) {
  ({ server } = await serve('127.0.0.1', { dir, port }));
  port = server.address().port;
  return `http://127.0.0.1:${port}/`;
}

before(async () => {
  port = 0;
  browser = await launch();
});
after(async () => {
  await page?.context().close();
  await browser?.close();
  if (server?.listening) await stop();
});

async function comment(button, text) {
  await page.click('.igf-tracks >> text=Trust');
  await page.click(`button[aria-label="${button}"]`);
  await page.waitForSelector('#igf-field-text');
  await page.check('text=I support it');
  await page.fill('#igf-field-text', text);
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
}

const card = (n) => page.locator(`.igf-card:nth-child(${n})`);

async function arabic(on) {
  await chooseLanguage(page, on ? 'ar' : 'en');
  await page.waitForFunction((code) => document.documentElement.lang === code, on ? 'ar' : 'en');
}

test('Version 1 only: comment on four messages Version 2 will keep, move, remove and reword', async () => {
  const url = await serveBuild('dist');
  page = await openPage(browser, url);
  track(page);
  assert.equal(await page.locator('.igf-versions').count(), 0, 'one version: no switcher');
  assert.equal(await page.locator('.igf-change-badge').count(), 0, 'and no badges');
  await comment('Comment on message 1.1', 'Unchanged in Version 2.');
  await comment('Comment on message 1.2', 'Moved to 1.7 in Version 2.');
  await comment('Comment on message 2.2', 'Removed in Version 2.');
  await comment('Comment on message 3.6', 'Reworded in Version 2.');
  await saved(page);
  assert.equal(await page.locator('.igf-place-note').count(), 0, 'nothing to say while Version 1 is the newest');
  await stop();
});

test('Version 2 arrives: badges, and each draft badge on its message in the newest version', async () => {
  const url = await serveBuild('dist-versions');
  await page.goto(url);
  await waitForApp(page);
  assert.match(await page.textContent('.igf-version'), /Version 2, published 8 December 2020/);
  const badge = (id) => page.textContent(`#igf-trust-${id} .igf-change-badge`);
  assert.equal(await badge('q1-m7'), 'Moved from 1.2');
  assert.equal(await badge('q1-m6'), 'Reworded');
  assert.equal(await badge('q3-m6'), 'Reworded');
  assert.equal(await badge('q2-m12'), 'New');
  assert.equal(await page.locator('#igf-trust-q1-m1 .igf-change-badge').count(), 0, 'unchanged: no badge');

  const drafted = await page.$$eval('.igf-draft-badge', (els) => els.map((el) => el.closest('li.igf-message').id));
  assert.deepEqual(drafted, ['igf-trust-q1-m1', 'igf-trust-q1-m7', 'igf-trust-q3-m6'], 'located messages, never the stale ids');
  // Each "Edit your comment" opens the comment written on that message.
  await page.click('#igf-trust-q1-m7 .igf-draft-badge a');
  await page.waitForSelector('#igf-field-text');
  assert.equal(await page.inputValue('#igf-field-text'), 'Moved to 1.7 in Version 2.');
  assert.match(await page.textContent('.igf-place-note'), /Now message 1\.7 in Version 2/);
  assert.equal(await page.getAttribute('.igf-back-link', 'href'), '#igf=trust/q1/m7', 'Back goes where the message is now');
  assert.deepEqual(await axe(page), [], 'comment form with its note');
  assert.deepEqual(page.problems, []);
});

test('My comments: what happened to each message, the original kept', async () => {
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 4);
  assert.deepEqual(await page.locator('.igf-card-title').allTextContents(), [
    'Comment 1: Message 1.1, Trust',
    'Comment 2: Message 1.2, Trust',
    'Comment 3: Message 2.2, Trust',
    'Comment 4: Message 3.6, Trust',
  ], 'each card names the message it was written on');
  assert.equal(await card(1).locator('.igf-place-note').count(), 0, 'unchanged: nothing to say');

  assert.equal(await card(2).locator('.igf-place-note strong').textContent(), 'Now message 1.7 in Version 2');
  assert.equal(await card(2).locator('.igf-place-note a').first().getAttribute('href'), '#igf=trust/q1/m7');
  assert.equal(await card(2).locator('.igf-place-note a').nth(1).textContent(), 'See the message in Version 1');

  assert.equal(await card(3).locator('.igf-place-note strong').textContent(), 'Removed in Version 2');
  assert.equal(await card(3).locator('.igf-card-quote').textContent(), v1[1].messages[1], 'the old text stays');

  assert.equal(await card(4).locator('.igf-place-note strong').textContent(), 'Reworded in Version 2');
  assert.equal(await card(4).locator('.igf-place-diff .igf-diff').isVisible(), false, 'the diff waits behind its toggle');
  await card(4).locator('.igf-place-diff summary').click();
  await card(4).locator('.igf-place-diff .igf-diff').waitFor();
  assert.match((await card(4).locator('ins').allTextContents()).join(' '), /\[added: .*FIXTURE/, 'the words Version 2 added');
  assert.ok((await card(4).locator('del').count()) > 0, 'and the words it removed');
  assert.match(await card(4).locator('.igf-card-quote').textContent(), /^Trust, legitimacy and the involvement/, 'the quote is still the text commented on');

  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:')).map((k) => JSON.parse(localStorage.getItem(k)).data.target));
  assert.deepEqual(stored.map((t) => `${t.messageId} ${t.version}`).sort(), ['trust-q1-m1 Version 1', 'trust-q1-m2 Version 1', 'trust-q2-m2 Version 1', 'trust-q3-m6 Version 1'], 'the original targets are never overwritten');

  assert.deepEqual(await axe(page), [], 'my comments with notes, English');
  await arabic(true);
  assert.match(await card(2).locator('.igf-place-note strong').textContent(), /1\.7/);
  assert.deepEqual(await axe(page), [], 'my comments with notes, Arabic');
  await arabic(false);
});

test('A comment in place in the version it was written on', async () => {
  await card(2).locator('.igf-place-note a', { hasText: 'See the message in Version 1' }).click();
  await page.waitForFunction(() => /Version 1/.test(document.querySelector('.igf-version')?.textContent));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'igf-trust-q1-m2', 'focus on the message commented on');
  assert.match(page.url(), /#igf=trust@1\/q1\/m2$/);
  assert.match(await page.textContent('.igf-older-version'), /You are reading Version 1, an earlier version/);
  assert.equal(await page.textContent('.igf-badge'), 'Earlier version');
  const drafted = await page.$$eval('.igf-draft-badge', (els) => els.map((el) => el.closest('li.igf-message').id));
  assert.deepEqual(drafted, ['igf-trust-q1-m1', 'igf-trust-q1-m2', 'igf-trust-q2-m2', 'igf-trust-q3-m6'], 'every comment where it was written');
  assert.equal(await page.getAttribute('#igf-trust-q1-m2 .igf-permalink', 'href'), '#igf=trust@1/q1/m2');
  assert.deepEqual(await axe(page), [], 'an older version, English');
  await arabic(true);
  assert.deepEqual(await axe(page), [], 'an older version, Arabic');
  await arabic(false);
  await page.click('.igf-older-version a');
  await page.waitForFunction(() => /Version 2/.test(document.querySelector('.igf-version')?.textContent));
});

test('Changes since Version 1, question by question', async () => {
  assert.deepEqual(await axe(page), [], 'the newest version with badges and switcher, English');
  await page.click('.igf-versions >> text=Changes since Version 1');
  await page.waitForSelector('.igf-changes');
  assert.equal(await page.textContent('h1'), 'Changes since Version 1');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'igf-view-title');
  assert.match(page.url(), /#igf=trust@1\/changes$/);
  assert.equal(await page.textContent('.igf-changes-summary'), 'Added: 1. Removed: 2. Moved: 18. Reworded: 2.');
  const q2 = page.locator('#igf-changes-q2').locator('..');
  assert.match(await q2.locator('.igf-change-list').first().textContent(), /Message 2\.12.*\[TEST FIXTURE\] An added message/);
  assert.ok((await q2.locator('.igf-change-text').allTextContents()).includes(v1[1].messages[1]), 'a removed message keeps its old text');
  const q1 = page.locator('#igf-changes-q1').locator('..');
  assert.ok((await q1.locator('a').allTextContents()).includes('Message 1.2 is now message 1.7.'));
  assert.ok((await q1.locator('.igf-diff del').count()) > 0, 'reworded, word by word');
  assert.deepEqual(await axe(page), [], 'changes since Version 1, English');
  await arabic(true);
  assert.deepEqual(await axe(page), [], 'changes since Version 1, Arabic');
  await page.goto(page.url().replace(/#.*$/, '#igf=trust'));
  await page.waitForSelector('.igf-versions');
  assert.deepEqual(await axe(page), [], 'the newest version with badges and switcher, Arabic');
  await arabic(false);
});

test('The email says where each message is now, next to the original', async () => {
  await page.click('.igf-tracks >> text=Send');
  await page.waitForSelector('.igf-preview-body');
  const body = await page.innerText('.igf-preview-body');
  assert.match(body, /target: message trust-q1-m2\nfingerprint: [0-9a-f]{16}\nversion: Version 1\nnow: trust-q1-m7 \(Version 2\)\n/);
  assert.match(body, /target: message trust-q2-m2\n.*\n.*\nnow: removed \(Version 2\)\n/);
  assert.match(body, /target: message trust-q1-m1\n.*\n.*\nnow: trust-q1-m1 \(Version 2\)\n/);
  assert.deepEqual(page.problems, []);
});

test('Re-anchoring 200 comments at load', async () => {
  // 200 comments on the messages of Version 1 in turn: the first 30 name
  // Version 1, which the app has, so the matching places them; the other 170
  // name versions it lacks (3 to 9), so each is looked for by fingerprint and
  // then by words, the slow way. No two share an anchor.
  const v1Messages = await page.evaluate(async () => {
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:'));
    return stored.map((k) => localStorage.getItem(k));
  });
  const template = JSON.parse(v1Messages[0]);
  await page.goto(page.url().replace(/#.*$/, '#igf=trust@1'));
  await page.waitForSelector('.igf-older-version');
  const messages = await page.$$eval('li.igf-message', (items) => items.map((li) => ({
    id: li.id.replace(/^igf-/, ''), fingerprint: li.dataset.fingerprint, quote: li.querySelector('.igf-message-text').textContent,
  })));
  await page.evaluate(({ template, messages }) => {
    const ids = JSON.parse(localStorage.getItem('igf-messages:order') ?? '[]');
    for (let i = 0; i < 200; i += 1) {
      const m = messages[i % messages.length];
      const id = `c-bulk-${i}`;
      const [, q] = m.id.match(/-q(\d+)-/);
      const version = i < messages.length ? 'Version 1' : `Version ${3 + Math.floor(i / messages.length) - 1}`;
      const data = { ...template.data, id, text: `Comment ${i}`,
        target: { type: 'message', track: 'trust', version, question: Number(q), messageId: m.id, fingerprint: m.fingerprint, quote: m.quote } };
      localStorage.setItem(`igf-messages:draft:${id}`, JSON.stringify({ ...template, data }));
      ids.push(id);
    }
    localStorage.setItem('igf-messages:order', JSON.stringify(ids));
  }, { template, messages });
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelectorAll('.igf-draft-badge').length >= 25);
  const ms = await page.evaluate(() => performance.getEntriesByName('igf-reanchor').at(-1)?.duration);
  assert.equal(typeof ms, 'number');
  console.log(`re-anchoring 204 stored comments at load: ${ms.toFixed(2)} ms`);
  assert.deepEqual(page.problems, []);
});
