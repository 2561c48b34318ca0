// Starts the app. An external file, not Trunk's inline script, so that a strict
// Content Security Policy (script-src 'self') allows it.
const script = document.querySelector('script[data-igf-js]');
if (script) {
  import(script.dataset.igfJs)
    .then((bindings) => bindings.default({ module_or_path: script.dataset.igfWasm }))
    // The benchmark reads the wasm memory's size from here.
    .then((exports) => { globalThis.igfWasmMemory = exports.memory; })
    .catch((error) => {
      const root = document.getElementById('igf-messages');
      if (root) root.dataset.igfFailed = String(error && error.message || error);
      console.error('IGF Messages could not start:', error);
    });
}
