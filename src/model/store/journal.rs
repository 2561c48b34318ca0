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

/// What [`recover`] did: the keys it wrote back, and the newer records storage
/// refused (full), which the app must still show and save.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Recovered {
    pub written: Vec<String>,
    pub unwritten: Vec<(String, String)>,
    /// Why storage refused them: the first refusal.
    pub failed: Option<StorageError>,
}

/// Writes back every journal entry that storage lacks or holds an older save
/// of. Entries that do not parse are left alone: storage's own copy, whatever
/// it is, is never replaced by a worse one. One that storage refuses is kept
/// in [`Recovered::unwritten`], and the rest are still tried.
pub fn recover(journal: &[(String, String)], kv: &dyn KeyValue) -> Recovered {
    let mut done = Recovered::default();
    for (key, raw) in journal.iter().filter(|(key, _)| is_journaled(key)) {
        let stored = match kv.get(key) {
            Ok(stored) => stored,
            Err(e) => {
                done.failed.get_or_insert(e);
                continue;
            }
        };
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
        if !newer {
            continue;
        }
        match kv.set(key, raw) {
            Ok(()) => done.written.push(key.clone()),
            Err(e) => {
                done.failed.get_or_insert(e);
                done.unwritten.push((key.clone(), raw.clone()));
            }
        }
    }
    done
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
        assert_eq!(recover(&journal, &kv).written, vec![lost.clone(), kept.clone()]);
        assert_eq!(kv.get(&lost).unwrap(), Some(envelope(1, 10, "only in the journal")));
        assert_eq!(kv.get(&kept).unwrap(), Some(envelope(4, 40, "typed after the last commit")));
        assert_eq!(kv.get(&older).unwrap(), Some(envelope(5, 50, "stored, newer")));
        assert_eq!(kv.get("igf-messages:lang").unwrap(), None, "only drafts, details and order are journaled");
    }

    #[test]
    fn what_a_full_storage_refuses_is_kept_and_the_rest_written() {
        let kv = MemoryStore::default();
        let (big, small) = (draft_key("c-big"), draft_key("c-small"));
        kv.set(&big, &envelope(1, 10, "old")).unwrap();
        let typed = envelope(2, 20, &"typed while storage was full ".repeat(20));
        kv.quota.set(Some(kv.used() + 100));
        let journal = vec![(big.clone(), typed.clone()), (small.clone(), envelope(1, 5, "s"))];
        let done = recover(&journal, &kv);
        assert_eq!(done.written, vec![small.clone()], "a refusal does not stop the rest");
        assert_eq!(done.unwritten, vec![(big.clone(), typed.clone())]);
        assert_eq!(done.failed, Some(StorageError::Full));
        assert_eq!(kv.get(&big).unwrap(), Some(envelope(1, 10, "old")), "storage itself untouched");
    }

    #[test]
    fn an_unreadable_journal_entry_never_replaces_storage() {
        let kv = MemoryStore::default();
        let key = draft_key("c");
        kv.set(&key, &envelope(1, 1, "good")).unwrap();
        assert_eq!(recover(&[(key.clone(), "{not json".into())], &kv), Recovered::default());
        assert_eq!(kv.get(&key).unwrap(), Some(envelope(1, 1, "good")));
    }
}
