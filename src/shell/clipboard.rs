use super::error::{describe, ShellError};
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the system clipboard.
pub async fn write_text(text: &str) -> Result<(), ShellError> {
    let window = web_sys::window().ok_or(ShellError::NoWindow)?;
    let clipboard = window.navigator().clipboard();
    // Insecure contexts and old browsers have no clipboard object at all.
    if clipboard.is_undefined() {
        return Err(ShellError::Clipboard("the Clipboard API is not available".into()));
    }
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|e| ShellError::Clipboard(describe(&e)))
}
