// Builds a prerendered view from its node tree (scripts/embed-manifest.mjs,
// prerenderedView): a node is a text, ['!', comment] or [tag, attributes,
// ...children]; a text or an attribute value that differs between the view's
// `langs` is { $: [one per language] }, null for an attribute a language does
// not have, and parts for a text holding a date or a number, which the
// browser's Intl formats here as the app will (src/shell/intl.rs). Built with
// createElement and friends, never parsed from HTML: pages that require
// Trusted Types allow that, and no text is ever read as markup. Not a module:
// the build puts it in dist/embed.js and dist/loader.js.

/** The parts of a text, the dates and numbers formatted as the app formats them. */
function viewText(parts, lang) {
  if (!Array.isArray(parts)) return parts;
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if (part.d) {
      const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
      return new Intl.DateTimeFormat(lang, options).format(new Date(`${part.d}T00:00:00Z`));
    }
    return new Intl.NumberFormat(lang).format(part.n);
  }).join('');
}

/** The nodes of `view` in its language number `at`. */
function buildView(view, at) {
  const value = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? viewText(v.$[at], view.langs[at]) : v);
  const build = (node) => {
    if (!Array.isArray(node)) return document.createTextNode(value(node));
    if (node[0] === '!') return document.createComment(node[1]);
    const [tag, attributes, ...children] = node;
    const el = document.createElement(tag);
    for (const name of Object.keys(attributes)) {
      const v = value(attributes[name]);
      if (v !== null) el.setAttribute(name, v);
    }
    el.append(...children.map(build));
    return el;
  };
  return view.nodes.map(build);
}
