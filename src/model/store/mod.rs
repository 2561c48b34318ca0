//! Drafts in browser storage: one key per draft inside a versioned envelope,
//! so that two tabs never overwrite each other's drafts and old data migrates
//! forward. The browser's storage sits behind [`KeyValue`].

mod carry;
mod envelope;
mod journal;
mod kv;
mod load;
mod save;
mod storable;
mod unsaved;

pub use carry::{carried, carry};
pub use envelope::{Envelope, EnvelopeError, SCHEMA};
pub use journal::{is_journaled, recover, Recovered};
pub use kv::{KeyValue, MemoryStore, StorageError};
pub use load::{load, load_at_start, load_from, Loaded, QuarantineReason, Quarantined, Stored};
pub use save::{remove_draft, remove_unless_saved_since, save_draft, save_order, save_profile, SaveOutcome};
pub use storable::{Draft, Storable};
pub use unsaved::Unsaved;

pub const PREFIX: &str = "igf-messages:";
pub const DRAFT_PREFIX: &str = "igf-messages:draft:";
pub const PROFILE_KEY: &str = "igf-messages:profile";
pub const ORDER_KEY: &str = "igf-messages:order";
pub const QUARANTINE_PREFIX: &str = "igf-messages:quarantine:";

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}
