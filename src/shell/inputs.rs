//! The collation page's inputs kept in IndexedDB, as the files themselves
//! (the browser stores a file's bytes without copying them through the page),
//! so that the collation can be read again after a reload. A thousand
//! packages would not fit in `localStorage`.

use super::error::describe;
use std::fmt;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "igf-collate";
const STORE: &str = "inputs";

/// Why the inputs could not be kept or read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's quota for this site is used up.
    Full,
    /// IndexedDB is refused here (some private modes, a sandbox, a policy).
    Unavailable,
    /// Anything else, as the browser named it.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Full => write!(f, "storage is full"),
            StoreError::Unavailable => write!(f, "storage is not available"),
            StoreError::Failed(why) => write!(f, "{why}"),
        }
    }
}

/// A browser error as a [`StoreError`], by its DOMException name.
fn classify(error: &JsValue) -> StoreError {
    let name = js_sys::Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => StoreError::Full,
        "SecurityError" | "InvalidStateError" => StoreError::Unavailable,
        _ => StoreError::Failed(describe(error)),
    }
}

/// Adds a file after those already kept.
pub async fn save(file: &File) -> Result<(), StoreError> {
    let (tx, store) = transaction(IdbTransactionMode::Readwrite).await?;
    store.add(file).map_err(|e| classify(&e))?;
    finished(&tx).await
}

/// Every file kept, in the order they were added.
pub async fn load() -> Result<Vec<File>, StoreError> {
    let (_, store) = transaction(IdbTransactionMode::Readonly).await?;
    let all = done(&store.get_all().map_err(|e| classify(&e))?).await?;
    Ok(js_sys::Array::from(&all).iter().filter_map(|v| v.dyn_into::<File>().ok()).collect())
}

/// Removes every file kept.
pub async fn clear() -> Result<(), StoreError> {
    let (tx, store) = transaction(IdbTransactionMode::Readwrite).await?;
    store.clear().map_err(|e| classify(&e))?;
    finished(&tx).await
}

async fn transaction(mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, mode).map_err(|e| classify(&e))?;
    let store = tx.object_store(STORE).map_err(|e| classify(&e))?;
    Ok((tx, store))
}

async fn open() -> Result<IdbDatabase, StoreError> {
    let window = web_sys::window().ok_or(StoreError::Unavailable)?;
    let factory = window.indexed_db().map_err(|e| classify(&e))?.ok_or(StoreError::Unavailable)?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(|e| classify(&e))?;
    let upgrade = {
        let request = request.clone();
        Closure::once(move |_: web_sys::Event| {
            if let Ok(db) = request.result().map(|r| r.unchecked_into::<IdbDatabase>()) {
                let options = web_sys::IdbObjectStoreParameters::new();
                options.set_auto_increment(true);
                let _ = db.create_object_store_with_optional_parameters(STORE, &options);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await;
    request.set_onupgradeneeded(None);
    // Refused outright, as in some private modes, is as good as unavailable.
    Ok(db.map_err(|e| if e == StoreError::Full { e } else { StoreError::Unavailable })?.unchecked_into())
}

/// Waits for an IndexedDB request to succeed or fail.
async fn done(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let failed = request.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        let failed = failed.clone();
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| classify(&e))?;
    request.result().map_err(|e| classify(&e))
}

/// Waits for a write transaction to be committed; a quota error shows here.
async fn finished(tx: &IdbTransaction) -> Result<(), StoreError> {
    let failed = tx.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        let failed = failed.clone();
        let on_abort = Closure::once_into_js(move |_: web_sys::Event| {
            let error = failed.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| classify(&e))
}
