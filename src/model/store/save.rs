use super::envelope::{Envelope, EnvelopeError};
use super::kv::{KeyValue, StorageError};
use super::storable::Storable;
use super::{draft_key, ORDER_KEY, PROFILE_KEY};
use crate::model::json::{self, Json};
use crate::model::profile::Profile;

/// What a save found in storage before it wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written; `rev` is the record's new save counter.
    Saved { rev: i64 },
    /// Written over a save that another tab made after this tab last read the
    /// record: the later save wins, and the other tab is told through the
    /// `storage` event.
    Superseded { rev: i64, other_tab: String },
}

impl SaveOutcome {
    pub fn rev(&self) -> i64 {
        match self {
            SaveOutcome::Saved { rev } | SaveOutcome::Superseded { rev, .. } => *rev,
        }
    }
}

fn save(
    kv: &dyn KeyValue,
    key: &str,
    kind: &str,
    data: Json,
    known_rev: i64,
    tab: &str,
    now: i64,
) -> Result<SaveOutcome, StorageError> {
    let stored = match kv.get(key)? {
        None => None,
        Some(raw) => match Envelope::parse(&raw) {
            Ok(e) => Some(e),
            // Never write over what cannot be read: it may be someone's work.
            Err(EnvelopeError::Corrupt(why)) => {
                return Err(StorageError::Failed(format!("the stored copy of {key} is unreadable ({why})")))
            }
            Err(EnvelopeError::Newer(_)) => {
                return Err(StorageError::Failed(format!("{key} was saved by a newer version of this app")))
            }
        },
    };
    let stored_rev = stored.as_ref().map_or(0, |e| e.rev);
    let rev = stored_rev.max(known_rev) + 1;
    let envelope = Envelope { kind: kind.to_owned(), rev, tab: tab.to_owned(), saved_at: now, data };
    kv.set(key, &envelope.to_text())?;
    Ok(match stored {
        Some(e) if e.rev > known_rev && e.tab != tab => SaveOutcome::Superseded { rev, other_tab: e.tab },
        _ => SaveOutcome::Saved { rev },
    })
}

/// Saves one draft under its own key. `known_rev` is the save counter this tab
/// last saw for it.
pub fn save_draft<T: Storable>(
    kv: &dyn KeyValue,
    draft: &T,
    known_rev: i64,
    tab: &str,
    now: i64,
) -> Result<SaveOutcome, StorageError> {
    save(kv, &draft_key(draft.id()), T::KIND, draft.to_json(), known_rev, tab, now)
}

pub fn save_profile(
    kv: &dyn KeyValue,
    profile: &Profile,
    known_rev: i64,
    tab: &str,
    now: i64,
) -> Result<SaveOutcome, StorageError> {
    save(kv, PROFILE_KEY, "profile", profile.to_json(), known_rev, tab, now)
}

pub fn remove_draft(kv: &dyn KeyValue, id: &str) -> Result<(), StorageError> {
    kv.remove(&draft_key(id))
}

/// Removes the record at `key`, read at save counter `known_rev`, unless
/// it has been saved since (by another tab: someone is typing into it there,
/// and it is theirs) or can no longer be read (it may be someone's work).
/// Whether storage no longer holds it.
pub fn remove_unless_saved_since(kv: &dyn KeyValue, key: &str, known_rev: i64) -> Result<bool, StorageError> {
    match kv.get(key)?.map(|raw| Envelope::parse(&raw).map_or(true, |e| e.rev > known_rev)) {
        Some(true) => Ok(false),
        Some(false) => kv.remove(key).map(|()| true),
        None => Ok(true),
    }
}

pub fn save_order(kv: &dyn KeyValue, ids: &[String]) -> Result<(), StorageError> {
    kv.set(ORDER_KEY, &Json::Arr(ids.iter().map(|id| json::str(id)).collect()).to_text())
}
