//! Bringing back what the journal holds and storage lost.
//!
//! Chromium commits `localStorage` to disk in batches, seconds apart, so a
//! browser that is killed right after a keystroke loses writes the page made.
//! The shell therefore keeps a second copy of each record in IndexedDB, which
//! commits each transaction as it completes; at the next start, whatever that
//! copy holds newer than storage is written back.

use super::envelope::Envelope;
use super::kv::{KeyValue, StorageError};
use super::{DRAFT_PREFIX, ORDER_KEY, PROFILE_KEY};

/// Whether a key is one the journal keeps: drafts, the details and the order.
pub fn is_journaled(key: &str) -> bool {
    key.starts_with(DRAFT_PREFIX) || key == PROFILE_KEY || key == ORDER_KEY
}

/// Writes back every journal entry that storage lacks or holds an older save
/// of, and returns the keys it wrote. Entries that do not parse are left
/// alone: storage's own copy, whatever it is, is never replaced by a worse one.
pub fn recover(journal: &[(String, String)], kv: &dyn KeyValue) -> Result<Vec<String>, StorageError> {
    let mut written = Vec::new();
    for (key, raw) in journal.iter().filter(|(key, _)| is_journaled(key)) {
        let stored = kv.get(key)?;
        if stored.as_deref() == Some(raw.as_str()) {
            continue;
        }
        let newer = match stored.as_deref() {
            None => true,
            // The order has no save counter; the journal holds the last one
            // any tab wrote, since every write goes to both.
            Some(_) if key == ORDER_KEY => true,
            Some(stored) => is_newer(raw, stored),
        };
        if newer {
            kv.set(key, raw)?;
            written.push(key.clone());
        }
    }
    Ok(written)
}

/// Whether the envelope `candidate` is a later save than `current`: a higher
/// save counter, or the same counter saved later.
fn is_newer(candidate: &str, current: &str) -> bool {
    match (Envelope::parse(candidate), Envelope::parse(current)) {
        (Ok(c), Ok(s)) => (c.rev, c.saved_at) > (s.rev, s.saved_at),
        // Storage's copy is unreadable and the journal's is not.
        (Ok(_), Err(_)) => true,
        (Err(_), _) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::json::Json;
    use crate::model::store::{draft_key, MemoryStore};

    fn envelope(rev: i64, saved_at: i64, text: &str) -> String {
        Envelope { kind: "comment".into(), rev, tab: "t".into(), saved_at, data: Json::Str(text.into()) }.to_text()
    }

    #[test]
    fn a_save_storage_lost_comes_back_and_an_older_one_does_not() {
        let kv = MemoryStore::default();
        let (lost, kept, older) = (draft_key("c-lost"), draft_key("c-kept"), draft_key("c-older"));
        kv.set(&kept, &envelope(3, 30, "stored")).unwrap();
        kv.set(&older, &envelope(5, 50, "stored, newer")).unwrap();
        let journal = vec![
            (lost.clone(), envelope(1, 10, "only in the journal")),
            (kept.clone(), envelope(4, 40, "typed after the last commit")),
            (older.clone(), envelope(4, 40, "an earlier save")),
            ("igf-messages:lang".into(), "fr".into()),
        ];
        assert_eq!(recover(&journal, &kv).unwrap(), vec![lost.clone(), kept.clone()]);
        assert_eq!(kv.get(&lost).unwrap(), Some(envelope(1, 10, "only in the journal")));
        assert_eq!(kv.get(&kept).unwrap(), Some(envelope(4, 40, "typed after the last commit")));
        assert_eq!(kv.get(&older).unwrap(), Some(envelope(5, 50, "stored, newer")));
        assert_eq!(kv.get("igf-messages:lang").unwrap(), None, "only drafts, details and order are journaled");
    }

    #[test]
    fn an_unreadable_journal_entry_never_replaces_storage() {
        let kv = MemoryStore::default();
        let key = draft_key("c");
        kv.set(&key, &envelope(1, 1, "good")).unwrap();
        assert!(recover(&[(key.clone(), "{not json".into())], &kv).unwrap().is_empty());
        assert_eq!(kv.get(&key).unwrap(), Some(envelope(1, 1, "good")));
    }
}
