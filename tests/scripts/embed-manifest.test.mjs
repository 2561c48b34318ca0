// The standalone page's first script, inline, and the addresses of its views
// and catalogs in other languages, written into index.html by
// scripts/embed-manifest.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLanguageViews } from '../../scripts/embed-manifest.mjs';

const PAGE = '<!doctype html><html lang=en><meta charset=utf-8><title>t</title><link href=/favicon-1.svg rel=icon>'
  + '<link href=/main-2.css rel=stylesheet><script async data-igf-js=/a.js src=/loader.js type=module></script></head><body></body>';
const SCRIPT = 'document.documentElement.lang="ar"';
const MARKS = ' data-igf-view-url=/view-{lang}-0123.json data-igf-catalog-url=/i18n/{lang}-4567.txt';

test('the language script comes first in the head, inline, before the stylesheet', () => {
  const html = withLanguageViews(PAGE, SCRIPT, '0123', '4567');
  assert.ok(html.indexOf(`<script>${SCRIPT}</script>`) < html.indexOf('<link'), html);
  assert.equal(html.split(SCRIPT).length, 2, 'once');
});

test('the page names its views and catalogs where the loader is served from, and keeps everything it had', () => {
  const html = withLanguageViews(PAGE, SCRIPT, '0123', '4567');
  assert.match(html, /^<!doctype html><html lang=en data-igf-view-url=\/view-\{lang\}-0123\.json data-igf-catalog-url=\/i18n\/\{lang\}-4567\.txt>/);
  assert.equal(html.replace(`<script>${SCRIPT}</script>`, '').replace(MARKS, ''), PAGE);
  const served = withLanguageViews(PAGE.replace('src=/loader.js', 'src=/app/loader.js'), SCRIPT, '0123', '4567');
  assert.match(served, /data-igf-view-url=\/app\/view-\{lang\}-0123\.json data-igf-catalog-url=\/app\/i18n\/\{lang\}-4567\.txt>/);
});

test('a script that would end its element early is refused', () => {
  assert.throws(() => withLanguageViews(PAGE, 'x="</script><b>"', '0', '1'), /end early/);
});

test('a page without the loader, or with nothing before it in its head, is refused', () => {
  assert.throws(() => withLanguageViews(PAGE.replace('src=/loader.js', 'src=/other.js'), SCRIPT, '0', '1'), /no loader\.js/);
  assert.throws(() => withLanguageViews('<html><script src=/loader.js></script><link href=/x.css rel=stylesheet>', SCRIPT, '0', '1'), /no link before the loader/);
});
