use super::envelope::{Envelope, EnvelopeError};
use super::kv::{KeyValue, StorageError};
use super::save::remove_unless_saved_since;
use super::storable::Draft;
use super::{draft_key, DRAFT_PREFIX, ORDER_KEY, PROFILE_KEY, QUARANTINE_PREFIX};
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::json::Json;
use crate::model::profile::Profile;

/// A record as stored, with its save counter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored<T> {
    pub value: T,
    pub rev: i64,
}

/// Why a stored record was set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuarantineReason {
    /// It is not readable. It was moved under the quarantine prefix.
    Corrupt(String),
    /// A newer version of the app wrote it. It stays where it is, untouched.
    Newer(i64),
}

/// Stored data the app could not use. Its raw text is kept for download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    /// Where the raw text is now.
    pub key: String,
    pub raw: String,
    pub reason: QuarantineReason,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub comments: Vec<Stored<Comment>>,
    pub commitments: Vec<Stored<Commitment>>,
    pub profile: Option<Stored<Profile>>,
    /// Draft ids in the order the person arranged them.
    pub order: Vec<String>,
    pub quarantined: Vec<Quarantined>,
}

/// Reads every draft from `kv`, or reports that the browser gave no storage.
pub fn load_from(kv: Option<&dyn KeyValue>) -> Result<Loaded, StorageError> {
    kv.map_or(Err(StorageError::Unavailable("no storage".into())), load)
}

/// Reads every draft as the app starts, and drops those nobody typed into
/// but `open`, the one the page opens, from storage too: a tap on "Comment"
/// then a closed or reloaded tab would otherwise leave an empty draft, counted
/// as not yet sent on every visit. One that storage will not remove now, or
/// that another tab has saved since it was read, stays.
pub fn load_at_start(kv: Option<&dyn KeyValue>, open: Option<&str>) -> Result<Loaded, StorageError> {
    let mut loaded = load_from(kv)?;
    if let Some(kv) = kv {
        let dropped = |id: &str, pristine: bool, rev: i64| {
            pristine && Some(id) != open && remove_unless_saved_since(kv, &draft_key(id), rev) == Ok(true)
        };
        loaded.comments.retain(|r| !dropped(&r.value.id, r.value.is_pristine(), r.rev));
        loaded.commitments.retain(|r| !dropped(&r.value.id, r.value.is_pristine(), r.rev));
    }
    Ok(loaded)
}

/// Reads every draft. Unreadable records are moved aside, never overwritten: the
/// raw text is copied under the quarantine prefix first, and the original is
/// removed only once that copy is safely written.
pub fn load(kv: &dyn KeyValue) -> Result<Loaded, StorageError> {
    let mut loaded = Loaded::default();
    for key in kv.keys()? {
        if let Some(raw) = key.strip_prefix(QUARANTINE_PREFIX).and(kv.get(&key)?) {
            loaded.quarantined.push(Quarantined { reason: QuarantineReason::Corrupt(String::new()), key, raw });
            continue;
        }
        let is_draft = key.starts_with(DRAFT_PREFIX);
        if !is_draft && key != PROFILE_KEY {
            continue;
        }
        let Some(raw) = kv.get(&key)? else { continue };
        let parsed = Envelope::parse(&raw).and_then(|e| read_record(&e, is_draft).map(|r| (e.rev, r)));
        match parsed {
            Ok((rev, Record::Draft(Draft::Comment(value)))) => loaded.comments.push(Stored { value, rev }),
            Ok((rev, Record::Draft(Draft::Commitment(value)))) => loaded.commitments.push(Stored { value, rev }),
            Ok((rev, Record::Profile(value))) => loaded.profile = Some(Stored { value, rev }),
            Err(EnvelopeError::Newer(schema)) => {
                loaded.quarantined.push(Quarantined { key, raw, reason: QuarantineReason::Newer(schema) })
            }
            Err(EnvelopeError::Corrupt(why)) => {
                let aside = format!("{QUARANTINE_PREFIX}{key}");
                // If the copy cannot be written (a full quota), the original stays
                // where it is: it is reported, and still never overwritten.
                let moved = kv.get(&aside)?.is_none() && kv.set(&aside, &raw).is_ok() && kv.remove(&key).is_ok();
                loaded.quarantined.push(Quarantined {
                    key: if moved { aside } else { key },
                    raw,
                    reason: QuarantineReason::Corrupt(why),
                });
            }
        }
    }
    loaded.order = kv
        .get(ORDER_KEY)?
        .and_then(|raw| Json::parse(&raw).ok())
        .and_then(|v| v.as_array().map(|ids| ids.iter().filter_map(|id| id.as_str().map(str::to_owned)).collect()))
        .unwrap_or_default();
    Ok(loaded)
}

enum Record {
    Draft(Draft),
    Profile(Profile),
}

fn read_record(e: &Envelope, is_draft: bool) -> Result<Record, EnvelopeError> {
    if !is_draft {
        return match e.kind.as_str() {
            "profile" => Profile::from_json(&e.data)
                .map(Record::Profile)
                .ok_or_else(|| EnvelopeError::Corrupt("profile is not an object".into())),
            _ => Err(EnvelopeError::Corrupt(format!("a {} where the profile belongs", e.kind))),
        };
    }
    match Draft::read(&e.kind, &e.data) {
        Some(Ok(draft)) => Ok(Record::Draft(draft)),
        Some(Err(field)) => Err(EnvelopeError::Corrupt(format!("{} field {field}", e.kind))),
        // A kind this version does not know was written by a newer one.
        None => Err(EnvelopeError::Newer(super::SCHEMA)),
    }
}
