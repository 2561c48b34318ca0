// The embed's copy of the stylesheet, whose width queries follow the app's own
// width rather than the window's.
//
// On a host page the app may be a column of a wide screen: a 300 px sidebar
// on a desktop matched no phone rule and took the wide screen's layout (its
// language picker and its form's second column ran past the column's edge).
// Container queries would fit, but `container-type` makes an element's
// intrinsic width zero, so the app would collapse in a host that sizes it by
// its content (a flex item, an inline block). Instead web/embed.js measures
// the host's width and writes, on the host, which of the stylesheet's widths
// it is under: `lt40` when under 40em, `le40` when at most 40em. Each width
// query here becomes a selector on those tokens, and each length in `vw` a
// share of the app's width, `--igf-vw`, which embed.js writes beside them.
// The standalone page and the iframe mode keep the media queries and `vw`:
// their window is the app's width.

const QUERY = /^\(width\s*(<=|>=)\s*([0-9.]+)em\)$/;
const LEGACY = /^\((max|min)-width\s*:\s*([0-9.]+)em\)$/;

/** The selector that stands for the width query `condition`, or null if it is not one. */
function hostSelector(condition) {
  const c = condition.trim();
  const m = c.match(QUERY) ?? c.match(LEGACY);
  if (!m) {
    if (/width/.test(c)) throw new Error(`embed-style: a width query it cannot follow: @media ${c}`);
    return null;
  }
  const [, op] = m;
  // As web/embed.js writes it: `40`, not `40.0`.
  const n = String(Number(m[2]));
  const under = op === '<=' || op === 'max';
  return { width: Number(n), host: under ? `:host([data-igf-width~="le${n}"])` : `:host(:not([data-igf-width~="lt${n}"]))` };
}

/** The index of the brace that closes the one opened just before `from`. */
function closing(css, from) {
  let depth = 1;
  for (let i = from; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
    else if (css[i] === '"' || css[i] === "'") throw new Error('embed-style: a string inside a width query');
  }
  throw new Error('embed-style: an unclosed block');
}

/** `list` split at its top-level commas (not those inside `:is(…)` and the like). */
function splitSelectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(' || list[i] === '[') depth++;
    else if (list[i] === ')' || list[i] === ']') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

/** The rules of a width query's block, each selector behind `host`. */
function scoped(block, host) {
  let out = '';
  let at = 0;
  while (at < block.length) {
    const open = block.indexOf('{', at);
    if (open < 0) {
      if (block.slice(at).trim()) throw new Error('embed-style: text after the last rule of a width query');
      break;
    }
    const selectors = block.slice(at, open).replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (selectors.startsWith('@') || selectors.includes(':host')) throw new Error(`embed-style: a rule it cannot scope inside a width query: ${selectors}`);
    const end = closing(block, open + 1);
    const body = block.slice(open + 1, end);
    if (body.includes('{')) throw new Error(`embed-style: a nested rule inside a width query: ${selectors}`);
    out += `${splitSelectors(selectors).map((s) => `${host} ${s}`).join(',')}{${body}}`;
    at = end + 1;
  }
  return out;
}

/**
 * `css` with each length in `vw` a share of the app's width instead, which
 * web/embed.js writes on the host as `--igf-vw`. Other viewport units fail
 * the build: nothing here says what they should follow.
 */
export function inAppWidths(css) {
  const other = css.match(/(?:^|[^\w.-])-?[0-9]*\.?[0-9]+(vh|vmin|vmax|vi|vb|[sdl]v[whib])\b/);
  if (other) throw new Error(`embed-style: a length in ${other[1]}, which it cannot make the app's`);
  // A number, not part of a name (`.x-10vw`), with its sign inside the calc().
  return css.replace(/(^|[^\w.-])(-?)([0-9]*\.?[0-9]+)vw\b/g, '$1calc($2$3*var(--igf-vw,1vw))');
}

/**
 * `css` with each `@media` width query (`(width<=Nem)`, `(width>=Nem)`, or
 * their max-/min-width forms) replaced by its rules behind a `:host(…)`
 * selector on the tokens web/embed.js writes; and the widths it named, in em.
 * Other media queries are kept. A width query it cannot follow (in px, or
 * with another condition) fails the build rather than ship a layout that
 * ignores it.
 */
export function embedStyle(css) {
  const widths = new Set();
  let out = '';
  let at = 0;
  const media = /@media([^{]*)\{/g;
  for (let m; (m = media.exec(css)); ) {
    const end = closing(css, media.lastIndex);
    const query = hostSelector(m[1]);
    if (!query) continue;
    widths.add(query.width);
    out += css.slice(at, m.index) + scoped(css.slice(media.lastIndex, end), query.host);
    at = end + 1;
    media.lastIndex = at;
  }
  return { style: inAppWidths(out + css.slice(at)), widths: [...widths].sort((a, b) => a - b) };
}
