//! The whole app: the reader's build (`src/main.rs`) and the screens it leaves
//! out (`ui::later`). The page fetches it when a person first needs one.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    igf_messages::ui::start_whole();
}
