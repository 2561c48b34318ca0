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
const MIN_SIMILARITY: u8 = 60;

impl Anchor {
    pub fn locate(&self, doc: &Document) -> Location {
        if let Some((_, m)) = doc.messages().find(|(_, m)| m.fingerprint == self.fingerprint) {
            return if m.id == self.message_id { Location::Same(m.id) } else { Location::Moved(m.id) };
        }
        let quote = word_set(&self.quote);
        let best = doc
            .messages()
            .map(|(_, m)| (similarity(&quote, &word_set(&m.text)), m.id == self.message_id, m.id))
            .max_by_key(|&(score, same_place, _)| (score, same_place));
        match best {
            Some((similarity, _, id)) if similarity >= MIN_SIMILARITY => Location::Edited { id, similarity },
            _ => Location::Gone,
        }
    }
}

fn word_set(s: &str) -> Vec<String> {
    let mut words = fold::words(s);
    crate::model::sort::sort(&mut words);
    words.dedup();
    words
}

/// Dice coefficient over distinct words, in per cent.
fn similarity(a: &[String], b: &[String]) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    (200 * common / (a.len() + b.len())) as u8
}
