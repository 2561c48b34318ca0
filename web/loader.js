// Starts the app. An external file, not Trunk's inline script, so that a strict
// Content Security Policy (script-src 'self') allows it. The build puts
// holdEarlyInput (web/early-input.js), the upgrade's functions (web/upgrade.js),
// buildView (web/view.js) and revealFocus (web/reveal.js) before this code in
// dist/loader.js.
//
// The prerendered Messages are readable without the wasm, and on a slow link
// the wasm is what the app waits for. This script is async: it runs as soon as
// it has come, often before the rest of the page is parsed, and fetches the
// wasm at once. It is requested just after the stylesheet and is smaller, so
// the wasm shares the link with the stylesheet's last bytes at most; on 3G
// with a slow phone's CPU, text was on screen as soon as before, and the app
// answered a quarter of a second sooner than when this waited for the first
// paint (bench/results.md). (Trunk's preload links, which would compete with
// the text from the start, are turned off in Trunk.toml.) The glue and the
// wasm download side by side, and the app starts only once the page is
// parsed, since it adopts the prerendered view.
// Meanwhile clicks on the view's buttons and a change of language are held
// and replayed once the app is live; in-page links need no holding, since the
// app reads the fragment they set when it starts.
// A person who reads another language than English has the view in theirs
// (web/lang.js marked the page with it, and hides the English until then):
// that view and its catalog are fetched at once, the view put in the English
// one's place as soon as both it and the page are there, and the catalog
// handed to the app on the mount, as embed.js does, so that the app's first
// render is that view. If either cannot be had in time, the English is shown
// and the app turns to the language once it runs, as it would without all this.
const script = document.querySelector('script[data-igf-js]');
let early = null;
let reader = null;
const files = script && { fullJs: script.dataset.igfFullJs, fullWasm: script.dataset.igfFullWasm };
const url = (path) => new URL(path, script.src).href;
const page = document.documentElement;
const viewLang = script && page.getAttribute('data-igf-view');

/**
 * The view in the page's language, and its catalog's text (null if it cannot
 * be had), from the addresses the build wrote on the page, which its first
 * script already asked for (preload links).
 */
function fetchView() {
  const { igfViewUrl, igfCatalogUrl } = page.dataset;
  if (!igfViewUrl || !igfCatalogUrl) return Promise.reject(new Error('the page names no views'));
  const at = (template) => new URL(template.replace('{lang}', viewLang), location.href).href;
  const view = fetch(at(igfViewUrl)).then((r) => {
    if (!r.ok) throw new Error(`the view in ${viewLang}: ${r.status}`);
    return r.json();
  });
  const catalog = fetch(at(igfCatalogUrl)).then((r) => (r.ok ? r.text() : null), () => null);
  return Promise.all([view, catalog]);
}
const localView = viewLang ? fetchView() : null;
localView?.catch(() => {});

/**
 * The page's view in the person's language, if it has come within 4 s of the
 * page being asked for (web/lang.js shows the English then, which the person
 * may already be reading: a view that comes later is not put in); the English
 * shown otherwise.
 */
function showView(mount) {
  if (!localView) return null;
  const late = new Promise((done) => setTimeout(done, 4000 - performance.now(), null));
  return Promise.race([localView, late]).then((got) => {
    if (!page.hasAttribute('data-igf-view') || !got) throw new Error('it did not come within 4 s');
    const [view, catalog] = got;
    // Without its catalog the app's first render would not be this view.
    if (!catalog) throw new Error(`no catalog for ${viewLang}`);
    mount.replaceChildren(...buildView(view, 0));
    if (typeof view.title === 'string') document.title = view.title;
    if (Array.isArray(view.failed)) FAILED[viewLang] = view.failed;
    mount.igfCatalog = { lang: viewLang, text: catalog };
  }).catch((error) => {
    console.error('IGF Messages could not show the page in your language at once:', error);
    page.lang = 'en';
    page.dir = 'ltr';
  }).then(() => page.removeAttribute('data-igf-view'));
}

/** Holds early input on the prerendered view, and fetches the whole app when it asks. */
function watchMount(mount) {
  early = holdEarlyInput(mount, mount, mount, 'button, select');
  // The page's, not the mount's: the whole app starts on a copy of the mount.
  revealFocus(document);
  files.catalogs = mount.dataset.igfCatalogs;
  upgradeOnRequest(mount, url, files, () => reader, () => document.getElementById('igf-messages'));
}

/** Settles once the page is parsed, its view in the person's language, and its mount watched. */
const parsed = new Promise((done) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
  else done();
}).then(async () => {
  const mount = script && document.getElementById('igf-messages');
  if (!mount) return;
  await showView(mount);
  watchMount(mount);
});

/**
 * The glue at `js` with its wasm at `wasm` instantiated (its main has run);
 * `imported` sees the glue before that, as the wasm may ask for the whole app at once.
 */
function load(js, wasm, imported = () => {}) {
  const module = fetch(wasm);
  // Its failure is read once the glue has come; until then it is not unhandled.
  module.catch(() => {});
  return Promise.all([import(js), parsed]).then(([bindings]) => {
    imported(bindings);
    return bindings.default({ module_or_path: module }).then((exports) => [bindings, exports]);
  });
}

function start() {
  const loadWhole = files.fullJs ? () => load(url(files.fullJs), url(files.fullWasm)) : null;
  const loadReader = () => load(script.dataset.igfJs, script.dataset.igfWasm, (bindings) => { reader = bindings; });
  startApp(loadWhole, loadReader)
    // The benchmark reads the wasm memory's size from here.
    .then((exports) => { globalThis.igfWasmMemory = exports.memory; })
    .catch((error) => {
      console.error('IGF Messages could not start:', error);
      // A failure before the page is parsed (the glue refused, say) is told
      // once the view's input is held, so that no click waits for nothing.
      parsed.then(() => early?.fail(error));
    });
}

if (script) start();
