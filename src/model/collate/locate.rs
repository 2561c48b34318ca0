//! Where a commented message is in the Messages the app has now.

use crate::model::comment::CommentTarget;
use crate::model::document::{Anchor, Library, MessageId};
use crate::model::versions::reanchor;

/// The message an anchor points to in the library's newest document for its
/// track, as the reader re-anchors drafts (`versions::reanchor`): the same
/// message followed through the versions' matching when the version it was
/// written against is known, else found by fingerprint or wording; `None`
/// when that version removed it, or the library has no document for it.
/// So comments on one message in Version 1 and Version 2 meet in one place.
pub fn located_message_id(anchor: &Anchor, library: &Library) -> Option<MessageId> {
    reanchor(anchor, library)?.place.now()
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
