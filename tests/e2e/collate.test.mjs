// The Secretariat's desk (collate.html): real files made by the app itself
// (.eml, JSON, the email text, a mailbox of them), added by the file input,
// by a drop and by pasting; the counts, the duplicates, what could not be
// read, the CSV; the set kept across a reload; clearing; storage faults;
// axe in English and Arabic; and the public page that never loads any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axe, readMessages, trustSource, useApp, waitForApp } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});
const seed = readMessages(trustSource());

const PEOPLE = {
  amina: { name: 'Amina Diallo', email: 'amina@example.org', organisation: 'Example Org', stakeholderGroup: 'civil-society', region: 'african', country: 'Senegal', gender: 'female', publishName: true },
  bob: { name: 'Bob Secret', email: 'bob@example.org', organisation: '', stakeholderGroup: 'government', region: 'weog', country: 'France', gender: null, publishName: false },
  carol: { name: 'Carol Chen', email: 'carol@example.org', organisation: '', stakeholderGroup: 'technical-community', region: 'asia-pacific', country: 'Malaysia', gender: null, publishName: true },
};

/** The fingerprint of each message, as the reader shows it. */
async function fingerprints() {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  await waitForApp(page);
  const found = Object.fromEntries(await page.$$eval('li.igf-message', (items) => items.map((li) => [li.id.replace(/^igf-/, ''), li.dataset.fingerprint])));
  await ctx.close();
  return found;
}

function comment(prints, id, kind, text, where, extra = {}) {
  const [q, m] = where ?? [];
  const target = !q ? { type: 'document', track: 'trust', version: 'Version 1' }
    : !m ? { type: 'missing-point', track: 'trust', version: 'Version 1', question: q, quote: seed[q - 1].text }
      : { type: 'message', track: 'trust', version: 'Version 1', question: q, messageId: `trust-q${q}-m${m}`, fingerprint: prints[`trust-q${q}-m${m}`], quote: seed[q - 1].messages[m - 1] };
  return { id, kind, text, proposedWording: '', references: [], language: 'en', created: 1, updated: 2, sent: null, target, ...extra };
}

const COMMITMENT = {
  id: 'k-1', capacity: 'individual', organisation: { name: '', stakeholderGroup: null, authorised: false },
  title: 'Open fact-checking guide', description: 'We will publish a plain-language guide.', tracks: ['trust'], links: [],
  actions: [{ description: 'Draft the guide', due: '2021-06-30' }], measurement: '', partners: '', resources: '', sdgs: [9, 16],
  consentToPublish: true, created: 1, updated: 2, sent: null,
};

/** What the app's send screen gives for these drafts: the .eml, the JSON and the email text. */
async function sent(profile, drafts) {
  const ctx = await browser.newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  await ctx.addInitScript(([drafts, profile]) => {
    const env = (kind, data) => JSON.stringify({ schema: 2, kind, rev: 1, tab: 'seed', savedAt: 1, data });
    localStorage.setItem('igf-messages:profile', env('profile', profile));
    for (const d of drafts) localStorage.setItem(`igf-messages:draft:${d.id}`, env(d.actions ? 'commitment' : 'comment', d));
  }, [drafts, profile]);
  const page = await ctx.newPage();
  await page.goto(`${url}#igf=send`);
  await waitForApp(page);
  // Comments are ticked for sending; a commitment, when there are comments, is the person's choice.
  for (const k of drafts.filter((d) => d.actions)) await page.locator('.igf-checkbox', { hasText: k.title }).locator('input').check();
  await page.click('.igf-other-ways summary');
  const download = async (label) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`.igf-other-ways >> text=${label}`)]);
    return readFile(await d.path(), 'utf8');
  };
  const eml = await download('Download the email (.eml)');
  const json = await download('Download JSON');
  await page.click('.igf-other-ways >> text=Copy the email text');
  await page.waitForSelector('.igf-copy-result p');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await ctx.close();
  return { eml, json, text };
}

/** A mailbox holding these emails, each opened by a `From ` line, body lines starting "From " escaped. */
function mbox(emails) {
  return emails.map(([from, mail]) => {
    const lines = mail.replace(/\r\n/g, '\n').split('\n').map((l) => (/^>*From /.test(l) ? `>${l}` : l));
    return `From ${from} Mon Nov 23 10:00:00 2020\n${lines.join('\n')}\n\n`;
  }).join('');
}

const file = (name, text) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') });

let fixtures;
async function makeFixtures() {
  if (fixtures) return fixtures;
  const prints = await fingerprints();
  const amina = await sent(PEOPLE.amina, [
    comment(prints, 'c-a1', 'support', 'We support this message.', [1, 2]),
    comment(prints, 'c-a2', 'suggest-change', 'Say it more plainly.', [1, 2], { proposedWording: `${seed[0].messages[1].split(' ').slice(0, 6).join(' ')} plainly and openly.` }),
    COMMITMENT,
  ]);
  const bob = await sent(PEOPLE.bob, [
    comment(prints, 'c-b1', 'disagree', 'I disagree with this. Write to me at bob.s@example.org', [1, 2]),
    comment(prints, 'c-b2', 'point-missing', 'Nothing is said about small businesses.', [2]),
  ]);
  const carol = await sent(PEOPLE.carol, [comment(prints, 'c-c1', 'question', 'Who will follow this up?')]);
  const hello = 'From: dan@example.org\nSubject: Hello\n\nFrom the IGF, just a note without any data.\n';
  fixtures = {
    bob,
    files: [
      file('amina.eml', amina.eml),
      file('amina.json', amina.json),
      file('bob.txt', bob.text),
      file('notes.txt', 'My own notes for the meeting, not an email from the app.'),
    ],
    mbox: mbox([['carol@example.org', carol.eml], ['dan@example.org', hello]]),
  };
  return fixtures;
}

async function openDesk(ctx, query = '') {
  const page = await ctx.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.goto(`${url}collate.html${query}`);
  await waitForApp(page);
  return page;
}

/** Waits until the reading is done and the collation holds `n` packages. */
async function holds(page, n) {
  await page.waitForFunction((n) => document.querySelector('.igf-reading-total')?.textContent.endsWith(`This collation holds ${n} package${n === 1 ? '' : 's'}.`)
    && !document.querySelector('#igf-reading-bar'), n);
}

async function stats(page) {
  return Object.fromEntries(await page.$$eval('.igf-stat', (all) => all.map((s) => [s.querySelector('dt').textContent, Number(s.querySelector('dd').textContent)])));
}

/** A minimal RFC 4180 reader. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { row.push(cell); cell = ''; }
    else if (c === '\r' && !quoted && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += c;
  }
  return rows;
}

test('files made by the app, chosen, dropped and pasted, are collated; the set survives a reload; clearing asks first', async () => {
  const { files, mbox: box, bob } = await makeFixtures();
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openDesk(ctx);
  assert.match(await page.textContent('.igf-privacy-line'), /Nothing is sent anywhere/);
  assert.deepEqual(await axe(page), [], 'empty desk');

  await page.setInputFiles('#igf-files', files);
  await holds(page, 2);
  await page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name));
    document.querySelector('h1').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name: 'inbox.mbox', text: box });
  await holds(page, 3);
  await page.fill('#igf-paste', bob.text);
  await page.click('text=Add this text');
  await page.waitForFunction(() => /2 emails or files repeated/.test(document.querySelector('#igf-duplicates-notice')?.textContent ?? ''));
  await holds(page, 3);
  assert.equal(await page.textContent('.igf-reading-total'),
    'From what you just added: new packages 0, not readable 0, already in the collation 1. This collation holds 3 packages.',
    'a paste that adds nothing new says so');

  assert.deepEqual(await stats(page), {
    Packages: 3, People: 3, Comments: 5, Commitments: 1, 'Duplicates set aside': 2, 'Changed after sending': 0,
    'Replaced by a later version': 0, 'Could not be read': 2,
  });
  const unreadable = await page.$$eval('.igf-unreadable-list li', (li) => li.map((l) => l.textContent));
  assert.deepEqual(unreadable, [
    'notes.txt: it holds no comments or commitments from the IGF Messages app.',
    'inbox.mbox, email 2: it holds no comments or commitments from the IGF Messages app.',
  ]);
  const kinds = await page.$$eval('.igf-tally:first-of-type tbody tr', (rows) => rows.map((r) => r.textContent));
  assert.deepEqual(kinds, ['Support1', 'Suggested change1', 'Disagreement1', 'Point missing1', 'Question1']);
  assert.match(await page.textContent('.igf-most-commented li'), /Trust, Version 1, message 1\.2: 3 comments/);
  assert.deepEqual(await axe(page), [], 'collated');

  // Filters narrow the counts as they change.
  await page.selectOption('#igf-filter-region', 'weog');
  await page.waitForFunction(() => document.querySelector('.igf-filter-summary').textContent === 'Comments: 2. Commitments: 0. People: 1.');
  await page.selectOption('#igf-filter-kind', 'disagree');
  await page.waitForFunction(() => document.querySelector('.igf-filter-summary').textContent === 'Comments: 1. Commitments: 0. People: 1.');
  await page.click('text=Clear the filters');
  await page.waitForFunction(() => document.querySelector('.igf-filter-summary').textContent === 'Comments: 5. Commitments: 1. People: 3.');

  // A message's comments: kinds, the proposed wording as a word diff, names only with consent.
  await page.click('button:has-text("Show the 3 comments")');
  const list = page.locator('.igf-desk-message .igf-desk-comments');
  await list.waitFor();
  const shown = await list.textContent();
  assert.match(shown, /Amina Diallo, Civil society, African Group, in amina\.eml/);
  assert.match(shown, /Name not published, Government, Western European and Others Group \(WEOG\), in bob\.txt/);
  assert.ok(!shown.includes('Bob Secret'), 'no name without consent');
  assert.ok(await list.locator('.igf-diff ins').count() > 0, 'proposed wording as a word diff');
  assert.match(await page.textContent('.igf-desk-commitments'), /Open fact-checking guide.*Draft the guide \(by 2021-06-30\)/s);
  assert.deepEqual(await axe(page), [], 'comments shown');

  // The CSV: one row per comment and per commitment action, duplicates left out.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  assert.match(csvDownload.suggestedFilename(), /^igf-collation-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv((await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, ''));
  const col = (name) => rows[0].indexOf(name);
  assert.equal(rows.length, 1 + 5 + 1);
  assert.deepEqual(rows.slice(1).map((r) => r[col('record')]), ['comment', 'comment', 'commitment-action', 'comment', 'comment', 'comment']);
  assert.ok(rows.slice(1).every((r) => r[col('package_status')] === 'ok' && r[col('receipt')] === r[col('package_receipt')]));
  const bobs = rows.find((r) => r[col('comment_id')] === 'c-b1');
  assert.equal(bobs[col('current_message_id')], 'trust-q1-m2');
  assert.equal(bobs[col('quoted_text')], seed[0].messages[1], 'read from the email text, the quote comes from the document');
  const [report] = await Promise.all([page.waitForEvent('download'), page.click('text=Download report (Markdown)')]);
  const md = await readFile(await report.path(), 'utf8');
  assert.match(md, /^# Comments received on the IGF 2020 Trust Messages, Version 1/);
  assert.ok(!md.includes('@'), 'no email address in the report');

  // Kept in the browser: a reload reads the same set back.
  await page.reload();
  await waitForApp(page);
  await holds(page, 3);
  assert.equal((await stats(page))['Duplicates set aside'], 2);
  assert.match(await page.textContent('.igf-keeping'), /6 files and pasted texts are kept in this browser/);

  // Clearing asks first, then leaves nothing.
  await page.click('button:text-is("Clear this collation")');
  await page.waitForSelector('h2:text-is("Clear this collation?")');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Clear this collation?');
  assert.deepEqual(await axe(page), [], 'confirming');
  await page.click('text=No, keep it');
  await holds(page, 3);
  await page.click('button:text-is("Clear this collation")');
  await page.click('text=Yes, clear it');
  await page.waitForSelector('text=The collation was cleared.');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('text=Nothing added yet.');
  assert.equal(await page.locator('.igf-overview').count(), 0);
  assert.deepEqual(page.problems, []);
  await ctx.close();
});

/**
 * `text` in a mail program's legacy charset, encoded with the table read back
 * from Node's own decoder for it (Node has no encoder but UTF-8's).
 */
function encodeIn(label, text) {
  const decoder = new TextDecoder(label);
  const table = new Map();
  const learn = (...bytes) => {
    const c = decoder.decode(Uint8Array.from(bytes));
    if ([...c].length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, bytes);
  };
  for (let a = 0; a < 256; a += 1) learn(a);
  if (label === 'gbk') for (let a = 0x81; a <= 0xfe; a += 1) for (let b = 0x40; b <= 0xfe; b += 1) learn(a, b);
  return Buffer.from([...text].flatMap((c) => {
    if (!table.has(c)) throw new Error(`${label} has no ${c}`);
    return table.get(c);
  }));
}

test('emails from mail programs set to the Arabic, Russian or Chinese charset are read like UTF-8 ones', async () => {
  const prints = await fingerprints();
  const said = { 'windows-1256': ['amina', 'من يموّل هذا؟'], 'windows-1251': ['bob', 'Кто это финансирует?'], gbk: ['carol', '谁为此提供资金？'] };
  const files = [];
  for (const [label, [who, words]] of Object.entries(said)) {
    const { text } = await sent(PEOPLE[who], [comment(prints, `c-${who}`, 'question', words)]);
    const head = `From: ${who}@example.org\r\nTo: igf@un.org\r\nSubject: IGF\r\nMIME-Version: 1.0\r\n`
      + `Content-Type: text/plain; charset=${label}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`;
    files.push({ name: `${label}.eml`, mimeType: 'message/rfc822', buffer: Buffer.concat([Buffer.from(head), encodeIn(label, text.replace(/\r?\n/g, '\r\n'))]) });
  }
  const page = await openDesk(await browser.newContext());
  await page.setInputFiles('#igf-files', files);
  await holds(page, 3);
  assert.equal(await page.locator('.igf-unreadable-list li').count(), 0, 'none is set aside as unreadable');
  for (const [, words] of Object.values(said)) await page.getByText(words, { exact: true }).first().waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an email text edited on the way is read, flagged as changed, and says which receipts differ', async () => {
  const { bob } = await makeFixtures();
  const stated = bob.text.match(/^receipt: (IGF-[0-9A-Z-]+)$/m)[1];
  const edited = bob.text.replace('text: I disagree with this.', 'text: I strongly disagree with this.');
  assert.notEqual(edited, bob.text);
  const ctx = await browser.newContext();
  const page = await openDesk(ctx);
  await page.setInputFiles('#igf-files', [file('edited.txt', edited)]);
  await holds(page, 1);
  assert.equal((await stats(page))['Changed after sending'], 1);
  const line = await page.textContent('.igf-changed-list li');
  assert.match(line, new RegExp(`^edited\\.txt: its content gives the receipt IGF-[0-9A-Z-]+, not ${stated} as written\\.$`));
  await page.click('.igf-desk-message button');
  await page.waitForSelector('.igf-desk-comment .igf-tag[data-tag=changed]');
  assert.match(await page.textContent('.igf-desk-comments'), /I strongly disagree/);
  assert.deepEqual(await axe(page), [], 'changed package');
  await ctx.close();
});

test('Arabic: the desk reads right to left and passes axe', async () => {
  const { files } = await makeFixtures();
  const ctx = await browser.newContext();
  const page = await openDesk(ctx, '?igf-lang=ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.querySelector('h1').textContent === 'مكتب الأمانة');
  // A paste that cannot be read is said to be so, even on an empty desk.
  await page.fill('#igf-paste', 'مرحبا');
  await page.click('.igf-field:has(#igf-paste) + button');
  await page.waitForFunction(() => document.querySelector('.igf-reading-total')?.textContent
    === 'ممّا أضفته للتو: حزم جديدة 0، تعذّرت قراءتها 1، موجودة في التجميع من قبل 0.');
  await page.setInputFiles('#igf-files', files);
  await page.waitForSelector('.igf-overview');
  await page.waitForFunction(() => !document.querySelector('#igf-reading-bar'));
  assert.match(await page.textContent('.igf-reading-total'), /عدد الحزم في هذا التجميع: 2\.$/, 'a count with no noun to agree with it');
  assert.equal(await page.getAttribute('#igf-desk', 'dir'), 'rtl');
  assert.deepEqual(await axe(page), [], 'Arabic, collated');
  await page.click('.igf-desk-message button');
  await page.waitForSelector('.igf-desk-comments');
  const from = (await page.locator('.igf-desk-comment .igf-hint').allTextContents()).filter((line) => line.startsWith('من '));
  assert.ok(from.length > 0 && from.every((line) => line.split('، ').length > 2 && !line.includes(', ')),
    `who sent it, and which group, with Arabic commas: ${from}`);
  assert.deepEqual(await axe(page), [], 'Arabic, comments shown');
  // The language list closes on a click elsewhere on the desk, as on the public page.
  await page.click('.igf-lang > summary');
  await page.waitForSelector('.igf-lang[open]');
  await page.click('#igf-desk h1');
  await page.waitForFunction(() => !document.querySelector('.igf-lang[open]'));
  await ctx.close();
});

test('when storage is full or refused, the collation still works and says it lasts only for this page', async () => {
  const { files } = await makeFixtures();
  for (const [fault, expected] of [
    ['full', /storage is full, so files added since then are not kept/],
    ['refused', /does not let the page keep files/],
  ]) {
    const ctx = await browser.newContext();
    await ctx.addInitScript((fault) => {
      if (fault === 'full') {
        IDBObjectStore.prototype.add = function add() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      } else {
        Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('Access is denied.', 'SecurityError'); } });
      }
    }, fault);
    const page = await openDesk(ctx);
    await page.setInputFiles('#igf-files', files.slice(0, 1));
    await holds(page, 1);
    await page.waitForSelector('.igf-keeping [role=alert]');
    assert.match(await page.textContent('.igf-keeping [role=alert]'), expected, fault);
    assert.equal((await stats(page)).Packages, 1, `${fault}: read all the same`);
    assert.deepEqual(await axe(page), [], fault);
    await ctx.close();
  }
});

test('the public page links the desk discreetly, #igf=collate leads there, and it never loads the desk', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(url);
  await waitForApp(page);
  assert.equal(await page.getAttribute('.igf-footer a:text-is("For the IGF Secretariat")', 'href'), 'collate.html');
  assert.equal(await page.locator('.igf-tracks >> text=For the IGF Secretariat').count(), 0, 'not in the navigation');
  assert.deepEqual(requested.filter((u) => /collate/.test(u)), [], 'not a byte of the desk');
  await page.goto(`${url}#igf=collate`);
  await page.waitForURL(/collate\.html$/);
  await waitForApp(page);
  assert.match(await page.textContent('h1'), /The Secretariat's desk/);
  await ctx.close();
});

test('the desk is served under the same strict policy as the public page and runs under it', async () => {
  const [index, desk] = await Promise.all([fetch(url), fetch(`${url}collate.html`)]);
  assert.ok(desk.headers.get('content-security-policy'));
  assert.equal(desk.headers.get('content-security-policy'), index.headers.get('content-security-policy'));
  const ctx = await browser.newContext({ bypassCSP: false });
  await ctx.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await openDesk(ctx);
  const { files } = await makeFixtures();
  await page.setInputFiles('#igf-files', files.slice(0, 1));
  await holds(page, 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await ctx.close();
});
