// The embed's stylesheet: its width queries turned into selectors on the
// host's data-igf-width, by scripts/embed-style.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedStyle } from '../../scripts/embed-style.mjs';

test('a width query becomes its rules behind the host, each selector of a list', () => {
  const { style, widths } = embedStyle('.a{color:red}@media (width<=40em){.b,.c :is(.d,.e)>f{margin:0}.g{gap:1em}}.h{x:y}');
  assert.equal(
    style,
    '.a{color:red}:host([data-igf-width~="le40"]) .b,:host([data-igf-width~="le40"]) .c :is(.d,.e)>f{margin:0}'
      + ':host([data-igf-width~="le40"]) .g{gap:1em}.h{x:y}',
  );
  assert.deepEqual(widths, [40]);
});

test('a lower bound holds unless the app is under it; the max-/min-width forms read the same', () => {
  assert.equal(embedStyle('@media (width>=64em){.a{b:c}}').style, ':host(:not([data-igf-width~="lt64"])) .a{b:c}');
  assert.equal(embedStyle('@media (min-width: 64em) { .a { b: c } }').style, ':host(:not([data-igf-width~="lt64"])) .a{ b: c }');
  assert.equal(embedStyle('@media (max-width: 20em) {.a{b:c}}').style, ':host([data-igf-width~="le20"]) .a{b:c}');
  assert.deepEqual(embedStyle('@media (width>=64em){.a{b:c}}@media (width<=20em){.d{e:f}}@media (width>=20em){.g{h:i}}').widths, [20, 64]);
});

test('other media queries are kept as they are', () => {
  const css = '@media print{.a{display:none}}@media (forced-colors:active){.b{color:Mark}}@media (width<=40em){.c{d:e}}';
  assert.equal(embedStyle(css).style, '@media print{.a{display:none}}@media (forced-colors:active){.b{color:Mark}}:host([data-igf-width~="le40"]) .c{d:e}');
});

test('a width query it cannot follow fails the build', () => {
  assert.throws(() => embedStyle('@media (width<=600px){.a{b:c}}'), /cannot follow/);
  assert.throws(() => embedStyle('@media screen and (width<=40em){.a{b:c}}'), /cannot follow/);
  assert.throws(() => embedStyle('@media (width<=40em){@supports (x:y){.a{b:c}}}'), /cannot scope/);
  assert.throws(() => embedStyle('@media (width<=40em){.a{b:c}'), /unclosed/);
  assert.throws(() => embedStyle('@media (width<=40em){.a::before{content:"}"}}'), /string/);
});

test('a length in vw is a share of the app\'s width; other viewport units fail the build', () => {
  assert.equal(embedStyle('h1{font-size:clamp(1.75em,1.4em + 1.5vw,2.5em)}').style, 'h1{font-size:clamp(1.75em,1.4em + calc(1.5*var(--igf-vw,1vw)),2.5em)}');
  assert.equal(embedStyle('.a{inline-size:50vw;margin:.5vw}').style, '.a{inline-size:calc(50*var(--igf-vw,1vw));margin:calc(.5*var(--igf-vw,1vw))}');
  assert.throws(() => embedStyle('.a{block-size:100vh}'), /vh/);
  assert.throws(() => embedStyle('.a{block-size:100dvh}'), /dvh/);
});

test('a negative length in vw keeps its sign, a name that ends in vw is left alone, and a width is named as embed.js writes it', () => {
  assert.equal(embedStyle('.a{margin:-5vw 1vw}').style, '.a{margin:calc(-5*var(--igf-vw,1vw)) calc(1*var(--igf-vw,1vw))}');
  assert.equal(embedStyle('.x-10vw{b:c}.y{a:calc(100% - 2vw)}').style, '.x-10vw{b:c}.y{a:calc(100% - calc(2*var(--igf-vw,1vw)))}');
  assert.equal(embedStyle('.x-100vh{b:c}').style, '.x-100vh{b:c}');
  assert.equal(embedStyle('@media (max-width: 40.0em) {.a{b:c}}').style, ':host([data-igf-width~="le40"]) .a{b:c}');
  assert.deepEqual(embedStyle('@media (max-width: 40.0em) {.a{b:c}}').widths, [40]);
  assert.throws(() => embedStyle('@media (width<=40em){:host .a{b:c}}'), /cannot scope/);
});
