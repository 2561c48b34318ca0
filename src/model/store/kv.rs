use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// What browser storage can refuse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The quota is used up (`QuotaExceededError`). What was saved before is intact.
    Full,
    /// Storage cannot be used at all: blocked, sandboxed, or private mode.
    Unavailable(String),
    /// Any other refusal.
    Failed(String),
}

/// A string key-value store: `localStorage` in the browser, memory in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Storage in memory, with an optional quota in bytes to rehearse a full disk.
#[derive(Debug, Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
    pub quota: Cell<Option<usize>>,
    pub blocked: Cell<bool>,
}

impl MemoryStore {
    fn check(&self) -> Result<(), StorageError> {
        if self.blocked.get() {
            Err(StorageError::Unavailable("blocked".into()))
        } else {
            Ok(())
        }
    }

    pub fn used(&self) -> usize {
        self.items.borrow().iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check()?;
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        let old = self.items.borrow().get(key).map_or(0, |v| key.len() + v.len());
        if let Some(quota) = self.quota.get() {
            if self.used() - old + key.len() + value.len() > quota {
                return Err(StorageError::Full);
            }
        }
        self.items.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check()?;
        Ok(self.items.borrow().keys().cloned().collect())
    }
}
