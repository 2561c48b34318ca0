//! Living versions: matching the messages of two versions of a track, grouping the
//! changes by question, and re-anchoring comments in the newest version.

use igf_messages::model::comment::CommentTarget;
use igf_messages::model::diff::Change;
use igf_messages::model::document::{parse, Anchor, Document, Library, MessageId, Revision};
use igf_messages::model::track::Track;
use igf_messages::model::versions::{
    reanchor, reanchor_target, Basis, Located, Place, Placements, Reading, Reanchored, Status, VersionDiff,
};
use proptest::prelude::*;
use std::rc::Rc;
use std::time::Instant;

const SEED: &str = include_str!("../documents/trust.txt");
const FIXTURE: &str = include_str!("fixtures/trust-v2-test-fixture.txt");

const Q1: &str = "How do we test matching?";
const Q2: &str = "What else should a test cover?";
const Q3: &str = "Which question did the newer version add?";

const ALPHA: &str = "Alpha beta gamma delta epsilon zeta eta theta iota kappa.";
const BRAVO: &str = "Lambda mu nu xi omicron pi rho sigma tau upsilon.";
const CHARLIE: &str = "Phi chi psi omega apple banana cherry damson elder fig.";
const DELTA: &str = "Grape hazel juniper kiwi lemon mango nectarine olive peach quince.";

fn doc(version: &str, questions: &[(&str, &[&str])]) -> Rc<Document> {
    let mut text = format!("IGF 2020 Messages\nTrust\n{version}: 8 December 2020\n");
    for (n, (question, messages)) in questions.iter().enumerate() {
        text += &format!("Messages related to Overarching Policy Question {}\n{question}\n", n + 1);
        for m in *messages {
            text += &format!("- {m}\n");
        }
    }
    Rc::new(parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}")))
}

fn id(question: u32, number: u32) -> MessageId {
    MessageId { track: Track::Trust, question, number }
}

fn statuses(diff: &VersionDiff) -> Vec<Status> {
    diff.messages.iter().map(|&(_, s)| s).collect()
}

fn diff(old: &[(&str, &[&str])], new: &[(&str, &[&str])]) -> VersionDiff {
    VersionDiff::between(&doc("Version 1", old), &doc("Version 2", new))
}

#[test]
fn unchanged_versions_match_message_for_message() {
    let d = diff(&[(Q1, &[ALPHA, BRAVO]), (Q2, &[CHARLIE])], &[(Q1, &[ALPHA, BRAVO]), (Q2, &[CHARLIE])]);
    assert_eq!(statuses(&d), vec![Status::Unchanged; 3]);
    assert!(d.removed.is_empty() && d.removed_questions.is_empty() && d.is_unchanged());
    assert!(d.by_question().iter().all(|g| g.is_empty()));
    // Punctuation, case and wrapping do not change a message.
    let d = diff(&[(Q1, &[ALPHA])], &[(Q1, &["alpha, beta gamma delta EPSILON zeta eta theta iota kappa"])]);
    assert_eq!(statuses(&d), vec![Status::Unchanged]);
}

#[test]
fn moved_messages_keep_their_text_at_another_place() {
    let d = diff(&[(Q1, &[ALPHA, BRAVO]), (Q2, &[CHARLIE])], &[(Q1, &[BRAVO]), (Q2, &[CHARLIE, ALPHA])]);
    assert_eq!(
        d.messages,
        vec![
            (id(1, 1), Status::Moved { from: id(1, 2) }),
            (id(2, 1), Status::Unchanged),
            (id(2, 2), Status::Moved { from: id(1, 1) }),
        ]
    );
    let groups = d.by_question();
    assert_eq!(groups[0].moved.len(), 1);
    assert_eq!((groups[1].moved[0].from, groups[1].moved[0].to), (id(1, 1), id(2, 2)));
}

#[test]
fn reworded_messages_show_their_word_diff() {
    let reworded = "Alpha beta gamma delta epsilon zeta eta theta iota lambda.";
    let d = diff(&[(Q1, &[ALPHA, BRAVO])], &[(Q1, &[BRAVO, reworded])]);
    let Status::Reworded { from, similarity } = d.status(id(1, 2)).unwrap() else { panic!("{:?}", d.messages) };
    assert_eq!(from, id(1, 1));
    assert!((60..100).contains(&similarity), "{similarity}");
    let group = &d.by_question()[0];
    let r = &group.reworded[0];
    assert_eq!((r.from, r.to, &*r.old_text, &*r.new_text), (id(1, 1), id(1, 2), ALPHA, reworded));
    // The full stop is its own token, and unchanged.
    assert!(r.diff().contains(&Change::Removed("kappa".into())) && r.diff().contains(&Change::Added("lambda".into())));
    assert_eq!(r.diff().last(), Some(&Change::Same(".".into())));
    // Too few common words: a different message, not a rewording.
    let d = diff(&[(Q1, &[ALPHA])], &[(Q1, &["Alpha beta gamma and a wholly other sentence."])]);
    assert_eq!(statuses(&d), vec![Status::New { split_from: None }]);
    assert_eq!(d.removed[0].id, id(1, 1));
}

#[test]
fn removed_messages_keep_their_old_text() {
    let d = diff(&[(Q1, &[ALPHA, BRAVO, CHARLIE])], &[(Q1, &[ALPHA, CHARLIE])]);
    assert_eq!(statuses(&d), vec![Status::Unchanged, Status::Moved { from: id(1, 3) }]);
    assert_eq!(d.removed.len(), 1);
    assert_eq!((d.removed[0].id, &*d.removed[0].text, d.removed[0].merged_into), (id(1, 2), BRAVO, None));
    assert_eq!(d.by_question()[0].removed, d.removed);
}

#[test]
fn added_messages_are_new() {
    let d = diff(&[(Q1, &[ALPHA])], &[(Q1, &[DELTA, ALPHA])]);
    assert_eq!(statuses(&d), vec![Status::New { split_from: None }, Status::Moved { from: id(1, 1) }]);
    let added = &d.by_question()[0].added;
    assert_eq!((added[0].id, &*added[0].text, added[0].split_from), (id(1, 1), DELTA, None));
}

#[test]
fn ties_are_broken_by_place_then_document_order() {
    // The same text twice: the copy at the same place keeps it.
    let d = diff(&[(Q1, &[ALPHA, BRAVO, ALPHA])], &[(Q1, &[BRAVO, CHARLIE, ALPHA])]);
    assert_eq!(d.status(id(1, 3)), Some(Status::Unchanged));
    assert_eq!(d.removed.iter().map(|r| r.id).collect::<Vec<_>>(), vec![id(1, 1)]);
    // Two older messages equally close to one newer one, neither at its place:
    // the one that comes first in the older version wins.
    let (a, b) = ("One two three four five six.", "One two three four five seven.");
    let both = "One two three four five eight.";
    let d = diff(&[(Q1, &[a, b])], &[(Q1, &[DELTA, CHARLIE, both])]);
    assert!(matches!(d.status(id(1, 3)), Some(Status::Reworded { from, .. }) if from == id(1, 1)), "{:?}", d.messages);
    assert_eq!(d.removed.iter().map(|r| (r.id, r.merged_into)).collect::<Vec<_>>(), vec![(id(1, 2), None)]);
    // At equal scores the pair at the same place wins.
    let d = diff(&[(Q1, &[a, b])], &[(Q1, &[DELTA, both])]);
    assert!(matches!(d.status(id(1, 2)), Some(Status::Reworded { from, .. }) if from == id(1, 2)), "{:?}", d.messages);
    // Deterministic: the same inputs give the same matching.
    assert_eq!(d, diff(&[(Q1, &[a, b])], &[(Q1, &[DELTA, both])]));
}

#[test]
fn two_messages_merged_into_one() {
    let merged = format!("{ALPHA} {BRAVO}");
    let d = diff(&[(Q1, &[ALPHA, BRAVO, CHARLIE])], &[(Q1, &[&merged, CHARLIE])]);
    assert!(matches!(d.status(id(1, 1)), Some(Status::Reworded { from, .. }) if from == id(1, 1)), "{:?}", d.messages);
    assert_eq!(d.removed.len(), 1);
    assert_eq!((d.removed[0].id, d.removed[0].merged_into), (id(1, 2), Some(id(1, 1))));
    // Merged with the longer one first: the closer one is the one reworded.
    let long_bravo = "Lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega.";
    let merged = format!("{ALPHA} {long_bravo}");
    let d = diff(&[(Q1, &[ALPHA, long_bravo])], &[(Q1, &[&merged])]);
    assert!(matches!(d.status(id(1, 1)), Some(Status::Reworded { from, .. }) if from == id(1, 2)), "{:?}", d.messages);
    assert_eq!((d.removed[0].id, d.removed[0].merged_into), (id(1, 1), Some(id(1, 1))));
}

#[test]
fn a_short_common_message_is_not_taken_for_merged() {
    let common = "Alpha beta gamma delta.";
    let reworded = "Alpha beta gamma delta epsilon zeta eta theta iota lambda.";
    let d = diff(&[(Q1, &[ALPHA, common])], &[(Q1, &[reworded])]);
    assert_eq!(d.removed.len(), 1);
    assert_eq!((d.removed[0].id, d.removed[0].merged_into), (id(1, 2), None), "its words are all in the old one");
}

#[test]
fn one_message_split_into_two() {
    let whole = format!("{ALPHA} {BRAVO}");
    let d = diff(&[(Q1, &[&whole, CHARLIE])], &[(Q1, &[ALPHA, BRAVO, CHARLIE])]);
    assert!(matches!(d.status(id(1, 1)), Some(Status::Reworded { from, .. }) if from == id(1, 1)), "{:?}", d.messages);
    assert_eq!(d.status(id(1, 2)), Some(Status::New { split_from: Some(id(1, 1)) }));
    assert_eq!(d.status(id(1, 3)), Some(Status::Moved { from: id(1, 2) }));
    assert!(d.removed.is_empty());
    assert_eq!(d.by_question()[0].added[0].split_from, Some(id(1, 1)));
}

#[test]
fn a_question_added_in_front_renumbers_the_others() {
    let d = diff(&[(Q1, &[ALPHA]), (Q2, &[BRAVO])], &[(Q3, &[DELTA, CHARLIE]), (Q1, &[ALPHA]), (Q2, &[BRAVO])]);
    let froms: Vec<Option<u32>> = d.questions.iter().map(|q| q.from).collect();
    assert_eq!(froms, vec![None, Some(1), Some(2)]);
    assert!(d.removed_questions.is_empty());
    let groups = d.by_question();
    assert_eq!((groups[0].number, groups[0].old_number), (Some(1), None));
    assert_eq!(groups[0].added.iter().map(|a| a.id).collect::<Vec<_>>(), vec![id(1, 1), id(1, 2)]);
    assert_eq!(groups[1].moved[0].from, id(1, 1));
    assert_eq!(groups[2].moved[0].from, id(2, 1));
}

#[test]
fn a_question_removed_lists_its_messages_under_it() {
    let reworded_q2 = "What else should a test of versions cover?";
    let d = diff(
        &[(Q1, &[ALPHA]), (Q3, &[BRAVO, CHARLIE]), (Q2, &[DELTA])],
        &[(Q1, &[ALPHA, CHARLIE]), (reworded_q2, &[DELTA])],
    );
    assert_eq!(d.removed_questions, vec![2]);
    assert_eq!(d.questions[1].from, Some(3));
    assert!(d.questions[1].reworded);
    let groups = d.by_question();
    assert_eq!(groups.len(), 3);
    let gone = &groups[2];
    assert_eq!((gone.number, gone.old_number), (None, Some(2)));
    assert_eq!(gone.removed.iter().map(|r| (r.id, &*r.text)).collect::<Vec<_>>(), vec![(id(2, 1), BRAVO)]);
    assert_eq!((groups[0].moved[0].from, groups[0].moved[0].to), (id(2, 2), id(1, 2)));
    assert!(groups[1].question_reworded);
}

fn seed_and_fixture() -> Library {
    Library::from_sources([("trust.txt", SEED), ("trust-v2-test-fixture.txt", FIXTURE)])
}

#[test]
fn the_fixture_against_the_seed() {
    let library = seed_and_fixture();
    assert!(library.errors.is_empty(), "{:?}", library.errors);
    let newest = library.get(Track::Trust).unwrap();
    assert_eq!((newest.version.as_str(), newest.version_key()), ("Version 2", "2".to_owned()));
    assert!(newest.note.as_deref().unwrap().starts_with("Note: [TEST FIXTURE]"));
    let d = library.changes_since(Track::Trust, Revision::Numbered(1)).unwrap();
    let q1: Vec<Status> = d.messages.iter().filter(|(m, _)| m.question == 1).map(|&(_, s)| s).collect();
    assert_eq!(q1[0], Status::Unchanged);
    for n in 2..=5 {
        assert_eq!(q1[n - 1], Status::Moved { from: id(1, n as u32 + 1) });
    }
    assert!(matches!(q1[5], Status::Reworded { from, .. } if from == id(1, 7)));
    assert_eq!(q1[6], Status::Moved { from: id(1, 2) });
    assert_eq!(d.status(id(2, 12)), Some(Status::New { split_from: None }));
    assert!(matches!(d.status(id(3, 6)), Some(Status::Reworded { from, .. }) if from == id(3, 6)));
    assert_eq!(d.status(id(3, 8)), Some(Status::Moved { from: id(3, 9) }));
    let removed: Vec<(MessageId, Option<MessageId>)> = d.removed.iter().map(|r| (r.id, r.merged_into)).collect();
    assert_eq!(removed, vec![(id(2, 2), None), (id(3, 8), None)]);
    assert!(d.removed[0].text.starts_with("Digital transformation within the government sector"));
    assert!(d.questions.iter().all(|q| q.from == Some(q.number) && !q.reworded));

    let groups = d.by_question();
    let counts: Vec<[usize; 4]> =
        groups.iter().map(|g| [g.added.len(), g.removed.len(), g.moved.len(), g.reworded.len()]).collect();
    assert_eq!(counts, vec![[0, 0, 5, 1], [1, 1, 10, 0], [0, 1, 3, 1]]);
    assert!(groups[2].reworded[0].new_text.ends_with("[TEST FIXTURE: reworded]"));
    assert!(Rc::ptr_eq(&d, &library.changes_since(Track::Trust, Revision::Numbered(1)).unwrap()), "computed once");
}

fn anchor_on(doc: &Document, message: MessageId) -> Anchor {
    match CommentTarget::message_of(doc, message) {
        Some(CommentTarget::Message(anchor)) => anchor,
        other => panic!("{other:?}"),
    }
}

#[test]
fn comments_on_four_messages_are_reanchored_in_the_newest_version() {
    let library = seed_and_fixture();
    let v1 = &library.versions(Track::Trust)[0];
    let (unchanged, moved, removed, reworded) =
        (anchor_on(v1, id(1, 1)), anchor_on(v1, id(1, 2)), anchor_on(v1, id(2, 2)), anchor_on(v1, id(3, 6)));
    let stored = [unchanged.clone(), moved.clone(), removed.clone(), reworded.clone()];
    let at = |a: &Anchor| reanchor(a, &library).unwrap();
    assert_eq!(at(&unchanged), Reanchored { place: Place::Unchanged { now: id(1, 1) }, basis: Basis::Matching });
    assert_eq!(at(&moved).place, Place::Moved { now: id(1, 7) });
    assert_eq!(at(&removed).place, Place::Removed { old_text: removed.quote.as_str().into(), merged_into: None });
    let Place::Reworded { now, old_text, similarity } = at(&reworded).place else { panic!() };
    assert_eq!((now, &*old_text), (id(3, 6), reworded.quote.as_str()));
    assert!((60..100).contains(&similarity));
    assert_eq!(at(&reworded).place.now(), Some(id(3, 6)));
    assert_eq!([unchanged, moved, removed, reworded.clone()], stored, "the stored targets are never changed");
    let target = CommentTarget::Message(reworded);
    assert_eq!(reanchor_target(&target, &library).unwrap().place.now(), Some(id(3, 6)));
    assert_eq!(reanchor_target(&CommentTarget::document(v1), &library), None);

    // A comment on the newest version is where it was.
    let on_v2 = anchor_on(library.get(Track::Trust).unwrap(), id(2, 12));
    assert_eq!(at(&on_v2), Reanchored { place: Place::Unchanged { now: id(2, 12) }, basis: Basis::Matching });
    // No document for the track: nowhere to anchor.
    let elsewhere = Anchor { message_id: MessageId { track: Track::Data, ..id(1, 1) }, ..on_v2 };
    assert_eq!(reanchor(&elsewhere, &library), None);
}

#[test]
fn with_three_versions_comments_go_straight_to_the_newest() {
    let fin = FIXTURE.replace("Version 2: 8 December 2020", "Final version: 8 December 2020");
    let library = Library::from_sources([("f.txt", fin.as_str()), ("v2.txt", FIXTURE), ("v1.txt", SEED)]);
    let versions = library.versions(Track::Trust);
    let keys: Vec<String> = versions.iter().map(|d| d.version_key()).collect();
    assert_eq!(keys, ["1", "2", "final"]);
    let on_v1 = anchor_on(&versions[0], id(1, 2));
    let on_v2 = anchor_on(&versions[1], id(1, 7));
    assert_eq!(reanchor(&on_v1, &library).unwrap().place, Place::Moved { now: id(1, 7) });
    assert_eq!(reanchor(&on_v2, &library).unwrap().place, Place::Unchanged { now: id(1, 7) });
    assert!(library.diff(Track::Trust, Revision::Numbered(2), Revision::Final).unwrap().is_unchanged());
    assert!(library.diff(Track::Trust, Revision::Numbered(3), Revision::Final).is_none());
}

#[test]
fn without_the_comments_version_the_message_is_located_by_fingerprint_then_words() {
    let both = seed_and_fixture();
    let v1 = &both.versions(Track::Trust)[0];
    let anchors: Vec<Anchor> = [id(1, 1), id(1, 2), id(2, 2), id(3, 6)].map(|m| anchor_on(v1, m)).to_vec();
    let only_v2 = Library::from_sources([("trust-v2-test-fixture.txt", FIXTURE)]);
    let places: Vec<Reanchored> = anchors.iter().map(|a| reanchor(a, &only_v2).unwrap()).collect();
    assert!(places.iter().all(|p| p.basis == Basis::Located));
    assert_eq!(places[0].place, Place::Unchanged { now: id(1, 1) });
    assert_eq!(places[1].place, Place::Moved { now: id(1, 7) });
    assert_eq!(places[2].place, Place::Removed { old_text: anchors[2].quote.as_str().into(), merged_into: None });
    assert_eq!(places[3].place.now(), Some(id(3, 6)));
    // A stored version whose message there has other text is not trusted either.
    let mut stale = anchors[1].clone();
    stale.fingerprint = "0000000000000000".into();
    assert_eq!(reanchor(&stale, &both).unwrap().basis, Basis::Located);
}

#[test]
fn reanchoring_200_comments_is_cheap() {
    let library = seed_and_fixture();
    let v1 = &library.versions(Track::Trust)[0];
    let ids: Vec<MessageId> = v1.messages().map(|(_, m)| m.id).collect();
    let mut anchors: Vec<Anchor> = ids.iter().cycle().take(190).map(|&m| anchor_on(v1, m)).collect();
    // Ten whose version the library lacks, found the slow way.
    anchors.extend(v1.messages().take(10).map(|(_, m)| Anchor { version: "Version 9".into(), ..anchor_on(v1, m.id) }));
    let start = Instant::now();
    let placed = anchors.iter().filter_map(|a| reanchor(a, &library)).count();
    let first = start.elapsed();
    let start = Instant::now();
    let again = anchors.iter().filter_map(|a| reanchor(a, &library)).count();
    let warm = start.elapsed();
    assert_eq!((placed, again), (200, 200));
    eprintln!(
        "re-anchoring 200 comments: {:.2} ms with the matching computed on the way, {:.2} ms once it is",
        first.as_secs_f64() * 1e3,
        warm.as_secs_f64() * 1e3
    );
    // What the app does at load: a fresh library, every anchor placed once.
    let library = seed_and_fixture();
    let start = Instant::now();
    let placements = Placements::new(&anchors, &library);
    eprintln!("placing 200 drafts at load: {:.2} ms", start.elapsed().as_secs_f64() * 1e3);
    assert_eq!(placements.len(), 40, "30 messages of Version 1, 10 of them also as of a missing version");
}

#[test]
fn placements_say_what_became_of_each_draft_and_what_exports_write() {
    let library = seed_and_fixture();
    let (v1, v2) = (&library.versions(Track::Trust)[0], &library.versions(Track::Trust)[1]);
    let anchors: Vec<Anchor> = [id(1, 1), id(1, 2), id(2, 2), id(3, 6), id(1, 2)].map(|m| anchor_on(v1, m)).to_vec();
    let on_v2 = anchor_on(v2, id(2, 12));
    let placements = Placements::new(anchors.iter().chain([&on_v2]), &library);
    assert_eq!(placements.len(), 5, "one placement per distinct anchor");
    let at = |a: &Anchor| placements.get(a).unwrap();
    let two = Revision::Numbered(2);
    assert!(anchors[..4].iter().all(|a| at(a).is_news() && at(a).newest == two));
    assert_eq!(at(&anchors[0]).located(), Some(Located { message: Some(id(1, 1)), version: two }));
    assert_eq!(at(&anchors[1]).place, Place::Moved { now: id(1, 7) });
    assert_eq!(placements.located(&anchors[1]), Some(Located { message: Some(id(1, 7)), version: two }));
    assert_eq!(placements.located(&anchors[2]), Some(Located { message: None, version: two }));
    assert_eq!(at(&anchors[2]).text_now, None);
    let reworded = at(&anchors[3]);
    assert!(reworded.text_now.as_deref().unwrap().ends_with("[TEST FIXTURE: reworded]"));
    assert_eq!((reworded.written, reworded.basis), (Some(Revision::Numbered(1)), Basis::Matching));
    // A draft on the newest version is no news, and exports add nothing to it.
    assert!(!at(&on_v2).is_news());
    assert_eq!(placements.located(&on_v2), None);
    assert_eq!(placements.of_target(&CommentTarget::Message(anchors[1].clone())), Some(at(&anchors[1])));
    assert_eq!(placements.of_target(&CommentTarget::document(v1)), None);
    // A comment from a later version than this app has is not taken for an old one.
    let later = Anchor { version: "Version 3".into(), ..on_v2.clone() };
    assert!(!Placements::new([&later], &library).get(&later).unwrap().is_news());
}

#[test]
fn the_reader_opens_the_newest_version_unless_a_link_names_another() {
    let library = seed_and_fixture();
    let newest = Reading::of(&library, Track::Trust, None).unwrap();
    assert!(newest.newest && newest.missing.is_none());
    assert_eq!((newest.doc.version_key(), newest.link_version()), ("2".to_owned(), None));
    let changes = newest.changes.as_ref().unwrap();
    assert_eq!(changes.status(id(1, 7)), Some(Status::Moved { from: id(1, 2) }));
    assert!(Rc::ptr_eq(changes, &library.changes_since(Track::Trust, Revision::Numbered(1)).unwrap()));
    let v1 = Reading::of(&library, Track::Trust, Some(Revision::Numbered(1))).unwrap();
    assert!(!v1.newest && v1.changes.is_none());
    assert_eq!(v1.link_version(), Some(Revision::Numbered(1)));
    let named_newest = Reading::of(&library, Track::Trust, Some(Revision::Numbered(2))).unwrap();
    assert!(named_newest.newest && named_newest.link_version().is_none());
    let missing = Reading::of(&library, Track::Trust, Some(Revision::Final)).unwrap();
    assert_eq!((missing.doc.version_key(), missing.missing), ("2".to_owned(), Some(Revision::Final)));
    assert_eq!(Reading::of(&library, Track::Data, None), None);
    let seed_only = Library::from_sources([("trust.txt", SEED)]);
    assert_eq!(Reading::of(&seed_only, Track::Trust, None).unwrap().changes, None, "one version: no badges");
}

#[test]
fn drafts_show_at_their_new_place_in_the_newest_version_and_in_place_in_their_own() {
    let library = seed_and_fixture();
    let (v1, v2) = (&library.versions(Track::Trust)[0], &library.versions(Track::Trust)[1]);
    let (moved, removed, on_v2) = (anchor_on(v1, id(1, 2)), anchor_on(v1, id(2, 2)), anchor_on(v2, id(2, 12)));
    let placements = Placements::new([&moved, &removed, &on_v2], &library);
    let newest = Reading::of(&library, Track::Trust, None).unwrap();
    let older = Reading::of(&library, Track::Trust, Some(Revision::Numbered(1))).unwrap();
    assert_eq!(placements.message_in(&moved, &newest), Some(id(1, 7)), "never the stale id");
    assert_eq!(placements.message_in(&removed, &newest), None);
    assert_eq!(placements.message_in(&on_v2, &newest), Some(id(2, 12)));
    assert_eq!(placements.message_in(&moved, &older), Some(id(1, 2)));
    assert_eq!(placements.message_in(&removed, &older), Some(id(2, 2)));
    assert_eq!(placements.message_in(&on_v2, &older), None, "written on another version");
}

/// The seed's messages, in order.
fn seed_messages() -> Vec<String> {
    parse(SEED).unwrap().messages().map(|(_, m)| m.text.to_string()).collect()
}

/// A light rewording that always changes the words: append, replace or drop one.
fn reword(text: &str, how: u8, at: usize) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A lone dash is no word: dropping it would leave the fingerprint as it was.
    let real: Vec<usize> = (0..words.len()).filter(|&i| words[i].chars().any(char::is_alphanumeric)).collect();
    let at = real[at % real.len()];
    match how {
        1 => words.push("reworded"),
        2 => words[at] = "otherword",
        _ => {
            words.remove(at);
        }
    }
    words.join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_unchanged_message_is_matched_to_itself(
        order in Just((0..30).collect::<Vec<usize>>()).prop_shuffle(),
        edits in proptest::collection::vec((0u8..6, any::<usize>()), 30),
    ) {
        let seed = parse(SEED).unwrap();
        let old_ids: Vec<MessageId> = seed.messages().map(|(_, m)| m.id).collect();
        let texts = seed_messages();
        let new_texts: Vec<String> = order
            .iter()
            .map(|&i| match edits[i] {
                (how @ 1..=3, at) => reword(&texts[i], how, at),
                _ => texts[i].clone(),
            })
            .collect();
        let new_texts: Vec<&str> = new_texts.iter().map(String::as_str).collect();
        let (a, b, c) = (&new_texts[..7], &new_texts[7..19], &new_texts[19..]);
        let question = |n: usize| seed.questions[n].text.as_str();
        let newer = doc("Version 2", &[(question(0), a), (question(1), b), (question(2), c)]);
        let d = VersionDiff::between(&Rc::new(seed.clone()), &newer);
        for (&(now, status), &i) in d.messages.iter().zip(&order) {
            let from = old_ids[i];
            match edits[i].0 {
                1..=3 => prop_assert!(
                    matches!(status, Status::Reworded { from: f, .. } if f == from),
                    "{} reworded from {} gave {:?}", now, from, status
                ),
                _ if now == from => prop_assert_eq!(status, Status::Unchanged),
                _ => prop_assert_eq!(status, Status::Moved { from }),
            }
        }
    }
}
