// Starts the app. An external file, not Trunk's inline script, so that a strict
// Content Security Policy (script-src 'self') allows it. The build puts
// holdEarlyInput (web/early-input.js) before this code in dist/loader.js.
//
// The prerendered Messages are readable without the wasm, so the wasm waits
// until they are on screen: on a slow link it never competes with the text
// and its stylesheet. (Trunk's preload links are turned off in Trunk.toml for
// the same reason.) The glue and the wasm then download side by side.
// Meanwhile clicks on the view's buttons and a change of language are held
// and replayed once the app is live; in-page links need no holding, since the
// app reads the fragment they set when it starts.
const script = document.querySelector('script[data-igf-js]');
const mount = document.getElementById('igf-messages');
const early = mount && holdEarlyInput(mount, mount, mount, 'button, select');

let reader = null;
const files = script && { fullJs: script.dataset.igfFullJs, fullWasm: script.dataset.igfFullWasm, catalogs: mount?.dataset.igfCatalogs };
const url = (path) => new URL(path, script.src).href;

/**
 * The glue at `js` with its wasm at `wasm` instantiated (its main has run);
 * `imported` sees the glue before that, as the wasm may ask for the whole app at once.
 */
function load(js, wasm, imported = () => {}) {
  const module = fetch(wasm);
  // Its failure is read once the glue has come; until then it is not unhandled.
  module.catch(() => {});
  return import(js).then((bindings) => {
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
      if (early) early.fail(error);
      console.error('IGF Messages could not start:', error);
    });
}

if (script && mount) {
  upgradeOnRequest(mount, url, files, () => reader, () => document.getElementById('igf-messages'));
}

if (script) {
  // A hidden tab paints nothing, so there is nothing to wait for.
  if (document.visibilityState === 'hidden') start();
  // A frame callback runs just before the first paint; a task queued from it
  // runs once that paint is done.
  else requestAnimationFrame(() => setTimeout(start, 0));
}
