// Commenting, and drafts that are not lost: reload, two tabs, full and blocked
// storage, corrupt data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { axe, openPage, saved, useApp, waitForApp } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

const drafts = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:')).map((k) => JSON.parse(localStorage.getItem(k))));

/** The card titles in "My comments", once `count` cards are shown. */
async function cardTitles(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('.igf-card').length === n, count);
  return page.locator('.igf-card-title').allTextContents();
}


async function fillDetails(page) {
  await page.click('.igf-tracks >> text=Your details');
  await page.waitForSelector('#igf-view-title');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'igf-error-summary');
  // Said once, as focus lands on it: its title names it and its list describes it. It is no
  // live region, which read the whole list again as each field was put right.
  assert.equal(await page.getByRole('group', { name: 'There is a problem' }).count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[role=alert], [role=status], [aria-live]')), null);
  assert.match(await page.evaluate(() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent), /^Enter your name/);
  const summary = await page.locator('.igf-error-summary li').allTextContents();
  assert.deepEqual(summary, ['Enter your name', 'Enter your email address', 'Select your stakeholder group', 'Select your region', 'Enter your country', 'Select whether the IGF may publish your name with your comments']);
  assert.equal(await page.locator('input[name=publish]:checked').count(), 0, 'no answer is chosen for the person');
  assert.deepEqual(await axe(page), [], 'details form with errors');
  await page.fill('#igf-field-name', 'Amina Diallo');
  await page.fill('#igf-field-email', 'amina@example');
  await page.check('text=Civil society');
  await page.check('text=African Group');
  await page.fill('#igf-field-country', 'Senegal');
  await page.check('text=Yes, publish my name');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('.igf-error-summary'), /Enter an email address in the correct format/);
  assert.equal(await page.inputValue('#igf-field-name'), 'Amina Diallo', 'nothing typed is cleared');
  await page.click('.igf-error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'igf-field-email');
  // The link brings the whole field into view, its label and error above the box too.
  const [label, box, height] = await page.evaluate(() => [...['label[for=igf-field-email]', '#igf-field-email']
    .map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)), innerHeight]);
  assert.ok(label >= 0 && box > label && box < height, `label at ${label} and box at ${box}, on a screen ${height} high`);
  await page.fill('#igf-field-email', 'amina@example.org');
  await page.click('button[type=submit]');
  // Back where the person came from: the reader.
  await page.waitForSelector('li.igf-message');
}

async function comment(page, button, { kind, text, proposed, references } = {}) {
  await page.click('.igf-tracks >> text=Trust');
  await page.click(button);
  await page.waitForSelector('#igf-field-text');
  // A missing point comes with its kind; every other comment needs one chosen.
  if (kind) await page.check(`text=${kind}`);
  else if (!await page.locator('input[name=kind]:checked').count()) await page.check('text=I support it');
  if (proposed) await page.fill('#igf-field-proposed', proposed);
  if (references) await page.fill('#igf-field-references', references);
  await page.fill('#igf-field-text', text);
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
}

test('the full journey: details, three comments, reload, edit, delete and undo', async () => {
  const page = await openPage(browser, url);
  await fillDetails(page);

  // A comment on a message, with a validation error on the way.
  await page.click('.igf-tracks >> text=Trust');
  await page.click('button[aria-label="Comment on message 1.2"]');
  await page.waitForSelector('#igf-field-text');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'igf-view-title');
  assert.match(await page.textContent('blockquote'), /^Users and nations must be able to trust/);
  // Nothing chosen or typed: each field in error says so where it is, the choice of kind too.
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.equal(await page.textContent('#igf-field-kind-error'), 'Error: Select what kind of comment this is');
  assert.match(await page.title(), /^Error: /);
  assert.match(await page.getAttribute('fieldset:has(input[name=kind])', 'aria-describedby') ?? '', /igf-field-kind-error/);
  await page.check('text=I suggest a change to the wording');
  // The summary is an alert: an error fixed leaves it at once, but one that comes
  // with the choice (the wording still unchanged) waits for the next submit.
  await page.waitForSelector('#igf-field-kind-error', { state: 'detached' });
  assert.deepEqual(await page.locator('.igf-error-summary li').allTextContents(), ['Enter your comment']);
  assert.equal(await page.locator('#igf-field-proposed-error').count(), 0);
  await page.fill('#igf-field-text', 'Typed now.');
  await page.waitForSelector('.igf-error-summary', { state: 'detached' });
  assert.doesNotMatch(await page.title(), /^Error:/, 'the title says no error the page does not show');
  await page.fill('#igf-field-text', '');
  assert.match(await page.inputValue('#igf-field-proposed'), /^Users and nations must be able to trust on a well-protected/, 'prefilled with the original');
  await page.fill('#igf-field-proposed', 'Users and nations must be able to trust a well-protected and resilient Internet infrastructure.');
  await page.waitForSelector('.igf-diff ins');
  assert.deepEqual(await page.locator('.igf-diff del').allTextContents(), ['[removed: on ]', '[removed: fortified]']);
  assert.deepEqual(await page.locator('.igf-diff ins').allTextContents(), ['[added: resilient]']);
  const shown = (el) => { const c = el.cloneNode(true); c.querySelectorAll('.igf-visually-hidden').forEach((n) => n.remove()); return c.textContent; };
  assert.equal(await page.locator('.igf-diff-text').evaluate(shown), 'Users and nations must be able to trust on a well-protected and fortified resilient Internet infrastructure.',
    'a word replaced and its replacement are two words on screen');
  assert.equal(await page.locator('.igf-diff .igf-visually-hidden[lang=en]').count(), 3, 'the screen reader\'s markers in the interface\'s language');
  await page.fill('#igf-field-references', 'javascript:alert(1)');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  const errors = await page.locator('.igf-error-summary li').allTextContents();
  assert.deepEqual(errors, ['Enter your comment', '“javascript:alert(1)” is not a web link. Links must start with http:// or https://']);
  assert.equal(await page.locator('#igf-field-text-error').count(), 1, 'the same text appears inline');
  assert.deepEqual(await axe(page), [], 'comment form with errors');
  // An address copied without its start is told what to add.
  await page.fill('#igf-field-references', 'www.intgovforum.org/en');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => /Add https:/.test(document.querySelector('.igf-error-summary')?.textContent));
  assert.match(await page.textContent('#igf-field-references-error'),
    /Add https:\/\/ to the start of “www\.intgovforum\.org\/en”, like this: https:\/\/www\.intgovforum\.org\/en$/);
  await page.fill('#igf-field-text', 'Resilience matters as much as protection. & ? # % + = survive.');
  await page.fill('#igf-field-references', 'https://www.intgovforum.org/en');
  assert.match(await page.textContent('#igf-field-text-count'), /You have 2,938 characters remaining/);
  // The count is read with the field, not spoken on every keystroke; only
  // crossing the limit is announced.
  const spoken = page.locator('#igf-field-text-count ~ [aria-live]');
  assert.equal(await page.getAttribute('#igf-field-text-count', 'aria-live'), null, 'the count itself is not live');
  assert.equal(await spoken.textContent(), '', 'nothing to announce under the limit');
  const typed = await page.inputValue('#igf-field-text');
  await page.fill('#igf-field-text', 'x'.repeat(3001));
  assert.equal(await spoken.textContent(), 'You have gone over the character limit');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => /characters or fewer/.test(document.querySelector('.igf-error-summary')?.textContent));
  assert.match(await page.textContent('.igf-error-summary'), /“Your comment” must be 3,000 characters or fewer/, 'the field named, and the limit written as English writes numbers');
  await page.fill('#igf-field-text', typed);
  assert.equal(await spoken.textContent(), '');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
  assert.equal(await page.textContent('.igf-card-proposed'),
    'Your proposed wording: Users and nations must be able to trust a well-protected and resilient Internet infrastructure.',
    'a suggested change shows its wording on the card, not only the reason for it');
  assert.equal(await page.getAttribute('.igf-card-proposed span', 'lang'), 'en');

  // A comment on a whole question, and a point missing under another.
  await comment(page, 'button:text-is("Comment on question 2")', { kind: 'I have a question', text: 'Who decides what counts as harmful content?' });
  await comment(page, 'button:text-is("Suggest a point missing from question 3")', { text: 'Add a message on open standards for IoT security.' });
  await saved(page);
  assert.deepEqual(await axe(page), [], 'my comments, saved');

  let titles = await cardTitles(page, 3);
  assert.deepEqual(titles, [
    'Comment 1: Message 1.2, Trust',
    'Comment 2: Policy question 2, Trust',
    'Comment 3: A point missing under policy question 3, Trust',
  ], 'listed in document order');
  assert.equal((await drafts(page)).length, 3, 'one key per draft');

  // The reader shows which messages have drafts.
  await page.click('.igf-tracks >> text=Trust');
  assert.match(await page.textContent('#igf-trust-q1-m2 .igf-draft-badge'), /You have a draft comment on this/);
  assert.equal(await page.locator('.igf-draft-badge').count(), 1);

  // Reload: all still there, details too.
  await page.reload();
  await waitForApp(page);
  await page.click('.igf-tracks >> text=My comments');
  titles = await cardTitles(page, 3);
  assert.match(await page.textContent('.igf-details-line'), /Your details: Amina Diallo \(amina@example.org\)/);
  const stored = (await drafts(page)).map((e) => e.data).find((d) => d.target.type === 'message');
  assert.equal(stored.target.messageId, 'trust-q1-m2');
  assert.equal(stored.target.version, 'Version 1');
  assert.match(stored.target.fingerprint, /^[0-9a-f]{16}$/);
  assert.equal(stored.text, 'Resilience matters as much as protection. & ? # % + = survive.');

  // Edit.
  await page.click('a[aria-label="Edit: comment 2"]');
  await page.fill('#igf-field-text', 'Who decides, and how can people appeal?');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
  assert.match(await page.textContent('.igf-card:nth-child(2) .igf-card-text'), /how can people appeal/);

  assert.match(await page.textContent('.igf-view > p:nth-of-type(2)'), /in the order they will be sent\. They stay in this browser until you send or export them\.$/);
  // Reorder, by keyboard: focus stays on the card moved, whose heading says its new number.
  await page.focus('button[aria-label="Move up: comment 3"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /A point missing/.test(document.querySelectorAll('.igf-card-title')[1]?.textContent));
  await page.waitForFunction(() => document.activeElement.classList.contains('igf-card-title'));
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Comment 2: A point missing/);

  // Delete, then undo.
  const focused = () => page.evaluate(() => document.activeElement.id);
  const deleted = (await page.getAttribute('.igf-card:first-child .igf-card-title', 'id'));
  await page.click('button[aria-label="Delete: comment 1"]');
  await cardTitles(page, 2);
  await page.waitForFunction(() => document.activeElement.id === 'igf-undo');
  assert.equal(await focused(), 'igf-undo', 'the removed button\'s focus goes to "Deleted. Undo"');
  await saved(page);
  assert.equal((await drafts(page)).length, 2);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Undo', 'Undo is the next stop');
  await page.keyboard.press('Enter');
  await cardTitles(page, 3);
  await page.waitForFunction((id) => document.activeElement.id === id, deleted);
  assert.equal(await focused(), deleted, 'Undo gives focus to the card it put back');
  // Two deletions, two undos: the second deletion does not take the first's undo away.
  await page.click('button[aria-label="Delete: comment 1"]');
  await cardTitles(page, 2);
  await page.click('button[aria-label="Delete: comment 1"]');
  await cardTitles(page, 1);
  await page.click('#igf-undo button');
  await cardTitles(page, 2);
  await page.click('#igf-undo button');
  await cardTitles(page, 3);
  assert.equal(await page.locator('#igf-undo').count(), 0, 'nothing left to undo');
  await saved(page);
  assert.equal((await drafts(page)).length, 3);
  await page.reload();
  await waitForApp(page);
  titles = await cardTitles(page, 3);
  assert.deepEqual(titles.map((t) => t.replace(/^Comment \d: /, '')), [
    'Message 1.2, Trust', 'A point missing under policy question 3, Trust', 'Policy question 2, Trust',
  ], 'order and undo survive a reload');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('after a comment on a message far down, "Back to the Messages" and the browser\'s Back return to that message, not to the top', async () => {
  const page = await openPage(browser, url, { viewport: { width: 360, height: 740 } });
  const inView = () => page.evaluate(() => {
    const r = document.getElementById('igf-trust-q2-m4').getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
  await comment(page, 'button[aria-label="Comment on message 2.4"]', { text: 'A first comment.' });
  await page.click('text=Back to the Messages');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2-m4');
  assert.ok(await inView(), 'the message commented on is on screen');
  assert.match(await page.evaluate(() => location.hash), /igf=trust\/q2\/m4/);

  await comment(page, 'button[aria-label="Comment on message 2.4"]', { text: 'A second comment.' });
  await page.goBack();
  await page.waitForSelector('#igf-field-text');
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.id === 'igf-trust-q2-m4');
  assert.ok(await inView(), 'Back twice: the message commented on is on screen');
  await page.close();
});

test('a comment on the whole document offers no change of wording, which it has none of; a message does', async () => {
  const page = await openPage(browser, url);
  const kinds = () => page.locator('input[name=kind]').evaluateAll((inputs) => inputs.map((i) => i.value));
  await page.click('button:text-is("Comment on the whole document")');
  await page.waitForSelector('#igf-field-text');
  assert.ok(!(await kinds()).includes('suggest-change'), `offered: ${await kinds()}`);
  assert.ok((await kinds()).includes('support'));
  await page.goBack();
  await page.click('button[aria-label="Comment on message 2.1"]');
  await page.waitForSelector('#igf-field-text');
  assert.ok((await kinds()).includes('suggest-change'));
  await page.context().close();
});

test('an abandoned empty comment leaves no draft behind', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.1"]');
  await page.waitForSelector('#igf-field-text');
  await page.goBack();
  await page.waitForSelector('li.igf-message');
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForSelector('.igf-view >> text=You have no draft comments yet');
  assert.equal(await page.locator('.igf-card').count(), 0);
  await page.context().close();
});

test('a stray tap on Comment, then a reload or a closed tab, leaves no draft behind, and says nothing of it; reloading the form itself keeps it', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.1"]');
  await page.waitForSelector('#igf-field-text');
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:')).length);
  assert.equal(await drafts(), 1, 'the form made a draft');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#igf-field-text');
  assert.equal(await drafts(), 1, 'the form on screen keeps its draft');
  // As if the tab had been closed: the page comes back without the form's address.
  await page.goto('about:blank');
  await page.goto(url);
  await waitForApp(page);
  await page.locator('.igf-tracks >> text=My comments').waitFor();
  assert.equal((await page.locator('.igf-tracks a[href="#igf=comments"] .igf-count-badge').textContent()).replace(/\D/g, ''), '0', 'none counted as not yet sent');
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('igf-messages:draft:')));
  // The save's outcome is rendered after the keys go: two frames later it would show.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.locator('.igf-save-status').textContent(), '', 'and no "Saved" is said: the person did nothing');
  await page.context().close();
});

test('killing the browser straight after a keystroke loses nothing: each input is written at once', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'igf-crash-'));
  const open = async () => {
    const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    return { context, page };
  };
  try {
    const first = await open();
    await first.page.click('button[aria-label="Comment on message 3.1"]');
    await first.page.waitForSelector('#igf-field-text');
    const typed = 'typed just before the crash';
    // Each keystroke is typed once the one before is in the IndexedDB copy, as
    // a person's typing would be; the last one is not waited for at all.
    const journaled = (text) => first.page.waitForFunction((text) => new Promise((done) => {
      const open = indexedDB.open('igf-messages');
      open.onsuccess = () => {
        const all = open.result.transaction('journal').objectStore('journal').getAll();
        all.onsuccess = () => done(all.result.some((raw) => JSON.parse(raw).data?.text === text));
        all.onerror = () => done(false);
      };
      open.onerror = () => done(false);
    }), text);
    for (let i = 0; i < typed.length - 1; i += 1) {
      await first.page.locator('#igf-field-text').press(typed[i] === ' ' ? 'Space' : typed[i]);
      await journaled(typed.slice(0, i + 1));
    }
    await first.page.locator('#igf-field-text').press(typed.at(-1));
    // Playwright's persistent context hands out no process, so find it by its profile.
    execFileSync('pkill', ['-KILL', '-f', '--', `user-data-dir=${profile}`]);
    await first.context.close().catch(() => {});
    const second = await open();
    // Chromium commits localStorage seconds apart, so this passes only
    // through the IndexedDB copy each save also writes.
    await second.page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('igf-messages:draft:')));
    const texts = (await drafts(second.page)).map((e) => e.data.text);
    assert.equal(texts.length, 1, `one draft: ${JSON.stringify(texts)}`);
    assert.ok(texts[0] === typed || texts[0] === typed.slice(0, -1), `at most the last keystroke lost: ${JSON.stringify(texts[0])}`);
    await second.page.click('.igf-tracks >> text=My comments');
    await second.page.waitForSelector(`.igf-card >> text=${texts[0]}`);
    await second.context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('two tabs: separate drafts never clobber each other, and the later save on one draft wins, with notice', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(url); await waitForApp(a);
  await b.goto(url); await waitForApp(b);

  await a.click('button[aria-label="Comment on message 1.1"]');
  await a.fill('#igf-field-text', 'from tab A');
  await b.click('button[aria-label="Comment on message 1.3"]');
  await b.fill('#igf-field-text', 'from tab B');
  await saved(a); await saved(b);
  // Another tab's writes reach this one's storage through the browser, a
  // moment later: wait for them rather than race them.
  await a.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:')).length === 2
    && Object.keys(localStorage).every((k) => !k.startsWith('igf-messages:draft:') || JSON.parse(localStorage.getItem(k)).data.text));
  const texts = (await drafts(a)).map((e) => e.data.text).sort();
  assert.deepEqual(texts, ['from tab A', 'from tab B']);

  // B sees A's draft appear through the storage event.
  await b.click('.igf-tracks >> text=My comments');
  await b.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);

  // B edits A's draft and saves: A now shows B's later save, and says so.
  const id = (await drafts(a)).find((e) => e.data.text === 'from tab A').data.id;
  await a.goto(`${url}#igf=comments/${id}`);
  await b.goto(`${url}#igf=comments/${id}`);
  await b.waitForSelector('#igf-field-text');
  await b.fill('#igf-field-text', 'B edited it later');
  await a.waitForSelector('.igf-notice >> text=was changed in another tab');
  assert.equal(await a.inputValue('#igf-field-text'), 'B edited it later');
  assert.equal(await a.locator('text=Keep my version instead').count(), 0, 'A had nothing unsaved to keep');
  assert.deepEqual(await axe(a), [], 'tab notice');

  // B's storage refuses its write (full), so B's typing is unsaved there when
  // A saves. B is told, shows A's later save, and can keep its own version,
  // which it writes once its storage takes it again.
  await b.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await b.fill('#igf-field-text', 'B typing, not yet saved');
  await a.fill('#igf-field-text', 'A saves first');
  assert.equal((await drafts(a)).find((e) => e.data.id === id).data.text, 'A saves first');
  await b.waitForSelector('text=Keep my version instead');
  assert.equal(await b.inputValue('#igf-field-text'), 'A saves first', 'B shows the later save');
  await b.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await b.click('text=Keep my version instead');
  assert.equal(await b.inputValue('#igf-field-text'), 'B typing, not yet saved');
  await a.waitForFunction(() => document.querySelector('#igf-field-text')?.value === 'B typing, not yet saved');
  assert.equal((await drafts(a)).find((e) => e.data.id === id).data.text, 'B typing, not yet saved');
  await context.close();
});

test('a full quota is reported, and everything saved before survives', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.2"]');
  await page.fill('#igf-field-text', 'saved before the disk filled');
  await saved(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.fill('#igf-field-text', 'typed after the disk filled');
  await page.waitForSelector('[role=alert] >> text=storage for the site is full');
  assert.equal(await page.locator('[role=alert] >> text=Download all drafts (JSON)').count(), 1);
  assert.deepEqual(await axe(page), [], 'storage full');
  // The export works and holds the newest text.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download all drafts (JSON)')]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.comments[0].text, 'typed after the disk filled');
  // What was saved before is intact.
  assert.deepEqual((await drafts(page)).map((e) => e.data.text), ['saved before the disk filled']);
  await page.context().close();
});

test('blocked storage: the app works in memory and says so, with export', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await waitForApp(page);
  await page.waitForSelector('[role=alert] >> text=not letting the page store anything');
  await page.click('button[aria-label="Comment on message 1.1"]');
  await page.check('text=I support it');
  await page.fill('#igf-field-text', 'kept in memory');
  // Nothing here says the drafts are kept on the device, which would mislead.
  const promises = /saved on this device as you go|stay in this browser|may delete your drafts|agreed to keep your drafts/;
  assert.doesNotMatch(await page.textContent('.igf-form'), promises, 'the form');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
  assert.match(await page.textContent('.igf-card-text'), /kept in memory/);
  assert.doesNotMatch(await page.textContent('.igf-view'), promises, 'My comments');
  assert.match(await page.textContent('.igf-view'), /in the order they will be sent\./, 'which still says what it lists');
  assert.equal(await page.locator('[role=alert] >> text=not letting the page store anything').count(), 1, 'the banner stays');
  assert.deepEqual(await axe(page), [], 'storage blocked');
  // What lives only in this page would go with it: the browser asks first.
  const asked = new Promise((done) => page.once('dialog', (d) => d.dismiss().then(() => done(d.type()))));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  assert.match(await page.textContent('.igf-card-text'), /kept in memory/, 'staying keeps the page and the draft');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a form just opened is not said to be saved until something is typed in it', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.4"]');
  // The empty draft is stored all the same, so that another tab sees it.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('igf-messages:draft:')));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  assert.equal((await page.locator('.igf-save-status').textContent()).trim(), '', 'nothing typed, nothing said');
  await page.fill('#igf-field-text', 'now something');
  await saved(page);
  await page.context().close();
});

test('leaving a page whose drafts are all saved asks nothing', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 2.3"]');
  await page.fill('#igf-field-text', 'saved as typed');
  await saved(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    return d.accept();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  assert.equal(dialogs, 0);
  await page.context().close();
});

test('corrupt stored data is set aside, reported and downloadable; the rest loads', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 1.4"]');
  await page.fill('#igf-field-text', 'a good draft');
  await saved(page);
  const corrupt = '{"schema":2,"kind":"comment","rev":1,"tab":"x","savedAt":1,"data":{"id":"broken","text":"half a comm';
  await page.evaluate((raw) => localStorage.setItem('igf-messages:draft:broken', raw), corrupt);
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('[role=alert] >> text=Some saved data could not be read');
  assert.deepEqual(await axe(page), [], 'quarantine notice');
  const kept = await page.evaluate(() => localStorage.getItem('igf-messages:quarantine:igf-messages:draft:broken'));
  assert.equal(kept, corrupt, 'never overwritten, only moved aside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the unreadable data')]);
  assert.match(await readFile(await download.path(), 'utf8'), /half a comm/);
  await page.click('.igf-tracks >> text=My comments');
  await cardTitles(page, 1);
  assert.match(await page.textContent('.igf-card-text'), /a good draft/);
  await page.context().close();
});
