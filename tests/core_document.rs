//! The Messages parser against the published seed and against bad input.

use igf_messages::model::document::{parse, Anchor, Library, Location, MessageId, ParseError, Revision, Words};
use igf_messages::model::track::Track;
use proptest::prelude::*;

const SEED: &str = include_str!("../documents/trust.txt");

/// Reads the seed the way a person would: every "- " line starts a message, and any
/// other line inside a question's list continues the message before it.
fn seed_messages_by_hand() -> Vec<Vec<String>> {
    let mut questions: Vec<Vec<String>> = Vec::new();
    let mut in_list = false;
    for line in SEED.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("Messages related to Overarching Policy Question") {
            questions.push(Vec::new());
            in_list = false;
        } else if let Some(body) = line.strip_prefix("- ") {
            questions.last_mut().unwrap().push(body.to_owned());
            in_list = true;
        } else if in_list {
            let last = questions.last_mut().unwrap().last_mut().unwrap();
            last.push(' ');
            last.push_str(line);
        }
    }
    questions
}

#[test]
fn parses_the_trust_seed_whole() {
    let doc = parse(SEED).expect("the seed parses");
    assert_eq!(doc.title, "IGF 2020 Messages");
    assert_eq!(doc.track, Track::Trust);
    assert_eq!(doc.version, "Version 1");
    assert_eq!(doc.date.to_string(), "17 November 2020");
    assert!(doc.note.as_deref().unwrap().starts_with("Note: this is a living document"));
    assert!(doc.note.as_deref().unwrap().ends_with("please write to igf@un.org."));
    assert_eq!(doc.comment_deadline, None);
    assert_eq!(doc.questions.len(), 3);
    assert!(doc.questions[0].text.starts_with("What building blocks are essential"));
    assert!(doc.questions[1].text.ends_with("and eradicate discrimination?"));
    assert!(doc.questions[2].text.starts_with("How to create an environment"));
    let expected = seed_messages_by_hand();
    let counts: Vec<usize> = doc.questions.iter().map(|q| q.messages.len()).collect();
    assert_eq!(counts, vec![7, 12, 11]);
    assert_eq!(doc.message_count(), 30);
    for (q, want) in doc.questions.iter().zip(&expected) {
        let got: Vec<&str> = q.messages.iter().map(|m| &*m.text).collect();
        assert_eq!(&got, want);
    }
}

#[test]
fn joins_bullets_split_by_page_breaks() {
    let doc = parse(SEED).unwrap();
    let m = doc.message(MessageId { track: Track::Trust, question: 1, number: 4 }).unwrap();
    assert!(m.text.ends_with("start preparing action plans for affordable and reliable connectivity, ensuring sufficient bandwidth through each leg of the network, and expanding connectivity to those not yet connected or not yet well-connected."));
    let m = doc.message(MessageId { track: Track::Trust, question: 2, number: 5 }).unwrap();
    assert!(m.text.contains("bots limit essential rights, such as freedom of expression"));
    let m = doc.message(MessageId { track: Track::Trust, question: 3, number: 9 }).unwrap();
    assert!(m.text.ends_with("coordinate an adequate combination of public, private, legal and voluntary measures at national and international levels."));
    for (_, m) in doc.messages() {
        assert!(!m.text.contains("  ") && !m.text.starts_with(' ') && !m.text.ends_with(' '), "{}", m.id);
    }
}

#[test]
fn ids_and_fingerprints_are_stable_and_distinct() {
    let doc = parse(SEED).unwrap();
    let mut fingerprints: Vec<&str> = doc.messages().map(|(_, m)| m.fingerprint.as_str()).collect();
    assert_eq!(doc.messages().next().unwrap().1.id.to_string(), "trust-q1-m1");
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), 30);
    assert_eq!(parse(SEED).unwrap(), doc, "parsing is deterministic");
}

#[test]
fn tolerates_crlf_bom_stray_spaces_and_blank_lines() {
    let clean = parse(SEED).unwrap();
    let crlf = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
    assert_eq!(parse(&crlf).unwrap(), clean);
    let cr_only = SEED.replace('\n', "\r");
    assert_eq!(parse(&cr_only).unwrap(), clean);
    let messy: String = SEED.lines().map(|l| format!("  {l} \t\n\n")).collect();
    assert_eq!(parse(&messy).unwrap(), clean);
}

fn error(text: &str) -> ParseError {
    parse(text).expect_err("should be rejected")
}

const HEAD: &str = "IGF 2020 Messages\nTrust\nVersion 1: 17 November 2020\n";

#[test]
fn names_the_line_and_what_was_expected() {
    let cases: &[(&str, usize, &str)] = &[
        ("", 1, "empty"),
        ("\n\n  \n", 1, "empty"),
        ("Hello world\nTrust", 1, "title"),
        ("IGF 2020 Messages\n\nSecurity\n", 3, "track (Data, Environment, Inclusion or Trust)"),
        ("IGF 2020 Messages\nTrust\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\nVersion one\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\nVersion one: 17 November 2020\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\nVersion 0: 17 November 2020\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\nFinal: 8 December 2020\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\n2: 8 December 2020\n", 3, "version line"),
        ("IGF 2020 Messages\nTrust\nDraft version: 8 December 2020\n", 3, "\"Final version: 8 December 2020\""),
        ("IGF 2020 Messages\n\nTrust\n\nFinal version: 8 Decembre 2020\n", 5, "date"),
        ("IGF 2020 Messages\nTrust\nVersion 1: 31 November 2020\n", 3, "date"),
        (&format!("{HEAD}Random words\n"), 4, "\"Note: …\""),
        (&format!("{HEAD}Note: x\n"), 5, "Overarching Policy Question 1"),
        (&format!("{HEAD}Messages related to Overarching Policy Question 2\nQ?\n- m\n"), 4, "Question 1\", found"),
        (&format!("{HEAD}Messages related to Overarching Policy Question 1\n- m\n"), 5, "text of policy question 1"),
        (&format!("{HEAD}Messages related to Overarching Policy Question 1\nQ?\n\nMessages related to Overarching Policy Question 2\n"), 7, "at least one message"),
        (&format!("{HEAD}Messages related to Overarching Policy Question 1\nQ?\n"), 6, "at least one message"),
        (&format!("{HEAD}Messages related to Overarching Policy Question 1\nQ?\n-\n"), 6, "text after the bullet"),
        (&format!("{HEAD}Comments close: soon\n"), 4, "date"),
    ];
    for (text, line, expected) in cases {
        let e = error(text);
        assert_eq!(e.line, *line, "{text:?} gave {e}");
        let message = e.to_string();
        assert!(message.starts_with(&format!("line {line}: expected")), "{message}");
        assert!(message.contains(expected), "{text:?}: {message} lacks {expected}");
    }
}

#[test]
fn reads_numbered_and_final_version_lines() {
    let body = "Messages related to Overarching Policy Question 1\nWhy?\n- one\n";
    let cases: &[(&str, &str, Revision, &str, &str)] = &[
        ("Version 1: 17 November 2020", "Version 1", Revision::Numbered(1), "1", "2020-11-17"),
        ("Version 2: 8 December 2020", "Version 2", Revision::Numbered(2), "2", "2020-12-08"),
        ("Final version: 8 December 2020", "Final version", Revision::Final, "final", "2020-12-08"),
        ("final  Version : 2020-12-08", "Final version", Revision::Final, "final", "2020-12-08"),
        ("VERSION 12: 2021-01-05", "Version 12", Revision::Numbered(12), "12", "2021-01-05"),
    ];
    for &(line, label, revision, key, iso) in cases {
        let doc = parse(&format!("IGF 2020 Messages\nTrust\n{line}\n{body}")).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(
            (doc.version.as_str(), doc.revision, doc.version_key()),
            (label, revision, key.to_owned()),
            "{line}"
        );
        assert_eq!(doc.date.to_iso(), iso, "{line}");
    }
}

#[test]
fn reads_an_optional_deadline_and_a_multi_line_note() {
    let text = format!("{HEAD}Note: first part\nsecond part.\nComments close: 8 December 2020\nMessages related to Overarching Policy Question 1\nWhy?\n• one\n* two\n");
    let doc = parse(&text).unwrap();
    assert_eq!(doc.note.as_deref(), Some("Note: first part second part."));
    assert_eq!(doc.comment_deadline.map(|d| d.to_iso()), Some("2020-12-08".into()));
    assert_eq!(doc.questions[0].messages.len(), 2);
}

#[test]
fn a_comment_finds_its_message_in_a_later_version() {
    let v1 = parse(SEED).unwrap();
    let id = MessageId { track: Track::Trust, question: 3, number: 6 };
    let m = v1.message(id).unwrap();
    let anchor = Anchor {
        message_id: id,
        fingerprint: m.fingerprint.clone(),
        version: v1.version.clone(),
        quote: m.text.to_string(),
    };
    assert_eq!(anchor.locate(&v1), Location::Same(id));
    let from_text: Vec<Words> = v1.messages().map(|(_, m)| Words::of(&m.text)).collect();
    assert_eq!(Words::of_messages(&v1), from_text, "words from the folded text are the text's words");

    // Version 2 inserts a message before it: same text, new place.
    let inserted = SEED.replace(
        "- Trust, legitimacy and the involvement",
        "- A brand new message about something else entirely.\n- Trust, legitimacy and the involvement",
    );
    let v2 = parse(&inserted).unwrap();
    assert_eq!(anchor.locate(&v2), Location::Moved(MessageId { number: 7, ..id }));

    // Version 3 rewords it slightly, and reflows the line.
    let reworded =
        SEED.replace("will foster the exchange of good practice.", "will foster the\n\nexchange of good practices.");
    match anchor.locate(&parse(&reworded).unwrap()) {
        Location::Edited { id: found, similarity } => {
            assert_eq!(found, id);
            assert!((60..100).contains(&similarity), "{similarity}");
        }
        other => panic!("expected Edited, got {other:?}"),
    }

    // Version 4 drops it.
    let dropped: String =
        SEED.lines().filter(|l| !l.starts_with("- Trust, legitimacy")).map(|l| format!("{l}\n")).collect();
    assert_eq!(anchor.locate(&parse(&dropped).unwrap()), Location::Gone);
}

#[test]
fn every_shipped_document_parses_and_the_library_keeps_the_newest() {
    let library = Library::from_sources(igf_messages::documents::SOURCES.iter().copied());
    assert!(library.errors.is_empty(), "{:?}", library.errors);
    assert!(library.get(Track::Trust).is_some());
    let v2 = SEED.replace("Version 1: 17 November 2020", "Version 2: 8 December 2020");
    let library = Library::from_sources([("v2.txt", v2.as_str()), ("v1.txt", SEED), ("bad.txt", "nonsense")]);
    assert_eq!(library.get(Track::Trust).unwrap().version, "Version 2");
    assert_eq!(library.errors.len(), 1);
    assert_eq!(library.errors[0].0, "bad.txt");
}

#[test]
fn the_library_keeps_every_version_oldest_first() {
    let v2 = SEED.replace("Version 1: 17 November 2020", "Version 2: 8 December 2020");
    let fin = SEED.replace("Version 1: 17 November 2020", "Final version: 8 December 2020");
    let library = Library::from_sources([("final.txt", fin.as_str()), ("v1.txt", SEED), ("v2.txt", v2.as_str())]);
    assert!(library.errors.is_empty(), "{:?}", library.errors);
    let labels: Vec<&str> = library.versions(Track::Trust).iter().map(|d| d.version.as_str()).collect();
    assert_eq!(labels, ["Version 1", "Version 2", "Final version"]);
    assert_eq!(library.get(Track::Trust).unwrap().version, "Final version");
    assert_eq!(library.documents.len(), 1, "the reader still sees one document per track");
    for (query, want) in
        [("1", "Version 1"), ("Version 2", "Version 2"), ("final", "Final version"), ("FINAL VERSION", "Final version")]
    {
        assert_eq!(library.version(Track::Trust, query).map(|d| d.version.as_str()), Some(want), "{query}");
    }
    assert!(library.version(Track::Trust, "3").is_none());
    assert!(library.version(Track::Trust, "nonsense").is_none());
    assert!(library.versions(Track::Data).is_empty());
    assert!(library.version(Track::Data, "1").is_none());
}

#[test]
fn a_second_file_with_the_same_version_is_an_error_for_that_file() {
    let copy = SEED.replace("Trust among stakeholders", "Trust between stakeholders");
    let library = Library::from_sources([("a.txt", SEED), ("b.txt", copy.as_str())]);
    assert_eq!(library.versions(Track::Trust).len(), 1);
    assert_eq!(library.get(Track::Trust).unwrap().message_count(), 30);
    assert!(library.get(Track::Trust).unwrap().messages().any(|(_, m)| m.text.contains("Trust among stakeholders")));
    assert_eq!(library.errors.len(), 1);
    let (file, error) = &library.errors[0];
    assert_eq!(file, "b.txt");
    assert_eq!(error.line, 9, "the version line of b.txt");
    let message = error.to_string();
    assert!(message.contains("Version 1 of Trust is also in \"a.txt\""), "{message}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = parse(&text);
    }

    #[test]
    fn mutated_seed_never_panics(cut in 0usize..SEED.len(), insert in "[\\-•\\r\\n a-zA-Z0-9:]{0,20}") {
        let mut s = SEED.to_owned();
        let cut = (0..=cut).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
        s.insert_str(cut, &insert);
        let _ = parse(&s);
        let _ = parse(&s[..cut]);
    }

    #[test]
    fn line_structure_variants_never_panic(lines in proptest::collection::vec(prop_oneof![
        Just("IGF 2020 Messages".to_owned()), Just("Trust".to_owned()), Just("Version 1: 17 November 2020".to_owned()),
        Just("Note: n".to_owned()), Just("Messages related to Overarching Policy Question 1".to_owned()),
        Just("Messages related to Overarching Policy Question 2".to_owned()), Just("- m".to_owned()),
        Just("-".to_owned()), Just(String::new()), "\\PC{0,20}",
    ], 0..20)) {
        let text = lines.join("\n");
        if let Err(e) = parse(&text) {
            prop_assert!(e.line >= 1 && e.line <= lines.len() + 1, "{e}");
        }
    }
}

#[test]
fn the_shipped_sources_read_back_from_the_page_as_they_were() {
    use igf_messages::model::document::sources::{from_page, to_page};
    let page = to_page(igf_messages::documents::SOURCES.iter().copied());
    // Inside a <script> element, nothing may end it or start markup.
    assert!(!page.contains(['<', '>', '&']), "{page}");
    let back = from_page(&page).unwrap();
    let shipped: Vec<(String, String)> =
        igf_messages::documents::SOURCES.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    assert_eq!(back, shipped);
}

#[test]
fn sources_that_are_not_the_builds_form_are_refused_with_the_reason() {
    use igf_messages::model::document::sources::{from_page, SourcesError};
    assert!(matches!(from_page("{\"trust.txt\": \"IGF"), Err(SourcesError::Json(_))));
    assert_eq!(from_page("[\"trust.txt\"]"), Err(SourcesError::NotFiles));
    assert_eq!(from_page("{\"trust.txt\": 1}"), Err(SourcesError::NotFiles));
    assert_eq!(from_page("{}"), Ok(Vec::new()));
    assert_eq!(SourcesError::Missing.to_string(), "the page holds no Messages documents");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Any files, with any text (markup, quotes, line ends, any script), come
    /// back from the page as they went in, in order.
    #[test]
    fn sources_round_trip_through_the_page(
        files in proptest::collection::btree_map("[a-z0-9.-]{1,12}", any::<String>(), 0..4)
            .prop_map(|m| m.into_iter().collect::<Vec<_>>())
            .prop_shuffle()
    ) {
        use igf_messages::model::document::sources::{from_page, to_page};
        let page = to_page(files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
        prop_assert!(!page.contains(['<', '>', '&']));
        prop_assert_eq!(from_page(&page).unwrap(), files);
    }
}
