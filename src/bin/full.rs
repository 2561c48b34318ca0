//! The whole app: the reader's build (`src/main.rs`) and the parts it leaves
//! out (`ui::later`). The page's loader (web/upgrade.js) instantiates it
//! while the reader is still running, which starts nothing, so that a wasm
//! that fails to instantiate leaves the reader working; only then does it
//! stop the reader and call `take_over`. For a person with commitment drafts
//! the loaders start with it instead of the reader, and call `take_over` at
//! once: nothing is handed over, so it starts as the reader would.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}

/// Starts the whole app on the page, in the reader's place or in place of it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over() {
    igf_messages::ui::start_whole();
}

/// Writes a file the reader's build leaves out (CSV, Markdown) for it: the
/// loader runs this wasm as a library beside the reader, which stays and
/// downloads it once told it is written (`shell::upgrade::on_written`).
/// `false` if there is no mount to tell.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn write_file(kind: &str, handed: &str, lang: &str, catalog: Option<String>) -> bool {
    igf_messages::shell::upgrade::write_for_reader(kind, handed, lang, catalog.as_deref())
}
