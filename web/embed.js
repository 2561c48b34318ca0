// IGF Messages embed loader: the one stable file a host page loads. It mounts
// the app into the host's #igf-messages, inside a shadow root, so that the
// host's styles and the app's never meet.
//
// scripts/embed-manifest.mjs writes dist/embed.js from this file, after
// holdEarlyInput (web/early-input.js), preferredLang (web/prefer.js),
// buildView (web/view.js), revealFocus (web/reveal.js) and this build's data:
// FILES, the hashed names of the glue and the wasm; STYLE, the app's
// stylesheet, its width queries turned into selectors on the host's
// data-igf-width (scripts/embed-style.mjs), and WIDTHS, the widths they name,
// in em; FAILED, what to say in each language if the app cannot start; VIEW,
// the prerendered reader in every language as one node tree ({ langs, track,
// count, nodes }, as web/view.js builds it).
// FILES.sources is the Messages documents the app reads, fetched beside the
// wasm and handed to it on the mount element.
//
// So the Messages are on screen as soon as this one file has arrived, long
// before the wasm, which then adopts these very nodes. The view is built in
// the language the app will start in, chosen as the app chooses it; that
// language's catalog is fetched beside the wasm and handed to the app on the
// mount element, so that its first render is this view. The view is built with
// createElement and friends, never parsed from HTML (web/view.js). The
// stylesheet is a constructed one, which style-src does not restrict, so it
// costs no request and the first paint is already styled.
const base = new URL('.', import.meta.url).href;
const host = document.getElementById('igf-messages');

function style(shadow) {
  if (shadow.adoptedStyleSheets && CSSStyleSheet.prototype.replaceSync) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = base + FILES.css;
    shadow.append(link);
  }
}

/**
 * Writes on the host which of the stylesheet's widths the app is under, and
 * the app's width as `--igf-vw` (a hundredth of it, for the stylesheet's `vw`),
 * now and again whenever its width changes: the app's layout follows the
 * column the host gives it, not the window (a sidebar on a wide screen takes
 * the phone's layout). Called once the (empty) root is in the shadow, so that
 * its em can be read, and before the view is put in it: the first layout is
 * already the right one (a ResizeObserver reports only after a layout, which
 * the host is charged for as a layout shift).
 */
function followWidth(shadow) {
  let was = -1;
  const write = (width) => {
    if (width === was) return;
    was = width;
    // The app's em is the reader's own default size (`medium`), as in a media query.
    const root = shadow.querySelector('.igf-root');
    const em = parseFloat(getComputedStyle(root || host).fontSize) || 16;
    const under = WIDTHS.flatMap((n) => [width < n * em ? `lt${n}` : '', width <= n * em ? `le${n}` : '']);
    host.setAttribute('data-igf-width', under.filter(Boolean).join(' '));
    host.style.setProperty('--igf-vw', `${width / 100}px`);
  };
  const box = getComputedStyle(host);
  write(host.clientWidth - (parseFloat(box.paddingLeft) || 0) - (parseFloat(box.paddingRight) || 0));
  // The content box's width, as the first write measured it (a media query's width is physical too).
  if (typeof ResizeObserver === 'function') new ResizeObserver((entries) => write(entries[entries.length - 1].contentRect.width)).observe(host);
}

/**
 * Starts fetching the catalog of `lang`, the glue and the wasm, and the app
 * once they have come; `imported` sees the reader's glue.
 */
function startLoading(lang, imported) {
  const catalog = fetchCatalog((path) => base + path, lang, FILES.catalogs).then((text) => {
    if (text) host.igfCatalog = { lang, text };
  });
  // The Messages documents, which the app reads from the mount (src/shell/sources.rs): the host
  // page has no element of ours to hold them. Without them the app says it could not start.
  const sources = fetch(base + FILES.sources)
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => {
      if (text) host.igfSources = text;
    }, () => {});
  // `seen` sees the glue before its wasm starts, which may ask for the whole app at once.
  const load = (js, wasm, seen = () => {}) => {
    const module = fetch(base + wasm);
    // Its failure is read once the glue has come; until then it is not unhandled.
    module.catch(() => {});
    return Promise.all([import(base + js), catalog, sources]).then(([app]) => {
      seen(app);
      return app.default({ module_or_path: module }).then((exports) => [app, exports]);
    });
  };
  const loadWhole = FILES.fullJs ? () => load(FILES.fullJs, FILES.fullWasm) : null;
  return startApp(loadWhole, () => load(FILES.js, FILES.wasm, imported));
}

if (host) {
  host.setAttribute('data-embed', '');
  host.dataset.igfBase = base;
  const lang = preferredLang(VIEW.langs, host.dataset.lang);
  let reader = null;
  // The wasm is the longest download, so it starts first: building the view
  // below takes a slow phone's CPU a while. The app starts only once the wasm
  // has come, long after the view is on screen.
  const started = startLoading(lang, (app) => { reader = app; });
  const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
  style(shadow);
  const view = document.createElement('div');
  view.className = 'igf-root';
  shadow.append(view);
  followWidth(shadow);
  // The prerender is the reader of one track: another track renders afresh
  // rather than showing the wrong one first.
  const track = (host.dataset.track || '').trim();
  if (!track || track === VIEW.track) {
    view.append(...buildView(VIEW, VIEW.langs.indexOf(lang)));
    view.setAttribute('data-igf-prerendered', String(VIEW.count));
  }
  // Links are held too: before the app, a link would set the host's fragment
  // wholesale, or touch the URL when the host said not to.
  const early = holdEarlyInput(shadow, host, view, 'button, select, a[href^="#"]');
  revealFocus(shadow);
  upgradeOnRequest(host, (path) => base + path, FILES, () => reader, () => shadow.querySelector('.igf-root'));
  started.catch((error) => {
    early.fail(error, lang);
    console.error('IGF Messages could not start:', error);
  });
}
