// The standalone page's first script: in its head, and blocking, so that it
// runs before anything is painted. index.html holds the reader prerendered in
// English; a person who reads another of the app's languages would see that
// first, then the page turn to theirs, right to left for Arabic, once the
// wasm had come (5 s on 3G). So this chooses the language as the app will
// (web/prefer.js; a framed page's igf-lang counts as the host's setting, as
// in src/shell/config.rs) and, for any but English, marks the page with it at
// once: lang and dir, and data-igf-view, which hides the mount (style/main.css)
// until web/loader.js has put the view in that language in its place. Should
// the loader never come, the stylesheet shows the English after 3 s.
// scripts/embed-manifest.mjs writes it, after web/prefer.js, as
// dist/lang-<hash>.js, in a function of its own, and puts it in the page's head.
const query = new URLSearchParams(location.search);
const framed = /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(query.get('igf-parent') || '');
const lang = preferredLang(['ar', 'zh', 'en', 'fr', 'ru', 'es'], framed ? query.get('igf-lang') : null);
if (lang !== 'en') {
  const page = document.documentElement;
  page.lang = lang;
  page.dir = lang === 'ar' ? 'rtl' : 'ltr';
  page.setAttribute('data-igf-view', lang);
}
