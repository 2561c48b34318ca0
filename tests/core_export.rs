//! Exports and imports: what leaves the browser must come back whole, and
//! hostile files must change nothing.

use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
use igf_messages::model::commitment::{ActionItem, Capacity, Commitment, Link};
use igf_messages::model::document::{parse, Library, MessageId};
use igf_messages::model::export::import::{check_size, read, resolve, ImportError, OnConflict, MAX_BYTES};
use igf_messages::model::export::{csv, email, mailto, markdown, Package};
use igf_messages::model::i18n::I18n;
use igf_messages::model::json::Json;
use igf_messages::model::people::{Gender, Region, StakeholderGroup};
use igf_messages::model::profile::Profile;
use igf_messages::model::store::Draft;
use igf_messages::model::track::Track;
use proptest::prelude::*;

const SEED: &str = include_str!("../documents/trust.txt");

fn library() -> Library {
    Library::from_sources([("trust.txt", SEED)])
}

fn sender() -> Profile {
    Profile {
        name: "Amina Diallo".into(),
        email: "amina@example.org".into(),
        organisation: "=Example, \"Org\"".into(),
        stakeholder: Some(StakeholderGroup::CivilSociety),
        region: Some(Region::African),
        country: "Sénégal".into(),
        gender: Some(Gender::Female),
        publish_name: true,
    }
}

fn package() -> Package {
    let doc = parse(SEED).unwrap();
    let mut c1 = Comment::new(
        "c-1".into(),
        CommentTarget::message_of(&doc, MessageId { track: Track::Trust, question: 1, number: 2 }).unwrap(),
        1,
    );
    c1.kind = CommentKind::SuggestChange;
    c1.text = "Resilience & trust? #1 100% + more = better\nمرحبا 你好 Привет 😀".into();
    c1.proposed = "Users and nations must be able to trust a resilient Internet.".into();
    c1.references = vec!["https://example.org/a?b=c&d=e".into()];
    c1.language = "en".into();
    let mut c2 = Comment::new("c-2".into(), CommentTarget::question_of(&doc, 2, true).unwrap(), 2);
    c2.text = "<script>alert('x')</script>".into();
    let mut k = Commitment::linked_to("k-1".into(), Link::question_of(&doc, 3).unwrap(), 3);
    k.title = "Guide".into();
    k.capacity = Capacity::Organisation;
    k.org_name = "Org".into();
    k.actions = vec![ActionItem { description: "-1 formula?".into(), due: "2021-06-30".into() }, ActionItem::new()];
    Package { comments: vec![c1, c2], commitments: vec![k], sender: sender(), recipient: "igf@un.org".into() }
}

#[test]
fn export_then_import_is_the_identity() {
    let p = package();
    let imported = read(&p.to_json(42).to_pretty()).unwrap();
    let mut drafts = p.comments.iter().cloned().map(Draft::Comment).collect::<Vec<_>>();
    drafts.extend(p.commitments.iter().cloned().map(Draft::Commitment));
    assert_eq!(imported.drafts, drafts);
    assert_eq!(imported.sender, Some(sender()));
    assert_eq!(read(&p.to_json(42).to_text()).unwrap(), imported, "compact too");
}

#[test]
fn the_emails_data_block_is_the_json_export() {
    let p = package();
    let receipt = p.receipt();
    let json = p.to_json(7).to_text();
    let body = email::body(&p, &I18n::default(), &receipt, &json);
    assert!(body.contains(&format!("Receipt: {receipt}")));
    assert!(body.contains("> Users and nations must be able to trust on a well-protected"), "quotes the message");
    assert_eq!(email::machine_block(&body), Some(json.as_str()));
    assert_eq!(read(email::machine_block(&body).unwrap()).unwrap().drafts.len(), 3);
    let subject = email::subject(&p, &I18n::default(), &receipt);
    assert_eq!(subject, format!("IGF 2020 Messages, Trust: comments and commitments from Amina Diallo [{receipt}]"));
    let only_comments = Package { commitments: vec![], ..p.clone() };
    assert!(email::subject(&only_comments, &I18n::default(), "R")
        .starts_with("IGF 2020 Messages, Trust: 2 comments from Amina Diallo"));
    let only_commitment = Package { comments: vec![], ..p };
    assert_eq!(
        email::subject(&only_commitment, &I18n::default(), "R"),
        "IGF voluntary commitment: Guide, from Amina Diallo [R]"
    );
}

#[test]
fn a_long_package_is_past_the_safe_mailto_length_but_survives_encoding() {
    let p = package();
    let json = p.to_json(7).to_text();
    let body = email::body(&p, &I18n::default(), &p.receipt(), &json);
    let link = mailto::link("igf@un.org", &email::subject(&p, &I18n::default(), "R"), &body);
    assert!(!mailto::is_safe(&link));
    let encoded_body = link.split("&body=").nth(1).unwrap();
    assert_eq!(mailto::decode(encoded_body).unwrap().replace("\r\n", "\n"), body);
}

/// A minimal RFC 4180 reader, to check the CSV from the outside.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let s = s.strip_prefix('\u{feff}').unwrap();
    let (mut rows, mut row, mut cell, mut quoted, mut chars) =
        (vec![], vec![], String::new(), false, s.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_one_row_per_comment_and_action_each_with_context() {
    let p = package();
    let out = csv::write(&p, &library(), &p.receipt());
    let rows = parse_csv(&out);
    assert_eq!(rows[0], csv::COLUMNS);
    assert_eq!(rows.len(), 1 + 2 + 2);
    assert!(rows.iter().all(|r| r.len() == csv::COLUMNS.len()));
    let col = |name: &str| csv::COLUMNS.iter().position(|c| *c == name).unwrap();
    let first = &rows[1];
    assert_eq!(first[col("track")], "trust");
    assert_eq!(first[col("document_version")], "Version 1");
    assert_eq!(first[col("question_number")], "1");
    assert!(first[col("question_text")].starts_with("What building blocks"));
    assert_eq!(first[col("message_id")], "trust-q1-m2");
    assert!(first[col("quoted_text")].starts_with("Users and nations"));
    assert_eq!(first[col("comment_text")], p.comments[0].text);
    assert_eq!(first[col("sender_organisation")], "'=Example, \"Org\"", "formula guarded, quotes kept");
    assert_eq!(rows[2][col("target")], "missing-point");
    assert_eq!(rows[3][col("action_description")], "'-1 formula?");
    assert_eq!(rows[4][col("action_due")], "2021-12-10");
    assert_eq!(rows[3][col("commitment_links")], "trust-q3");
}

#[test]
fn markdown_keeps_text_as_text() {
    let mut p = package();
    p.comments[0].text =
        "See https://example.org/<img src=x onerror=alert(document.domain)//> for details\n== X ==\n> x\n---\n1. a\n    code"
            .into();
    p.sender.name = "<b>Amina</b>\n# Diallo".into();
    p.commitments[0].title = "Guide <i>\n=== now".into();
    let md = markdown::write(&p, &I18n::default(), "R");
    assert!(!md.contains('<'), "no element can start anywhere: {md}");
    assert!(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(md.contains("https://example.org/&lt;img src=x onerror=alert(document.domain)//&gt; for details"));
    for user_line in
        ["\n\\== X ==  \n", "\n&gt; x  \n", "\n\\---  \n", "\n1\\. a  \n", "\n&nbsp;&nbsp;&nbsp;&nbsp;code  \n"]
    {
        assert!(md.contains(user_line), "{user_line:?} in {md}");
    }
    assert!(!md.contains("\n> x") && !md.contains("\n== X") && !md.contains("\n# Diallo"));
    assert!(md.contains("\n\\# Diallo"), "{md}");
    assert!(md.contains("\n## Comment 1: Message 1.2, Trust (Version 1)\n"), "{md}");
    assert!(md.contains("\n## Commitment 1: Guide &lt;i&gt; === now\n"), "a title stays in its heading: {md}");
    assert!(md.contains("\n> Users and nations must be able to trust on a well-protected"));
    let marks: Vec<&str> = md.match_indices("**Not finished**").map(|(_, m)| m).collect();
    assert_eq!(marks.len(), 1, "only the commitment, which has no description: {md}");
    assert!(md.contains("=== now\n\n**Not finished**\n"), "under its heading");
    eprintln!("{md}");
}

fn import_error(text: &str) -> ImportError {
    read(text).expect_err("must be refused")
}

#[test]
fn hostile_imports_are_refused_with_a_named_reason() {
    let good = package().to_json(1).to_text();
    assert_eq!(import_error(""), ImportError::Empty);
    assert_eq!(import_error("\u{feff}   "), ImportError::Empty);
    assert!(matches!(import_error("not json"), ImportError::NotJson(_)));
    assert!(
        matches!(import_error(&format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))), ImportError::NotJson(e) if e.reason == "nested too deeply")
    );
    assert_eq!(import_error(r#"{"format":"something-else"}"#), ImportError::NotAnExport);
    assert_eq!(import_error(&good.replace("\"schema\":1", "\"schema\":2")), ImportError::Newer(2));
    assert_eq!(import_error(&good.replace("\"schema\":1", "\"schema\":\"1\"")), ImportError::Field("schema".into()));
    assert_eq!(
        import_error(&good.replace("\"kind\":\"suggest-change\"", "\"kind\":\"shout\"")),
        ImportError::Field("comments[0].kind".into())
    );
    assert_eq!(import_error(&good.replace("\"c-2\"", "\"c-1\"")), ImportError::DuplicateId("c-1".into()));
    assert_eq!(import_error(&good.replace("\"k-1\"", "\"../../x\"")), ImportError::Field("commitments[0].id".into()));
    let huge = " ".repeat((MAX_BYTES + 1) as usize);
    assert_eq!(import_error(&huge), ImportError::TooLarge(MAX_BYTES + 1));
    assert_eq!(check_size(50 * 1024 * 1024), Err(ImportError::TooLarge(50 * 1024 * 1024)));
    // A BOM is fine; script tags are only text.
    let with_bom = format!("\u{feff}{good}");
    let imported = read(&with_bom).unwrap();
    let Draft::Comment(c) = &imported.drafts[1] else { panic!() };
    assert_eq!(c.text, "<script>alert('x')</script>");
    let message = ImportError::Newer(2).message(&I18n::default());
    assert!(message.contains("newer version") && message.contains("schema 2"), "{message}");
}

#[test]
fn conflicts_replace_keep_both_or_skip() {
    let imported = read(&package().to_json(1).to_text()).unwrap().drafts;
    let existing = vec!["c-1".to_owned()];
    let ids = |ds: &[Draft]| ds.iter().map(|d| d.id().to_owned()).collect::<Vec<_>>();
    assert_eq!(
        ids(&resolve(imported.clone(), &existing, OnConflict::Replace, || unreachable!())),
        ["c-1", "c-2", "k-1"]
    );
    assert_eq!(ids(&resolve(imported.clone(), &existing, OnConflict::Skip, || unreachable!())), ["c-2", "k-1"]);
    assert_eq!(ids(&resolve(imported, &existing, OnConflict::KeepBoth, || "c-new".into())), ["c-new", "c-2", "k-1"]);
}

proptest! {
    #[test]
    fn any_comment_text_survives_export_and_import(t in "\\PC{0,200}", lang in "[a-z]{0,3}", refs in proptest::collection::vec("\\PC{0,20}", 0..3)) {
        let mut p = package();
        p.comments[0].text = t;
        p.comments[0].language = lang;
        p.comments[0].references = refs.into_iter().map(|r| r.trim().to_owned()).filter(|r| !r.is_empty()).collect();
        let back = read(&p.to_json(3).to_text()).unwrap();
        prop_assert_eq!(&back.drafts[0], &Draft::Comment(p.comments[0].clone()));
        let again = read(&Json::parse(&p.to_json(3).to_pretty()).unwrap().to_text()).unwrap();
        prop_assert_eq!(again, back);
    }

    #[test]
    fn arbitrary_files_never_panic(s in "\\PC{0,300}") {
        let _ = read(&s);
    }
}
