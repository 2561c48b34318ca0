use wasm_bindgen_futures::JsFuture;

/// Asks the browser to keep this site's storage under pressure. `None` when the
/// browser has no Storage API (or refuses to answer).
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    if wasm_bindgen::JsValue::from(storage.clone()).is_undefined() {
        return None;
    }
    if let Ok(already) = storage.persisted() {
        if JsFuture::from(already).await.ok()?.as_bool() == Some(true) {
            return Some(true);
        }
    }
    JsFuture::from(storage.persist().ok()?).await.ok()?.as_bool()
}
