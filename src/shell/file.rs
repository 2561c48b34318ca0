use super::error::{describe, ShellError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The size of the first file chosen in a file input, and a way to read it.
pub fn chosen(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// Reads a file as UTF-8 text. Call only after checking its size.
pub async fn read_text(file: &web_sys::File) -> Result<String, ShellError> {
    JsFuture::from(file.text())
        .await
        .map_err(|e| ShellError::File(describe(&e)))?
        .as_string()
        .ok_or_else(|| ShellError::File("not text".into()))
}

/// Every file chosen in the file input that fired `e`, and the input emptied
/// so that choosing the same files again fires again.
pub fn chosen_all(e: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|list| list_files(&list)).unwrap_or_default();
    input.set_value("");
    files
}

/// Every file dropped by the drag that fired `e`.
pub fn dropped(e: &web_sys::DragEvent) -> Vec<web_sys::File> {
    e.data_transfer().and_then(|t| t.files()).map(|list| list_files(&list)).unwrap_or_default()
}

fn list_files(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Pasted text as a file, so that it is kept and read like the others.
pub fn text_file(name: &str, text: &str) -> Result<web_sys::File, ShellError> {
    let parts = js_sys::Array::of1(&text.into());
    web_sys::File::new_with_str_sequence(&parts, name).map_err(|e| ShellError::File(describe(&e)))
}

/// How many bytes are read at a time: small enough that copying them into
/// the page takes a few milliseconds, so the page keeps answering.
const PIECE: f64 = 4.0 * 1024.0 * 1024.0;

/// Reads a whole file's bytes, a piece at a time, telling `progress` how many
/// bytes are in so far.
pub async fn read_bytes(file: &web_sys::File, progress: impl Fn(u64)) -> Result<Vec<u8>, ShellError> {
    let size = file.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut start = 0.0;
    while start < size {
        let end = (start + PIECE).min(size);
        let piece = file.slice_with_f64_and_f64(start, end).map_err(|e| ShellError::File(describe(&e)))?;
        let buffer = JsFuture::from(piece.array_buffer()).await.map_err(|e| ShellError::File(describe(&e)))?;
        let array = js_sys::Uint8Array::new(&buffer);
        let at = bytes.len();
        bytes.resize(at + array.length() as usize, 0);
        array.copy_to(&mut bytes[at..]);
        start = end;
        progress(start as u64);
    }
    Ok(bytes)
}

/// Files dropped anywhere on the page go to `f`; a drop elsewhere than a
/// field never makes the browser leave the page to show the file. Dropping
/// the returned guards stops listening.
pub fn on_page_drop(f: impl Fn(Vec<web_sys::File>) + 'static) -> Vec<super::page_events::Listener> {
    use gloo_events::{EventListener, EventListenerOptions};
    let Some(window) = web_sys::window() else { return Vec::new() };
    let active = EventListenerOptions::enable_prevent_default();
    let over = EventListener::new_with_options(&window, "dragover", active, |e| e.prevent_default());
    let drop = EventListener::new_with_options(&window, "drop", active, move |e| {
        e.prevent_default();
        if let Some(e) = e.dyn_ref::<web_sys::DragEvent>() {
            f(dropped(e));
        }
    });
    vec![over, drop]
}
