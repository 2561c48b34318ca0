//! Packages gathered from every input: checked against their receipts,
//! de-duplicated, and each draft's latest version found.

use super::input::Received;
use super::unreadable::Unreadable;
use std::collections::HashMap;

/// Whether a package's content still matches the receipt written with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Integrity {
    /// The content gives the receipt it states.
    Intact,
    /// The content no longer gives its stated receipt (or it states none):
    /// someone changed it after the app wrote it.
    Changed { stated: Option<String> },
}

/// How a package, or one comment or commitment in it, stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Ok,
    /// See [`Integrity::Changed`].
    Changed,
    /// The same person later sent a newer version of it.
    Superseded,
}

impl Status {
    /// As written in the CSV's `package_status` column.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Changed => "changed",
            Status::Superseded => "superseded",
        }
    }
}

/// One distinct package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub received: Received,
    /// The receipt recomputed from the content.
    pub receipt: String,
    pub integrity: Integrity,
    /// Other inputs that held exactly this content: `(file, index_in_file)`.
    pub duplicates: Vec<(String, usize)>,
    /// When it was sent: the export time (for a package read from an email's
    /// text, the email's `Date:`), else its latest draft update.
    pub time: i64,
    /// Who sent it: the sender's email, trimmed and lowercased; for a package
    /// without an email, its receipt, so that it is nobody else's update.
    pub person: String,
    /// Which comments, and which commitments, a later version replaced.
    superseded: (Vec<bool>, Vec<bool>),
}

/// Where a draft is: (entry, position in its list).
type At = (usize, usize);

/// Keeps the later of the draft at `new` and the one already under `key`;
/// returns where the other one is, which is now superseded.
fn keep_latest(
    latest: &mut HashMap<(String, String), At>,
    key: (String, String),
    new: At,
    rank: impl Fn(At) -> (i64, i64, usize),
) -> Option<At> {
    match latest.get(&key).copied() {
        Some(old) if rank(old) > rank(new) => Some(new),
        old => {
            latest.insert(key, new);
            old
        }
    }
}

/// When a draft was last changed: its `updated`, or, for a draft read from
/// an email's text (which carries no times), when its email was sent.
fn changed_at(entries: &[Entry], e: usize, updated: i64) -> i64 {
    if updated > 0 {
        updated
    } else {
        entries[e].time
    }
}

/// What adding a package did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A new package, at this index of [`Collation::entries`].
    New(usize),
    /// The same content as this entry: set aside as a duplicate.
    Duplicate(usize),
}

/// All packages received, and what could not be read.
#[derive(Clone, Debug, Default)]
pub struct Collation {
    entries: Vec<Entry>,
    by_receipt: HashMap<String, usize>,
    latest_comment: HashMap<(String, String), At>,
    latest_commitment: HashMap<(String, String), At>,
    unreadable: Vec<Unreadable>,
}

impl Collation {
    pub fn new() -> Collation {
        Collation::default()
    }

    /// Adds what [`super::read_input`] gave: packages, and what could not be read.
    pub fn add_all(&mut self, results: impl IntoIterator<Item = Result<Received, Unreadable>>) {
        for result in results {
            match result {
                Ok(received) => {
                    self.add(received);
                }
                Err(unreadable) => self.unreadable.push(unreadable),
            }
        }
    }

    /// Adds one package. The same content twice (the same receipt, recomputed)
    /// is one package; the second is counted as a duplicate and set aside.
    pub fn add(&mut self, received: Received) -> Added {
        let receipt = received.package.receipt();
        if let Some(&i) = self.by_receipt.get(&receipt) {
            self.entries[i].duplicates.push((received.file, received.index_in_file));
            return Added::Duplicate(i);
        }
        let integrity = match &received.stated_receipt {
            Some(stated) if *stated == receipt => Integrity::Intact,
            stated => Integrity::Changed { stated: stated.clone() },
        };
        let p = &received.package;
        let latest_draft = p.comments.iter().map(|c| c.updated).chain(p.commitments.iter().map(|k| k.updated)).max();
        let time = received.exported_at.or(latest_draft).unwrap_or(0);
        let email = p.sender.email.trim().to_lowercase();
        let person = if email.is_empty() { receipt.clone() } else { email };
        let index = self.entries.len();
        self.by_receipt.insert(receipt.clone(), index);
        let superseded = (vec![false; p.comments.len()], vec![false; p.commitments.len()]);
        self.entries.push(Entry { received, receipt, integrity, duplicates: Vec::new(), time, person, superseded });
        self.index_latest(index);
        Added::New(index)
    }

    /// Marks, for each draft of the new entry, which version of it is the
    /// person's latest: later change, then later package, then later added.
    fn index_latest(&mut self, index: usize) {
        let entry = &self.entries[index];
        let p = &entry.received.package;
        let mut losers = Vec::new();
        for (i, c) in p.comments.iter().enumerate() {
            let rank = |(e, j): At| {
                let updated = self.entries[e].received.package.comments[j].updated;
                (changed_at(&self.entries, e, updated), self.entries[e].time, e)
            };
            let key = (entry.person.clone(), c.id.clone());
            losers.extend(keep_latest(&mut self.latest_comment, key, (index, i), rank).map(|at| (true, at)));
        }
        for (i, k) in p.commitments.iter().enumerate() {
            let rank = |(e, j): At| {
                let updated = self.entries[e].received.package.commitments[j].updated;
                (changed_at(&self.entries, e, updated), self.entries[e].time, e)
            };
            let key = (entry.person.clone(), k.id.clone());
            losers.extend(keep_latest(&mut self.latest_commitment, key, (index, i), rank).map(|at| (false, at)));
        }
        for (comment, (e, j)) in losers {
            let list = if comment { &mut self.entries[e].superseded.0 } else { &mut self.entries[e].superseded.1 };
            list[j] = true;
        }
    }

    /// The distinct packages, in the order they were added.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// What could not be read, in the order it was added.
    pub fn unreadable(&self) -> &[Unreadable] {
        &self.unreadable
    }

    /// How many inputs repeated a package already added.
    pub fn duplicates(&self) -> usize {
        self.entries.iter().map(|e| e.duplicates.len()).sum()
    }

    /// A comment's status: superseded by a later version, else its package's.
    pub fn comment_status(&self, entry: usize, comment: usize) -> Status {
        self.draft_status(entry, self.entries[entry].superseded.0[comment])
    }

    /// A commitment's status, as for comments.
    pub fn commitment_status(&self, entry: usize, commitment: usize) -> Status {
        self.draft_status(entry, self.entries[entry].superseded.1[commitment])
    }

    fn draft_status(&self, entry: usize, superseded: bool) -> Status {
        match (&self.entries[entry].integrity, superseded) {
            (_, true) => Status::Superseded,
            (Integrity::Changed { .. }, false) => Status::Changed,
            (Integrity::Intact, false) => Status::Ok,
        }
    }

    /// A package's status: superseded when every draft in it is, else
    /// changed or ok by its receipt.
    pub fn package_status(&self, entry: usize) -> Status {
        let (comments, commitments) = &self.entries[entry].superseded;
        let all_superseded =
            !(comments.is_empty() && commitments.is_empty()) && comments.iter().chain(commitments).all(|&s| s);
        match (&self.entries[entry].integrity, all_superseded) {
            (_, true) => Status::Superseded,
            (Integrity::Changed { .. }, false) => Status::Changed,
            (Integrity::Intact, false) => Status::Ok,
        }
    }
}
