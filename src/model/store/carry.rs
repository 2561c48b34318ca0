//! Drafts carried from the reader's build to the whole app (`ui::later`) when
//! storage does not hold them all (there is none, or a save failed), so that
//! nothing is lost in the hand-over: each draft as storage holds its data,
//! with its kind and save counter, the profile and the person's order, in one
//! JSON text, written and read by the same code as storage.

use super::{Draft, Loaded, Storable, StorageError, Stored};
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::json::{self, obj, Json};
use crate::model::profile::Profile;

/// Every draft, the profile with its save counter, and the person's order, as one text.
pub fn carry(
    comments: &[Stored<Comment>],
    commitments: &[Stored<Commitment>],
    profile: (&Profile, i64),
    order: &[String],
) -> String {
    let record =
        |kind: &str, rev: i64, data: Json| obj([("kind", json::str(kind)), ("rev", Json::Int(rev)), ("data", data)]);
    let drafts = comments.iter().map(|c| record(Comment::KIND, c.rev, c.value.to_json()));
    let drafts = drafts.chain(commitments.iter().map(|c| record(Commitment::KIND, c.rev, c.value.to_json())));
    obj([
        ("drafts", Json::Arr(drafts.collect())),
        ("profile", record("profile", profile.1, profile.0.to_json())),
        ("order", Json::Arr(order.iter().map(|id| json::str(id)).collect())),
    ])
    .to_text()
}

/// The drafts in a text [`carry`] wrote. Anything else is refused whole:
/// only a fault in the app could produce it.
pub fn carried(text: &str) -> Result<Loaded, StorageError> {
    let refused = |why: String| StorageError::Failed(format!("the drafts handed over could not be read: {why}"));
    let all = Json::parse(text).map_err(|e| refused(e.to_string()))?;
    let mut loaded = Loaded::default();
    for record in all.get("drafts").and_then(Json::as_array).ok_or_else(|| refused("no drafts".into()))? {
        let kind = record.get("kind").and_then(Json::as_str).unwrap_or_default();
        let (rev, data) = parts(record);
        match Draft::read(kind, data) {
            Some(Ok(Draft::Comment(value))) => loaded.comments.push(Stored { value, rev }),
            Some(Ok(Draft::Commitment(value))) => loaded.commitments.push(Stored { value, rev }),
            Some(Err(field)) => return Err(refused(format!("{kind} field {field}"))),
            None => return Err(refused(format!("a draft of kind “{kind}”"))),
        }
    }
    let (rev, profile) = parts(all.get("profile").unwrap_or(&Json::Null));
    let value = Profile::from_json(profile).ok_or_else(|| refused("no profile".into()))?;
    loaded.profile = Some(Stored { value, rev });
    let order = all.get("order").and_then(Json::as_array).ok_or_else(|| refused("no order".into()))?;
    loaded.order = order.iter().filter_map(|id| id.as_str().map(str::to_owned)).collect();
    Ok(loaded)
}

/// A record's save counter (0 if it has none) and its data.
fn parts(record: &Json) -> (i64, &Json) {
    (record.get("rev").and_then(Json::as_i64).unwrap_or(0), record.get("data").unwrap_or(&Json::Null))
}
