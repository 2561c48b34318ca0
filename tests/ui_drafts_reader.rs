//! The drafts reducer as the reader's build has it: without the whole app's
//! parts (`ui::later`), whose screens alone send a commitment's edits and
//! copies or an import. A file of its own, so that no other test has
//! installed those parts in this process.

use igf_messages::model::commitment::Commitment;
use igf_messages::model::store::Draft;
use igf_messages::ui::drafts::{CommitmentEdit, DraftAction, DraftsState};
use std::rc::Rc;
use yew::Reducible;

#[test]
fn the_readers_build_leaves_what_only_the_whole_apps_screens_send_to_it() {
    let s = Rc::new(DraftsState::from_loaded(Ok(Default::default())));
    let s = s.reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 1))));
    let before = Rc::clone(&s);
    let s = s.reduce(DraftAction::EditCommitment { id: "k".into(), edit: CommitmentEdit::Title("t".into()), now: 2 });
    let s = s.reduce(DraftAction::Duplicate { id: "k".into(), new_id: "k2".into(), now: 3 });
    let s = s.reduce(DraftAction::Import { drafts: Vec::new(), sender: None, more: false });
    let s = s.reduce(DraftAction::UndoImport);
    assert!(Rc::ptr_eq(&before, &s), "nothing changed, so nothing re-renders");

    igf_messages::ui::later::install();
    let s = s.reduce(DraftAction::EditCommitment { id: "k".into(), edit: CommitmentEdit::Title("t".into()), now: 2 });
    assert_eq!(s.commitment("k").map(|c| c.title.as_str()), Some("t"), "the whole app applies them");
}
