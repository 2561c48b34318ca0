//! Where a commented message is in the Messages the app has now.

use crate::model::document::{Anchor, Library, MessageId};

/// The message an anchor points to in the library's document for its track:
/// the same id when the fingerprint still matches there, else the message
/// with that fingerprint; `None` when neither is found.
///
/// This is the one place that decides; a matcher across versions (word
/// overlap, as `Anchor::locate` does for the reader) can replace it.
pub fn located_message_id(anchor: &Anchor, library: &Library) -> Option<MessageId> {
    let doc = library.get(anchor.message_id.track)?;
    if doc.message(anchor.message_id).is_some_and(|m| m.fingerprint == anchor.fingerprint) {
        return Some(anchor.message_id);
    }
    doc.messages().find(|(_, m)| m.fingerprint == anchor.fingerprint).map(|(_, m)| m.id)
}
