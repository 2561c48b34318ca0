// Starts the app. An external file, not Trunk's inline script, so that a strict
// Content Security Policy (script-src 'self') allows it. The build puts
// holdEarlyInput (web/early-input.js) before this code in dist/loader.js.
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
const script = document.querySelector('script[data-igf-js]');
let early = null;
let reader = null;
const files = script && { fullJs: script.dataset.igfFullJs, fullWasm: script.dataset.igfFullWasm };
const url = (path) => new URL(path, script.src).href;

/** Holds early input on the prerendered view, and fetches the whole app when it asks. */
function watchMount() {
  const mount = document.getElementById('igf-messages');
  if (!mount) return;
  early = holdEarlyInput(mount, mount, mount, 'button, select');
  files.catalogs = mount.dataset.igfCatalogs;
  upgradeOnRequest(mount, url, files, () => reader, () => document.getElementById('igf-messages'));
}

/** Settles once the page is parsed and its mount watched. */
const parsed = new Promise((done) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
  else done();
}).then(() => {
  if (script) watchMount();
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
