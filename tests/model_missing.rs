//! Drafts about text the app does not have, as an imported file can name them:
//! each is found, and said in words.

use igf_messages::model::comment::CommentTarget;
use igf_messages::model::commitment::Link;
use igf_messages::model::document::{Anchor, Library, MessageId, Revision};
use igf_messages::model::i18n::I18n;
use igf_messages::model::missing::{missing_link, missing_target, Missing};
use igf_messages::model::track::Track;

const SEED: &str = include_str!("../documents/trust.txt");

fn library() -> Library {
    Library::from_sources([("trust.txt", SEED)])
}

fn message(question: u32, number: u32, version: &str) -> CommentTarget {
    let message_id = MessageId { track: Track::Trust, question, number };
    CommentTarget::Message(Anchor {
        message_id,
        fingerprint: "0".repeat(16),
        version: version.into(),
        quote: String::new(),
    })
}

#[test]
fn every_target_the_seed_has_is_found() {
    let library = library();
    let doc = library.get(Track::Trust).cloned().unwrap();
    assert_eq!(missing_target(&library, &CommentTarget::document(&doc)), None);
    for q in &doc.questions {
        let target = CommentTarget::question_of(&doc, q.number, false).unwrap();
        assert_eq!(missing_target(&library, &target), None);
        for m in &q.messages {
            let target = message(m.id.question, m.id.number, &doc.version);
            assert_eq!(missing_target(&library, &target), None, "{}", m.id);
        }
    }
}

#[test]
fn a_message_no_version_has_is_missing() {
    let library = library();
    let id = MessageId { track: Track::Trust, question: 9, number: 99 };
    assert_eq!(
        missing_target(&library, &message(9, 99, "Version 1")),
        Some(Missing::Message { id, version: Revision::Numbered(1) })
    );
    let reason = Missing::Message { id, version: Revision::Numbered(1) }.reason(&I18n::default());
    assert_eq!(reason, "There is no message 9.99 in Version 1 of the Trust Messages.");
}

#[test]
fn a_track_with_no_document_is_missing() {
    let library = library();
    let target = CommentTarget::Document { track: Track::Data, version: "Version 1".into() };
    assert_eq!(missing_target(&library, &target), Some(Missing::Track(Track::Data)));
    let link = Link::Question { track: Track::Data, question: 1, version: "Version 1".into(), quote: String::new() };
    assert_eq!(missing_link(&library, &link), Some(Missing::Track(Track::Data)));
    assert!(Missing::Track(Track::Data).reason(&I18n::default()).starts_with("The Data Messages are not published"));
}

#[test]
fn a_version_or_question_the_track_lacks_is_missing() {
    let library = library();
    let target = CommentTarget::Document { track: Track::Trust, version: "Version 7".into() };
    assert_eq!(
        missing_target(&library, &target),
        Some(Missing::Version { track: Track::Trust, version: "Version 7".into() })
    );
    let question = CommentTarget::Question {
        track: Track::Trust,
        question: 42,
        version: "Version 1".into(),
        quote: String::new(),
    };
    assert_eq!(
        missing_target(&library, &question),
        Some(Missing::Question { track: Track::Trust, version: Revision::Numbered(1), question: 42 })
    );
    let link = Link::Message(Anchor {
        message_id: MessageId { track: Track::Trust, question: 1, number: 500 },
        fingerprint: String::new(),
        version: "Version 1".into(),
        quote: String::new(),
    });
    assert!(matches!(missing_link(&library, &link), Some(Missing::Message { .. })));
}
