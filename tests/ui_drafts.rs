//! The drafts reducer: what changes, what is dirty, and how another tab's
//! saves are adopted without silent loss.

use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
use igf_messages::model::document::{parse, MessageId};
use igf_messages::model::store::{draft_key, load, save_draft, Draft, Envelope, KeyValue, MemoryStore, StorageError};
use igf_messages::model::track::Track;
use igf_messages::ui::drafts::{CommentEdit, DraftAction, DraftsState, Health, Saved, TabNotice};
use std::rc::Rc;
use yew::Reducible;

fn target(q: u32, n: u32) -> CommentTarget {
    let doc = parse(include_str!("../documents/trust.txt")).unwrap();
    CommentTarget::message_of(&doc, MessageId { track: Track::Trust, question: q, number: n }).unwrap()
}

/// The drafts as the whole app starts them, which applies every action.
fn empty() -> Rc<DraftsState> {
    igf_messages::ui::later::install();
    Rc::new(DraftsState::from_loaded(Ok(Default::default())))
}

fn create(s: Rc<DraftsState>, id: &str, q: u32, n: u32) -> Rc<DraftsState> {
    s.reduce(DraftAction::Create(Draft::Comment(Comment::new(id.into(), target(q, n), 0))))
}

fn edit(s: Rc<DraftsState>, id: &str, text: &str) -> Rc<DraftsState> {
    s.reduce(DraftAction::Edit { id: id.into(), edit: CommentEdit::Text(text.into()), now: 1 })
}

fn ids(s: &DraftsState) -> Vec<&str> {
    s.comments.iter().map(|c| c.value.id.as_str()).collect()
}

#[test]
fn new_comments_go_in_document_order_and_can_be_moved() {
    let s = create(create(create(empty(), "c", 3, 1), "a", 1, 1), "b", 2, 5);
    assert_eq!(ids(&s), ["a", "b", "c"]);
    let s = s.reduce(DraftAction::Move { id: "c".into(), up: true });
    assert_eq!(ids(&s), ["a", "c", "b"]);
    assert_eq!(s.focus, (1, "igf-card-c".to_owned()), "the moved card's heading, saying its new number, has focus");
    let s = s.reduce(DraftAction::Move { id: "a".into(), up: true });
    assert_eq!(ids(&s), ["a", "c", "b"], "the first cannot move up");
    assert_eq!(s.focus.0, 1, "and nothing moves focus");
    assert!(s.order_dirty.is_some());
}

#[test]
fn a_form_opened_with_nothing_typed_is_not_counted_to_send() {
    let s = create(empty(), "a", 1, 1);
    assert_eq!(s.unsent(), (0, 0), "the count does not rise as the form opens");
    let s = edit(s, "a", "A thought.");
    assert_eq!(s.unsent(), (1, 0));
}

#[test]
fn suggesting_a_change_starts_from_the_original_wording() {
    let s = create(empty(), "a", 1, 2);
    let s = s.reduce(DraftAction::Edit { id: "a".into(), edit: CommentEdit::Kind(CommentKind::SuggestChange), now: 1 });
    let c = s.comment("a").unwrap();
    assert_eq!(c.proposed, c.original());
    let s = s.reduce(DraftAction::Edit {
        id: "a".into(),
        edit: CommentEdit::References("https://a.org\n\nhttps://b.org".into()),
        now: 2,
    });
    assert_eq!(s.comment("a").unwrap().references, ["https://a.org", "", "https://b.org"], "kept as typed");
}

#[test]
fn delete_then_undo_restores_in_place_and_marks_for_saving() {
    let s = create(create(create(empty(), "a", 1, 1), "b", 1, 2), "c", 1, 3);
    let s = s.reduce(DraftAction::Delete("b".into()));
    assert_eq!(ids(&s), ["a", "c"]);
    assert_eq!(s.removed, [draft_key("b")]);
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(ids(&s), ["a", "b", "c"]);
    assert!(s.removed.is_empty());
    assert!(s.dirty.contains(&draft_key("b")));
    assert!(s.undo.is_empty());
}

#[test]
fn each_undo_brings_back_the_last_deletion_of_its_pages_kind() {
    let s = create(create(create(empty(), "a", 1, 1), "b", 1, 2), "c", 1, 3);
    let s = s.reduce(DraftAction::Delete("b".into())).reduce(DraftAction::Delete("a".into()));
    assert_eq!(ids(&s), ["c"]);
    let s = s.reduce(DraftAction::Undo { commitments: true });
    assert_eq!(ids(&s), ["c"], "no commitment was deleted");
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(ids(&s), ["a", "c"], "the last deleted first");
    assert_eq!(s.focus.1, "igf-card-a");
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(ids(&s), ["a", "b", "c"], "then the one before, where it was");
    assert!(s.undo.is_empty() && s.removed.is_empty());
}

#[test]
fn a_deletion_sends_focus_to_undo_and_undo_to_the_card_it_put_back() {
    let s = create(create(empty(), "a", 1, 1), "b", 1, 2);
    assert_eq!(s.focus.0, 0, "nothing asks for focus at first");
    let s = s.reduce(DraftAction::Delete("b".into()));
    assert_eq!(s.focus, (1, "igf-undo".to_owned()));
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(s.focus, (2, "igf-card-b".to_owned()));
    let same = s.clone().reduce(DraftAction::Undo { commitments: false });
    assert!(Rc::ptr_eq(&s, &same), "nothing to undo: no change, and no focus asked");
    let s = s.reduce(DraftAction::Delete("nobody".into()));
    assert_eq!(s.focus.0, 2, "deleting what is not there moves nothing");
}

#[test]
fn marking_sent_sends_focus_to_the_confirmation_and_a_focus_asks_for_its_element() {
    let s = create(empty(), "a", 1, 1);
    let updated = s.comment("a").unwrap().updated;
    let s = s.reduce(DraftAction::MarkSent { sent: vec![("a".into(), updated)], at: 5 });
    assert_eq!(s.focus, (1, "igf-sent".to_owned()));
    assert_eq!(s.comment("a").unwrap().sent, Some(5));
    let s = s.reduce(DraftAction::Focus("igf-send-start"));
    assert_eq!(s.focus, (2, "igf-send-start".to_owned()));
    let s = s.reduce(DraftAction::Focus("igf-send-start"));
    assert_eq!(s.focus.0, 3, "the same place asked again is asked again");
}

#[test]
fn a_draft_changed_since_its_email_was_made_is_not_marked_sent() {
    let s = edit(create(empty(), "b", 1, 2), "b", "as it went out");
    let went_out = s.comment("b").unwrap().updated;
    // Changed in another tab while the email was open in the mail app.
    let changed = CommentEdit::Text("changed since".into());
    let s = s.reduce(DraftAction::Edit { id: "b".into(), edit: changed, now: went_out + 1 });
    let s = s.reduce(DraftAction::MarkSent { sent: vec![("b".into(), went_out)], at: 9 });
    assert_eq!(s.comment("b").unwrap().sent, None, "what went out is not what is here, which is still to send");
}

#[test]
fn a_save_clears_only_what_it_wrote() {
    let s = edit(create(empty(), "a", 1, 1), "a", "one");
    let seq = s.seq;
    let s = edit(s, "a", "two");
    let s = s.reduce(DraftAction::Saved(Saved {
        seq,
        keys: vec![draft_key("a")],
        revs: vec![("a".into(), 1)],
        profile_rev: None,
        removed: vec![],
        order: true,
        at: Some(1_042),
    }));
    assert!(s.has_unsaved(), "the edit after the snapshot is still unsaved");
    assert_eq!(s.comments[0].rev, 1);
    assert_eq!(s.saved_at, Some(1_042));
    let latest = s.seq;
    let s = s.reduce(DraftAction::Saved(Saved {
        seq: latest,
        keys: vec![draft_key("a")],
        revs: vec![],
        profile_rev: None,
        removed: vec![],
        order: true,
        at: Some(1_043),
    }));
    assert!(!s.has_unsaved());
}

#[test]
fn storage_failures_set_health_and_a_later_save_clears_it() {
    let s = empty().reduce(DraftAction::SaveFailed(StorageError::Full));
    assert_eq!(s.health, Health::Full);
    let s = s.reduce(DraftAction::Saved(Saved {
        seq: 0,
        keys: vec![],
        revs: vec![],
        profile_rev: None,
        removed: vec![],
        order: false,
        at: Some(1),
    }));
    assert_eq!(s.health, Health::Ok);
    let blocked = DraftsState::from_loaded(Err(StorageError::Unavailable("SecurityError".into())));
    assert_eq!(blocked.health, Health::Unavailable);
}

fn stored(comment: &Comment, rev: i64) -> String {
    let kv = MemoryStore::default();
    save_draft(&kv, comment, rev - 1, "other", 5).unwrap();
    kv.get(&draft_key(&comment.id)).unwrap().unwrap()
}

#[test]
fn another_tabs_later_save_is_adopted_and_unsaved_work_is_offered_back() {
    let s = edit(create(empty(), "a", 1, 1), "a", "mine, unsaved");
    let mut theirs = s.comment("a").unwrap().clone();
    theirs.text = "theirs".into();
    let s = s.reduce(DraftAction::External { key: draft_key("a"), value: Some(stored(&theirs, 4)) });
    assert_eq!(s.comment("a").unwrap().text, "theirs");
    assert_eq!(s.comments[0].rev, 4);
    let TabNotice::Replaced { mine: Some(Draft::Comment(mine)), .. } = &s.notices[0] else { panic!("{:?}", s.notices) };
    assert_eq!(mine.text, "mine, unsaved");
    let mine = mine.clone();
    let s = s.reduce(DraftAction::Restore(Draft::Comment(mine)));
    assert_eq!(s.comment("a").unwrap().text, "mine, unsaved");
    assert!(s.notices.is_empty() && s.has_unsaved());

    // An older save from another tab changes nothing.
    let s = s.reduce(DraftAction::External { key: draft_key("a"), value: Some(stored(&theirs, 2)) });
    assert_eq!(s.comment("a").unwrap().text, "mine, unsaved");
}

#[test]
fn what_storage_refused_to_take_back_from_the_journal_is_shown_and_left_to_save() {
    use igf_messages::model::store::load_from;
    let kv = MemoryStore::default();
    let mut old = Comment::new("a".into(), target(1, 1), 5);
    old.text = "old".into();
    save_draft(&kv, &old, 0, "t", 5).unwrap();
    let s = empty().reduce(DraftAction::Loaded(load_from(Some(&kv))));
    // Typed since the app started, into memory only: storage is full.
    let s = edit(create(s, "b", 2, 1), "b", "typed since the start");
    let mut journal = old.clone();
    journal.text = "typed while storage was full".into();
    let s = s.reduce(DraftAction::Recovered(vec![(draft_key("a"), stored(&journal, 2))]));
    assert_eq!(s.comment("a").unwrap().text, "typed while storage was full");
    assert_eq!(s.comments.iter().find(|c| c.value.id == "a").unwrap().rev, 2, "the next save builds on it");
    assert_eq!(s.comment("b").unwrap().text, "typed since the start", "merged, not reloaded over what is in memory");
    assert!(s.has_unsaved(), "and still to be saved");
    assert!(s.notices.is_empty(), "no other tab to speak of");
    // Typed into the same draft before the copy came: that is offered back.
    let s = edit(s, "a", "typed here meanwhile");
    let s = s.reduce(DraftAction::Recovered(vec![(draft_key("a"), stored(&journal, 3))]));
    let TabNotice::Replaced { mine: Some(Draft::Comment(mine)), .. } = &s.notices[0] else { panic!("{:?}", s.notices) };
    assert_eq!(mine.text, "typed here meanwhile");
}

#[test]
fn a_deletion_in_another_tab_is_reported_with_a_way_back() {
    let s = edit(create(empty(), "a", 1, 1), "a", "keep me");
    let s = s.reduce(DraftAction::External { key: draft_key("a"), value: None });
    assert!(s.comments.is_empty());
    let TabNotice::Deleted { mine: Draft::Comment(mine), .. } = &s.notices[0] else { panic!() };
    assert_eq!(mine.text, "keep me");
    let mine = mine.clone();
    let s = s.reduce(DraftAction::Restore(Draft::Comment(mine)));
    assert_eq!(ids(&s), ["a"]);
}

#[test]
fn empty_drafts_are_discarded_but_typed_ones_never() {
    let s = create(create(empty(), "a", 1, 1), "b", 1, 2);
    let s = edit(s, "b", "typed");
    let s = s.reduce(DraftAction::DiscardIfEmpty("a".into())).reduce(DraftAction::DiscardIfEmpty("b".into()));
    assert_eq!(ids(&s), ["b"]);
}

#[test]
fn another_tabs_save_of_a_draft_deleted_here_but_not_yet_removed_wins_and_is_not_removed() {
    let s = edit(create(empty(), "a", 1, 1), "a", "mine");
    let s = s.reduce(DraftAction::Delete("a".into()));
    assert_eq!(s.removed, [draft_key("a")]);
    let mut theirs = Comment::new("a".into(), target(1, 1), 0);
    theirs.text = "typed there since".into();
    let s = s.reduce(DraftAction::External { key: draft_key("a"), value: Some(stored(&theirs, 5)) });
    assert_eq!(s.comment("a").map(|c| c.text.as_str()), Some("typed there since"), "the later save wins");
    assert!(s.removed.is_empty(), "and the next save here does not remove it");
    assert!(s.undo.is_empty(), "nor can an undo bring back a second copy");
}

#[test]
fn another_tab_dropping_an_empty_draft_leaves_the_form_open_here_which_is_saved_once_typed_into() {
    let s = create(create(empty(), "open", 1, 1), "typed", 1, 2);
    let s = edit(s, "typed", "words");
    let s = s
        .reduce(DraftAction::External { key: draft_key("open"), value: None })
        .reduce(DraftAction::External { key: draft_key("typed"), value: None });
    assert_eq!(ids(&s), ["open"], "the empty draft stays here; a deletion of typed work is as before");
    assert!(
        matches!(s.notices.as_slice(), [TabNotice::Deleted { id, .. }] if id == "typed"),
        "only the typed one is reported"
    );
    let s = edit(s, "open", "now typed");
    assert!(s.dirty.contains(&draft_key("open")), "typing writes it again");
}

#[test]
fn loading_respects_the_persons_order_and_places_the_rest_by_document() {
    let kv = MemoryStore::default();
    for (id, q) in [("x", 3), ("y", 1), ("z", 2)] {
        save_draft(&kv, &Comment::new(id.into(), target(q, 1), 0), 0, "t", 1).unwrap();
    }
    kv.set("igf-messages:order", r#"["x","y"]"#).unwrap();
    let s = DraftsState::from_loaded(load(&kv));
    assert_eq!(ids(&s), ["x", "y", "z"]);
    assert!(Envelope::parse(&kv.get(&draft_key("x")).unwrap().unwrap()).is_ok());
}

#[test]
fn drafts_read_after_adopting_the_prerendered_view_replace_the_first_visitors_nothing() {
    let kv = MemoryStore::default();
    save_draft(&kv, &Comment::new("kept".into(), target(2, 1), 0), 0, "t", 1).unwrap();
    let s = empty().reduce(DraftAction::Loaded(load(&kv)));
    assert_eq!(ids(&s), ["kept"]);
    assert!(s.dirty.is_empty(), "what was just read is not written back");
    let s = empty().reduce(DraftAction::Loaded(Err(StorageError::Unavailable("blocked".into()))));
    assert_eq!(s.health, Health::Unavailable);
    let first = empty();
    let same = first.clone().reduce(DraftAction::Loaded(load(&MemoryStore::default())));
    assert!(Rc::ptr_eq(&first, &same), "nothing stored: the state is kept, so nothing re-renders");
}

mod commitments {
    use super::*;
    use igf_messages::model::commitment::{Commitment, Link};
    use igf_messages::ui::drafts::CommitmentEdit;

    fn edit(s: Rc<DraftsState>, edit: CommitmentEdit) -> Rc<DraftsState> {
        s.reduce(DraftAction::EditCommitment { id: "k".into(), edit, now: 2 })
    }

    #[test]
    fn acting_for_an_organisation_starts_its_name_from_the_details_never_over_one_typed() {
        use igf_messages::model::commitment::Capacity;
        use igf_messages::model::profile::Profile;
        let details = Profile { organisation: " Numérique & Société ".into(), ..Profile::default() };
        let s = empty().reduce(DraftAction::SetProfile(details));
        let s = s.reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 0))));
        let s = edit(s, CommitmentEdit::Capacity(Some(Capacity::Individual)));
        assert_eq!(s.commitment("k").unwrap().org_name, "", "not for an individual");
        let s = edit(s, CommitmentEdit::Capacity(Some(Capacity::Organisation)));
        assert_eq!(s.commitment("k").unwrap().org_name, "Numérique & Société");
        let s = edit(
            edit(s, CommitmentEdit::OrgName("Clinics".into())),
            CommitmentEdit::Capacity(Some(Capacity::Individual)),
        );
        let s = edit(s, CommitmentEdit::Capacity(Some(Capacity::Organisation)));
        assert_eq!(s.commitment("k").unwrap().org_name, "Clinics", "a name typed is kept");
    }

    #[test]
    fn linking_a_message_adds_its_track_once() {
        let s = empty().reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 0))));
        let doc = parse(include_str!("../documents/trust.txt")).unwrap();
        let link = Link::message_of(&doc, MessageId { track: Track::Trust, question: 1, number: 1 }).unwrap();
        let s = edit(edit(s, CommitmentEdit::AddLink(link.clone())), CommitmentEdit::AddLink(link));
        let k = s.commitment("k").unwrap();
        assert_eq!((k.links.len(), k.tracks.clone()), (1, vec![Track::Trust]));
        let s = edit(s, CommitmentEdit::Track(Track::Data, true));
        assert_eq!(s.commitment("k").unwrap().tracks, [Track::Data, Track::Trust]);
    }

    #[test]
    fn actions_and_sdgs_are_edited_in_place() {
        let s = empty().reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 0))));
        let s = edit(edit(s, CommitmentEdit::AddAction), CommitmentEdit::ActionDue(1, "2022-01-01".into()));
        let s = edit(
            edit(edit(s, CommitmentEdit::Sdg(16, true)), CommitmentEdit::Sdg(4, true)),
            CommitmentEdit::Sdg(99, true),
        );
        let k = s.commitment("k").unwrap();
        assert_eq!(k.actions.len(), 2);
        assert!(k.actions[1].is_after_cycle());
        assert_eq!(k.sdgs, [4, 16], "sorted, and only 1–17");
        let s = edit(s, CommitmentEdit::RemoveAction(0));
        assert_eq!(s.commitment("k").unwrap().actions[0].due, "2022-01-01");
    }

    #[test]
    fn adding_or_removing_an_action_or_a_link_sends_focus_where_the_person_goes_on() {
        let s = empty().reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 0))));
        let s = edit(s, CommitmentEdit::Title("T".into()));
        assert_eq!(s.focus.0, 0, "typing moves no focus");
        let s = edit(edit(s, CommitmentEdit::AddAction), CommitmentEdit::AddAction);
        assert_eq!(s.focus, (2, "igf-action-3".to_owned()), "to the action just added");
        let s = edit(s, CommitmentEdit::RemoveAction(1));
        assert_eq!(s.focus.1, "igf-action-2", "to the action that took its place");
        let s = edit(s, CommitmentEdit::RemoveAction(1));
        assert_eq!(s.focus.1, "igf-action-1", "the last one gone: to the one before");
        let focus = s.focus.0;
        let s = edit(s, CommitmentEdit::RemoveAction(5));
        assert_eq!(s.focus.0, focus, "nothing removed, no focus asked");
        let doc = parse(include_str!("../documents/trust.txt")).unwrap();
        let link = |n| Link::message_of(&doc, MessageId { track: Track::Trust, question: 1, number: n }).unwrap();
        let s = edit(edit(s, CommitmentEdit::AddLink(link(1))), CommitmentEdit::AddLink(link(2)));
        assert_eq!(s.focus.0, focus, "a link added keeps focus on its button");
        let s = edit(s, CommitmentEdit::RemoveLink(1));
        assert_eq!(s.focus.1, "igf-link-remove-0", "to the link before, the last one gone");
        let s = edit(s, CommitmentEdit::RemoveLink(0));
        assert_eq!(s.focus.1, "igf-field-links", "no link left: to the list to add one from");
    }

    #[test]
    fn a_template_copy_is_a_new_draft_and_a_blank_one_is_discarded() {
        let s = empty().reduce(DraftAction::Create(Draft::Commitment(Commitment::new("k".into(), 0))));
        let s = edit(s, CommitmentEdit::Title("Original".into()));
        let s = s.reduce(DraftAction::Duplicate { id: "k".into(), new_id: "k2".into(), now: 9 });
        assert_eq!(s.commitment("k2").unwrap().title, "Original");
        assert!(s.dirty.contains(&draft_key("k2")));
        let s = s
            .reduce(DraftAction::Create(Draft::Commitment(Commitment::new("blank".into(), 0))))
            .reduce(DraftAction::DiscardIfEmpty("blank".into()));
        assert!(s.commitment("blank").is_none());
        let s = s.reduce(DraftAction::DiscardIfEmpty("k".into()));
        assert!(s.commitment("k").is_some(), "a typed commitment is never discarded");
    }

    #[test]
    fn commitments_survive_the_store() {
        let kv = MemoryStore::default();
        let mut k = Commitment::new("k".into(), 0);
        k.title = "Stored".into();
        save_draft(&kv, &k, 0, "t", 1).unwrap();
        let s = DraftsState::from_loaded(load(&kv));
        assert_eq!(s.commitment("k"), Some(&k));
        assert!(s.comments.is_empty());
    }
}

#[test]
fn an_import_can_be_undone_whole_and_never_takes_the_details_unasked() {
    use igf_messages::model::profile::Profile;
    let s = create(empty(), "c-1", 1, 1).reduce(DraftAction::Edit {
        id: "c-1".into(),
        edit: CommentEdit::Text("mine, newer".into()),
        now: 1,
    });
    let mut older = s.comment("c-1").unwrap().clone();
    older.text = "the file's older text".into();
    let added = Comment::new("c-2".into(), target(2, 1), 5);
    let theirs = Profile { name: "Someone Else".into(), ..Profile::default() };
    let s = s.reduce(DraftAction::Import {
        drafts: vec![Draft::Comment(older), Draft::Comment(added)],
        sender: None,
        more: false,
    });
    assert_eq!(s.comment("c-1").unwrap().text, "the file's older text");
    assert_eq!(ids(&s), ["c-1", "c-2"]);
    assert_eq!(s.profile, Profile::default(), "no sender unless the person chose it");
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(s.comment("c-1").unwrap().text, "mine, newer", "what the import replaced is back");
    assert_eq!(ids(&s), ["c-1"], "what it added is gone");
    assert!(s.undo.is_empty(), "undoing an import is not a deletion to undo");
    let s = s.reduce(DraftAction::Import { drafts: Vec::new(), sender: Some(theirs.clone()), more: false });
    assert_eq!(s.profile, theirs);
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(s.profile, Profile::default(), "the person's own details come back");
}

#[test]
fn undoing_an_import_keeps_earlier_deletions_undoable_and_what_changed_since() {
    use igf_messages::model::profile::Profile;
    let s = edit(create(create(empty(), "gone", 1, 1), "r", 1, 2), "gone", "deleted before the import");
    let s = s.reduce(DraftAction::Delete("gone".into()));
    let mut file_r = s.comment("r").unwrap().clone();
    file_r.text = "the file's r".into();
    let file = vec![Draft::Comment(file_r), Draft::Comment(Comment::new("new".into(), target(2, 1), 5))];
    let theirs = Profile { name: "From the file".into(), ..Profile::default() };
    let s = s.reduce(DraftAction::Import { drafts: file, sender: Some(theirs), more: false });
    // After the import: "r" and the details typed into again, here or in another tab.
    let s = edit(s, "r", "typed after the import");
    let typed = Profile { name: "Typed after".into(), ..Profile::default() };
    let s = s.reduce(DraftAction::SetProfile(typed.clone()));
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(s.comment("r").unwrap().text, "typed after the import", "later typing is not undone");
    assert_eq!(s.profile, typed, "nor are details typed since");
    assert_eq!(ids(&s), ["r"], "what it added and nobody changed is gone");
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(s.comment("gone").map(|c| c.text.as_str()), Some("deleted before the import"), "still undoable");
}

#[test]
fn undoing_an_import_brings_back_what_it_replaced_if_its_copy_was_deleted_since() {
    let s = edit(create(empty(), "r", 1, 1), "r", "MINE");
    let mut file = s.comment("r").unwrap().clone();
    file.text = "FILE".into();
    let s = s.reduce(DraftAction::Import { drafts: vec![Draft::Comment(file)], sender: None, more: false });
    let s = s.reduce(DraftAction::Delete("r".into()));
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(s.comment("r").map(|c| c.text.as_str()), Some("MINE"));
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(ids(&s), ["r"], "no second copy from the deletion's undo");
}

#[test]
fn a_deletion_a_file_brought_back_is_undoable_again_once_the_import_is_undone() {
    let s = edit(create(empty(), "x", 1, 1), "x", "MY LATEST");
    let mut backup = s.comment("x").unwrap().clone();
    backup.text = "an older backup".into();
    let s = s.reduce(DraftAction::Delete("x".into()));
    let s = s.reduce(DraftAction::Import { drafts: vec![Draft::Comment(backup)], sender: None, more: false });
    assert_eq!(s.comment("x").map(|c| c.text.as_str()), Some("an older backup"));
    let s = s.reduce(DraftAction::UndoImport);
    assert!(s.comment("x").is_none(), "what the import added is gone");
    let s = s.reduce(DraftAction::Undo { commitments: false });
    assert_eq!(s.comment("x").map(|c| c.text.as_str()), Some("MY LATEST"), "and the deletion before it can be undone");
}

#[test]
fn an_imported_draft_never_takes_the_place_of_one_of_the_other_kind() {
    let s = create(empty(), "x1", 1, 1);
    let commitment = igf_messages::model::commitment::Commitment::new("x1".into(), 5);
    let s = s.reduce(DraftAction::Import { drafts: vec![Draft::Commitment(commitment)], sender: None, more: false });
    assert_eq!(ids(&s), ["x1"], "the comment stays");
    assert!(s.commitments.is_empty(), "and no second draft is written under its key");
}

#[test]
fn details_taken_from_a_file_never_blank_the_ones_it_lacks() {
    use igf_messages::model::people::StakeholderGroup;
    use igf_messages::model::profile::Profile;
    let mine = Profile {
        name: "Amina".into(),
        email: "amina@example.org".into(),
        country: "Kenya".into(),
        stakeholder: Some(StakeholderGroup::CivilSociety),
        ..Profile::default()
    };
    let s = empty().reduce(DraftAction::SetProfile(mine.clone()));
    let theirs = Profile { name: "Amina Diallo".into(), organisation: "ISOC".into(), ..Profile::default() };
    let s = s.reduce(DraftAction::Import { drafts: Vec::new(), sender: Some(theirs), more: false });
    assert_eq!(s.profile.name, "Amina Diallo", "what the file holds is taken");
    assert_eq!(s.profile.organisation, "ISOC");
    assert_eq!(s.profile.email, "amina@example.org", "what it lacks is kept");
    assert_eq!(s.profile.country, "Kenya");
    assert_eq!(s.profile.stakeholder, Some(StakeholderGroup::CivilSociety));
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(s.profile, mine);
}

#[test]
fn an_import_keeps_the_files_order_after_the_persons_own_drafts() {
    let s = create(empty(), "mine", 2, 1);
    let file = [("c", 3, 1), ("a", 1, 1), ("b", 2, 5)];
    let drafts = file.iter().map(|(id, q, n)| Draft::Comment(Comment::new((*id).into(), target(*q, *n), 5))).collect();
    let s = s.reduce(DraftAction::Import { drafts, sender: None, more: false });
    assert_eq!(ids(&s), ["mine", "c", "a", "b"], "not re-sorted into document order");
    assert_eq!(s.order(), ["mine", "c", "a", "b"], "and the order is saved so");
    assert!(s.order_dirty.is_some());
}

#[test]
fn an_import_in_pieces_is_undone_as_one() {
    let s = create(empty(), "c-1", 1, 1);
    let piece = |id: &str| vec![Draft::Comment(Comment::new(id.into(), target(2, 1), 5))];
    let s = s.reduce(DraftAction::Import { drafts: piece("c-2"), sender: None, more: false });
    let s = s.reduce(DraftAction::Import { drafts: piece("c-3"), sender: None, more: true });
    assert_eq!(ids(&s), ["c-1", "c-2", "c-3"]);
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(ids(&s), ["c-1"], "every piece of the import is undone");
    let s = s.reduce(DraftAction::Import { drafts: piece("c-4"), sender: None, more: false });
    let s = s.reduce(DraftAction::Import { drafts: piece("c-5"), sender: None, more: false });
    let s = s.reduce(DraftAction::UndoImport);
    assert_eq!(ids(&s), ["c-1", "c-4"], "a new import starts its own undo");
}

#[test]
fn a_draft_written_by_a_newer_app_keeps_its_place_in_the_order() {
    use igf_messages::model::store::{load, save_order};
    let kv = MemoryStore::default();
    for id in ["a", "c"] {
        save_draft(&kv, &Comment::new(id.into(), target(1, 1), 0), 0, "t", 1).unwrap();
    }
    let newer = r#"{"schema":99,"kind":"comment","rev":1,"tab":"t","savedAt":1,"data":{}}"#;
    kv.set(&draft_key("b"), newer).unwrap();
    save_order(&kv, &["a".to_owned(), "b".to_owned(), "c".to_owned()]).unwrap();
    let s = Rc::new(DraftsState::from_loaded(load(&kv)));
    assert_eq!(ids(&s), ["a", "c"], "the newer draft is not shown");
    assert_eq!(s.order(), ["a", "b", "c"], "but its place is kept");
    let s = create(s, "d", 3, 1);
    assert_eq!(s.order(), ["a", "b", "c", "d"]);
    assert_eq!(kv.get(&draft_key("b")).unwrap().as_deref(), Some(newer), "left exactly as it is");
}

#[test]
fn drafts_handed_to_the_whole_app_are_written_again_where_there_is_storage_and_said_unsaved_where_there_is_none() {
    use igf_messages::model::store::{carried, carry};
    let s = edit(create(create(empty(), "a", 1, 2), "b", 2, 1), "a", "typed before the hand-over");
    let text = carry(&s.comments, &s.commitments, (&s.profile, s.profile_rev), &s.order());

    let with = DraftsState::from_carried(carried(&text), true);
    assert_eq!(with.health, Health::Ok);
    assert_eq!(ids(&with), ids(&s));
    assert_eq!(with.comment("a").map(|c| c.text.as_str()), Some("typed before the hand-over"));
    for id in ["a", "b"] {
        assert!(with.dirty.contains(&draft_key(id)), "{id} is written again");
    }
    assert!(with.has_unsaved());

    let without = DraftsState::from_carried(carried(&text), false);
    assert_eq!(without.health, Health::Unavailable);
    assert_eq!(ids(&without), ids(&s));
    assert!(!without.has_unsaved(), "nothing to write without storage");

    let broken = DraftsState::from_carried(carried("{"), true);
    assert!(matches!(broken.health, Health::Failed(ref why) if why.contains("handed over")));
}
