//! The collation page's own wasm (`collate.html`), so that the public page
//! never downloads a byte of it.

fn main() {
    igf_messages::ui::collate::start();
}
