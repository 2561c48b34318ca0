// The browser build allocates with talc, smaller than the standard library's dlmalloc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    igf_messages::ui::start();
}

/// Stops the reader's build for the whole app (`ui::later`), which the page's
/// loader then starts. Exported from this build only: the others never stop.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stop() {
    igf_messages::ui::stop();
}
