//! The counts at the top of the collation.

use super::collation::{Collation, Entry, Integrity};
use super::tabulate::{version_number, CommentItem, CommitmentItem, DocumentTab, KindCounts};
use crate::model::document::{Library, MessageId};
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::sort::sort_by_key;
use std::collections::HashMap;

/// How many messages "most commented" lists.
pub const MOST_COMMENTED: usize = 10;

/// People counted by one of their details, and how many did not give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counts<T> {
    /// Every choice, in the order the IGF lists them, with its count.
    pub given: Vec<(T, usize)>,
    pub not_given: usize,
}

/// A message and how many comments it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageCount {
    pub message_id: MessageId,
    pub version: String,
    pub comments: usize,
}

/// The totals: packages, duplicates, changed, unreadable and superseded are of
/// everything received; the rest of what the filter lets through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    pub packages: usize,
    /// Inputs set aside because they repeat a package.
    pub duplicates: usize,
    /// Packages whose content no longer gives their receipt.
    pub changed: usize,
    pub unreadable: usize,
    /// Comment and commitment versions replaced by a later one.
    pub superseded: usize,
    /// Distinct senders, by email, of the comments and commitments counted.
    pub people: usize,
    pub comments: usize,
    pub commitments: usize,
    pub by_kind: KindCounts,
    /// People, by their latest details.
    pub by_stakeholder: Counts<StakeholderGroup>,
    pub by_region: Counts<Region>,
    pub by_gender: Counts<Gender>,
    /// The messages with the most comments, most first.
    pub most_commented: Vec<MessageCount>,
}

impl Overview {
    pub fn new(c: &Collation, comments: &[CommentItem], commitments: &[CommitmentItem]) -> Overview {
        let mut by_kind = KindCounts::default();
        comments.iter().for_each(|i| by_kind.add(i.comment.kind));
        let mut people: HashMap<&str, &Entry> = HashMap::new();
        for entry in comments.iter().map(|i| i.entry).chain(commitments.iter().map(|i| i.entry)) {
            let latest = people.entry(&entry.person).or_insert(entry);
            if entry.time > latest.time {
                *latest = entry;
            }
        }
        let senders: Vec<_> = people.values().map(|e| &e.received.package.sender).collect();
        let superseded = (0..c.entries().len())
            .map(|e| {
                let p = &c.entries()[e].received.package;
                (0..p.comments.len()).filter(|&i| c.comment_status(e, i) == super::Status::Superseded).count()
                    + (0..p.commitments.len())
                        .filter(|&i| c.commitment_status(e, i) == super::Status::Superseded)
                        .count()
            })
            .sum();
        Overview {
            packages: c.entries().len(),
            duplicates: c.duplicates(),
            changed: c.entries().iter().filter(|e| matches!(e.integrity, Integrity::Changed { .. })).count(),
            unreadable: c.unreadable().len(),
            superseded,
            people: people.len(),
            comments: comments.len(),
            commitments: commitments.len(),
            by_kind,
            by_stakeholder: tally(StakeholderGroup::ALL, senders.iter().map(|s| s.stakeholder)),
            by_region: tally(Region::ALL, senders.iter().map(|s| s.region)),
            by_gender: tally(Gender::ALL, senders.iter().map(|s| s.gender)),
            most_commented: Vec::new(),
        }
    }
}

fn tally<T: Copy + PartialEq>(all: &[T], values: impl Iterator<Item = Option<T>>) -> Counts<T> {
    let mut counts = Counts { given: all.iter().map(|&v| (v, 0)).collect(), not_given: 0 };
    for value in values {
        match counts.given.iter_mut().find(|(v, _)| Some(*v) == value) {
            Some((_, n)) => *n += 1,
            None => counts.not_given += 1,
        }
    }
    counts
}

/// The [`MOST_COMMENTED`] messages with the most comments; ties in document
/// order. A message of an older version counts where it is now, in the newest
/// version, so the comments on one message across versions add up.
pub fn most_commented(documents: &[DocumentTab], library: &Library) -> Vec<MessageCount> {
    let mut all: Vec<MessageCount> = Vec::new();
    for d in documents {
        for m in d.questions.iter().flat_map(|q| &q.messages) {
            let (message_id, version) = match (m.located, library.get(d.track)) {
                (Some(now), Some(newest)) => (now, newest.version.clone()),
                _ => (m.message_id, d.version.clone()),
            };
            match all.iter_mut().find(|c| c.message_id == message_id && c.version == version) {
                Some(c) => c.comments += m.comments.len(),
                None => all.push(MessageCount { message_id, version, comments: m.comments.len() }),
            }
        }
    }
    sort_by_key(&mut all, |m| (std::cmp::Reverse(m.comments), m.message_id, version_number(&m.version)));
    all.truncate(MOST_COMMENTED);
    all
}
