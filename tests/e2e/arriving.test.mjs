// Arriving on a phone, and reading in Arabic: the first message on the first
// screen, and English text inside the right-to-left interface kept left to right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { ROOT, axe, openPage, useApp, chooseLanguage } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

const SHOTS = `${ROOT}target/e2e-screenshots`;

/** Elements holding English document text whose computed direction is not ltr. */
const misdirected = (page) => page.$$eval('#igf-app [lang=en]:not(option)', (els) => els
  .filter((e) => e.textContent.trim() && getComputedStyle(e).direction !== 'ltr')
  .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`));

/** Records every layout shift from the start, so adopting the prerendered view can be checked to move nothing. */
const recordShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)))
    .observe({ type: 'layout-shift', buffered: true });
});

for (const lang of ['en', 'ar', 'fr', 'es', 'ru', 'zh']) {
  test(`on a 360×740 phone in ${lang}, the first message starts on the first screen under a compact bar, and nothing shifts`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await recordShifts(page);
    if (lang !== 'en') await page.addInitScript((l) => localStorage.setItem('igf-messages:lang', l), lang);
    await page.goto(url);
    await page.waitForSelector('#igf-messages[data-igf-live] .igf-app');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const top = await page.$eval('li.igf-message', (li) => li.getBoundingClientRect().top);
    console.log(`360×740, ${lang}: the first message starts at ${Math.round(top)}px`);
    assert.ok(top < 740, `the first message starts at ${Math.round(top)}px, below the first screen`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px`);
    const nav = await page.$eval('.igf-tracks ul', (ul) => ul.getBoundingClientRect().height);
    assert.ok(nav < 80, `the navigation is one compact row (${nav}px)`);
    assert.ok(await page.isVisible('#igf-search-input'), 'search is still on the first screen');
    assert.ok(await page.$eval('#igf-search-input', (i) => i.getBoundingClientRect().bottom < 740));
    if (lang === 'en') {
      // The Arabic view is drawn after the English prerender is adopted, which moves everything by design.
      const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      assert.ok(shift < 0.01, `the page shifted by ${shift} while the app started`);
    }
    if (lang === 'en') {
      // Folded, but there: the IGF's note opens in place.
      await page.click('.igf-doc-note summary');
      assert.match(await page.textContent('.igf-note'), /living document/);
      assert.ok(await page.isVisible('.igf-note'));
    }
    assert.deepEqual(await axe(page), [], `phone, ${lang}`);
    await context.close();
  });
}

test('in Arabic, English text stays left to right in the reader, the comment form and the email preview', async () => {
  await mkdir(SHOTS, { recursive: true });
  const page = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
  await chooseLanguage(page, 'ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.deepEqual(await misdirected(page), [], 'reader');
  await page.screenshot({ path: `${SHOTS}/ar-reader.png` });

  await page.click('#igf-trust-q1-m2 .igf-message-actions button >> nth=0');
  await page.waitForSelector('#igf-field-text');
  assert.deepEqual(await misdirected(page), [], 'comment form');
  await page.check('input[name=kind] >> nth=0');
  await page.fill('#igf-field-text', 'أؤيد هذا. See https://example.org/a?b=c, 17 November 2020.');
  await page.screenshot({ path: `${SHOTS}/ar-comment.png` });

  await page.goto(`${url}#igf=send`);
  await page.waitForSelector('.igf-send');
  const lines = await page.$$eval('.igf-preview-body .igf-line[dir=ltr]', (els) => els.map((e) => [e.textContent, getComputedStyle(e).direction]));
  assert.ok(lines.length > 3, 'the data lines are there');
  assert.deepEqual(lines.filter(([, d]) => d !== 'ltr'), [], 'every data line reads left to right');
  const text = lines.find(([t]) => t.startsWith('text:'));
  assert.ok(text && text[0].includes('https://example.org/a?b=c, 17 November 2020.'), 'the address and date are whole, in order');
  assert.equal(text[0], 'text: أؤيد هذا. See https://example.org/a?b=c, 17 November 2020.', 'the line reads as it is sent');
  // The space after the label is outside the isolate, so it shows between them, not beyond the Arabic.
  const isolated = await page.$$eval('.igf-preview-body .igf-line[dir=ltr] bdi', (els) => els.map((b) => b.textContent));
  assert.ok(isolated.length > 3 && isolated.every((t) => !t.startsWith(' ')), isolated.join('|'));
  assert.equal(await page.$eval('.igf-preview-head bdi', (b) => b.textContent), 'igf@un.org', 'the address is isolated');
  await page.screenshot({ path: `${SHOTS}/ar-send.png`, fullPage: true });
  assert.deepEqual(await axe(page), [], 'send preview in Arabic');
  await page.context().close();
});
