//! How one version of a track continues an older one: which messages stayed,
//! moved, were reworded, added or removed; and where a comment's message is now.
//!
//! Matching, for one (older, newer) pair:
//!
//! 1. Same fingerprint (same text, up to case, accents, punctuation and wrapping):
//!    first at the same place (question and position), then in document order,
//!    so that a text that appears twice keeps its place.
//! 2. Of the rest, word overlap ([`Words::similarity`], the score
//!    [`Anchor::locate`] uses) of at least [`MIN_SIMILARITY`], assigned one to one,
//!    greedily, best score first. Ties go to the pair at the same place, then to
//!    the older message that comes first in the older version, then to the newer
//!    message that comes first in the newer version.
//! 3. Merges and splits: when two older messages became one, the newer one is
//!    reworded from the closer of the two, and the other is [`Removed`] with
//!    `merged_into` pointing at it. When one became two, the farther one is
//!    [`Status::New`] with `split_from` pointing at the older message. The
//!    pointer is set only when the left-over message's own words (those its
//!    partner lacks) mostly reappear in the other one, so a short message
//!    made of common words is not taken for merged into every long one.
//!
//! Questions are matched the same way, on their text.

use crate::model::comment::CommentTarget;
use crate::model::diff::{diff_words, Change};
use crate::model::document::{
    Anchor, AnchorKey, Document, Library, Location, Message, MessageId, Revision, Words, MIN_SIMILARITY,
};
use crate::model::fold;
use crate::model::sort::sort_by_key;
use crate::model::track::Track;
use std::cmp::Reverse;
use std::rc::Rc;

/// What a message of the newer version is, relative to the older version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Same text at the same place.
    Unchanged,
    /// Same text, at another place.
    Moved { from: MessageId },
    /// Other words, close enough to `from` (in per cent of common words).
    Reworded { from: MessageId, similarity: u8 },
    /// No older message left over is close enough. `split_from`: the older
    /// message this one was split off.
    New { split_from: Option<MessageId> },
}

/// A message of the older version that no message of the newer one continues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub id: MessageId,
    pub text: Rc<str>,
    /// The newer message it was merged into, which is reworded from another one.
    pub merged_into: Option<MessageId>,
}

/// A question of the newer version and the older question it continues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionMatch {
    pub number: u32,
    /// `None`: the question is new.
    pub from: Option<u32>,
    /// Its text differs from the older question's beyond punctuation and case.
    pub reworded: bool,
}

/// The matching of two versions of one track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionDiff {
    pub older: Rc<Document>,
    pub newer: Rc<Document>,
    /// Every message of the newer version, in document order.
    pub messages: Vec<(MessageId, Status)>,
    /// In the older version's order.
    pub removed: Vec<Removed>,
    /// Every question of the newer version, in order.
    pub questions: Vec<QuestionMatch>,
    /// Older questions that no newer question continues.
    pub removed_questions: Vec<u32>,
}

/// One side of the matching: a message or a question.
struct Item<'a> {
    fingerprint: &'a str,
    words: &'a Words,
    /// (question, position): equal places win ties.
    place: (u32, u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pairing {
    Exact(usize),
    Similar(usize, u8),
}

impl Pairing {
    fn old(self) -> usize {
        match self {
            Pairing::Exact(i) | Pairing::Similar(i, _) => i,
        }
    }
}

/// For each `new` item, the `old` item it continues (see the module comment).
fn assign(old: &[Item], new: &[Item]) -> Vec<Option<Pairing>> {
    let mut taken = vec![false; old.len()];
    let mut out: Vec<Option<Pairing>> = vec![None; new.len()];
    for same_place_only in [true, false] {
        for (j, n) in new.iter().enumerate() {
            if out[j].is_some() {
                continue;
            }
            let found = old.iter().enumerate().position(|(i, o)| {
                !taken[i] && o.fingerprint == n.fingerprint && (!same_place_only || o.place == n.place)
            });
            if let Some(i) = found {
                taken[i] = true;
                out[j] = Some(Pairing::Exact(i));
            }
        }
    }
    let mut candidates = Vec::new();
    for (j, n) in new.iter().enumerate().filter(|&(j, _)| out[j].is_none()) {
        for (i, o) in old.iter().enumerate().filter(|&(i, _)| !taken[i]) {
            let score = o.words.similarity(n.words);
            if score >= MIN_SIMILARITY {
                candidates.push((score, o.place == n.place, i, j));
            }
        }
    }
    sort_by_key(&mut candidates, |&(score, same_place, i, j)| (Reverse(score), !same_place, i, j));
    for (score, _, i, j) in candidates {
        if !taken[i] && out[j].is_none() {
            taken[i] = true;
            out[j] = Some(Pairing::Similar(i, score));
        }
    }
    out
}

/// Which of `pairs` absorbed `orphan`, a message left over on one side. Each pair
/// is (index of the candidate, the candidate's words, the words of the message on
/// the orphan's side that the candidate was matched with).
fn absorbed_by<'a>(orphan: &Words, pairs: impl Iterator<Item = (usize, &'a Words, &'a Words)>) -> Option<usize> {
    let mut best: Option<(usize, u8)> = None;
    for (k, candidate, partner) in pairs {
        let own = orphan.without(partner);
        let share = own.share_in(candidate);
        if own.is_empty() || share < MIN_SIMILARITY || orphan.share_in(candidate) < MIN_SIMILARITY {
            continue;
        }
        if best.is_none_or(|(_, b)| share > b) {
            best = Some((k, share));
        }
    }
    best.map(|(k, _)| k)
}

impl VersionDiff {
    /// Matches `newer` against `older` (two versions of one track).
    pub fn between(older: &Rc<Document>, newer: &Rc<Document>) -> VersionDiff {
        VersionDiff::with_words(older, &Words::of_messages(older), newer, &Words::of_messages(newer))
    }

    /// [`VersionDiff::between`] with each version's message words already computed
    /// ([`Words::of_messages`]).
    pub fn with_words(
        older: &Rc<Document>,
        older_words: &[Words],
        newer: &Rc<Document>,
        newer_words: &[Words],
    ) -> VersionDiff {
        let old: Vec<&Message> = older.messages().map(|(_, m)| m).collect();
        let new: Vec<&Message> = newer.messages().map(|(_, m)| m).collect();
        let pairs = assign(&message_items(&old, older_words), &message_items(&new, newer_words));
        // (older index, newer index) of each reworded pair: where merges and splits go.
        let reworded: Vec<(usize, usize)> = (pairs.iter().enumerate())
            .filter_map(|(j, p)| match p {
                Some(Pairing::Similar(i, _)) => Some((*i, j)),
                _ => None,
            })
            .collect();
        let status = |j: usize| match pairs[j] {
            Some(Pairing::Exact(i)) if old[i].id == new[j].id => Status::Unchanged,
            Some(Pairing::Exact(i)) => Status::Moved { from: old[i].id },
            Some(Pairing::Similar(i, similarity)) => Status::Reworded { from: old[i].id, similarity },
            None => {
                let sources = reworded.iter().map(|&(i, j)| (i, &older_words[i], &newer_words[j]));
                Status::New { split_from: absorbed_by(&newer_words[j], sources).map(|i| old[i].id) }
            }
        };
        let messages = (0..new.len()).map(|j| (new[j].id, status(j))).collect();
        let continued: Vec<usize> = pairs.iter().flatten().map(|p| p.old()).collect();
        let removed = (0..old.len())
            .filter(|i| !continued.contains(i))
            .map(|i| {
                let targets = reworded.iter().map(|&(i, j)| (j, &newer_words[j], &older_words[i]));
                let merged_into = absorbed_by(&older_words[i], targets).map(|j| new[j].id);
                Removed { id: old[i].id, text: Rc::clone(&old[i].text), merged_into }
            })
            .collect();
        let (questions, removed_questions) = match_questions(older, newer);
        VersionDiff {
            older: Rc::clone(older),
            newer: Rc::clone(newer),
            messages,
            removed,
            questions,
            removed_questions,
        }
    }

    /// The status of a message of the newer version.
    pub fn status(&self, id: MessageId) -> Option<Status> {
        self.messages.iter().find(|(m, _)| *m == id).map(|&(_, status)| status)
    }

    /// True when the newer version changes no message and no question.
    pub fn is_unchanged(&self) -> bool {
        self.removed.is_empty()
            && self.removed_questions.is_empty()
            && self.messages.iter().all(|(_, s)| *s == Status::Unchanged)
            && self.questions.iter().all(|q| q.from == Some(q.number) && !q.reworded)
    }

    /// Where a message of the older version is in the newer one.
    pub fn follow(&self, old: MessageId) -> Option<Place> {
        let old_text = || self.older.message(old).map(|m| Rc::clone(&m.text));
        for &(now, status) in &self.messages {
            match status {
                Status::Unchanged if now == old => return Some(Place::Unchanged { now }),
                Status::Moved { from } if from == old => return Some(Place::Moved { now }),
                Status::Reworded { from, similarity } if from == old => {
                    return Some(Place::Reworded { now, old_text: old_text()?, similarity })
                }
                _ => {}
            }
        }
        let removed = self.removed.iter().find(|r| r.id == old)?;
        Some(Place::Removed { old_text: Rc::clone(&removed.text), merged_into: removed.merged_into })
    }

    /// The changes grouped by question, for a "Changes since Version N" view:
    /// every question of the newer version in order, then the removed questions.
    /// A removed message is listed under the question that continues its old one.
    pub fn by_question(&self) -> Vec<QuestionChanges> {
        let mut groups: Vec<QuestionChanges> = (self.questions.iter())
            .map(|q| QuestionChanges::new(Some(q.number), q.from, q.reworded))
            .chain(self.removed_questions.iter().map(|&n| QuestionChanges::new(None, Some(n), false)))
            .collect();
        for &(to, status) in &self.messages {
            let Some(group) = groups.iter_mut().find(|g| g.number == Some(to.question)) else { continue };
            let text = |doc: &Document, id| doc.message(id).map(|m| Rc::clone(&m.text));
            match status {
                Status::Unchanged => {}
                Status::Moved { from } => group.moved.push(Moved { from, to }),
                Status::Reworded { from, similarity } => {
                    if let (Some(old_text), Some(new_text)) = (text(&self.older, from), text(&self.newer, to)) {
                        group.reworded.push(Reworded { from, to, similarity, old_text, new_text });
                    }
                }
                Status::New { split_from } => {
                    if let Some(text) = text(&self.newer, to) {
                        group.added.push(Added { id: to, text, split_from });
                    }
                }
            }
        }
        for removed in &self.removed {
            if let Some(group) = groups.iter_mut().find(|g| g.old_number == Some(removed.id.question)) {
                group.removed.push(removed.clone());
            }
        }
        groups
    }
}

fn message_items<'a>(messages: &[&'a Message], words: &'a [Words]) -> Vec<Item<'a>> {
    (messages.iter().zip(words))
        .map(|(m, w)| Item { fingerprint: &m.fingerprint, words: w, place: (m.id.question, m.id.number) })
        .collect()
}

fn match_questions(older: &Document, newer: &Document) -> (Vec<QuestionMatch>, Vec<u32>) {
    let facts = |doc: &Document| -> Vec<(u32, String, Words)> {
        doc.questions.iter().map(|q| (q.number, fold::fingerprint(&q.text), Words::of(&q.text))).collect()
    };
    let (old, new) = (facts(older), facts(newer));
    let pairs = assign(&question_items(&old), &question_items(&new));
    let questions = (new.iter().zip(&pairs))
        .map(|((number, ..), pairing)| QuestionMatch {
            number: *number,
            from: pairing.map(|p| old[p.old()].0),
            reworded: matches!(pairing, Some(Pairing::Similar(..))),
        })
        .collect();
    let continued: Vec<usize> = pairs.iter().flatten().map(|p| p.old()).collect();
    let removed = (old.iter().enumerate()).filter(|(i, _)| !continued.contains(i)).map(|(_, q)| q.0).collect();
    (questions, removed)
}

fn question_items(facts: &[(u32, String, Words)]) -> Vec<Item<'_>> {
    facts.iter().map(|(n, fingerprint, words)| Item { fingerprint, words, place: (*n, 0) }).collect()
}

/// The changes under one question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionChanges {
    /// Its number in the newer version; `None` for a question it removed.
    pub number: Option<u32>,
    /// Its number in the older version; `None` for a question it added.
    pub old_number: Option<u32>,
    /// The question's own text was reworded.
    pub question_reworded: bool,
    pub added: Vec<Added>,
    pub removed: Vec<Removed>,
    /// Same text, now here, from another place (possibly under this question).
    pub moved: Vec<Moved>,
    pub reworded: Vec<Reworded>,
}

impl QuestionChanges {
    fn new(number: Option<u32>, old_number: Option<u32>, question_reworded: bool) -> QuestionChanges {
        QuestionChanges { number, old_number, question_reworded, ..QuestionChanges::default() }
    }

    /// Nothing under this question changed, and the question itself did not.
    pub fn is_empty(&self) -> bool {
        self.number.is_some()
            && self.number == self.old_number
            && !self.question_reworded
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.reworded.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub id: MessageId,
    pub text: Rc<str>,
    pub split_from: Option<MessageId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moved {
    pub from: MessageId,
    pub to: MessageId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reworded {
    pub from: MessageId,
    pub to: MessageId,
    pub similarity: u8,
    pub old_text: Rc<str>,
    pub new_text: Rc<str>,
}

impl Reworded {
    /// The word-level changes from the old text to the new.
    pub fn diff(&self) -> Vec<Change> {
        diff_words(&self.old_text, &self.new_text)
    }
}

/// Where a comment's message is in the newest version of its track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Unchanged { now: MessageId },
    Moved { now: MessageId },
    Reworded { now: MessageId, old_text: Rc<str>, similarity: u8 },
    Removed { old_text: Rc<str>, merged_into: Option<MessageId> },
}

impl Place {
    /// The message the comment now belongs to, if any.
    pub fn now(&self) -> Option<MessageId> {
        match self {
            Place::Unchanged { now } | Place::Moved { now } | Place::Reworded { now, .. } => Some(*now),
            Place::Removed { .. } => None,
        }
    }
}

/// How [`reanchor`] found the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The comment's version is in the library: the matching of that version
    /// with the newest decided.
    Matching,
    /// It is not (or its message there has other text): the message was looked
    /// for in the newest version by fingerprint, then by words
    /// ([`Anchor::locate`]).
    Located,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reanchored {
    pub place: Place,
    pub basis: Basis,
}

/// Where the message `anchor` was written against is in the newest version of
/// its track; `None` when the library has no document for that track. Reads the
/// anchor, never changes it. Each (version, newest) matching is computed once and
/// kept by the library, so re-anchoring many comments costs little more than one.
pub fn reanchor(anchor: &Anchor, library: &Library) -> Option<Reanchored> {
    let track = anchor.message_id.track;
    let newest = library.get(track)?;
    let written = library
        .version(track, &anchor.version)
        .filter(|doc| doc.message(anchor.message_id).is_some_and(|m| m.fingerprint == anchor.fingerprint));
    let Some(written) = written else {
        let place = match anchor.locate_among(newest, &library.words(newest)) {
            Location::Same(now) => Place::Unchanged { now },
            Location::Moved(now) => Place::Moved { now },
            Location::Edited { id, similarity } => {
                Place::Reworded { now: id, old_text: anchor.quote.as_str().into(), similarity }
            }
            Location::Gone => Place::Removed { old_text: anchor.quote.as_str().into(), merged_into: None },
        };
        return Some(Reanchored { place, basis: Basis::Located });
    };
    let place = if written.revision == newest.revision {
        Place::Unchanged { now: anchor.message_id }
    } else {
        library.diff(track, written.revision, newest.revision)?.follow(anchor.message_id)?
    };
    Some(Reanchored { place, basis: Basis::Matching })
}

/// [`reanchor`] for a comment's target; `None` for a target that is not a message.
pub fn reanchor_target(target: &CommentTarget, library: &Library) -> Option<Reanchored> {
    match target {
        CommentTarget::Message(anchor) => reanchor(anchor, library),
        _ => None,
    }
}

/// Where one stored anchor's message is in the newest version of its track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub place: Place,
    pub basis: Basis,
    /// The newest version of the track: the one `place` is in.
    pub newest: Revision,
    /// The version the anchor was written against, if its label reads as one.
    pub written: Option<Revision>,
    /// The message's text in the newest version, when it is still there.
    pub text_now: Option<Rc<str>>,
}

impl Placement {
    /// The newest version came after the one the anchor was written against,
    /// so where its message went is news. False for an anchor on the newest
    /// version (or on a later one this app does not have yet).
    pub fn is_news(&self) -> bool {
        self.written.is_none_or(|w| w < self.newest)
    }

    /// What exports write next to the original target: where the message is
    /// now, and in which version. `None` when it is no news.
    pub fn located(&self) -> Option<Located> {
        self.is_news().then(|| Located { message: self.place.now(), version: self.newest })
    }
}

/// Where a draft's message is in the newest version the app knows: the
/// message (`None`: removed) and that version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub message: Option<MessageId>,
    pub version: Revision,
}

/// The placements of many anchors, each worked out once. The app computes them
/// when it loads the drafts, and again only when the set of anchors changes.
/// A list, not a map: a person has at most a few hundred drafts, and a map's
/// code costs the wasm more than the lookups cost the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placements(Vec<(AnchorKey, Placement)>);

impl Placements {
    /// Places every anchor the library has a track for. Anchors with one
    /// [`AnchorKey`] are placed once.
    pub fn new<'a>(anchors: impl IntoIterator<Item = &'a Anchor>, library: &Library) -> Placements {
        let mut placements: Vec<(AnchorKey, Placement)> = Vec::new();
        for anchor in anchors {
            if placements.iter().any(|(key, _)| key.is_of(anchor)) {
                continue;
            }
            let Some(Reanchored { place, basis }) = reanchor(anchor, library) else { continue };
            let Some(newest) = library.get(anchor.message_id.track) else { continue };
            let text_now = place.now().and_then(|id| newest.message(id)).map(|m| Rc::clone(&m.text));
            let written = Revision::parse(&anchor.version);
            placements.push((anchor.key(), Placement { place, basis, newest: newest.revision, written, text_now }));
        }
        Placements(placements)
    }

    pub fn get(&self, anchor: &Anchor) -> Option<&Placement> {
        self.0.iter().find(|(key, _)| key.is_of(anchor)).map(|(_, p)| p)
    }

    /// The placement of a comment's target; `None` for a target that is not a message.
    pub fn of_target(&self, target: &CommentTarget) -> Option<&Placement> {
        match target {
            CommentTarget::Message(anchor) => self.get(anchor),
            _ => None,
        }
    }

    pub fn located(&self, anchor: &Anchor) -> Option<Located> {
        self.get(anchor).and_then(Placement::located)
    }

    /// The message of `reading` an anchor is shown at: in the newest version,
    /// where it was re-anchored (none once removed); in an older version, its
    /// own message, when it was written against that very version and text.
    pub fn message_in(&self, anchor: &Anchor, reading: &Reading) -> Option<MessageId> {
        if reading.newest {
            return self.get(anchor)?.place.now();
        }
        let here = reading.doc.message(anchor.message_id)?;
        let written = Revision::parse(&anchor.version) == Some(reading.doc.revision);
        (written && here.fingerprint == anchor.fingerprint).then_some(anchor.message_id)
    }

    /// How many distinct anchors were placed.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// One version of a track, as the reader shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub doc: Rc<Document>,
    /// It is the newest version of its track.
    pub newest: bool,
    /// How it continues the version before it, if there is one: what its
    /// messages' badges say.
    pub changes: Option<Rc<VersionDiff>>,
    /// The version the link asked for, when the track has no such version
    /// (the newest is shown instead).
    pub missing: Option<Revision>,
}

impl Reading {
    /// The version `version` of `track` (`None`: the newest); `None` when the
    /// library has no document for the track.
    pub fn of(library: &Library, track: Track, version: Option<Revision>) -> Option<Reading> {
        let versions = library.versions(track);
        let newest = versions.last()?;
        let asked = version.map(|v| versions.iter().position(|d| d.revision == v));
        let at = asked.flatten().unwrap_or(versions.len() - 1);
        let doc = Rc::clone(&versions[at]);
        let changes = at.checked_sub(1).and_then(|before| library.diff(track, versions[before].revision, doc.revision));
        Some(Reading {
            newest: Rc::ptr_eq(&doc, newest),
            doc,
            changes,
            missing: version.filter(|_| asked == Some(None)),
        })
    }

    /// The version to put in links to places of this one: `None` for the newest,
    /// so those links keep pointing at whatever is newest.
    pub fn link_version(&self) -> Option<Revision> {
        (!self.newest).then_some(self.doc.revision)
    }
}
