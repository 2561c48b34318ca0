// Voluntary commitments: individual and organisational, several actions, the
// SMART check, starting from a message, reload, and check your answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, openPage, saved, useApp, waitForApp, chooseLanguage } from './helpers.mjs';

let browser, url;
useApp((b, u) => {
  browser = b;
  url = u;
});

const stored = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('igf-messages:draft:'))
  .map((k) => JSON.parse(localStorage.getItem(k)))
  .filter((e) => e.kind === 'commitment')
  .map((e) => e.data));


const smart = (page) => page.locator('.igf-smart-item strong').allTextContents();

async function details(page) {
  await page.goto(`${url}#igf=details`);
  await page.waitForSelector('#igf-field-name');
  await page.fill('#igf-field-name', 'Li Wei');
  await page.fill('#igf-field-email', 'li.wei@example.cn');
  await page.check('text=Technical community');
  await page.check('text=Asia-Pacific Group');
  await page.fill('#igf-field-country', 'China');
  await page.check('text=No, publish my comments without my name');
  await page.click('button[type=submit]');
  // Back where the person came from.
  await page.waitForFunction(() => !location.hash.includes('igf=details'));
}

/** Opens a new commitment from message 3.11's "Commit to act on this". */
async function commitFromMessage(page) {
  await page.click('.igf-tracks >> text=Trust');
  await page.click('button[aria-label="Commit to act on this: message 3.11"]');
  await page.waitForSelector('#igf-field-title');
}

/** Types a due date into the GOV.UK date input of action `n`. */
async function typeDate(page, n, day, month, year) {
  await page.fill(`#igf-field-action-${n}-due`, day);
  await page.fill(`#igf-field-action-${n}-due-month`, month);
  await page.fill(`#igf-field-action-${n}-due-year`, year);
}

/** Day, month and year as shown in action `n`'s date input. */
async function dateOf(page, n) {
  return Promise.all(['', '-month', '-year'].map((s) => page.inputValue(`#igf-field-action-${n}-due${s}`)));
}

test('an individual commitment started from a message, with the SMART check live', async () => {
  const page = await openPage(browser, url);
  await details(page);
  await commitFromMessage(page);
  assert.match(await page.textContent('.igf-links'), /Message 3\.11: \u2068Ensuring the security and privacy is essential for the IoT ecosystem/);
  assert.equal(await page.isChecked('#igf-field-tracks-3'), true, 'the message\'s track is preselected');
  assert.deepEqual(await smart(page), ['not yet', 'not yet', 'not yet', 'done', 'not yet']);
  assert.equal(await page.locator('input[name=capacity]:checked').count(), 0, 'no answer is chosen for the person');
  assert.equal(await page.locator('input[name=consent]:checked').count(), 0, 'nor is consent to publish');
  assert.deepEqual(await axe(page), [], 'new commitment');

  // Errors never block saving, and never clear what was typed.
  await page.fill('#igf-field-title', 'Plain-language IoT security guide');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.deepEqual(await page.locator('.igf-error-summary li').allTextContents(),
    ['Select whether you commit as an individual or for an organisation', 'Describe the commitment', 'Describe action 1', 'Enter a target date for action 1', 'Select whether the IGF may publish this commitment']);
  assert.equal(await page.inputValue('#igf-field-title'), 'Plain-language IoT security guide');
  assert.deepEqual(await axe(page), [], 'commitment with errors');

  await page.check('text=I am, as an individual');
  await page.fill('#igf-field-description', 'Publish a guide for households in three UN languages.');
  await page.fill('#igf-field-action-1-description', 'Draft the guide with two CERTs');
  assert.deepEqual(await dateOf(page, 1), ['', '', ''], 'GOV.UK: no date is filled in');
  // A year typed wrong, already past: warned, and not yet time-bound.
  await typeDate(page, 1, '10', '12', '2012');
  await page.waitForSelector('.igf-warning >> text=before 17 November 2020');
  assert.equal((await smart(page))[4], 'not yet', 'a past date is no deadline');
  await typeDate(page, 1, '10', '12', '2021');
  await page.waitForFunction(() => !document.querySelector('.igf-warning'));
  await page.click('text=Add another action');
  // Focus lands in the new action, a group named by its number.
  await page.waitForFunction(() => document.activeElement?.id === 'igf-action-2');
  assert.equal(await page.evaluate(() => document.activeElement.querySelector('legend').textContent), 'Action 2');
  await page.fill('#igf-field-action-2-description', 'Present it at IGF 2021');
  await typeDate(page, 2, '8', '12', '2021');
  await page.click('text=Add another action');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-action-3');
  const top = await page.$eval('#igf-action-3', (el) => el.getBoundingClientRect().top);
  assert.ok(top > -1 && top < 200, `the new action is at the top of the screen, not off it (${top}px)`);
  await page.fill('#igf-field-action-3-description', 'Translate into Arabic');
  await typeDate(page, 3, '31', '3', '2022');
  await page.waitForSelector('.igf-warning >> text=after IGF 2021');
  assert.equal(await page.locator('.igf-warning').count(), 1, 'only the late action is flagged');
  await page.fill('#igf-field-measurement', 'Downloads, and the number of languages');
  await page.fill('#igf-field-partners', 'Two national CERTs');
  await page.check('text=9. Industry, innovation and infrastructure');
  await page.check('text=16. Peace, justice and strong institutions');
  await page.check('#igf-field-consent');
  await page.waitForFunction(() => [...document.querySelectorAll('.igf-smart-item strong')].every((s) => s.textContent === 'done'));
  assert.deepEqual(await smart(page), ['done', 'done', 'done', 'done', 'done']);

  // Check your answers, with a Change link that lands on its field.
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-summary-list');
  assert.equal(await page.locator('.igf-error-summary').count(), 0);
  const rows = Object.fromEntries(await page.$$eval('.igf-summary-row', (rs) => rs.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent])));
  assert.equal(rows['Short title'], 'Plain-language IoT security guide');
  // After the cycle: allowed, and warned of again, as on the form.
  assert.match(rows['Action 3'], /^Translate into ArabicTarget date: 31 March 2022This date is after IGF 2021 /);
  assert.match(rows['Sustainable Development Goals it advances'], /9\. Industry.*16\. Peace/);
  assert.deepEqual(Object.keys(rows).filter((label) => label.includes('(optional)')), [], 'answers, not the form: no "(optional)"');
  assert.equal(rows['Contact person'], 'Li Wei (li.wei@example.cn)');
  assert.deepEqual(await axe(page), [], 'check your answers');
  await page.click('.igf-summary-row:has(dt:text-is("Action 2")) a');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-field-action-2-description');
  await saved(page);

  // Reload: nothing lost.
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('#igf-field-action-3-due');
  assert.deepEqual(await dateOf(page, 3), ['31', '3', '2022']);
  const [k] = await stored(page);
  assert.equal(k.capacity, 'individual');
  assert.deepEqual(k.actions.map((a) => a.due), ['2021-12-10', '2021-12-8', '2022-3-31'], 'the draft keeps the digits typed');
  assert.deepEqual(k.sdgs, [9, 16]);
  await page.evaluate(() => { location.hash = '#igf=send'; });
  await page.waitForSelector('.igf-preview-body');
  const dues = (await page.locator('.igf-preview-body .igf-line').allTextContents()).filter((l) => l.startsWith('due:'));
  assert.deepEqual(dues, ['due: 2021-12-10', 'due: 2021-12-08', 'due: 2022-03-31'], 'sent as YYYY-MM-DD');
  assert.equal(k.links[0].messageId, 'trust-q3-m11');
  assert.equal(k.consentToPublish, true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('check your answers repeats the warning on a target date already past, which the SMART check counts as not yet time-bound', async () => {
  const page = await openPage(browser, url);
  await details(page);
  await commitFromMessage(page);
  await page.check('text=I am, as an individual');
  await page.fill('#igf-field-title', 'A guide');
  await page.fill('#igf-field-description', 'Publish a guide.');
  await page.fill('#igf-field-action-1-description', 'Draft the guide');
  await typeDate(page, 1, '15', '3', '2019');
  await page.check('#igf-field-consent');
  assert.equal((await smart(page))[4], 'not yet', 'a date already past: not yet time-bound');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-summary-list');
  assert.deepEqual(await page.locator('.igf-error-summary').allTextContents(), [], 'allowed, with a warning');
  const action = page.locator('.igf-summary-row:has(dt:text-is("Action 1")) dd').first();
  assert.match(await action.textContent(), /Target date: 15 March 2019This date is before 17 November 2020/);
  assert.deepEqual(await axe(page), [], 'check your answers with a date already past');
  await page.context().close();
});

test('an organisational commitment, a second one from a template, and both in My commitments', async () => {
  const page = await openPage(browser, url);
  await page.click('.igf-tracks >> text=My commitments');
  await page.waitForSelector('text=You have no draft commitments yet');
  assert.deepEqual(await axe(page), [], 'no commitments');
  await page.click('text=Start a new commitment');
  await page.waitForSelector('#igf-field-title');
  await page.check('text=My organisation');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  const errors = await page.locator('.igf-error-summary li').allTextContents();
  assert.deepEqual(errors.slice(0, 3), ['Enter the name of the organisation', "Select the organisation's stakeholder group", "Confirm that you may commit on the organisation's behalf"]);
  assert.ok(errors.includes('Select at least one track'));
  await page.fill('#igf-field-org-name', 'Example Foundation');
  await page.check('#igf-field-org-group-2');
  await page.check('#igf-field-org-authorised');
  await page.fill('#igf-field-title', 'Digital inclusion clinics');
  await page.fill('#igf-field-description', 'Monthly clinics in public libraries.');
  await page.check('#igf-field-tracks-2');
  // Arrow keys on the closed list only change its choice: nothing is linked, and focus stays.
  await page.focus('#igf-field-links');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.igf-links').count(), 0, 'nothing linked by browsing the list');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'igf-field-links');
  await page.selectOption('#igf-field-links', 'q:trust:3');
  await page.click('#igf-field-links + button:text-is("Link")');
  await page.waitForSelector('.igf-links');
  assert.match(await page.textContent('.igf-links'), /Question 3: /);
  assert.equal(await page.inputValue('#igf-field-links'), '', 'the list is ready for another');
  // "Remove" is gone once pressed: focus goes to the link that is left.
  await page.selectOption('#igf-field-links', 'q:trust:1');
  await page.click('#igf-field-links + button:text-is("Link")');
  await page.waitForFunction(() => document.querySelectorAll('.igf-links li').length === 2);
  await page.click('#igf-link-remove-1');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-link-remove-0');
  assert.match(await page.textContent('.igf-links'), /Question 3: /, 'the one not removed stays');
  await page.fill('#igf-field-action-1-description', 'Run six clinics');
  await typeDate(page, 1, '30', '9', '2021');
  await page.click('text=Add another action');
  await page.fill('#igf-field-action-2-description', 'Publish what we learned');
  await typeDate(page, 2, '10', '12', '2021');
  await page.click('text=Add another action');
  await page.click('text=Remove action 3');
  await page.waitForFunction(() => document.activeElement?.id === 'igf-action-2');
  await page.fill('#igf-field-resources', 'Two staff, one day a month');
  await page.check('#igf-field-consent-1');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-summary-list');
  assert.equal(await page.textContent('.igf-summary-row:has(dt:text-is("Name of the organisation")) dd'), 'Example Foundation');
  await page.click('text=Save and return to My commitments');
  await page.waitForSelector('.igf-card');

  await page.click('button[aria-label="Use as a template: commitment 1"]');
  await page.waitForSelector('#igf-field-title');
  assert.equal(await page.inputValue('#igf-field-title'), 'Digital inclusion clinics');
  await page.fill('#igf-field-title', 'Digital inclusion clinics, second city');
  await page.click('.igf-tracks >> text=My commitments');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  const titles = await page.locator('.igf-card-title').allTextContents();
  assert.deepEqual(titles, ['Commitment 1: Digital inclusion clinics', 'Commitment 2: Digital inclusion clinics, second city'], 'the number and the title, said once');
  assert.deepEqual(await axe(page), [], 'my commitments');
  await saved(page);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  const all = await stored(page);
  assert.equal(all.length, 2);
  const org = all.find((k) => k.title === 'Digital inclusion clinics');
  assert.deepEqual(org.organisation, { name: 'Example Foundation', stakeholderGroup: 'civil-society', authorised: true });
  assert.deepEqual(org.tracks, ['inclusion', 'trust']);
  assert.equal(org.actions.length, 2);

  // Delete with undo.
  await page.click('button[aria-label="Delete: commitment 2"]');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 1);
  assert.equal(await page.textContent('#igf-undo'), 'Commitment deleted. Undo', 'it says what was deleted');
  await page.click('text=Undo');
  await page.waitForFunction(() => document.querySelectorAll('.igf-card').length === 2);
  await page.context().close();
});

/** The top and bottom of the first element `selector` matches. */
const box = (page, selector) => page.$eval(selector, (e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY };
});

for (const lang of ['en', 'ar']) {
  test(`on a 360 px phone in ${lang}, the SMART check follows the fields it judges, above the submit button`, async () => {
    const page = await openPage(browser, url, { viewport: { width: 360, height: 740 } });
    if (lang === 'ar') {
      await chooseLanguage(page, 'ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    }
    await page.goto(`${url}#igf=commitments`);
    await page.click('.igf-view button.igf-button');
    await page.waitForSelector('#igf-field-title');
    const check = await box(page, '.igf-smart');
    const resources = await box(page, '#igf-field-resources');
    const sdgs = await box(page, 'fieldset:has(input[name=sdgs])');
    const submit = await box(page, '.igf-form button[type=submit]');
    assert.ok(check.bottom < submit.top, 'the check is above the submit button');
    assert.ok(check.top >= resources.bottom, 'after the last field it judges (resources or partners)');
    assert.ok(check.bottom <= sdgs.top, 'and straight after it, before the next question');
    await page.fill('#igf-field-resources', 'Staff time');
    await page.waitForSelector('.igf-smart-item:nth-child(3)[data-met]');
    assert.deepEqual(await axe(page), [], `SMART check on a phone, ${lang}`);
    await page.context().close();
  });
}

test('on a wide screen the SMART check stays beside the form', async () => {
  const page = await openPage(browser, url, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}#igf=commitments`);
  await page.click('.igf-view button.igf-button');
  await page.waitForSelector('#igf-field-title');
  const [check, title] = await Promise.all(['.igf-smart', '#igf-field-title'].map((s) => page.$eval(s, (e) => e.getBoundingClientRect().toJSON())));
  assert.ok(check.left > title.right || check.right < title.left, 'beside the fields, not under them');
  assert.ok(check.top < 900, 'in view from the start');
  await page.context().close();
});

test('publishing is asked, never assumed: in Arabic too, both questions start unanswered and say so when skipped', async () => {
  const page = await openPage(browser, url);
  await chooseLanguage(page, 'ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.goto(`${url}#igf=details`);
  await page.waitForSelector('#igf-field-name');
  assert.equal(await page.locator('input[name=publish]:checked').count(), 0, 'the name question starts unanswered');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  const details = await page.locator('.igf-error-summary li').allTextContents();
  assert.equal(details.at(-1), 'اختر ما إذا كان يجوز للمنتدى نشر اسمك مع تعليقاتك');
  await page.click('.igf-error-summary li:last-child a');
  assert.equal(await page.evaluate(() => document.activeElement.name), 'publish', 'the error leads to the question');
  assert.deepEqual(await axe(page), [], 'details, publish unanswered, Arabic');

  await page.goto(`${url}#igf=commitments`);
  await page.click('.igf-view button.igf-button');
  await page.waitForSelector('#igf-field-title');
  assert.equal(await page.locator('input[name=consent]:checked').count(), 0, 'consent starts unanswered');
  await page.click('button[type=submit]');
  await page.waitForSelector('.igf-error-summary');
  assert.ok((await page.locator('.igf-error-summary li').allTextContents()).includes('اختر ما إذا كان يجوز للمنتدى نشر هذا الالتزام'));
  assert.ok(await page.isVisible('.igf-field[data-error]:has(input[name=consent])'), 'the question itself says what is missing');
  assert.deepEqual(await axe(page), [], 'commitment, consent unanswered, Arabic');
  const consent = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:'))
    .map((k) => JSON.parse(localStorage.getItem(k))).find((e) => e.kind === 'commitment')?.data.consentToPublish);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('igf-messages:draft:')));
  assert.equal(await consent(), null, 'stored as unanswered');
  await page.check('#igf-field-consent-1');
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:'))
    .some((k) => JSON.parse(localStorage.getItem(k)).data.consentToPublish === false));
  assert.equal(await consent(), false, '"No" is an answer');
  await page.context().close();
});

test('in Chinese the target date is asked year first, with a year-first example, and stored as in every language', async () => {
  const page = await openPage(browser, url);
  await chooseLanguage(page, 'zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh');
  await page.goto(`${url}#igf=commitments`);
  await page.click('.igf-view button.igf-button');
  await page.waitForSelector('#igf-field-action-1-due');
  const order = await page.$$eval('#igf-action-1 .igf-date-item', (items) => items.map((i) => [i.querySelector('label').textContent, i.querySelector('input').id]));
  assert.deepEqual(order, [['年', 'igf-field-action-1-due'], ['月', 'igf-field-action-1-due-month'], ['日', 'igf-field-action-1-due-day']],
    'year, month, day; the first box carries the field\'s id, where the error summary leads');
  await page.fill('#igf-field-action-1-due', '2021');
  await page.fill('#igf-field-action-1-due-month', '6');
  await page.fill('#igf-field-action-1-due-day', '30');
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('igf-messages:draft:'))
    .some((k) => JSON.parse(localStorage.getItem(k)).data.actions?.[0]?.due === '2021-6-30'));
  assert.match(await page.textContent('#igf-field-action-1-due-hint'), /2021 6 30/);
  assert.deepEqual(await axe(page), [], 'commitment form in Chinese');
  await page.context().close();
});
