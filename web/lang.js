// The standalone page's first script: in its head, so that it runs before
// anything is painted. index.html holds the reader prerendered in
// English; a person who reads another of the app's languages would see that
// first, then the page turn to theirs, right to left for Arabic, once the
// wasm had come (5 s on 3G). So this chooses the language as the app will
// (web/prefer.js; a framed page's igf-lang counts as the host's setting, as
// in src/shell/config.rs) and, for any but English, marks the page with it at
// once: lang and dir, and data-igf-view, which hides the mount (style/main.css)
// until web/loader.js has put the view in that language in its place, for 4 s
// at most. scripts/embed-manifest.mjs puts it, after web/prefer.js and in a
// function of its own, inline at the top of the page's head: a file would hold
// up the parsing of the page for a round trip. The page's CSP allows it by its
// hash (dist/csp-script-src.txt).
const query = new URLSearchParams(location.search);
const framed = /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(query.get('igf-parent') || '');
const lang = preferredLang(['ar', 'zh', 'en', 'fr', 'ru', 'es'], framed ? query.get('igf-lang') : null);
if (lang !== 'en') {
  const page = document.documentElement;
  page.lang = lang;
  page.dir = lang === 'ar' ? 'rtl' : 'ltr';
  page.setAttribute('data-igf-view', lang);
  // The view and its catalog are asked for now, not once the loader has come
  // and asks again (it is given these): a round trip sooner on a slow link.
  for (const template of [page.dataset.igfViewUrl, page.dataset.igfCatalogUrl]) {
    if (!template) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = template.replace('{lang}', lang);
    document.head.append(link);
  }
  // 4 s after the page was asked for, English is better than nothing: shown,
  // and said to be English. The loader gives up on the view then too.
  setTimeout(() => {
    if (page.getAttribute('data-igf-view') !== lang) return;
    page.removeAttribute('data-igf-view');
    page.lang = 'en';
    page.dir = 'ltr';
  }, 4000 - performance.now());
}
