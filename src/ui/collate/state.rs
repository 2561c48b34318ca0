//! The collation page's state: the collation, what is being read, the filter,
//! and whether the files are kept. One reducer, as in the app.

use crate::model::collate::{Collation, Filter, Received, Unreadable};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The collation, shared rather than copied: a mailbox of ten thousand emails
/// is added a few at a time, and copying the collation for each few would
/// cost more than reading them. Equal when it is the same collation.
#[derive(Clone, Default)]
pub struct Shared(Rc<RefCell<Collation>>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Shared {
    /// Runs `f` on the collation; `None` while it is being changed, which a
    /// render never overlaps.
    pub fn with<T>(&self, f: impl FnOnce(&Collation) -> T) -> Option<T> {
        self.0.try_borrow().ok().map(|c| f(&c))
    }

    fn add_all(&self, results: Vec<Result<Received, Unreadable>>) {
        if let Ok(mut c) = self.0.try_borrow_mut() {
            c.add_all(results);
        }
    }
}

/// Whether the added files are kept in the browser for the next visit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Keeping {
    #[default]
    Kept,
    /// The quota is used up: files added since live only in this page.
    Full,
    /// The browser refuses storage here: the collation lives only in this page.
    Unavailable,
    /// A write failed for another reason, named here.
    Failed(String),
}

/// What the inputs the person just added gave: new packages, inputs that
/// could not be read, and repeats of packages already in. The status says
/// it, so a paste or a file that adds nothing is never met with silence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Batch {
    pub added: usize,
    pub unreadable: usize,
    pub duplicates: usize,
}

impl Batch {
    fn of(collation: &Shared) -> Batch {
        collation
            .with(|c| Batch { added: c.entries().len(), unreadable: c.unreadable().len(), duplicates: c.duplicates() })
            .unwrap_or_default()
    }

    fn since(self, start: Batch) -> Batch {
        Batch {
            added: self.added.saturating_sub(start.added),
            unreadable: self.unreadable.saturating_sub(start.unreadable),
            duplicates: self.duplicates.saturating_sub(start.duplicates),
        }
    }
}

/// How far the reading of what was added has come, in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

#[derive(Clone, PartialEq, Default)]
pub struct CollateState {
    pub collation: Shared,
    /// Changes with every change to the collation.
    pub generation: u64,
    /// The generation the views show: while a large drop is read they keep
    /// the last finished one, so the reading is not slowed by re-counting.
    pub shown: u64,
    /// `Some` while files are being read.
    pub reading: Option<Progress>,
    pub filter: Filter,
    pub keeping: Keeping,
    /// How many files and pasted texts this collation was made from.
    pub inputs: usize,
    /// The person asked to clear the collation and has not confirmed yet.
    pub confirming_clear: bool,
    /// The counts when the person last added something, until it is read.
    batch_start: Option<Batch>,
    /// What the person's last additions gave, once read.
    pub batch: Option<Batch>,
    /// The collation was just cleared: says so until something is added.
    pub cleared: bool,
}

pub enum CollateAction {
    /// More inputs are queued to be read: `n` of them, added by the person
    /// now (rather than read back from the browser at start).
    Queued {
        n: usize,
        by_person: bool,
    },
    /// What one piece of reading gave, and how far the reading has come.
    Read(Vec<Result<Received, Unreadable>>, Progress),
    Progress(Progress),
    /// Everything queued has been read.
    Finished,
    Filter(Filter),
    Keeping(Keeping),
    AskClear,
    CancelClear,
    Cleared,
}

impl Reducible for CollateState {
    type Action = CollateAction;

    fn reduce(self: Rc<Self>, action: CollateAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CollateAction::Queued { n, by_person } => {
                if by_person && next.batch_start.is_none() {
                    next.batch_start = Some(Batch::of(&next.collation));
                }
                next.batch = None;
                next.inputs += n;
                next.cleared = false;
                next.reading.get_or_insert_with(Progress::default);
            }
            CollateAction::Read(results, progress) => {
                if !results.is_empty() {
                    next.collation.add_all(results);
                    next.generation += 1;
                }
                next.reading = Some(progress);
            }
            CollateAction::Progress(p) => next.reading = Some(p),
            CollateAction::Finished => {
                next.batch = next.batch_start.take().map(|start| Batch::of(&next.collation).since(start));
                next.reading = None;
                next.shown = next.generation;
            }
            CollateAction::Filter(filter) => next.filter = filter,
            // A later success does not hide an earlier failure: those files are not kept.
            CollateAction::Keeping(k) if next.keeping == Keeping::Kept || k != Keeping::Kept => next.keeping = k,
            CollateAction::Keeping(_) => {}
            CollateAction::AskClear => next.confirming_clear = true,
            CollateAction::CancelClear => next.confirming_clear = false,
            CollateAction::Cleared => {
                next = CollateState { keeping: next.keeping, cleared: true, ..CollateState::default() };
                next.generation = self.generation + 1;
                next.shown = next.generation;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::collate::read_input;

    fn package_json() -> Vec<u8> {
        use crate::model::export::Package;
        let p = Package { recipient: "x@y.z".into(), ..Package::default() };
        p.to_json(1).to_text().into_bytes()
    }

    #[test]
    fn views_wait_for_the_end_of_a_read_and_clearing_starts_afresh() {
        let s = Rc::new(CollateState::default());
        let s = s.reduce(CollateAction::Queued { n: 1, by_person: false });
        let s = s.reduce(CollateAction::Read(read_input("a.json", &package_json()), Progress::default()));
        assert_eq!((s.generation, s.shown), (1, 0));
        assert_eq!(s.collation.with(|c| c.entries().len()), Some(1));
        let s = s.reduce(CollateAction::Finished);
        assert_eq!((s.shown, s.reading), (1, None));
        assert_eq!(s.batch, None, "files read back at start are no addition to report");
        let s = s.reduce(CollateAction::Read(vec![], Progress { done: 1, total: 2 }));
        assert_eq!(
            (s.generation, s.reading),
            (1, Some(Progress { done: 1, total: 2 })),
            "progress alone changes no view"
        );
        let s = s.reduce(CollateAction::Finished);
        let s = s.reduce(CollateAction::Keeping(Keeping::Full)).reduce(CollateAction::Keeping(Keeping::Kept));
        assert_eq!(s.keeping, Keeping::Full, "files that were not kept stay not kept");
        let before = s.collation.clone();
        let s = s.reduce(CollateAction::AskClear).reduce(CollateAction::Cleared);
        assert!(s.collation != before && s.cleared && !s.confirming_clear);
        assert_eq!((s.inputs, s.collation.with(|c| c.entries().len())), (0, Some(0)));
    }

    #[test]
    fn what_the_person_just_added_is_counted_new_unreadable_and_repeated() {
        let add = |s: Rc<CollateState>, name: &str, bytes: &[u8]| {
            s.reduce(CollateAction::Queued { n: 1, by_person: true })
                .reduce(CollateAction::Read(read_input(name, bytes), Progress::default()))
        };
        let s = add(Rc::new(CollateState::default()), "a.json", &package_json());
        assert_eq!(s.batch, None, "said once all is read");
        let s = s.reduce(CollateAction::Finished);
        assert_eq!(s.batch, Some(Batch { added: 1, unreadable: 0, duplicates: 0 }));
        let s = add(s, "again.json", &package_json());
        assert_eq!(s.batch, None, "the last batch's words go while the next is read");
        let s = add(s, "junk.txt", b"hello").reduce(CollateAction::Finished);
        assert_eq!(s.batch, Some(Batch { added: 0, unreadable: 1, duplicates: 1 }), "two inputs, one batch");
    }
}
