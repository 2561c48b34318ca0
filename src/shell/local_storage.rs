//! `localStorage` behind the core's [`KeyValue`] trait.

use super::error::describe;
use crate::model::store::{KeyValue, StorageError};
use wasm_bindgen::JsValue;

pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// Opens `localStorage`. Fails when the browser blocks it: a sandboxed frame,
    /// blocked cookies, or a private mode with no quota.
    pub fn open() -> Result<LocalStorage, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        // The getter itself throws SecurityError when storage is blocked.
        let storage = window
            .local_storage()
            .map_err(|e| StorageError::Unavailable(describe(&e)))?
            .ok_or_else(|| StorageError::Unavailable("no localStorage".into()))?;
        Ok(LocalStorage { storage })
    }
}

fn classify(e: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable(describe(&e)),
        _ => StorageError::Failed(describe(&e)),
    }
}

impl KeyValue for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(classify)?;
        (0..n).filter_map(|i| self.storage.key(i).map_err(classify).transpose()).collect()
    }
}
