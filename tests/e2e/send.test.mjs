// Review and send: mailto, .eml, clipboard, JSON, CSV, Markdown, import back,
// mark as sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, openPage, readMessages, trustSource, useApp, waitForApp } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});
const seed = readMessages(trustSource());

const PROFILE = { name: 'Amina Diallo', email: 'amina@example.org', organisation: '', stakeholderGroup: 'civil-society', region: 'african', country: 'Senegal', gender: null, publishName: true };

function comment(id, q, m, text, extra = {}) {
  return {
    id, kind: 'support', text, proposedWording: '', references: [], language: '', created: 1, updated: 1, sent: null,
    target: { type: 'message', track: 'trust', version: 'Version 1', question: q, messageId: `trust-q${q}-m${m}`, fingerprint: '0000000000000000', quote: seed[q - 1].messages[m - 1] },
    ...extra,
  };
}

/** Opens the app with these drafts and the profile already stored. */
async function withDrafts(drafts, { context, permissions = ['clipboard-read', 'clipboard-write'], path = '', profile = PROFILE } = {}) {
  const ctx = context ?? await browser.newContext({ bypassCSP: true, permissions, acceptDownloads: true });
  await ctx.addInitScript(([drafts, profile]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const env = (kind, data) => JSON.stringify({ schema: 2, kind, rev: 1, tab: 'seed', savedAt: 1, data });
    localStorage.setItem('igf-messages:profile', env('profile', profile));
    for (const d of drafts) localStorage.setItem(`igf-messages:draft:${d.id}`, env(d.actions ? 'commitment' : 'comment', d));
  }, [drafts, profile]);
  const page = await ctx.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${url}${path}#igf=send`);
  await waitForApp(page);
  await page.waitForSelector('#igf-view-title');
  return page;
}

/** Clicks a mail link without leaving the page, so the test can read what it held. */
async function clickMailLink(page, selector) {
  await page.evaluate(() => document.addEventListener('click', (e) => { if (e.target.closest('a[href^="mailto:"]')) e.preventDefault(); }, { once: true }));
  await page.click(selector);
}

function parseMailto(href) {
  const [to, query] = href.slice('mailto:'.length).split('?');
  const fields = Object.fromEntries(query.split('&').map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v)]));
  return { to, ...fields };
}

/** The labelled data lines of an email body, as `label: value` pairs. */
function dataLines(body) {
  return body.split(/\r?\n/).filter((l) => /^[a-z][a-z0-9-]*:/.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]);
}

test('Send by email: a 600-character comment fits the link with every field, and no paste step', async () => {
  const text = `Agreed & more? #1 100% + = ✓ ${'This needs a clearer commitment to open standards. '.repeat(12)}`.slice(0, 600);
  const page = await withDrafts([comment('c-1', 1, 2, text)]);
  const receipt = (await page.textContent('.igf-receipt strong')).replace('Your receipt: ', '');
  assert.match(receipt, /^IGF-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  assert.deepEqual(await axe(page), [], 'review and send');
  const href = await page.getAttribute('a:text-is("Send by email")', 'href');
  assert.ok(href.length <= 1800, `mailto is ${href.length} characters`);
  const mail = parseMailto(href);
  assert.equal(mail.to, 'igf@un.org');
  assert.equal(mail.subject, `IGF 2020 Messages, Trust: 1 comment from \u2068Amina Diallo\u2069 [${receipt}]`);
  const fields = Object.fromEntries(dataLines(mail.body));
  assert.equal(fields.name, 'Amina Diallo');
  assert.equal(fields.email, 'amina@example.org');
  assert.equal(fields['stakeholder-group'], 'civil-society');
  assert.equal(fields.region, 'african');
  assert.equal(fields.country, 'Senegal');
  assert.equal(fields['publish-name'], 'yes');
  assert.equal(fields.target, 'message trust-q1-m2');
  assert.ok(fields.fingerprint, 'the fingerprint finds the message in any version');
  assert.equal(fields.kind, 'support');
  assert.equal(fields.text, text.trim());
  assert.equal(fields.receipt, receipt);
  assert.equal(await page.locator('text=Paste the text').count(), 0, 'no paste step');

  // Nothing is marked sent by a click: the person confirms, right by the button.
  await clickMailLink(page, 'a:text-is("Send by email")');
  await page.waitForSelector('text=Did you send it?');
  await page.waitForFunction(() => document.activeElement.id === 'igf-confirm-title');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Did you send it?', 'the question takes focus, so it is said');
  assert.deepEqual(await axe(page), [], 'did you send it');
  // "Not yet" removes the question, and the button pressed: focus goes back to the way to send.
  await page.click('.igf-confirm button:text-is("Not yet")');
  await page.waitForFunction(() => document.activeElement.id === 'igf-send-start');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Send by email');
  assert.equal(await page.locator('text=Did you send it?').count(), 0);
  // The way used last asks, and only it: two questions read as two emails to send.
  await page.click('text=Other ways to send or save');
  await Promise.all([page.waitForEvent('download'), page.click('text=Download the email (.eml)')]);
  await page.waitForSelector('.igf-other-ways .igf-confirm');
  await clickMailLink(page, 'a:text-is("Send by email")');
  await page.waitForSelector('.igf-send-actions .igf-confirm');
  assert.equal(await page.locator('.igf-confirm').count(), 1, 'asked once, by the email way, used last');
  await page.click('text=Yes, mark as sent');
  await page.waitForSelector('.igf-panel >> text=Marked as sent');
  await page.waitForFunction(() => document.activeElement.id === 'igf-sent');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'igf-panel', 'the removed button\'s focus goes to the confirmation');
  assert.match(await page.textContent('.igf-panel'), new RegExp(`${receipt}.*1 comment.*What happens next`, 's'));
  assert.match(await page.textContent('.igf-panel'), /1 comment, to igf@un\.org\./, 'no "and 0 commitments"');
  assert.deepEqual(await axe(page), [], 'confirmation panel');
  // Nothing is ticked now, but "choose at least one" would read as an error
  // under the confirmation; ticking and unticking brings it back.
  const nothing = page.locator('text=Choose at least one comment or commitment to send.');
  assert.equal(await nothing.count(), 0, 'no "choose at least one" under "Marked as sent"');
  const box = page.locator('input[name=send]').first();
  await box.check();
  await box.uncheck();
  await nothing.waitFor();
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForSelector('.igf-tag[data-tag=sent]');
  assert.match(await page.textContent('.igf-tracks'), /My comments 0/, 'the badge counts what is still to send');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.igf-tag[data-tag=sent]');

  // An edit after sending makes it "changed since sent", and to send again.
  await page.click('.igf-card >> text=Edit');
  await page.waitForSelector('.igf-notice >> text=/^You sent this comment on .+\\. Changes you make now are not sent until you send it again\\.$/');
  await page.fill('#igf-field-text', `${text} One more thought.`);
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForSelector('.igf-tag[data-tag=changed] >> text=Changed since sent');
  assert.match(await page.textContent('.igf-tracks'), /My comments 1/);
  await page.context().close();
});

test('in Arabic on a phone, the confirmation shows the receipt whole, in order and on one line', async () => {
  const context = await browser.newContext({ bypassCSP: true, locale: 'ar', viewport: { width: 360, height: 740 } });
  const page = await withDrafts([comment('c-1', 1, 2, 'أؤيد هذا.')], { context });
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  const receipt = await page.textContent('.igf-receipt strong bdi');
  assert.match(receipt, /^IGF-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await clickMailLink(page, '#igf-send-start');
  await page.click('.igf-confirm .igf-button >> nth=0');
  await page.waitForSelector('.igf-panel');
  const shown = await page.$eval('.igf-panel-body bdi', (b) => ({ text: b.textContent, direction: getComputedStyle(b).direction, lines: b.getClientRects().length }));
  assert.deepEqual(shown, { text: receipt, direction: 'ltr', lines: 1 }, 'isolated, so its hyphens stay where they are');
  assert.deepEqual(await axe(page), [], 'confirmation panel in Arabic');
  await context.close();
});

test('a wording proposed, then left for another kind of comment, stays in the draft but is not sent', async () => {
  const page = await withDrafts([
    comment('c-1', 1, 2, 'I support this.', { proposedWording: 'A wording I then abandoned.' }),
    comment('c-2', 1, 3, 'Clearer so.', { kind: 'suggest-change', proposedWording: 'A wording I propose.' }),
  ]);
  const mail = parseMailto(await page.getAttribute('a:text-is("Send by email")', 'href'));
  const proposed = dataLines(mail.body).filter(([label]) => label === 'proposed-wording').map(([, value]) => value);
  assert.deepEqual(proposed, ['A wording I propose.'], 'only the suggested change sends its wording');
  assert.ok(!(await page.textContent('.igf-preview')).includes('abandoned'), 'nor does the preview show it');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('igf-messages:draft:c-1')).data.proposedWording);
  assert.equal(stored, 'A wording I then abandoned.', 'the draft keeps it, for a change back to "suggest a change"');
  await page.context().close();
});

test('a long package goes in three steps: copy, then open the email, then paste; nothing is cut', async () => {
  const long = 'A careful, long comment. '.repeat(116);
  const page = await withDrafts([comment('c-1', 1, 1, long), comment('c-2', 2, 3, long), comment('c-3', 3, 6, 'Short one, with "quotes".')]);
  await page.waitForSelector('text=Send it in three steps');
  assert.equal(await page.locator('a[href^="mailto:"]').count(), 0, 'no email opens before the text is copied');
  await page.click('button:text-is("Copy the email text")');
  await page.waitForSelector('text=Copied. Now open your email app.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.split(long.trim()).length - 1, 2, 'every long comment, whole');
  assert.match(copied, /^igf-messages-email: 1$/m);
  const short = parseMailto(await page.getAttribute('a:text-is("Open in your email app")', 'href'));
  assert.match(short.body, /^Paste the text you copied from the IGF Messages app here/);
  assert.deepEqual(await axe(page), [], 'three steps');

  await page.click('text=Other ways to send or save');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the email (.eml)')]);
  assert.match(download.suggestedFilename(), /^igf-messages-IGF-[0-9A-Z-]+\.eml$/);
  const eml = await readFile(await download.path(), 'utf8');
  assert.ok(!/[^\r]\n/.test(eml), 'CRLF only');
  const overlong = eml.split('\r\n').filter((l) => Buffer.byteLength(l) > 78);
  assert.deepEqual(overlong, [], 'every line 78 octets or under');
  assert.match(eml, /^To: igf@un\.org\r\nSubject: =\?UTF-8\?B\?/);
  const parts = eml.split(/--igf-messages-IGF-[0-9A-Z-]+/);
  const body = Buffer.from(parts[1].split('\r\n\r\n')[1].replace(/\r\n/g, ''), 'base64').toString('utf8');
  assert.equal(body.split(long.trim()).length - 1, 2, 'every comment, whole, in the text');
  const attached = JSON.parse(Buffer.from(parts[2].split('\r\n\r\n')[1].replace(/\r\n/g, ''), 'base64').toString('utf8'));
  assert.equal(attached.comments.length, 3);

  // The .eml is a way to send too: right there, it asks whether it went.
  const asked = page.locator('.igf-other-ways .igf-confirm');
  await asked.waitFor();
  await page.waitForFunction(() => document.activeElement.id === 'igf-confirm-other-title');
  assert.deepEqual(await axe(page), [], 'did you send the .eml');
  await asked.locator('text=Not yet').click();
  await page.waitForFunction(() => document.activeElement.id === 'igf-other-ways');
  assert.equal(await asked.count(), 0);
  await Promise.all([page.waitForEvent('download'), page.click('text=Download the email (.eml)')]);
  await asked.locator('text=Yes, mark as sent').click();
  await page.waitForSelector('.igf-panel >> text=Marked as sent');
  assert.match(await page.textContent('.igf-panel'), /3 comments/);

  // The email file the app saved brings the drafts back on another device.
  const fresh = await browser.newContext({ bypassCSP: true });
  const other = await fresh.newPage();
  await other.goto(`${url}#igf=comments`);
  await waitForApp(other);
  await other.setInputFiles('#igf-field-import', await download.path());
  await other.waitForSelector('text=Comments in the file: 3. Commitments: 0.');
  await other.click('button:text-is("Import")');
  await other.waitForSelector('text=Imported 3 drafts.');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 3);
  // The same file again: nothing is doubled, and the page says why nothing came in.
  await other.setInputFiles('#igf-field-import', await download.path());
  await other.waitForSelector('text=Drafts in the file that have the same id as one already here: 3.');
  // A screen reader says what the file holds, not every choice and button at once.
  assert.deepEqual(
    await other.locator('.igf-import [role=status]').allTextContents(),
    ['Comments in the file: 3. Commitments: 0.'],
    'only the summary is a live region'
  );
  await other.click('button:text-is("Import")');
  await other.waitForSelector('text=Imported 0 drafts.');
  await other.waitForSelector('text=3 drafts from the file were not imported: they are here already, and the copies here were kept.');
  assert.equal(await other.locator('.igf-card').count(), 3);
  // Nothing changed, so there is nothing to undo.
  assert.equal(await other.locator('.igf-import button:text-is("Undo this import")').count(), 0);
  assert.deepEqual(await axe(other), [], 'a file whose drafts are all here already');
  await fresh.close();
  await page.context().close();
});

test('a comment of 400 Russian letters goes in one tap, but in three steps on Windows, whose browsers hand a mail app about 2,000 characters', async () => {
  const text = 'Поддерживаю это послание: доверие к интернету зависит от ясных правил. '.repeat(8).slice(0, 400);
  const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
  for (const [userAgent, oneTap] of [[undefined, true], [windows, false]]) {
    const context = await browser.newContext({ bypassCSP: true, locale: 'ru', userAgent, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await withDrafts([comment('c-1', 1, 2, text)], { context });
    await page.waitForSelector('#igf-app[lang=ru]');
    await page.waitForSelector('#igf-send-start');
    const link = await page.$eval('#igf-send-start', (e) => e.getAttribute('href'));
    if (oneTap) {
      assert.ok(link?.startsWith('mailto:igf@un.org?'), 'the email app gets it all');
      const mail = parseMailto(link);
      assert.ok(mail.body.includes(text.trim()), 'the whole comment is in the link');
      assert.ok(link.length > 1800, `longer than Windows takes: ${link.length}`);
    } else {
      assert.equal(link, null, 'a button to copy, not a link');
      assert.equal(await page.locator('a[href^="mailto:"]').count(), 0, 'no email opens before the text is copied');
    }
    await context.close();
  }
});

test('when the browser refuses to copy, the text is shown to copy by hand, with the .eml, and no email opens', async () => {
  const long = 'A careful, long comment. '.repeat(116);
  const context = await browser.newContext({ bypassCSP: true, permissions: [], acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  const page = await withDrafts([comment('c-1', 1, 1, long), comment('c-2', 1, 2, long)], { context });
  await page.click('button:text-is("Copy the email text")');
  await page.waitForSelector('#igf-field-copy');
  assert.ok((await page.inputValue('#igf-field-copy')).includes(long.trim()));
  assert.equal(await page.locator('a[href^="mailto:"]').count(), 0, 'no paste email without a copy');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.igf-steps >> text=Download the email (.eml)')]);
  assert.match(download.suggestedFilename(), /\.eml$/);
  assert.deepEqual(await axe(page), [], 'copy refused');
  await context.close();
});

test('an unfinished commitment cannot be ticked, and an unfinished comment is not ticked for the person, who is told why, with a way to finish it', async () => {
  const unfinished = { id: 'k-1', capacity: null, organisation: { name: '', stakeholderGroup: null, authorised: false }, title: '', description: '', tracks: [], links: [], actions: [], measurement: '', partners: '', resources: '', sdgs: [], consentToPublish: false, created: 1, updated: 1, sent: null };
  const page = await withDrafts([comment('c-1', 1, 1, 'ready'), comment('c-2', 1, 2, 'x'.repeat(3001)), unfinished]);
  const box = (label) => page.locator('.igf-checkbox', { hasText: label }).locator('input');
  assert.equal(await box('Message 1.1').isChecked(), true);
  assert.equal(await box('Message 1.2').isChecked(), false, 'not finished: needs an explicit choice');
  assert.equal(await box('An untitled commitment').isDisabled(), true);
  assert.match(await page.textContent('.igf-checkbox:has-text("An untitled commitment")'), /Not finished, so it cannot be sent yet/);
  const why = page.locator('.igf-checkbox', { hasText: 'Message 1.2' }).locator('.igf-hint');
  assert.match(await why.textContent(), /must be 3,000 characters or fewer/, 'what is not finished');
  assert.equal(await box('Message 1.2').getAttribute('aria-describedby'), await why.getAttribute('id'), 'and the box is described by it');
  assert.equal(await why.locator('a').getAttribute('href'), '#igf=comments/c-2', 'the way to finish it');
  await box('Message 1.2').check();
  await page.waitForSelector('text=The email marks it “not finished”');
  assert.match(await page.textContent('.igf-preview-body'), /status: not finished/);
  assert.deepEqual(await axe(page), [], 'unfinished items');
  await page.context().close();
});

test('every finished draft still to send is ticked at first, a finished commitment beside a comment too', async () => {
  const ready = {
    id: 'k-ready', capacity: 'individual', organisation: { name: '', stakeholderGroup: null, authorised: false },
    title: 'Open fact-checking guide', description: 'We will publish a plain-language guide.', tracks: ['trust'], links: [],
    actions: [{ description: 'Draft the guide', due: '2021-06-30' }], measurement: '', partners: '', resources: '', sdgs: [9, 16],
    consentToPublish: true, created: 1, updated: 2, sent: null,
  };
  const page = await withDrafts([comment('c-1', 1, 1, 'ready'), ready, comment('c-sent', 1, 2, 'gone', { sent: 5 })]);
  const ticked = await page.$$eval('.igf-send input[type=checkbox]', (els) => els.filter((e) => e.checked).map((e) => e.value));
  assert.deepEqual(ticked.sort(), ['c-1', 'k-ready'], 'the commitment goes with the comment; what was sent stays unticked');
  assert.match(await page.textContent('.igf-preview-body'), /Open fact-checking guide/);
  // A box ticked or unticked after the email went takes the question back:
  // "Yes, mark as sent" would have marked what was not in it.
  await clickMailLink(page, 'a#igf-send-start');
  await page.waitForSelector('.igf-send-actions .igf-confirm');
  await page.locator('.igf-send input[value=k-ready]').uncheck();
  await page.waitForFunction(() => !document.querySelector('.igf-confirm'));
  await page.evaluate(() => { location.hash = '#igf=send/k-ready'; });
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelectorAll('.igf-send input[type=checkbox]:checked').length === 1);
  assert.equal(await page.$eval('.igf-send input[type=checkbox]:checked', (e) => e.value), 'k-ready', 'arriving to send one draft ticks that one');
  await page.context().close();
});

test('two comments on one message are told apart in what to send, by their first words', async () => {
  const long = `The second part needs data ${'and more data '.repeat(20)}`;
  const page = await withDrafts([comment('c-1', 1, 1, 'I support the <b>first</b> part.'), comment('c-2', 1, 1, long)]);
  const first = page.getByRole('checkbox', { name: /Message 1\.1.*I support the <b>first<\/b> part\./ });
  const second = page.getByRole('checkbox', { name: /Message 1\.1.*The second part needs data and more/ });
  assert.equal(await first.count(), 1, 'the first comment is named by its words, as text');
  assert.equal(await second.count(), 1);
  const shown = await page.locator('.igf-checkbox', { hasText: 'The second part' }).locator('label bdi.igf-muted').textContent();
  assert.ok(shown.endsWith('…') && shown.length <= 71, `a long comment is cut: ${shown}`);
  await second.uncheck();
  assert.doesNotMatch(await page.textContent('.igf-preview-body'), /The second part/, 'the box unticked is the comment left out');
  assert.match(await page.textContent('.igf-preview-body'), /I support the <b>first<\/b> part\./);
  assert.deepEqual(await axe(page), [], 'two comments on one message');
  // The live region is there before the last box is unticked, so that what then fills it is said.
  const region = await page.$('.igf-send > div[role=status]');
  assert.equal((await region.textContent()).trim(), '');
  await first.uncheck();
  await page.waitForFunction((r) => r.textContent.includes('Choose at least one'), region);
  await page.context().close();
});

test('a message with two draft comments links to My comments, where both are; with one, to that one', async () => {
  const page = await withDrafts([comment('c-1', 1, 1, 'First.'), comment('c-2', 1, 1, 'Second.'), comment('c-3', 1, 2, 'Only one.')]);
  await page.evaluate(() => { location.hash = '#igf=trust/q1/m1'; });
  const two = page.locator('#igf-trust-q1-m1 .igf-draft-badge');
  await two.waitFor();
  assert.equal(await two.textContent(), 'You have 2 draft comments on this. My comments');
  assert.equal(await two.locator('a').getAttribute('href'), '#igf=comments', 'not only one of the two');
  const one = page.locator('#igf-trust-q1-m2 .igf-draft-badge');
  assert.equal(await one.textContent(), 'You have a draft comment on this. Edit your comment');
  assert.equal(await one.locator('a').getAttribute('href'), '#igf=comments/c-3');
  await page.context().close();
});

test('a file of commitments imported on My comments, which lists comments only, says where they went, with a link there', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, 'x')]);
  await page.click('text=Other ways to send or save');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  await page.context().close();
  const commitment = { id: 'k-1', capacity: null, organisation: { name: 'Clinics', stakeholderGroup: null, authorised: false }, title: 'Digital clinics', description: '', tracks: [], links: [], actions: [], measurement: '', partners: '', resources: '', sdgs: [], consentToPublish: false, created: 1, updated: 1, sent: null };
  const file = join(await mkdtemp(join(tmpdir(), 'igf-')), 'commitments.json');
  await writeFile(file, JSON.stringify({ ...data, comments: [], commitments: [commitment] }));
  const other = await (await browser.newContext({ bypassCSP: true })).newPage();
  await other.goto(`${url}#igf=comments`);
  await waitForApp(other);
  await other.setInputFiles('#igf-field-import', file);
  await other.waitForSelector('text=Comments in the file: 0. Commitments: 1.');
  await other.click('button:text-is("Import")');
  await other.waitForSelector('text=Imported 1 draft.');
  await other.click('#igf-import-result a:text-is("See the commitments in My commitments")');
  await other.waitForSelector('.igf-card-title >> text=Digital clinics');
  await other.context().close();
});

test('JSON, CSV and Markdown exports, and the JSON comes back in by import', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, '=HYPERLINK("http://evil")'), comment('c-2', 2, 1, '<script>alert(1)</script>')]);
  const save = async (label) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`text=${label}`)]);
    return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8'), path: await d.path() };
  };
  await page.click('text=Other ways to send or save');
  const json = await save('Download JSON');
  const data = JSON.parse(json.text);
  assert.equal(data.format, 'igf-messages');
  assert.equal(data.schema, 1);
  assert.equal(data.comments.length, 2);
  const csv = await save('Download CSV');
  assert.ok(csv.text.startsWith('\ufeffrecord,receipt,track,document_version,question_number,question_text'));
  assert.match(csv.text, /,"'=HYPERLINK\(""http:\/\/evil""\)",/);
  assert.equal(csv.text.split('\r\n').filter(Boolean).length, 3);
  const md = await save('Download Markdown');
  assert.ok(!md.text.includes('<script>'), 'no HTML from user text');
  assert.match(md.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);

  // A new device: import the JSON.
  const fresh = await browser.newContext({ bypassCSP: true });
  const other = await fresh.newPage();
  await other.goto(`${url}#igf=comments`);
  await waitForApp(other);
  await other.setInputFiles('#igf-field-import', json.path);
  await other.waitForSelector('text=Comments in the file: 2. Commitments: 0.');
  // The whole app took over to read it; focus is back where the file was chosen.
  await other.waitForFunction(() => document.activeElement.id === 'igf-field-import');
  assert.equal(await other.isChecked('#igf-field-import-sender'), false, 'the file\'s sender is not taken unasked');
  await other.check('#igf-field-import-sender');
  await other.click('button:text-is("Import")');
  await other.waitForSelector('text=Imported 2 drafts.');
  await other.waitForFunction(() => document.activeElement.id === 'igf-import-result');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  assert.match(await other.textContent('.igf-card:nth-child(2) .igf-card-text'), /<script>alert\(1\)<\/script>/, 'shown as text');
  assert.match(await other.textContent('.igf-details-line'), /Amina Diallo/, 'details came along');
  await other.reload();
  await waitForApp(other);
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);

  // Importing the same file again: ids clash. Cancel first: focus goes back to the file input.
  await other.setInputFiles('#igf-field-import', json.path);
  await other.waitForSelector('text=Drafts in the file that have the same id as one already here: 2.');
  const clashes = await other.textContent('.igf-clashes');
  assert.match(clashes, /here and in the file: the same copy/, 'the same time is not called newer');
  assert.match(clashes, /Message 1\.2, Trust: changed/, 'each draft named as everywhere else, not by its id');
  await other.click('.igf-import button:text-is("Cancel")');
  await other.waitForFunction(() => document.activeElement.id === 'igf-field-import');
  // Then keep both.
  await other.setInputFiles('#igf-field-import', json.path);
  await other.waitForSelector('text=Drafts in the file that have the same id as one already here: 2.');
  assert.equal(await other.isChecked('text=Keep the newer copy of each'), true, 'the newer copy is kept unless the person says otherwise');
  assert.deepEqual(await axe(other), [], 'import conflicts');
  await other.check('text=Keep both');
  await other.click('button:text-is("Import")');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 4);
  // Undo, straight after: the two copies go again.
  await other.click('text=Undo this import');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  await other.waitForFunction(() => document.activeElement.id === 'igf-import-result'
    && document.activeElement.textContent.includes('undone'));
  await fresh.close();
  await page.context().close();
});

test('a bad file is refused with a reason and changes nothing', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, 'keep me')]);
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForSelector('.igf-card');
  const dir = await mkdtemp(join(tmpdir(), 'igf-'));
  const cases = [
    ['empty.json', '', /The file is empty/],
    ['text.json', 'hello', /not saved by this app\. Choose the JSON file it exported, or the email file \(\.eml\)/],
    ['junk.eml', '%PDF-1.7\n%binary', /not saved by this app/],
    ['cut.json', '{"format":"igf-messages","sch', /not valid JSON/],
    ['other.json', '{"format":"something"}', /not an export from this app/],
    ['other.eml', 'From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello', /an email, but it carries no drafts/],
    ['newer.json', '{"format":"igf-messages","schema":9}', /newer version of this app \(schema 9\)/],
    ['deep.json', '['.repeat(10000) + ']'.repeat(10000), /damaged or cut short/],
    ['bad-field.json', JSON.stringify({ format: 'igf-messages', schema: 1, comments: [{ id: 'x' }], commitments: [] }), /problem in comments\[0\]/],
  ];
  for (const [name, content, reason] of cases) {
    await writeFile(join(dir, name), content);
    await page.setInputFiles('#igf-field-import', join(dir, name));
    await page.waitForSelector('.igf-import [role=alert]');
    const message = await page.textContent('.igf-import [role=alert]');
    assert.match(message, reason, name);
    assert.match(message, /Nothing was imported/);
  }
  assert.deepEqual(await axe(page), [], 'import error');
  assert.equal(await page.locator('.igf-card').count(), 1);
  const big = join(dir, 'big.json');
  await writeFile(big, Buffer.alloc(6 * 1024 * 1024, 32));
  await page.setInputFiles('#igf-field-import', big);
  await page.waitForSelector('.igf-import [role=alert] >> text=Files of up to 5 MB');
  await page.context().close();
});

test('the embedding site can set the recipient', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  await context.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('id=igf-messages', 'id=igf-messages data-recipient=messages@example.org');
    await route.fulfill({ response, body: html });
  });
  const page = await withDrafts([comment('c-1', 1, 2, 'x')], { context });
  assert.match(await page.textContent('.igf-preview-head'), /To: messages@example\.org/);
  const mail = parseMailto(await page.getAttribute('a:text-is("Send by email")', 'href'));
  assert.equal(mail.to, 'messages@example.org');
  assert.match(await page.textContent('.igf-view'), /sends your email to messages@example\.org, not to the IGF Secretariat/);
  assert.match(await page.textContent('.igf-view'), /exactly as it will be sent to messages@example\.org/);
  await context.close();
});

test('no link decides where the email goes: a recipient in the URL is ignored, and a lookalike address is refused', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, 'x')], { path: '?igf-recipient=x@evil.example&igf-comment-deadline=2000-01-01' });
  assert.equal(parseMailto(await page.getAttribute('a:text-is("Send by email")', 'href')).to, 'igf@un.org');
  assert.equal(await page.locator('text=not to the IGF Secretariat').count(), 0);
  await page.context().close();

  const context = await browser.newContext({ bypassCSP: true });
  await context.route(url, async (route) => {
    const response = await route.fetch();
    // A Cyrillic "о" in "un.оrg" looks the same on screen.
    const html = (await response.text()).replace('id=igf-messages', 'id=igf-messages data-recipient=igf@un.\u043erg');
    await route.fulfill({ response, body: html });
  });
  const lookalike = await withDrafts([comment('c-1', 1, 2, 'x')], { context });
  assert.equal(parseMailto(await lookalike.getAttribute('a:text-is("Send by email")', 'href')).to, 'igf@un.org');
  await context.close();
});

test('before the details are given, the send page asks for them once, under How to send', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, 'x')], { profile: { name: '', email: '' } });
  await page.waitForSelector('.igf-send h2');
  assert.equal(await page.locator('.igf-notice:has(a:text-is("Add your details"))').count(), 1, 'one notice, one link');
  assert.equal(await page.locator('a:text-is("Send by email")').count(), 0);
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test('the receipt is never broken at a hyphen, on the screen or in the email preview, subject and body,, at 320 px with the browser text size at 200 %', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, 'x')]);
  await page.setViewportSize({ width: 320, height: 800 });
  // The root's size is `medium`, the browser's own text size setting: 32 px is that setting at 200 %.
  await page.addStyleTag({ content: '.igf-root { font-size: 32px !important; }' });
  // How many rows each receipt's text takes.
  const rows = await page.$$eval('.igf-receipt bdi, .igf-preview-head span, .igf-preview-body .igf-line bdi', (els) => els
    .filter((e) => /^\[?IGF-[0-9A-Z]{5}-[0-9A-Z]{5}\]?$/.test(e.textContent))
    .map((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      const where = e.closest('.igf-receipt') ? 'screen' : e.closest('.igf-preview-head') ? 'subject' : 'body';
      return [where, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
    }));
  assert.deepEqual(rows, [['screen', 1], ['subject', 1], ['body', 1]]);
  await page.context().close();
});

test('a right-to-left override in a name reorders nothing around it: the name is isolated in the page and in the subject', async () => {
  const name = 'Amina \u202Egnol';
  const page = await withDrafts([comment('c-1', 1, 2, 'x')], { profile: { ...PROFILE, name } });
  const isolated = await page.$$eval('.igf-details-line bdi', (els) => els.map((e) => e.textContent));
  assert.deepEqual(isolated, [name, 'amina@example.org'], 'the name and address sit in their own <bdi>');
  assert.equal(await page.$eval('.igf-details-line a', (a) => a.closest('bdi')), null, 'the app\'s own Change link is outside them');
  const receipt = await page.textContent('.igf-receipt strong');
  assert.ok(!receipt.includes('\u202E'), 'the receipt line holds no user text');
  const mail = parseMailto(await page.getAttribute('a:text-is("Send by email")', 'href'));
  assert.ok(mail.subject.includes('\u2068Amina gnol\u2069'), `the subject isolates the name: ${JSON.stringify(mail.subject)}`);
  assert.ok(!mail.subject.includes('\u202E'), 'and drops the override from the header');
  assert.match(mail.subject, /\[IGF-[0-9A-Z]{5}-[0-9A-Z]{5}\]$/, 'the receipt stays at the end');
  assert.deepEqual(await axe(page), [], 'override in a name');
  await page.context().close();
});

/** An export file in the app's JSON format holding these comments. */
async function exportFile(name, comments) {
  const dir = await mkdtemp(join(tmpdir(), 'igf-'));
  const path = join(dir, name);
  await writeFile(path, JSON.stringify({ format: 'igf-messages', schema: 1, receipt: 'IGF-00000-00000', exportedAt: 0, recipient: 'igf@un.org', sender: null, comments, commitments: [] }));
  return path;
}

test('imported drafts about text the app does not have need attention, and say why', async () => {
  const page = await withDrafts([]);
  await page.goto(`${url}#igf=comments`);
  await page.waitForSelector('#igf-field-import');
  const noMessage = comment('c-q9', 1, 1, 'On a message no version has.', { target: { ...comment('x', 1, 1, '').target, question: 9, messageId: 'trust-q9-m99' } });
  const noTrack = comment('c-data', 1, 1, 'On a track with no document.', { target: { type: 'document', track: 'data', version: 'Version 1' } });
  const fine = comment('c-fine', 1, 2, 'On a message that exists.');
  await page.setInputFiles('#igf-field-import', await exportFile('targets.json', [noMessage, noTrack, fine]));
  await page.click('button:text-is("Import")');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 3);
  const cards = await page.$$eval('.igf-card', (els) => els.map((e) => e.textContent));
  const card = (text) => cards.find((c) => c.includes(text));
  assert.match(card('no version has'), /Needs attention/);
  assert.match(card('no version has'), /There is no message 9\.99 in Version 1 of the Trust Messages\./);
  assert.match(card('no document'), /Needs attention/);
  assert.match(card('no document'), /The Data Messages are not published in this app/);
  assert.match(card('that exists'), /Ready to send/);
  assert.deepEqual(await axe(page), [], 'cards needing attention');
  await page.click('.igf-view a.igf-button:text-is("Review and send")');
  await page.waitForSelector('.igf-send input[type=checkbox]');
  const ticked = await page.$$eval('.igf-send input[type=checkbox]', (els) => els.filter((e) => e.checked).map((e) => e.value));
  assert.deepEqual(ticked, ['c-fine'], 'only the draft about existing text is ticked for the person');
  assert.match(await page.textContent('.igf-send fieldset'), /There is no message 9\.99/);
  assert.deepEqual(await axe(page), [], 'send page with drafts needing attention');
  await page.context().close();
});

test('a large import shows its progress, and the lists come a page at a time', async () => {
  const page = await withDrafts([]);
  await page.goto(`${url}#igf=comments`);
  await page.waitForSelector('#igf-field-import');
  const many = Array.from({ length: 1200 }, (_, i) => comment(`c-many-${i}`, 1, 1, `Comment number ${i}.`, { updated: 1 + i }));
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('#igf-import-progress');
      if (bar) window.__progress.push(document.querySelector('.igf-import [role=status]').textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.setInputFiles('#igf-field-import', await exportFile('many.json', many));
  await page.waitForSelector('.igf-import >> text=Comments in the file: 1,200. Commitments: 0.');
  await page.click('button:text-is("Import")');
  await page.waitForSelector('.igf-import >> text=Imported 1200 drafts.');
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((p) => /Reading the file: 500 of 1200 drafts/.test(p)), `reading progress was shown: ${progress.slice(0, 3)}`);
  assert.ok(progress.some((p) => /Adding the drafts: 200 of 1200/.test(p)), 'adding progress was shown');
  assert.equal(await page.locator('.igf-card').count(), 50, 'the first page of cards');
  await page.click('text=Show 50 more (1150 not shown)');
  assert.equal(await page.locator('.igf-card').count(), 100);
  assert.deepEqual(await axe(page), [], 'a long list of cards');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.igf-card');
  assert.match(await page.textContent('.igf-view'), /1150 not shown/, 'every imported draft was stored');
  await page.click('.igf-view a.igf-button:text-is("Review and send")');
  await page.waitForSelector('.igf-send input[type=checkbox]');
  assert.equal(await page.locator('.igf-send input[type=checkbox]').count(), 50, 'the picker shows a page');
  assert.match(await page.textContent('.igf-send'), /1200 items/, 'the email is summarised, not drawn');
  await page.context().close();
});
