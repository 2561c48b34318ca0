// A keyboard-only journey, no mouse at all: find a message, comment on it,
// draft a commitment, and export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hiddenOnTab, useApp, waitForApp } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

/** Presses Tab until the focused element matches a CSS selector (or has the
 * text `{ text }`), failing after `max` presses. */
async function tabTo(page, selector, { max = 250, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    const here = await page.evaluate((s) => {
      const el = document.activeElement;
      return typeof s === 'string' ? el?.matches(s) : el?.textContent.trim() === s.text;
    }, selector);
    if (here) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}

test('find, comment, commit and export with the keyboard alone', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await waitForApp(page);

  // The skip link is the first stop.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'igf-skip');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');

  // Find a message.
  await tabTo(page, '#igf-search-input');
  await page.keyboard.type('fact checkers');
  await page.waitForFunction(() => /1 message matches/.test(document.querySelector('[role=search] [role=status]').textContent));
  await tabTo(page, 'button[aria-label="Comment on message 2.4"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-view-title');

  // Comment: choose a kind with the arrow keys, type, submit with Enter.
  await tabTo(page, 'input[name=kind]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.querySelector('input[name=kind]:checked').value), 'disagree');
  await tabTo(page, '#igf-field-text');
  await page.keyboard.type('Trust in fact checkers grows with their independence from governments.');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-card');

  // A commitment, from My commitments.
  await tabTo(page, 'a[href="#igf=commitments"]', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-view-title');
  await tabTo(page, 'button.igf-button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#igf-field-title');
  await tabTo(page, 'input[name=capacity]');
  await page.keyboard.press('Space');
  await tabTo(page, '#igf-field-title');
  await page.keyboard.type('Independent fact-checking network');
  await tabTo(page, '#igf-field-description');
  await page.keyboard.type('Set up a regional network.');
  await tabTo(page, '#igf-field-tracks-3');
  await page.keyboard.press('Space');
  await tabTo(page, '#igf-field-action-1-description');
  await page.keyboard.type('Convene the first meeting');
  await tabTo(page, '#igf-field-action-1-due');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2021');
  await tabTo(page, 'input[name=consent]');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-summary-list');

  // Export from Send.
  await tabTo(page, 'a[href="#igf=send"]', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.igf-send');
  await tabTo(page, { text: 'Other ways to send or save' });
  await page.keyboard.press('Enter');
  await tabTo(page, { text: 'Download JSON' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(data.comments[0].kind, 'disagree');
  assert.match(data.comments[0].text, /independence from governments/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no control the keyboard reaches is hidden behind the note of unsent drafts, on a phone, at the normal and at twice the text size', async () => {
  // bypassCSP lets the test set the text size with a style of its own.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.click('button[aria-label="Comment on message 1.1"]');
  await page.waitForSelector('#igf-field-text');
  await page.check('text=I support it');
  await page.fill('#igf-field-text', 'Agreed.');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-cards');
  await page.click('.igf-tracks >> text=Trust');
  await page.waitForSelector('.igf-unsent');
  // The root's size is `medium`, the browser's text size setting: 32 px is that setting at 200 %.
  for (const size of ['16px', '32px']) {
    await page.addStyleTag({ content: `.igf-root { font-size: ${size} !important; }` });
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    const hidden = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      hidden.push(await page.evaluate(() => {
        const el = document.activeElement;
        const r = el.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return at && !el.contains(at) && !at.contains(el) ? `${el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40)} under .${at.className}` : null;
      }));
    }
    assert.deepEqual(hidden.filter(Boolean), [], `text at ${size}`);
  }
  await context.close();
});

/** The app on a 360 px phone whose browser speaks `locale`, ready, in that language. */
async function phone(locale) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  if (locale !== 'en') await page.locator(`#igf-app[lang=${locale}]`).waitFor();
  return { context, page };
}

test('on a phone, the focus ring of an item in the row of tracks, which scrolls sideways, is shown whole, in English and Arabic', async () => {
  for (const locale of ['en', 'ar']) {
    const { context, page } = await phone(locale);
    for (const [row, items] of [['.igf-tracks ul', '.igf-tracks a']]) {
      const scrolls = await page.$eval(row, (el) => el.scrollWidth > el.clientWidth);
      assert.ok(scrolls, `${locale}: ${row} scrolls sideways at 360 px`);
      for (const at of ['first', 'last']) {
        await page.locator(items)[at]().focus();
        // The ring is a 3 px outline and a 5 px shadow outside the item; the
        // row's box, inside its border, is what it clips to.
        const clipped = await page.evaluate(([r, i, which]) => {
          const list = [...document.querySelectorAll(i)];
          const item = (which === 'first' ? list[0] : list.at(-1)).getBoundingClientRect();
          const box = document.querySelector(r);
          const b = box.getBoundingClientRect();
          const inner = { left: b.left + box.clientLeft, top: b.top + box.clientTop };
          const ring = 5;
          return [item.left - ring < inner.left - 0.5, item.right + ring > inner.left + box.clientWidth + 0.5,
            item.top - ring < inner.top - 0.5, item.bottom + ring > inner.top + box.clientHeight + 0.5];
        }, [row, items, at]);
        assert.deepEqual(clipped, [false, false, false, false], `${locale}: the ${at} of ${row}, clipped (left, right, top, bottom)`);
      }
    }
    await context.close();
  }
});

test('on a phone, every policy question of the contents is shown whole by its number, named by its title, none scrolled out of sight, in the longest languages too', async () => {
  for (const locale of ['en', 'ar', 'ru', 'fr', 'es']) {
    const { context, page } = await phone(locale);
    const links = await page.$$eval('.igf-toc a', (all) => all.map((a) => {
      const r = a.getBoundingClientRect();
      // What is painted: the parts of the link wider than the 1 px of a clipped text.
      const shown = [...a.children].filter((c) => c.getBoundingClientRect().width > 1).map((c) => c.textContent).join(' ');
      return { shown, inside: r.left >= 0 && r.right <= innerWidth && r.width > 0 };
    }));
    assert.deepEqual(links.map((l) => l.shown), ['1', '2', '3'], `${locale}: each question's number is what shows`);
    assert.deepEqual(links.filter((l) => !l.inside), [], `${locale}: questions past the edge of the screen`);
    const names = await page.locator('.igf-toc a').evaluateAll((all) => all.map((a) => a.querySelector('.igf-toc-title').textContent));
    for (const [i, name] of names.entries()) {
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, `${locale}: question ${i + 1} is named "${name}"`);
    }
    assert.equal(await page.$eval('.igf-toc ol', (ol) => ol.scrollWidth > ol.clientWidth), false, `${locale}: the questions scroll sideways`);
    await context.close();
  }
});

test('on a phone, Tab shows each link of the tracks (a row that scrolls sideways) and of the contents whole, with its ring, in English and Arabic', async () => {
  for (const locale of ['en', 'ar']) {
    const { context, page } = await phone(locale);
    for (const row of ['.igf-tracks ul', '.igf-toc ol']) {
      assert.deepEqual(await hiddenOnTab(page, row), [], `${locale}: ${row}`);
    }
    await context.close();
  }
});

test('on a phone, a click on a link half past the edge of a row that scrolls sideways follows it: the row does not move under the pointer', async () => {
  const { context, page } = await phone('en');
  const target = await page.$$eval('.igf-tracks a', (links) => {
    const row = links[0].closest('ul').getBoundingClientRect();
    const cut = links.find((a) => {
      const r = a.getBoundingClientRect();
      return r.left < row.right - 20 && r.right > row.right;
    });
    const r = cut.getBoundingClientRect();
    return { href: cut.getAttribute('href'), x: row.right - 3, y: r.top + r.height / 2 };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((href) => location.hash === href, target.href, { timeout: 5000 });
  await context.close();
});
