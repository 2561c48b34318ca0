//! A second copy of every draft write in IndexedDB (see
//! `model::store::recover` for why): storage wrapped so each write and removal
//! of a draft, the details or the order is mirrored, and the copy read back at
//! the next start. Where IndexedDB is refused (a sandboxed frame, some private
//! modes) the mirror does nothing and storage works as before.

use super::error::{describe, ShellError};
use crate::model::store::{is_journaled, KeyValue, StorageError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "igf-messages";
const STORE: &str = "journal";

/// What to do to the copy: write a record, or remove it.
type Op = (String, Option<String>);

#[derive(Default)]
enum State {
    /// Writes wait here until the database is open.
    #[default]
    Opening,
    Open(IdbDatabase),
    Refused,
}

/// Storage whose journaled writes are mirrored into IndexedDB.
pub struct Mirrored<K: KeyValue> {
    inner: K,
    state: Rc<RefCell<(State, Vec<Op>)>>,
}

impl<K: KeyValue> Mirrored<K> {
    /// Wraps `inner` and starts opening the database; writes made before it
    /// is open are queued and applied once it is.
    pub fn new(inner: K) -> Mirrored<K> {
        let state: Rc<RefCell<(State, Vec<Op>)>> = Rc::default();
        let opening = state.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let next = open().await.map_or(State::Refused, State::Open);
            let queued = {
                let mut s = opening.borrow_mut();
                s.0 = next;
                std::mem::take(&mut s.1)
            };
            if let State::Open(db) = &opening.borrow().0 {
                apply(db, &queued);
            }
        });
        Mirrored { inner, state }
    }

    fn mirror(&self, op: Op) {
        let mut s = self.state.borrow_mut();
        match &s.0 {
            State::Opening => s.1.push(op),
            State::Open(db) => apply(db, std::slice::from_ref(&op)),
            State::Refused => {}
        }
    }
}

impl<K: KeyValue> KeyValue for Mirrored<K> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let written = self.inner.set(key, value);
        // Even a write storage refused (full) is kept in the copy, which a
        // later start can bring back once there is room.
        if is_journaled(key) {
            self.mirror((key.to_owned(), Some(value.to_owned())));
        }
        written
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        let removed = self.inner.remove(key);
        if removed.is_ok() && is_journaled(key) {
            self.mirror((key.to_owned(), None));
        }
        removed
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

/// Every (key, record) the copy holds.
pub async fn entries() -> Result<Vec<(String, String)>, ShellError> {
    let db = open().await?;
    let store = db
        .transaction_with_str(STORE)
        .and_then(|tx| tx.object_store(STORE))
        .map_err(|e| ShellError::Unsupported(describe(&e)))?;
    let keys = done(&store.get_all_keys().map_err(|e| ShellError::Unsupported(describe(&e)))?).await?;
    let values = done(&store.get_all().map_err(|e| ShellError::Unsupported(describe(&e)))?).await?;
    let (keys, values) = (js_sys::Array::from(&keys), js_sys::Array::from(&values));
    Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
}

fn apply(db: &IdbDatabase, ops: &[Op]) {
    if ops.is_empty() {
        return;
    }
    let Ok(store) =
        db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).and_then(|tx| tx.object_store(STORE))
    else {
        return;
    };
    for (key, value) in ops {
        // A refused copy leaves storage's own write, which is what there was before the journal.
        let _ = match value {
            Some(value) => store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key)),
            None => store.delete(&JsValue::from_str(key)),
        };
    }
}

async fn open() -> Result<IdbDatabase, ShellError> {
    let window = web_sys::window().ok_or(ShellError::NoWindow)?;
    let refused = |e: JsValue| ShellError::Unsupported(describe(&e));
    let factory = window.indexed_db().map_err(refused)?.ok_or_else(|| ShellError::Unsupported("IndexedDB".into()))?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(refused)?;
    let upgrade = {
        let request = request.clone();
        Closure::once(move |_: web_sys::Event| {
            if let Ok(db) = request.result().map(|r| r.unchecked_into::<IdbDatabase>()) {
                let _ = db.create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await?;
    request.set_onupgradeneeded(None);
    Ok(db.unchecked_into())
}

/// Waits for an IndexedDB request to succeed or fail.
async fn done(request: &IdbRequest) -> Result<JsValue, ShellError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(|e| ShellError::Unsupported(describe(&e)))?;
    request.result().map_err(|e| ShellError::Unsupported(describe(&e)))
}
