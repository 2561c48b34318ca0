//! Where a commented message is in the Messages the app has now.

use crate::model::comment::CommentTarget;
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

/// The text a comment is about. A package read from an email's text carries
/// only the ids and fingerprint, so the text comes from the document version
/// the comment names (else the newest), and only when the fingerprint agrees.
pub fn quoted_text(target: &CommentTarget, library: &Library) -> String {
    if !target.quote().is_empty() {
        return target.quote().to_owned();
    }
    let track = target.track();
    let Some(doc) = library.version(track, target.version()).or_else(|| library.get(track)) else {
        return String::new();
    };
    let text = match target {
        CommentTarget::Message(a) => {
            doc.message(a.message_id).filter(|m| m.fingerprint == a.fingerprint).map(|m| m.text.to_string())
        }
        CommentTarget::Question { question, .. } | CommentTarget::MissingPoint { question, .. } => {
            doc.question(*question).map(|q| q.text.clone())
        }
        CommentTarget::Document { .. } => None,
    };
    text.unwrap_or_default()
}
