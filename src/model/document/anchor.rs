use super::model::{Document, MessageId};
use crate::model::fold;

/// What a comment remembers about the message it is on, so that it can find the
/// message again after a later version moves or edits it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub message_id: MessageId,
    pub fingerprint: String,
    /// The version label of the document the comment was written against.
    pub version: String,
    pub quote: String,
}

/// An anchor without its quote: which message of which version, and the
/// fingerprint of its text. The quote is the text the fingerprint was taken
/// of, so two anchors with one key are on the same message.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct AnchorKey {
    pub message_id: MessageId,
    pub version: String,
    pub fingerprint: String,
}

impl AnchorKey {
    /// Whether this is `anchor`'s key, without building one to compare.
    pub fn is_of(&self, anchor: &Anchor) -> bool {
        self.message_id == anchor.message_id && self.version == anchor.version && self.fingerprint == anchor.fingerprint
    }
}

impl Anchor {
    pub fn key(&self) -> AnchorKey {
        AnchorKey { message_id: self.message_id, version: self.version.clone(), fingerprint: self.fingerprint.clone() }
    }
}

/// Where an anchored message is in a given document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// Same text at the same place.
    Same(MessageId),
    /// Same text, now at another place.
    Moved(MessageId),
    /// The closest message, reworded; `similarity` is in per cent.
    Edited { id: MessageId, similarity: u8 },
    /// Nothing in this document is close enough. The comment keeps its quote.
    Gone,
}

/// Below this share of common words a reworded message counts as a different one.
pub const MIN_SIMILARITY: u8 = 60;

impl Anchor {
    pub fn locate(&self, doc: &Document) -> Location {
        self.locate_among(doc, &Words::of_messages(doc))
    }

    /// [`Anchor::locate`] with the words of `doc`'s messages already computed, in
    /// [`Document::messages`] order, so that locating many anchors folds each
    /// message once.
    pub fn locate_among(&self, doc: &Document, words: &[Words]) -> Location {
        if let Some((_, m)) = doc.messages().find(|(_, m)| m.fingerprint == self.fingerprint) {
            return if m.id == self.message_id { Location::Same(m.id) } else { Location::Moved(m.id) };
        }
        let quote = Words::of(&self.quote);
        let best = doc
            .messages()
            .zip(words)
            .map(|((_, m), w)| (quote.similarity(w), m.id == self.message_id, m.id))
            .max_by_key(|&(score, same_place, _)| (score, same_place));
        match best {
            Some((similarity, _, id)) if similarity >= MIN_SIMILARITY => Location::Edited { id, similarity },
            _ => Location::Gone,
        }
    }
}

/// The distinct folded words of a text, sorted: what word overlap is measured on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words(Vec<String>);

impl Words {
    pub fn of(text: &str) -> Words {
        let mut words = fold::words(text);
        crate::model::sort::sort(&mut words);
        words.dedup();
        Words(words)
    }

    /// The words of every message of `doc`, in [`Document::messages`] order.
    pub fn of_messages(doc: &Document) -> Vec<Words> {
        // Folding is idempotent, so the message's folded text saves a pass.
        doc.messages().map(|(_, m)| Words::of(&m.folded)).collect()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many words both have.
    pub fn common(&self, other: &Words) -> usize {
        self.0.iter().filter(|w| other.0.binary_search(w).is_ok()).count()
    }

    /// The words of `self` that `other` lacks.
    pub fn without(&self, other: &Words) -> Words {
        Words(self.0.iter().filter(|w| other.0.binary_search(w).is_err()).cloned().collect())
    }

    /// Dice coefficient over distinct words, in per cent.
    pub fn similarity(&self, other: &Words) -> u8 {
        if self.is_empty() || other.is_empty() {
            return 0;
        }
        (200 * self.common(other) / (self.len() + other.len())) as u8
    }

    /// The share of `self`'s words that `other` has too, in per cent.
    pub fn share_in(&self, other: &Words) -> u8 {
        if self.is_empty() {
            return 0;
        }
        (100 * self.common(other) / self.len()) as u8
    }
}
