// Six UN languages: the picker, right-to-left Arabic, remembering the choice,
// the browser's language as default, and axe in Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, saved, useApp, waitForApp, chooseLanguage } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

const EXPECTED = {
  ar: { dir: 'rtl' }, zh: { dir: 'ltr' }, en: { dir: 'ltr' }, fr: { dir: 'ltr' }, ru: { dir: 'ltr' }, es: { dir: 'ltr' },
};

// "Version 1" as each catalog says it (French writes it as English does).
const VERSION_1 = { ar: 'الإصدار 1', zh: '第1版', en: 'Version 1', fr: 'Version 1', ru: 'Версия 1', es: 'Versión 1' };

async function choose(page, code) {
  await chooseLanguage(page, code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

test('every language sets lang and dir on the page, and the Messages stay in English', async () => {
  const page = await openPage(browser, url);
  const englishTitle = await page.textContent('.igf-brand');
  for (const [code, { dir }] of Object.entries(EXPECTED)) {
    await choose(page, code);
    assert.equal(await page.getAttribute('html', 'dir'), dir, code);
    assert.equal(await page.getAttribute('.igf-app', 'lang'), code);
    assert.equal(await page.getAttribute('.igf-app', 'dir'), dir);
    if (code !== 'en') assert.notEqual(await page.textContent('.igf-brand'), englishTitle, `${code} is translated`);
    // The version line is the interface's: the document's own "Version 1" is English.
    const version = await page.textContent('.igf-version');
    assert.ok(version.includes(VERSION_1[code]), `${code}: ${version}`);
    assert.equal(await page.getAttribute('#igf-trust-q1-m1 .igf-message-text', 'lang'), 'en', 'the document keeps its own language');
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the time drafts were saved at is said as the language of the moment writes times, and a card\'s title sets its colon as French does', async () => {
  const page = await openPage(browser, url);
  await page.click('button[aria-label="Comment on message 1.2"]');
  await page.fill('#igf-field-text', 'Saved, then read in French.');
  await saved(page);
  const status = () => page.textContent('.igf-save-status');
  const [time] = (await status()).match(/\d{1,2}:\d{2}(\s?[AP]M)?/) ?? [];
  assert.match(time ?? '', /[AP]M$/, 'English writes a 12-hour time');
  await choose(page, 'fr');
  assert.match(await status(), /^Enregistré sur cet appareil à \d{2}:\d{2}$/, 'French, a 24-hour time, with no AM or PM');
  // And a card's title set as French sets a colon, after a no-break space.
  await page.click('.igf-tracks a[href="#igf=comments"]');
  assert.equal(await page.textContent('.igf-card-title'), 'Commentaire 1\u00a0: Message 1.2, Confiance');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the picker takes one press per language: browsing it with the keyboard switches nothing, and focus stays at the picker', async () => {
  const page = await openPage(browser, url);
  const summary = page.locator('.igf-lang > summary');
  assert.equal(await summary.textContent(), 'Language English');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-lang[open]');
  assert.deepEqual(await axe(page), [], 'the picker open');
  // Through the list as a keyboard user goes: nothing changes on the way.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.lang), 'zh', 'the UN order: Arabic, Chinese, English…');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.lang), 'ar');
  assert.equal(await page.getAttribute('.igf-app', 'lang'), 'en', 'moving through the list switches nothing');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.equal(await page.getAttribute('.igf-lang', 'open'), null, 'the list closes once a language is chosen');
  assert.equal(await page.evaluate(() => document.activeElement.localName), 'summary', 'focus back on the picker');
  assert.equal(await page.getAttribute('.igf-lang-list button[lang=ar]', 'aria-current'), 'true');
  // Escape closes it too, and choosing the language already chosen changes nothing.
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-lang[open]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.igf-lang[open]') && document.activeElement.localName === 'summary');
  await chooseLanguage(page, 'ar');
  assert.equal(await page.getAttribute('.igf-app', 'lang'), 'ar');
  assert.deepEqual(await axe(page), [], 'the picker in Arabic');
  // Tabbing on past the list closes it, so it never covers what has focus.
  await page.focus('.igf-lang > summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-lang[open]');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
  await page.waitForFunction(() => !document.querySelector('.igf-lang[open]'));
  assert.equal(await page.evaluate(() => document.activeElement.closest('.igf-lang')), null, 'focus went on, out of the picker');
  // A click elsewhere on the page closes it, as it closes any menu.
  await page.click('.igf-lang > summary');
  await page.waitForSelector('.igf-lang[open]');
  await page.click('.igf-main h1');
  await page.waitForFunction(() => !document.querySelector('.igf-lang[open]'));
  // In the page's margin too, outside the app.
  await page.click('.igf-lang > summary');
  await page.waitForSelector('.igf-lang[open]');
  await page.mouse.click(3, 400);
  await page.waitForFunction(() => !document.querySelector('.igf-lang[open]'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a translation is fetched under the name of the key list the page was built with', async () => {
  const page = await openPage(browser, url);
  const keys = await page.getAttribute('#igf-messages', 'data-igf-catalogs');
  assert.match(keys ?? '', /^[0-9a-f]{16}$/, 'the build names the key list on the mount element');
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(new URL(r.url()).pathname); });
  await choose(page, 'fr');
  assert.deepEqual(fetched, [`/i18n/fr-${keys}.txt`]);
  // A catalog under another key list's name is not there to be read: a page
  // from another build asks for its own, which the host keeps.
  const other = await page.request.get(new URL('i18n/fr.txt', page.url()).href);
  assert.equal(other.status(), 404, 'no catalog under a name that does not say its keys');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('in Arabic, a text box takes the direction of what is in it, and the heading keeps a space between title and track', async () => {
  const page = await openPage(browser, url);
  await choose(page, 'ar');
  const name = await page.locator('.igf-doc-header h1').evaluate((h) => h.textContent.replace(/\s+/g, ' ').trim());
  assert.equal(name, 'IGF 2020 Messages Trust', 'the heading reads as two words apart, for the eye and for a screen reader');
  // On a phone the two share a line: one English phrase, read left to right,
  // not two phrases set right to left ("Trust IGF 2020 Messages").
  await page.setViewportSize({ width: 360, height: 740 });
  const [title, track] = await page.locator('.igf-doc-header h1 > span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect()));
  assert.ok(Math.abs(title.top - track.top) < 2 && title.right <= track.left, `the title, then the track, on one line: ${JSON.stringify([title, track])}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#igf-trust-q1-m1 .igf-message-actions button.igf-button');
  await page.waitForSelector('#igf-field-text');
  await page.check('input[name=kind][value=suggest-change]');
  const proposed = page.locator('#igf-field-proposed');
  await proposed.waitFor();
  assert.match(await proposed.inputValue(), /^[A-Z]/, 'prefilled with the English wording');
  const ltr = (locator) => locator.evaluate((el) => el.matches(':dir(ltr)'));
  assert.equal(await ltr(proposed), true, 'the English wording reads left to right');
  const text = page.locator('#igf-field-text');
  await text.fill('أقترح صياغة أوضح لهذه الرسالة.');
  assert.equal(await ltr(text), false, 'an Arabic comment reads right to left');
  await text.fill('I suggest a clearer wording.');
  assert.equal(await ltr(text), true, 'an English comment in the Arabic interface reads left to right');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('Arabic reads right to left and passes axe in every main view', async () => {
  const page = await openPage(browser, url);
  await choose(page, 'ar');
  assert.equal(await page.$eval('.igf-app', (el) => getComputedStyle(el).direction), 'rtl');
  assert.deepEqual(await axe(page), [], 'reader, Arabic');
  await page.fill('#igf-search-input', 'zzzz');
  await page.waitForSelector('#igf-search-empty');
  assert.deepEqual(await axe(page), [], 'empty search, Arabic');
  await page.fill('#igf-search-input', '');
  await page.click('#igf-trust-q1-m1 .igf-message-actions button.igf-button');
  await page.waitForSelector('#igf-field-text');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.deepEqual(await axe(page), [], 'comment form errors, Arabic');
  await page.goto(`${url}#igf=details`);
  await page.waitForSelector('#igf-field-name');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.deepEqual(await axe(page), [], 'details errors, Arabic');
  await page.goto(`${url}#igf=commitments`);
  await page.waitForSelector('.igf-view h1');
  assert.deepEqual(await axe(page), [], 'my commitments, Arabic');
  await page.goto(`${url}#igf=send`);
  await page.waitForSelector('.igf-view h1');
  assert.deepEqual(await axe(page), [], 'send, Arabic');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0);
  await page.context().close();
});

test('the choice is remembered, and the browser language is the default', async () => {
  const page = await openPage(browser, url);
  await choose(page, 'fr');
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.context().close();

  const context = await browser.newContext({ locale: 'es-419' });
  const spanish = await context.newPage();
  await spanish.goto(url);
  await waitForApp(spanish);
  await spanish.waitForFunction(() => document.documentElement.lang === 'es');
  await context.close();

  const german = await browser.newContext({ locale: 'de-DE' });
  const page2 = await german.newPage();
  const fetched = [];
  page2.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(r.url()); });
  await page2.goto(url);
  await waitForApp(page2);
  // The language is chosen in the app's first render: a switch would have
  // asked for a translation by now, and English needs none.
  assert.deepEqual(fetched, [], 'no translation is fetched for an unsupported language');
  assert.equal(await page2.getAttribute('html', 'lang'), 'en', 'unsupported languages fall back to English');
  await german.close();
});

test('on a phone with the browser text size at 200 %, the language picker stays on screen, in Arabic too', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  // The browser's own text size setting, which `medium` and the stylesheet's em media queries follow.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(url);
  await waitForApp(page);
  for (const code of ['en', 'ar']) {
    if (code !== 'en') await chooseLanguage(page, code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    const box = await page.locator('.igf-lang > summary').boundingBox();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${code}: the picker spans ${box.x} to ${box.x + box.width}`);
    assert.ok(width <= 360, `${code}: the page is ${width} px wide`);
  }
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.igf-root')).fontSize), '32px', 'the text is at twice its size');
  await context.close();
});

test('the embed setting wins over the browser language', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  await context.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('id=igf-messages', 'id=igf-messages data-lang=ru') });
  });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await context.close();
});

test('a language in the URL is never saved as the person\'s choice, and counts only in a frame with a valid parent', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(r.url()); });
  await page.goto(`${url}?igf-lang=ar`);
  await waitForApp(page);
  assert.deepEqual(fetched, [], 'a standalone page takes no language from its URL');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(!page.url().includes('igf-lang'), 'the app took its parameter out of the address bar');

  await page.goto(`${url}?igf-lang=ar&igf-parent=${encodeURIComponent('https://www.intgovforum.org')}`);
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  assert.equal(await page.evaluate(() => localStorage.getItem('igf-messages:lang')), null, 'for this visit only');
  await context.close();
});
