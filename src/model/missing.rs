//! Whether what a draft is about exists in the Messages this app holds. The
//! form can only make drafts about text on screen, but an imported file can
//! name a track with no document, a version this app does not have, or a
//! question or message that is in no version: such a draft needs attention
//! before it is sent, because the Secretariat could not place it either.

use crate::model::comment::CommentTarget;
use crate::model::commitment::{Commitment, Link};
use crate::model::document::{Document, Library, MessageId, Revision};
use crate::model::i18n::labels::{message_number, track_key, version_label};
use crate::model::i18n::{I18n, Key};
use crate::model::track::Track;

/// What a draft names that this app does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The track has no published document here.
    Track(Track),
    /// The track has a document, but not this version (as the file spells it).
    Version {
        track: Track,
        version: String,
    },
    Question {
        track: Track,
        version: Revision,
        question: u32,
    },
    Message {
        id: MessageId,
        version: Revision,
    },
}

impl Missing {
    /// Why the draft needs attention, in the interface language.
    pub fn reason(&self, i18n: &I18n) -> String {
        let track = |t: Track| i18n.t(track_key(t));
        match self {
            Missing::Track(t) => i18n.tf(Key::MissingTrack, &[("track", track(*t))]),
            Missing::Version { track: t, version } => {
                i18n.tf(Key::MissingVersion, &[("version", version), ("track", track(*t))])
            }
            Missing::Question { track: t, version, question } => i18n.tf(
                Key::MissingQuestion,
                &[("n", &question.to_string()), ("version", &version_label(i18n, *version)), ("track", track(*t))],
            ),
            Missing::Message { id, version } => i18n.tf(
                Key::MissingMessage,
                &[("n", &message_number(*id)), ("version", &version_label(i18n, *version)), ("track", track(id.track))],
            ),
        }
    }
}

/// What `target` names that `library` lacks, if anything.
pub fn missing_target(library: &Library, target: &CommentTarget) -> Option<Missing> {
    let doc = match version_of(library, target.track(), target.version()) {
        Ok(doc) => doc,
        Err(missing) => return Some(missing),
    };
    match target {
        CommentTarget::Document { .. } => None,
        CommentTarget::Question { question, .. } | CommentTarget::MissingPoint { question, .. } => {
            question_in(doc, *question)
        }
        CommentTarget::Message(a) => message_in(doc, a.message_id),
    }
}

/// The first thing `commitment`'s links name that `library` lacks, if any:
/// what its card and the send page both say.
pub fn missing_in_commitment(library: &Library, commitment: &Commitment) -> Option<Missing> {
    commitment.links.iter().find_map(|l| missing_link(library, l))
}

/// What a commitment's link names that `library` lacks, if anything.
pub fn missing_link(library: &Library, link: &Link) -> Option<Missing> {
    let (track, version) = match link {
        Link::Question { track, version, .. } => (*track, version.as_str()),
        Link::Message(a) => (a.message_id.track, a.version.as_str()),
    };
    let doc = match version_of(library, track, version) {
        Ok(doc) => doc,
        Err(missing) => return Some(missing),
    };
    match link {
        Link::Question { question, .. } => question_in(doc, *question),
        Link::Message(a) => message_in(doc, a.message_id),
    }
}

fn version_of<'a>(library: &'a Library, track: Track, version: &str) -> Result<&'a Document, Missing> {
    if library.get(track).is_none() {
        return Err(Missing::Track(track));
    }
    library.version(track, version).map(|d| &**d).ok_or_else(|| Missing::Version { track, version: version.to_owned() })
}

fn question_in(doc: &Document, question: u32) -> Option<Missing> {
    doc.question(question).is_none().then_some(Missing::Question { track: doc.track, version: doc.revision, question })
}

fn message_in(doc: &Document, id: MessageId) -> Option<Missing> {
    doc.message(id).is_none().then_some(Missing::Message { id, version: doc.revision })
}
