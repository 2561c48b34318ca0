//! Draft storage: envelopes, migrations, two tabs, and every way storage fails.

use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
use igf_messages::model::commitment::Commitment;
use igf_messages::model::document::{parse, Document, MessageId};
use igf_messages::model::profile::Profile;
use igf_messages::model::store::*;
use igf_messages::model::track::Track;
use proptest::prelude::*;

fn doc() -> Document {
    parse(include_str!("../documents/trust.txt")).unwrap()
}

fn comment(id: &str, text: &str) -> Comment {
    let target = CommentTarget::message_of(&doc(), MessageId { track: Track::Trust, question: 1, number: 2 }).unwrap();
    let mut c = Comment::new(id.into(), target, 1_000);
    c.text = text.into();
    c
}

#[test]
fn each_draft_has_its_own_key_and_loads_back() {
    let kv = MemoryStore::default();
    let a = comment("a", "first");
    let b = comment("b", "second");
    assert_eq!(save_draft(&kv, &a, 0, "tab1", 5).unwrap(), SaveOutcome::Saved { rev: 1 });
    save_draft(&kv, &b, 0, "tab1", 6).unwrap();
    save_order(&kv, &["b".into(), "a".into()]).unwrap();
    let keys = kv.keys().unwrap();
    assert!(keys.contains(&draft_key("a")) && keys.contains(&draft_key("b")));
    let loaded = load(&kv).unwrap();
    let mut texts: Vec<&str> = loaded.comments.iter().map(|s| s.value.text.as_str()).collect();
    texts.sort_unstable();
    assert_eq!(texts, ["first", "second"]);
    assert_eq!(loaded.order, ["b", "a"]);
    assert!(loaded.quarantined.is_empty());
    remove_draft(&kv, "a").unwrap();
    assert_eq!(load(&kv).unwrap().comments.len(), 1);
}

#[test]
fn drafts_nobody_typed_into_are_dropped_at_start_from_storage_too_but_the_one_the_page_opens_stays() {
    let kv = MemoryStore::default();
    for (id, text) in [("stray", ""), ("open", ""), ("typed", "kept")] {
        save_draft(&kv, &comment(id, text), 0, "t", 1).unwrap();
    }
    save_draft(&kv, &Commitment::new("blank".into(), 0), 0, "t", 1).unwrap();
    let loaded = load_at_start(Some(&kv), Some("open")).unwrap();
    let mut ids: Vec<&str> = loaded.comments.iter().map(|c| c.value.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["open", "typed"]);
    assert!(loaded.commitments.is_empty(), "an untouched commitment goes too");
    let mut keys = kv.keys().unwrap();
    keys.sort_unstable();
    assert_eq!(keys, [draft_key("open"), draft_key("typed")], "and is removed from storage");
    let again = load_at_start(Some(&kv), None).unwrap();
    assert_eq!(again.comments.len(), 1, "with nothing opened, only what was typed stays");
    assert!(matches!(load_at_start(None, None), Err(StorageError::Unavailable(_))));
}

#[test]
fn a_draft_dropped_untouched_is_removed_unless_another_tab_saved_it_since_or_it_cannot_be_read() {
    let kv = MemoryStore::default();
    let key = draft_key("d");
    let rev = save_draft(&kv, &comment("d", ""), 0, "me", 1).unwrap().rev();
    assert_eq!(remove_unless_saved_since(&kv, &key, rev), Ok(true));
    assert_eq!(kv.get(&key).unwrap(), None, "as it was read: removed");
    let rev = save_draft(&kv, &comment("d", ""), 0, "me", 1).unwrap().rev();
    // Another tab's first keystroke is saved after this tab read it.
    save_draft(&kv, &comment("d", "typed in another tab"), rev, "other", 2).unwrap();
    assert_eq!(remove_unless_saved_since(&kv, &key, rev), Ok(false));
    assert_eq!(load(&kv).unwrap().comments[0].value.text, "typed in another tab", "saved since: kept");
    kv.set(&key, "{not an envelope").unwrap();
    assert_eq!(remove_unless_saved_since(&kv, &key, 9), Ok(false));
    assert!(kv.get(&key).unwrap().is_some(), "what cannot be read is never removed");
    assert_eq!(remove_unless_saved_since(&kv, &draft_key("gone"), 0), Ok(true), "nothing there: gone already");
}

#[test]
fn the_later_save_wins_and_knows_whom_it_superseded() {
    let kv = MemoryStore::default();
    let c = comment("c", "from tab one");
    let r1 = save_draft(&kv, &c, 0, "one", 1).unwrap().rev();
    // Tab two read r1 and saves an edit.
    let r2 = save_draft(&kv, &comment("c", "from tab two"), r1, "two", 2).unwrap().rev();
    assert_eq!(r2, 2);
    // Tab one still thinks r1 is current; its save is later, so it wins.
    let outcome = save_draft(&kv, &comment("c", "tab one again"), r1, "one", 3).unwrap();
    assert_eq!(outcome, SaveOutcome::Superseded { rev: 3, other_tab: "two".into() });
    assert_eq!(load(&kv).unwrap().comments[0].value.text, "tab one again");
    assert_eq!(load(&kv).unwrap().comments[0].rev, 3);
}

#[test]
fn a_full_quota_keeps_everything_saved_before() {
    let kv = MemoryStore::default();
    save_draft(&kv, &comment("a", "kept"), 0, "t", 1).unwrap();
    kv.quota.set(Some(kv.used() + 10));
    assert_eq!(save_draft(&kv, &comment("b", &"x".repeat(500)), 0, "t", 2), Err(StorageError::Full));
    assert_eq!(save_draft(&kv, &comment("a", &"longer ".repeat(100)), 1, "t", 3), Err(StorageError::Full));
    let loaded = load(&kv).unwrap();
    assert_eq!(loaded.comments.len(), 1);
    assert_eq!(loaded.comments[0].value.text, "kept");
}

#[test]
fn corrupt_records_are_moved_aside_never_overwritten() {
    let kv = MemoryStore::default();
    save_draft(&kv, &comment("good", "fine"), 0, "t", 1).unwrap();
    kv.set(&draft_key("bad"), "{\"schema\":2,\"kind\":\"comment\",\"da").unwrap();
    kv.set(&draft_key("wrong"), r#"{"schema":2,"kind":"comment","rev":1,"tab":"t","savedAt":1,"data":{"id":"wrong"}}"#)
        .unwrap();
    let loaded = load(&kv).unwrap();
    assert_eq!(loaded.comments.len(), 1);
    assert_eq!(loaded.quarantined.len(), 2);
    let bad = loaded.quarantined.iter().find(|q| q.raw.ends_with("\"da")).unwrap();
    assert_eq!(bad.key, format!("{QUARANTINE_PREFIX}{}", draft_key("bad")));
    assert!(matches!(bad.reason, QuarantineReason::Corrupt(_)));
    assert_eq!(kv.get(&bad.key).unwrap().as_deref(), Some(bad.raw.as_str()), "raw text kept for download");
    assert_eq!(kv.get(&draft_key("bad")).unwrap(), None);
    // A second load still reports it, and changes nothing.
    assert_eq!(load(&kv).unwrap().quarantined.len(), 2);
    // Saving under the same id cannot overwrite an unreadable record.
    kv.set(&draft_key("x"), "garbage").unwrap();
    assert!(matches!(save_draft(&kv, &comment("x", "new"), 0, "t", 2), Err(StorageError::Failed(_))));
    assert_eq!(kv.get(&draft_key("x")).unwrap().as_deref(), Some("garbage"));
}

#[test]
fn corrupt_records_stay_put_when_the_quota_is_full() {
    let kv = MemoryStore::default();
    kv.set(&draft_key("bad"), "not json at all").unwrap();
    kv.quota.set(Some(kv.used()));
    let loaded = load(&kv).unwrap();
    assert_eq!(loaded.quarantined[0].key, draft_key("bad"));
    assert_eq!(kv.get(&draft_key("bad")).unwrap().as_deref(), Some("not json at all"));
}

#[test]
fn records_from_a_newer_app_are_left_untouched() {
    let kv = MemoryStore::default();
    let newer = r#"{"schema":9,"kind":"comment","future":true}"#;
    kv.set(&draft_key("future"), newer).unwrap();
    let loaded = load(&kv).unwrap();
    assert_eq!(loaded.quarantined[0].reason, QuarantineReason::Newer(9));
    assert_eq!(kv.get(&draft_key("future")).unwrap().as_deref(), Some(newer));
    assert!(save_draft(&kv, &comment("future", "x"), 0, "t", 1).is_err());
    assert_eq!(kv.get(&draft_key("future")).unwrap().as_deref(), Some(newer));
}

#[test]
fn schema_1_records_migrate_forward() {
    let kv = MemoryStore::default();
    let c = comment("old", "written by version 1");
    kv.set(
        &draft_key("old"),
        &format!(r#"{{"schema":1,"kind":"comment","savedAt":5,"data":{}}}"#, c.to_json().to_text()),
    )
    .unwrap();
    let loaded = load(&kv).unwrap();
    assert_eq!(loaded.comments, vec![Stored { value: c.clone(), rev: 0 }]);
    assert_eq!(save_draft(&kv, &c, 0, "t", 6).unwrap(), SaveOutcome::Saved { rev: 1 });
    assert!(kv.get(&draft_key("old")).unwrap().unwrap().starts_with(r#"{"schema":2,"#));
}

#[test]
fn blocked_storage_is_reported_not_panicked() {
    let kv = MemoryStore::default();
    kv.blocked.set(true);
    assert!(matches!(load(&kv), Err(StorageError::Unavailable(_))));
    assert!(matches!(save_draft(&kv, &comment("a", "x"), 0, "t", 1), Err(StorageError::Unavailable(_))));
}

#[test]
fn the_profile_is_stored_once() {
    let kv = MemoryStore::default();
    let p = Profile { name: "Li Wei".into(), email: "li@example.cn".into(), ..Profile::default() };
    save_profile(&kv, &p, 0, "t", 1).unwrap();
    assert_eq!(load(&kv).unwrap().profile.map(|s| s.value), Some(p));
}

proptest! {
    #[test]
    fn any_comment_survives_a_save_and_load(text in "\\PC{0,200}", proposed in "\\PC{0,50}", kind in 0usize..5, refs in proptest::collection::vec("\\PC{0,30}", 0..4), lang in "[a-z]{0,3}") {
        let kv = MemoryStore::default();
        let mut c = comment("p", &text);
        c.kind = Some(CommentKind::ALL[kind]);
        c.proposed = proposed;
        c.references = refs.into_iter().map(|r| r.trim().to_owned()).filter(|r| !r.is_empty()).collect();
        c.language = lang;
        save_draft(&kv, &c, 0, "t", 1).unwrap();
        prop_assert_eq!(&load(&kv).unwrap().comments[0].value, &c);
    }
}

proptest! {
    #[test]
    fn drafts_carried_to_the_whole_app_come_back_as_they_were(
        texts in proptest::collection::vec("\\PC{0,80}", 0..6),
        pledges in proptest::collection::vec("\\PC{0,80}", 0..3),
        name in "\\PC{0,30}",
        reversed in any::<bool>(),
    ) {
        let comments: Vec<Stored<Comment>> =
            texts.iter().enumerate().map(|(i, t)| Stored { value: comment(&format!("c{i}"), t), rev: 3 }).collect();
        let mut order: Vec<String> = comments.iter().map(|c| c.value.id.clone()).collect();
        if reversed {
            order.reverse();
        }
        let profile = Profile { name: name.clone(), ..Profile::default() };
        let commitments: Vec<Stored<Commitment>> = pledges
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut k = Commitment::new(format!("k{i}"), 5);
                k.title = t.clone();
                Stored { value: k, rev: 1 }
            })
            .collect();
        let back = carried(&carry(&comments, &commitments, (&profile, 4), &order)).unwrap();
        prop_assert_eq!(
            back.commitments.iter().map(|s| &s.value).collect::<Vec<_>>(),
            commitments.iter().map(|s| &s.value).collect::<Vec<_>>()
        );
        prop_assert_eq!(back.comments.iter().map(|s| s.rev).collect::<Vec<_>>(), vec![3; texts.len()]);
        let mut got: Vec<Comment> = back.comments.into_iter().map(|s| s.value).collect();
        got.sort_by(|a, b| a.id.cmp(&b.id));
        let mut want: Vec<Comment> = comments.into_iter().map(|s| s.value).collect();
        want.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(got, want);
        prop_assert_eq!(back.profile.map(|s| (s.value.name, s.rev)), Some((name, 4)));
        prop_assert_eq!(back.order, order);
        prop_assert!(back.quarantined.is_empty());
    }
}

#[test]
fn carried_drafts_that_are_not_what_carry_writes_are_refused_with_a_reason() {
    for bad in ["not json", "[]", r#"{"drafts": 1}"#, r#"{"drafts": [], "order": []}"#] {
        assert!(matches!(carried(bad), Err(StorageError::Failed(_))), "{bad}");
    }
    let unknown = r#"{"drafts": [{"kind": "poem", "data": {}}], "profile": {"data": {}}, "order": []}"#;
    assert!(matches!(carried(unknown), Err(StorageError::Failed(why)) if why.contains("poem")));
    let damaged = r#"{"drafts": [{"kind": "comment", "data": {"id": 5}}], "profile": {"data": {}}, "order": []}"#;
    assert!(matches!(carried(damaged), Err(StorageError::Failed(why)) if why.contains("comment field")));
}

#[test]
fn a_stored_commitment_says_its_kind_where_the_loaders_look_for_it() {
    // web/upgrade.js (draftsCommitments) starts a person with a commitment
    // among their drafts with the whole app, on finding this in its envelope;
    // a comment must not match.
    let kv = MemoryStore::default();
    save_draft(&kv, &Commitment::new("k".into(), 1), 0, "tab1", 2).unwrap();
    save_draft(&kv, &comment("c", "\"kind\":\"commitment\" typed in a comment"), 0, "tab1", 3).unwrap();
    let stored = |id: &str| kv.get(&draft_key(id)).unwrap().unwrap();
    assert!(draft_key("k").starts_with("igf-messages:draft:"));
    assert!(stored("k")[..80].contains(r#""kind":"commitment""#), "near the start, where they look");
    assert!(!stored("c").contains(r#""kind":"commitment""#), "text typed in a comment is escaped");
}
