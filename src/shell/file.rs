use super::error::{describe, ShellError};
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
