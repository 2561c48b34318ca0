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
async function withDrafts(drafts, { context, permissions = ['clipboard-read', 'clipboard-write'] } = {}) {
  const ctx = context ?? await browser.newContext({ bypassCSP: true, permissions, acceptDownloads: true });
  await ctx.addInitScript(([drafts, profile]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const env = (kind, data) => JSON.stringify({ schema: 2, kind, rev: 1, tab: 'seed', savedAt: 1, data });
    localStorage.setItem('igf-messages:profile', env('profile', profile));
    for (const d of drafts) localStorage.setItem(`igf-messages:draft:${d.id}`, env(d.actions ? 'commitment' : 'comment', d));
  }, [drafts, PROFILE]);
  const page = await ctx.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${url}#igf=send`);
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

test('Open in your email app: the full text is copied, the mail link carries the paste instructions, nothing is cut', async () => {
  const text = 'Agreed & more? #1 100% + = ✓\nمرحبا 你好 Привет 😀';
  const page = await withDrafts([comment('c-1', 1, 2, text)], { permissions: ['clipboard-read', 'clipboard-write'] });
  const receipt = (await page.textContent('.igf-receipt strong')).replace('Your receipt: ', '');
  assert.match(receipt, /^IGF-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  assert.deepEqual(await axe(page), [], 'review and send');
  const preview = await page.textContent('.igf-preview-body');
  assert.match(preview, /\n> Users and nations must be able to trust on a well-protected/, 'quotes the message');
  assert.ok(preview.includes(text), 'the comment, whole');
  const block = preview.split('----- BEGIN IGF MESSAGES DATA (JSON) -----\n')[1].split('\n----- END IGF MESSAGES DATA -----')[0];
  const data = JSON.parse(block);
  assert.equal(data.receipt, receipt);
  assert.equal(data.comments[0].text, text);

  // With its data block even one comment is past the safe link length, so the
  // button copies everything and opens a short email saying where to paste it.
  const href = await page.getAttribute('a:text-is("Open in your email app")', 'href');
  assert.ok(href.length <= 1800, `${href.length}`);
  const mail = parseMailto(href);
  assert.equal(mail.to, 'igf@un.org');
  assert.equal(mail.subject, `IGF 2020 Messages, Trust: 1 comment from Amina Diallo [${receipt}]`);
  assert.equal(mail.body, `Paste the text you copied from the IGF Messages app here, then send this email.\r\n\r\nReceipt: ${receipt}`);
  assert.doesNotMatch(href.split('?')[1], /[ \n]/);
  await clickMailLink(page, 'a:text-is("Open in your email app")');
  await page.waitForSelector('text=The full text is on your clipboard');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), preview);

  // Nothing is marked sent by a click: the person confirms.
  await page.waitForSelector('text=Did you send it?');
  assert.deepEqual(await axe(page), [], 'confirm sending');
  await page.click('text=Yes, mark as sent');
  await page.waitForSelector('text=Marked as sent on');
  await page.click('.igf-tracks >> text=My comments');
  await page.waitForSelector('.igf-tag-sent');
  assert.match(await page.textContent('.igf-card'), /Sent on .*Agreed & more/s, 'the content is kept');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.igf-tag-sent');
  await page.context().close();
});

test('a long package never truncates: .eml, clipboard, short mail link', async () => {
  const long = 'A careful, long comment. '.repeat(60);
  const page = await withDrafts([comment('c-1', 1, 1, long), comment('c-2', 2, 3, long), comment('c-3', 3, 6, 'Short one, with "quotes".')]);
  await page.waitForSelector('text=too long to hand to every email app whole');
  const short = parseMailto(await page.getAttribute('a:text-is("Open your email app with instructions only")', 'href'));
  assert.match(short.body, /^Paste the text you copied from the IGF Messages app here/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the email (.eml)')]);
  assert.match(download.suggestedFilename(), /^igf-messages-IGF-[0-9A-Z-]+\.eml$/);
  const eml = await readFile(await download.path(), 'utf8');
  assert.ok(!/[^\r]\n/.test(eml), 'CRLF only');
  assert.ok(eml.split('\r\n').every((l) => l.length <= 998));
  assert.match(eml, /^To: igf@un\.org\r\nSubject: =\?UTF-8\?B\?/);
  assert.match(eml, /\r\nX-Unsent: 1\r\n/);
  const subject = eml.split('\r\nSubject: ')[1].split('\r\nX-Unsent')[0].split('\r\n ')
    .map((w) => Buffer.from(w.slice('=?UTF-8?B?'.length, -2), 'base64').toString('utf8')).join('');
  assert.match(subject, /^IGF 2020 Messages, Trust: 3 comments from Amina Diallo \[IGF-/);
  const parts = eml.split(/--igf-messages-IGF-[0-9A-Z-]+/);
  const body = Buffer.from(parts[1].split('\r\n\r\n')[1], 'base64').toString('utf8');
  assert.equal(body.split(long.trim()).length - 1, 4, 'every comment, whole: in the text and in the data');
  const attached = JSON.parse(Buffer.from(parts[2].split('\r\n\r\n')[1], 'base64').toString('utf8'));
  assert.equal(attached.comments.length, 3);

  await page.click('text=Copy the email text');
  await page.waitForSelector('text=Copied. Paste it into a new email to igf@un.org');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.textContent('.igf-preview-body'));
  assert.deepEqual(await axe(page), [], 'long package');
  await page.context().close();
});

test('JSON, CSV and Markdown exports, and the JSON comes back in by import', async () => {
  const page = await withDrafts([comment('c-1', 1, 2, '=HYPERLINK("http://evil")'), comment('c-2', 2, 1, '<script>alert(1)</script>')]);
  const save = async (label) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`text=${label}`)]);
    return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8'), path: await d.path() };
  };
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
  assert.match(md.text, /\\<script\\>alert\(1\)\\<\/script\\>/);

  // A new device: import the JSON.
  const fresh = await browser.newContext({ bypassCSP: true });
  const other = await fresh.newPage();
  await other.goto(`${url}#igf=comments`);
  await waitForApp(other);
  await other.setInputFiles('#igf-field-import', json.path);
  await other.waitForSelector('text=The file holds 2 comments and 0 commitments.');
  await other.click('button:text-is("Import")');
  await other.waitForSelector('text=Imported 2 drafts.');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  assert.match(await other.textContent('.igf-card:nth-child(2) .igf-card-text'), /<script>alert\(1\)<\/script>/, 'shown as text');
  assert.match(await other.textContent('.igf-details-line'), /Amina Diallo/, 'details came along');
  await other.reload();
  await waitForApp(other);
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);

  // Importing the same file again: ids clash; keep both.
  await other.setInputFiles('#igf-field-import', json.path);
  await other.waitForSelector('text=2 of them have the same id as drafts already here.');
  assert.deepEqual(await axe(other), [], 'import conflicts');
  await other.check('text=Keep both');
  await other.click('button:text-is("Import")');
  await other.waitForFunction(() => document.querySelectorAll('.igf-card').length === 4);
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
    ['text.json', 'hello', /not valid JSON/],
    ['other.json', '{"format":"something"}', /not an export from this app/],
    ['newer.json', '{"format":"igf-messages","schema":9}', /newer version of this app \(schema 9\)/],
    ['deep.json', '['.repeat(10000) + ']'.repeat(10000), /nested too deeply/],
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
  const mail = parseMailto(await page.getAttribute('a:text-is("Open in your email app")', 'href'));
  assert.equal(mail.to, 'messages@example.org');
  assert.match(await page.textContent('.igf-view'), /exactly as it will be sent to messages@example\.org/);
  await context.close();
});
