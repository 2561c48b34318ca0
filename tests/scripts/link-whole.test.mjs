// The page's loader learns the whole app's file names from its own tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkWhole } from '../../scripts/link-whole.mjs';

const PAGE = '<head><script data-igf-js=/igf-messages-1a.js data-igf-wasm=/igf-messages-1a_bg.wasm src=/loader.js type=module></script></head><body><script src=/other.js></script></body>';

test('the loader tag names the whole app beside the reader, under the same base', () => {
  const linked = linkWhole(PAGE, 'igf-full-2b.js', 'igf-full-2b_bg.wasm');
  assert.match(linked, /<script data-igf-js=\/igf-messages-1a\.js [^>]* data-igf-full-js=\/igf-full-2b\.js data-igf-full-wasm=\/igf-full-2b_bg\.wasm>/);
  assert.equal(linked.replace(' data-igf-full-js=/igf-full-2b.js data-igf-full-wasm=/igf-full-2b_bg.wasm', ''), PAGE, 'nothing else changes');
  const based = linkWhole(PAGE.replaceAll('=/igf-messages', '=/app/igf-messages'), 'igf-full-2b.js', 'igf-full-2b_bg.wasm');
  assert.match(based, /data-igf-full-js=\/app\/igf-full-2b\.js/);
});

test('a page without the loader tag, or already linked, is refused', () => {
  assert.throws(() => linkWhole('<body></body>', 'a.js', 'a.wasm'), /no loader tag/);
  const once = linkWhole(PAGE, 'igf-full-2b.js', 'igf-full-2b_bg.wasm');
  assert.throws(() => linkWhole(once, 'igf-full-2b.js', 'igf-full-2b_bg.wasm'), /already names/);
});
