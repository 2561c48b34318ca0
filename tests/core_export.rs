//! Exports and imports: what leaves the browser must come back whole, and
//! hostile files must change nothing. Most of them (CSV, Markdown, imports)
//! are the whole app's, so every test starts with its English installed:
//! tests run side by side, and an install in one must not change another.

#[path = "support/csv_reader.rs"]
mod csv_reader;
use csv_reader::parse_csv;
use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
use igf_messages::model::commitment::{ActionItem, Capacity, Commitment, Link};
use igf_messages::model::date::Date;
use igf_messages::model::document::{parse, Library, MessageId, Revision};
use igf_messages::model::export::handed::{hand, handed, LaterFile};
use igf_messages::model::export::import::{
    check_size, clashes, read, resolve, Clash, Here, ImportError, OnConflict, Reading, MAX_BYTES,
};
use igf_messages::model::export::{csv, email, mailto, markdown, Package};
use igf_messages::model::i18n::{Catalog, I18n, Key, Lang};
use igf_messages::model::json::Json;
use igf_messages::model::people::{Gender, Region, StakeholderGroup};
use igf_messages::model::profile::Profile;
use igf_messages::model::store::Draft;
use igf_messages::model::track::Track;
use igf_messages::model::versions::{Located, Placements};
use proptest::prelude::*;

const SEED: &str = include_str!("../documents/trust.txt");

/// The core's English day, where a test does not read the date.
fn english_day(d: Date) -> String {
    d.to_string()
}

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
        publish_name: Some(true),
    }
}

fn package() -> Package {
    let doc = parse(SEED).unwrap();
    let mut c1 = Comment::new(
        "c-1".into(),
        CommentTarget::message_of(&doc, MessageId { track: Track::Trust, question: 1, number: 2 }).unwrap(),
        1,
    );
    c1.kind = Some(CommentKind::SuggestChange);
    c1.text = "Resilience & trust? #1 100% + more = better\nمرحبا 你好 Привет 😀".into();
    c1.proposed = "Users and nations must be able to trust a resilient Internet.".into();
    c1.references = vec!["https://example.org/a?b=c&d=e".into()];
    c1.language = "en".into();
    let mut c2 = Comment::new("c-2".into(), CommentTarget::question_of(&doc, 2, true).unwrap(), 2);
    c2.text = "<script>alert('x')</script>".into();
    let mut k = Commitment::linked_to("k-1".into(), Link::question_of(&doc, 3).unwrap(), 3);
    k.title = "Guide".into();
    k.capacity = Some(Capacity::Organisation);
    k.org_name = "Org".into();
    k.actions = vec![ActionItem { description: "-1 formula?".into(), due: "2021-06-30".into() }, ActionItem::new()];
    Package {
        comments: vec![c1, c2],
        commitments: vec![k],
        sender: sender(),
        recipient: "igf@un.org".into(),
        ..Package::default()
    }
}

#[test]
fn export_then_import_is_the_identity() {
    Key::install_later();
    let p = package();
    let imported = read(&p.to_json(42).to_pretty()).unwrap();
    let mut drafts = p.comments.iter().cloned().map(Draft::Comment).collect::<Vec<_>>();
    drafts.extend(p.commitments.iter().cloned().map(Draft::Commitment));
    assert_eq!(imported.drafts, drafts);
    assert_eq!(imported.sender, Some(sender()));
    // A file saved before any details were typed offers none to take over.
    let blank = Package { sender: Profile::default(), ..package() };
    assert_eq!(read(&blank.to_json(1).to_text()).unwrap().sender, None);
    let only_email = Profile { email: "a@example.org".into(), ..Profile::default() };
    assert_eq!(only_email.label(), "a@example.org", "named by what it holds, never “()”");
    assert_eq!(read(&p.to_json(42).to_text()).unwrap(), imported, "compact too");
}

#[test]
fn a_file_read_a_piece_at_a_time_gives_what_one_read_gives() {
    Key::install_later();
    let text = package().to_json(42).to_text();
    let mut reading = Reading::start(&text).unwrap();
    assert_eq!((reading.done(), reading.total()), (0, 3));
    assert!(!reading.step(2).unwrap(), "two of three read");
    assert_eq!(reading.done(), 2);
    assert!(reading.step(2).unwrap(), "all read");
    assert!(reading.step(1).unwrap(), "nothing more to read");
    assert_eq!(reading.finish().unwrap(), read(&text).unwrap());
    let broken = text.replacen("\"title\"", "\"x\"", 1);
    let mut reading = Reading::start(&broken).unwrap();
    assert!(!reading.step(2).unwrap(), "the comments are fine");
    assert_eq!(reading.step(1), Err(ImportError::Field("commitments[0].title".into())), "the piece says where");
}

const FIXTURE: &str = include_str!("fixtures/trust-v2-test-fixture.txt");

/// A comment on a message Version 2 moved, and a commitment linked to one it
/// removed and to a question, all written against Version 1; placed in a
/// library that has both versions.
fn package_on_version_1() -> Package {
    let library = Library::from_sources([("trust.txt", SEED), ("v2.txt", FIXTURE)]);
    let v1 = &library.versions(Track::Trust)[0];
    let message = |question, number| MessageId { track: Track::Trust, question, number };
    let mut c = Comment::new("c-1".into(), CommentTarget::message_of(v1, message(1, 2)).unwrap(), 1);
    c.text = "Still true.".into();
    c.kind = Some(CommentKind::Support);
    let mut k = Commitment::linked_to("k-1".into(), Link::message_of(v1, message(2, 2)).unwrap(), 2);
    k.links.push(Link::question_of(v1, 3).unwrap());
    let p = Package {
        comments: vec![c],
        commitments: vec![k],
        sender: sender(),
        recipient: "igf@un.org".into(),
        ..Package::default()
    };
    let anchors: Vec<_> = p.anchors().cloned().collect();
    p.locate(&Placements::new(&anchors, &library))
}

#[test]
fn exports_say_where_an_older_versions_message_is_now_next_to_the_original() {
    Key::install_later();
    let p = package_on_version_1();
    let body = email::body(&p, &I18n::default());
    assert!(body.contains("target: message trust-q1-m2\nfingerprint: "), "{body}");
    assert!(body.contains("version: Version 1\nnow: trust-q1-m7 (Version 2)\nkind: support\n"), "{body}");
    assert!(body.contains("link: message trust-q2-m2\n"), "{body}");
    assert!(body.contains("version: Version 1\nnow: removed (Version 2)\nlink: question trust-q3\n"), "{body}");
    assert_eq!(email::read(&body), Ok(email::carried(&p)));
    let unlocated = Package { located: Default::default(), ..p.clone() };
    assert_eq!(unlocated.receipt(), p.receipt(), "the receipt is the same before and after Version 2");
    assert_eq!(
        email::body(&unlocated, &I18n::default()),
        body.replace("now: trust-q1-m7 (Version 2)\n", "").replace("now: removed (Version 2)\n", "")
    );

    let rows = parse_csv(&csv::write(&p, &library(), &p.receipt()));
    let col = |name: &str| csv::COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(
        (rows[1][col("message_id")].as_str(), rows[1][col("located_message_id")].as_str()),
        ("trust-q1-m2", "trust-q1-m7")
    );
    assert_eq!(rows[1][col("located_version")], "Version 2");
    assert_eq!(rows[2][col("commitment_links")], "trust-q2-m2; trust-q3");
    assert_eq!(rows[2][col("located_message_id")], "removed; trust-q3");
    assert_eq!(rows[2][col("located_version")], "Version 2");

    let json = Json::parse(&p.to_json(5).to_text()).unwrap();
    let target = json.get("comments").and_then(Json::as_array).unwrap()[0].get("target").unwrap();
    let located = target.get("located").unwrap();
    assert_eq!(located.get("messageId").and_then(Json::as_str), Some("trust-q1-m7"));
    assert_eq!(located.get("version").and_then(Json::as_str), Some("Version 2"));
    assert_eq!(target.get("messageId").and_then(Json::as_str), Some("trust-q1-m2"), "the original stays");
    let link =
        json.get("commitments").and_then(Json::as_array).unwrap()[0].get("links").and_then(Json::as_array).unwrap()[0]
            .clone();
    assert_eq!(link.get("located").and_then(|l| l.get("messageId")), Some(&Json::Null));
    let imported = read(&p.to_json(5).to_text()).unwrap();
    assert_eq!(imported.drafts[0], Draft::Comment(p.comments[0].clone()), "import keeps the original, not the place");

    let md = markdown::write(&p, &I18n::default(), "R", &english_day);
    assert!(md.contains("Now message 1.7 in Version 2"), "{md}");
    assert!(md.contains("(Removed in Version 2)"), "{md}");
}

#[test]
fn a_now_line_is_read_exactly_or_refused() {
    Key::install_later();
    use email::EmailTextError as E;
    let p = package_on_version_1();
    let body = email::body(&p, &I18n::default());
    let line = body.lines().position(|l| l == "now: trust-q1-m7 (Version 2)").unwrap() + 1;
    for bad in [
        "now: trust-q1-m7",
        "now: trust-q1-m7 (Version two)",
        "now: elsewhere (Version 2)",
        "now: trust-q1-m07 (Version 2)",
        "now: trust-q1-m7 (version 2)",
    ] {
        assert_eq!(
            email::read(&body.replace("now: trust-q1-m7 (Version 2)", bad)),
            Err(E::Value { line, label: "now" }),
            "{bad}"
        );
    }
    let final_version = body.replace("now: trust-q1-m7 (Version 2)", "now: trust-q1-m7 (Final version)");
    let read = email::read(&final_version).unwrap();
    let moved =
        Located { message: Some(MessageId { track: Track::Trust, question: 1, number: 7 }), version: Revision::Final };
    assert!(read.located.iter().any(|(_, l)| *l == moved), "{:?}", read.located);
    // Only after an anchor's version line.
    let misplaced =
        body.replace("now: trust-q1-m7 (Version 2)\nkind: support", "kind: support\nnow: trust-q1-m7 (Version 2)");
    assert!(matches!(email::read(&misplaced), Err(E::Unexpected { .. })), "{:?}", email::read(&misplaced));
}

#[test]
fn csv_has_one_row_per_comment_and_action_each_with_context() {
    Key::install_later();
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
    assert_eq!(rows[4][col("action_due")], "", "no date is filled in for the person");
    assert_eq!(rows[3][col("commitment_links")], "trust-q3");
    assert_eq!(rows[1][col("status")], "finished");
    assert_eq!(rows[3][col("status")], "not finished", "the commitment has no description");
    assert_eq!(rows[4][col("status")], "not finished", "on every row of it");
}

#[test]
fn csv_keeps_a_commitment_without_actions() {
    Key::install_later();
    let mut p = package();
    p.commitments[0].actions.clear();
    let rows = parse_csv(&csv::write(&p, &library(), "R"));
    let col = |name: &str| csv::COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(rows.len(), 1 + 2 + 1);
    assert_eq!(rows[3][col("commitment_id")], "k-1");
    assert_eq!((rows[3][col("action_number")].as_str(), rows[3][col("status")].as_str()), ("", "not finished"));
}

#[test]
fn markdown_keeps_text_as_text() {
    Key::install_later();
    let mut p = package();
    p.comments[0].text =
        "See https://example.org/<img src=x onerror=alert(document.domain)//> for details\n== X ==\n> x\n---\n1. a\n    code"
            .into();
    p.sender.name = "<b>Amina</b>\n# Diallo".into();
    p.commitments[0].title = "Guide <i>\n=== now".into();
    let md = markdown::write(&p, &I18n::default(), "R", &english_day);
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

#[test]
fn the_apps_email_file_imports_as_its_attached_export_does() {
    Key::install_later();
    use igf_messages::model::export::eml;
    let p = package();
    let json = p.to_json(1).to_text();
    let email = eml::build("igf@un.org", "Subject", "Body", "igf-messages-x.json", &json, "igf-b-1");
    assert_eq!(read(&email), read(&json), "the same drafts and sender");
    let other_mail = "From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello";
    assert_eq!(import_error(other_mail), ImportError::EmailWithoutDrafts);
    let message = ImportError::EmailWithoutDrafts.message(&I18n::default());
    assert!(message.contains("email") && message.contains("no drafts"), "{message}");
    let not_ours = eml::build("igf@un.org", "S", "B", "x.json", r#"{"format":"other"}"#, "b-1");
    assert_eq!(import_error(&not_ours), ImportError::NotAnExport, "what is attached is checked as any file");
}

fn import_error(text: &str) -> ImportError {
    read(text).expect_err("must be refused")
}

#[test]
fn hostile_imports_are_refused_with_a_named_reason() {
    Key::install_later();
    let good = package().to_json(1).to_text();
    assert_eq!(import_error(""), ImportError::Empty);
    assert_eq!(import_error("\u{feff}   "), ImportError::Empty);
    // Another kind of file is told apart from a damaged export, whose
    // parser detail says where it broke.
    assert_eq!(import_error("not json"), ImportError::NotOurs);
    assert_eq!(import_error("%PDF-1.7\n%\u{e2}\u{e3}"), ImportError::NotOurs);
    assert!(matches!(import_error(r#"  {"format":"igf-messages","#), ImportError::NotJson(_)));
    assert!(matches!(import_error("[1,,2]"), ImportError::NotJson(_)));
    let message = ImportError::NotOurs.message(&I18n::default());
    assert!(message.contains(".eml") && message.contains("JSON"), "{message}");
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
    let six = ImportError::TooLarge(6 * 1024 * 1024 + 800 * 1024);
    assert_eq!(six.message(&I18n::default()), "The file is 6.7 MB. Files of up to 5 MB can be imported.");
    let french = I18n::with(Catalog::parse(Lang::Fr, include_str!("../i18n/fr.txt")).unwrap());
    assert!(six.message(&french).starts_with("Le fichier fait 6,7 Mo."), "the language's own decimal comma");
    // A BOM is fine; script tags are only text.
    let with_bom = format!("\u{feff}{good}");
    let imported = read(&with_bom).unwrap();
    let Draft::Comment(c) = &imported.drafts[1] else { panic!() };
    assert_eq!(c.text, "<script>alert('x')</script>");
    let hostile_sender = good.replace("\"Amina Diallo\"", "\"Amina\\r\\nBcc: x@y.org\\u202e\\u0000\"");
    let sender = read(&hostile_sender).unwrap().sender.unwrap();
    assert_eq!(sender.name, "Amina Bcc: x@y.org", "one line, no controls, on import");
    let hostile_org = good.replace("\"=Example, \\\"Org\\\"\"", "\"Org\\n\\tX\\u2066\"");
    assert_eq!(read(&hostile_org).unwrap().sender.unwrap().organisation, "Org X");
    let message = ImportError::Newer(2).message(&I18n::default());
    assert!(message.contains("newer version") && message.contains("schema 2"), "{message}");
}

#[test]
fn conflicts_replace_keep_both_skip_or_keep_the_newer() {
    Key::install_later();
    let imported = read(&package().to_json(1).to_text()).unwrap().drafts;
    let file_time = imported[0].updated();
    let here = |id: &str, updated, commitment| Here { id: id.into(), updated, commitment };
    let existing = vec![here("c-1", file_time + 1, false)];
    let ids = |ds: &[Draft]| ds.iter().map(|d| d.id().to_owned()).collect::<Vec<_>>();
    assert_eq!(
        ids(&resolve(imported.clone(), &existing, OnConflict::Replace, || unreachable!())),
        ["c-1", "c-2", "k-1"]
    );
    assert_eq!(ids(&resolve(imported.clone(), &existing, OnConflict::Skip, || unreachable!())), ["c-2", "k-1"]);
    assert_eq!(
        ids(&resolve(imported.clone(), &existing, OnConflict::KeepBoth, || "c-new".into())),
        ["c-new", "c-2", "k-1"]
    );
    assert_eq!(
        ids(&resolve(imported.clone(), &existing, OnConflict::KeepNewer, || unreachable!())),
        ["c-2", "k-1"],
        "the draft here was changed after the file's copy, so it stays"
    );
    let older_here = vec![here("c-1", file_time - 1, false)];
    assert_eq!(
        ids(&resolve(imported.clone(), &older_here, OnConflict::KeepNewer, || unreachable!())),
        ["c-1", "c-2", "k-1"]
    );
    let last = clashes(&imported, &[here("k-1", 0, true)]);
    assert_eq!(imported[last[0].at].id(), "k-1", "a clash points to its draft in the file");
    let clashes = clashes(&imported, &existing);
    assert_eq!(clashes, vec![Clash { id: "c-1".into(), at: 0, here: file_time + 1, file: file_time }]);
    assert!(!clashes[0].file_is_newer() && clashes[0].here_is_newer());
    let same = Clash { id: "c-1".into(), at: 0, here: file_time, file: file_time };
    assert!(!same.file_is_newer() && !same.here_is_newer(), "the same moment is the same copy, newer on neither side");
}

#[test]
fn a_draft_of_the_other_kind_under_the_same_id_is_kept_beside_it_never_written_over_it() {
    Key::install_later();
    let imported = read(&package().to_json(1).to_text()).unwrap().drafts;
    // A commitment here under the id of the file's first comment, older than it.
    let here = [Here { id: "c-1".into(), updated: 0, commitment: true }];
    assert!(clashes(&imported, &here).is_empty(), "not two copies of one draft");
    let skipped = resolve(imported.clone(), &here, OnConflict::Skip, || unreachable!());
    assert_eq!(skipped.iter().map(Draft::id).collect::<Vec<_>>(), ["c-2", "k-1"], "left out when asked to skip");
    for choice in [OnConflict::KeepNewer, OnConflict::Replace, OnConflict::KeepBoth] {
        let chosen = resolve(imported.clone(), &here, choice, || "c-new".into());
        let ids: Vec<&str> = chosen.iter().map(Draft::id).collect();
        assert_eq!(ids, ["c-new", "c-2", "k-1"], "{choice:?}: the file's comment under a new id");
        assert!(matches!(chosen[0], Draft::Comment(_)));
    }
}

proptest! {
    #[test]
    fn any_comment_text_survives_export_and_import(t in "\\PC{0,200}", lang in "[a-z]{0,3}", refs in proptest::collection::vec("\\PC{0,20}", 0..3)) {
        Key::install_later();
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
        Key::install_later();
        let _ = read(&s);
    }
}

// ----- The email text -----

fn arabic() -> I18n {
    I18n::with(Catalog::parse(Lang::Ar, include_str!("../i18n/ar.txt")).unwrap())
}

#[test]
fn the_email_body_is_the_data_and_reads_back() {
    Key::install_later();
    let p = package();
    let i18n = I18n::default();
    let body = email::body(&p, &i18n);
    eprintln!("{body}");
    assert!(body.starts_with("Dear IGF Secretariat,\n\nigf-messages-email: 1\nto: igf@un.org\nname: Amina Diallo\n"));
    assert!(body.ends_with(&format!("\nreceipt: {}\n", p.receipt())));
    assert!(body.contains("\ncomment: c-1\ntarget: message trust-q1-m2\nfingerprint: "));
    assert!(body.contains("\ntext: Resilience & trust? #1 100% + more = better\n| مرحبا 你好 Привет 😀\n"));
    assert!(!body.contains("Users and nations must be able to trust on"), "no quote: it costs the link");
    assert_eq!(body.matches("\nstatus: not finished\n").count(), 1, "the commitment has no description");
    assert_eq!(email::read(&body), Ok(email::carried(&p)));
    assert_eq!(email::read(&body).unwrap().receipt(), p.receipt());
}

#[test]
fn unanswered_publish_questions_read_back_and_older_answers_still_do() {
    Key::install_later();
    let mut p = package();
    p.sender.publish_name = None;
    p.commitments[0].consent_publish = None;
    let body = email::body(&p, &I18n::default());
    assert!(body.contains("\npublish-name: unanswered\n") && body.contains("\nconsent-to-publish: unanswered\n"));
    assert_eq!(email::read(&body), Ok(email::carried(&p)));
    // What older versions wrote, which always had an answer.
    (p.sender.publish_name, p.commitments[0].consent_publish) = (Some(false), Some(true));
    let older = email::body(&p, &I18n::default());
    assert!(older.contains("\npublish-name: no\n") && older.contains("\nconsent-to-publish: yes\n"));
    assert_eq!(email::read(&older), Ok(email::carried(&p)));
    assert!(email::read(&body.replace("publish-name: unanswered", "publish-name: maybe")).is_err());
    assert!(email::read(&body.replace("consent-to-publish: unanswered", "consent-to-publish: ")).is_err());
}

#[test]
fn the_subject_names_the_package_and_isolates_the_persons_text() {
    Key::install_later();
    let p = package();
    let i18n = I18n::default();
    let receipt = p.receipt();
    let subject = email::subject(&p, &i18n, &receipt);
    assert_eq!(
        subject,
        format!("IGF 2020 Messages, Trust: comments and commitments from \u{2068}Amina Diallo\u{2069} [{receipt}]")
    );
    let only_comments = Package { commitments: vec![], ..p.clone() };
    assert!(
        email::subject(&only_comments, &i18n, "R").starts_with("IGF 2020 Messages, Trust: 2 comments from \u{2068}")
    );
    assert!(
        email::subject(&only_comments, &arabic(), "R").contains("، الثقة: "),
        "the track named in the subject's language"
    );
    let mut hostile = Package { comments: vec![], ..p };
    hostile.sender.name = "\u{202e}Evil\u{2069}\r\nBcc: x@y.org\u{0}".into();
    hostile.commitments[0].title = "Guide\u{2066}\n\u{202b}x".into();
    assert_eq!(
        email::subject(&hostile, &i18n, "R"),
        "IGF voluntary commitment: \u{2068}Guide x\u{2069}, from \u{2068}Evil Bcc: x@y.org\u{2069} [R]"
    );
    hostile.sender.name = " \r\n ".into();
    assert!(email::subject(&hostile, &i18n, "R").ends_with("from ? [R]"));
}

#[test]
fn user_text_never_makes_a_line_of_its_own() {
    Key::install_later();
    let mut p = package();
    let forged =
        "x\nreceipt: IGF-AAAAA-AAAAA\nigf-messages-email: 1\ncomment: c-9\n| y\n----- END IGF MESSAGES DATA -----\n> z";
    p.comments[0].text = forged.into();
    p.sender.name = forged.into();
    p.commitments[0].actions[0].description = forged.into();
    let body = email::body(&p, &I18n::default());
    for line in body.lines() {
        let app_line = line.is_empty()
            || line == "Dear IGF Secretariat,"
            || line.starts_with("| ")
            || line == "|"
            || line.split_once(':').is_some_and(|(label, _)| {
                !label.is_empty() && label.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            });
        assert!(app_line, "{line:?}");
    }
    assert_eq!(body.matches("\nreceipt: ").count(), 1);
    assert_eq!(body.matches("\ncomment: ").count(), 2);
    assert_eq!(email::read(&body), Ok(email::carried(&p)));
}

#[test]
fn the_reader_tolerates_crlf_a_bom_trailing_spaces_and_surrounding_text() {
    Key::install_later();
    let mut p = package();
    p.comments[0].text = "trailing  \n\ttab\nback\\slash \\u0041".into();
    let body = email::body(&p, &I18n::default());
    let mangled = format!("\u{feff}From: someone\r\n{}\r\n-- \r\nA signature", body.replace('\n', "  \r\n"));
    assert_eq!(email::read(&mangled), Ok(email::carried(&p)));
    assert_eq!(email::read(&body.replace('\n', "\r")), Ok(email::carried(&p)), "old Mac line ends");
    let link = mailto::link("igf@un.org", "s", &body);
    let through_link = mailto::decode(link.split("&body=").nth(1).unwrap()).unwrap();
    assert_eq!(email::read(&through_link), Ok(email::carried(&p)));
}

#[test]
fn the_reader_names_the_line_and_what_is_wrong() {
    Key::install_later();
    use email::EmailTextError as E;
    let p = package();
    let body = email::body(&p, &I18n::default());
    let line_of = |needle: &str| body.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    assert_eq!(email::read("Dear IGF Secretariat,\n"), Err(E::NoData));
    assert_eq!(
        email::read(&body.replace("igf-messages-email: 1", "igf-messages-email: 2")),
        Err(E::Version { line: 3, version: "2".into() })
    );
    let cut = &body[..body.find("\ncommitment: ").unwrap()];
    assert_eq!(email::read(cut), Err(E::Truncated { line: cut.lines().count() }));
    let forged = body.replace("\nkind: suggest-change\n", "\nkind: suggest-change\nsender: x\n");
    assert_eq!(email::read(&forged), Err(E::Unexpected { line: line_of("kind: suggest") + 1, expected: "text" }));
    let unframed = body.replace("\n| مرحبا", "\nمرحبا");
    let line = line_of("| مرحبا");
    assert!(
        matches!(email::read(&unframed), Err(E::Unexpected { line: l, .. }) if l == line),
        "{:?}",
        email::read(&unframed)
    );
    assert_eq!(
        email::read(&body.replace("kind: suggest-change", "kind: shout")),
        Err(E::Value { line: line_of("kind: "), label: "kind" })
    );
    assert_eq!(
        email::read(&body.replace("text: Resilience", "text: \\q")),
        Err(E::Value { line: line_of("text: "), label: "text" })
    );
    assert_eq!(
        email::read(&body.replace("comment: c-2", "comment: c-1")),
        Err(E::DuplicateId { line: line_of("comment: c-2"), id: "c-1".into() })
    );
    assert_eq!(
        email::read(&body.replace("comment: c-2", "comment: ../x")),
        Err(E::Value { line: line_of("comment: c-2"), label: "comment" })
    );
    let edited = body.replace("Resilience & trust?", "Resilience & trust!");
    assert!(
        matches!(email::read(&edited), Err(E::Receipt { line, written, .. }) if line == line_of("receipt: ") && written == p.receipt())
    );
    assert!(E::Truncated { line: 4 }.to_string().starts_with("line 4: "));
}

/// 600 characters of English, as a careful commenter writes them.
fn english_comment() -> String {
    let text = "I support this message, and I would like to add that trust in the Internet depends on more than \
        technical security. People need to understand how their data is used, who is accountable when things go \
        wrong, and where they can turn for help. Capacity building for small businesses, schools and local \
        governments should be part of every national strategy, with clear roles for each stakeholder group. The \
        message could also mention that international cooperation between CERTs, including in developing \
        countries, makes everyone safer. Finally, the text should refer to human rights online, since trust grows ";
    text.chars().take(600).collect()
}

fn arabic_comment() -> String {
    "أؤيد هذه الرسالة، وأود أن أضيف أن الثقة في الإنترنت تعتمد على أكثر من الأمن التقني. يحتاج الناس إلى فهم كيفية استخدام بياناتهم، ومن المسؤول عندما تسوء الأمور، وإلى أين يمكنهم اللجوء طلبا للمساعدة. "
        .repeat(4)
        .chars()
        .take(600)
        .collect()
}

fn sized_package(n: usize, text: &str, sender: Profile) -> Package {
    let doc = parse(SEED).unwrap();
    let comments = (0..n)
        .map(|i| {
            let id = MessageId { track: Track::Trust, question: 1 + (i as u32 % 3), number: 1 + i as u32 / 3 };
            let mut c = Comment::new(format!("c-lx3k9q2a-{i:06}"), CommentTarget::message_of(&doc, id).unwrap(), 1);
            c.text = text.to_owned();
            c
        })
        .collect();
    Package { comments, sender, recipient: "igf@un.org".into(), ..Package::default() }
}

fn mailto_length(p: &Package, i18n: &I18n) -> usize {
    let link = mailto::link(&p.recipient, &email::subject(p, i18n, &p.receipt()), &email::body(p, i18n));
    assert_eq!(email::read(&mailto::decode(link.split("&body=").nth(1).unwrap()).unwrap()), Ok(email::carried(p)));
    link.len()
}

#[test]
fn one_comment_with_full_details_fits_a_mail_link() {
    Key::install_later();
    let english = Profile { organisation: "Example Foundation".into(), country: "Senegal".into(), ..sender() };
    let arabic_sender = Profile {
        name: "أمينة ديالو".into(),
        organisation: "مؤسسة المثال".into(),
        country: "السنغال".into(),
        ..sender()
    };
    assert_eq!(english_comment().chars().count(), 600);
    let one = mailto_length(&sized_package(1, &english_comment(), english.clone()), &I18n::default());
    assert!(one <= mailto::SAFE_LENGTH, "{one} characters");
    for n in [1, 3, 10] {
        let en = mailto_length(&sized_package(n, &english_comment(), english.clone()), &I18n::default());
        let ar = mailto_length(&sized_package(n, &arabic_comment(), arabic_sender.clone()), &arabic());
        eprintln!("mailto length, {n} comment(s) of 600 characters: English {en}, Arabic {ar}");
    }
}

#[test]
fn a_short_comment_in_russian_or_chinese_fits_a_mail_link_where_the_system_takes_a_longer_one() {
    let i18n = |lang, text| I18n::with(Catalog::parse(lang, text).unwrap());
    let cases = [
        (
            Lang::Ru,
            include_str!("../i18n/ru.txt"),
            "Анна Иванова",
            "Поддерживаю это послание: доверие к интернету зависит от ясных правил и подотчётности. ",
        ),
        (
            Lang::Zh,
            include_str!("../i18n/zh.txt"),
            "王芳",
            "我支持这条信息：对互联网的信任取决于明确的规则和问责制，也取决于各方的合作与能力建设。",
        ),
    ];
    for (lang, catalog, name, sentence) in cases {
        let text: String = sentence.repeat(20).chars().take(if lang == Lang::Ru { 400 } else { 250 }).collect();
        let sender = Profile { name: name.into(), ..sender() };
        let length = mailto_length(&sized_package(1, &text, sender), &i18n(lang, catalog));
        eprintln!("mailto length, one comment in {lang:?}: {length}");
        assert!(length > mailto::SAFE_LENGTH, "{lang:?}: {length} characters, which Windows would not take");
        assert!(length <= mailto::ROOMY_LENGTH, "{lang:?}: {length} characters");
    }
}

/// Text that tries to pass for the format's own lines, or to be changed on the way.
const HOSTILE: &[&str] = &[
    "igf-messages-email: 1",
    "igf-messages-email: 2",
    "receipt: IGF-AAAAA-AAAAA",
    "comment: c-1",
    "commitment: k-1",
    "target: document trust",
    "status: not finished",
    "to: evil@example.org",
    "----- BEGIN IGF MESSAGES DATA (JSON) -----",
    "----- END IGF MESSAGES DATA -----",
    "| ",
    "|",
    "> ",
    "\n",
    "\r",
    "\r\n",
    "\u{202e}",
    "\u{2066}",
    "\u{feff}",
    "\\",
    "\\u0041",
    " ",
    "\t",
    "\u{85}",
    "\u{2028}",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        "\\PC{0,6}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|v| v.concat())
}

fn track() -> impl Strategy<Value = Track> {
    proptest::sample::select(Track::ALL.to_vec())
}

fn anchor() -> impl Strategy<Value = igf_messages::model::document::Anchor> {
    (track(), 1..40u32, 1..40u32, text(), text(), text()).prop_map(
        |(track, question, number, fingerprint, version, quote)| igf_messages::model::document::Anchor {
            message_id: MessageId { track, question, number },
            fingerprint,
            version,
            quote,
        },
    )
}

fn target() -> impl Strategy<Value = CommentTarget> {
    prop_oneof![
        (track(), text()).prop_map(|(track, version)| CommentTarget::Document { track, version }),
        (track(), 1..40u32, text(), text()).prop_map(|(track, question, version, quote)| CommentTarget::Question {
            track,
            question,
            version,
            quote
        }),
        (track(), 1..40u32, text(), text()).prop_map(|(track, question, version, quote)| {
            CommentTarget::MissingPoint { track, question, version, quote }
        }),
        anchor().prop_map(CommentTarget::Message),
    ]
}

fn comment() -> impl Strategy<Value = Comment> {
    (
        target(),
        proptest::option::of(proptest::sample::select(CommentKind::ALL.to_vec())),
        (text(), text(), proptest::collection::vec(text(), 0..3), text()),
        (any::<i64>(), any::<i64>(), proptest::option::of(any::<i64>())),
    )
        .prop_map(|(target, kind, (text, proposed, references, language), (created, updated, sent))| {
            let mut c = Comment::new("c".into(), target, created);
            (c.kind, c.text, c.proposed, c.references, c.language) = (kind, text, proposed, references, language);
            (c.updated, c.sent) = (updated, sent);
            c
        })
}

fn link() -> impl Strategy<Value = Link> {
    prop_oneof![
        (track(), 1..40u32, text(), text()).prop_map(|(track, question, version, quote)| Link::Question {
            track,
            question,
            version,
            quote
        }),
        anchor().prop_map(Link::Message),
    ]
}

fn commitment() -> impl Strategy<Value = Commitment> {
    let group = proptest::option::of(proptest::sample::select(StakeholderGroup::ALL.to_vec()));
    (
        (any::<bool>(), text(), group, any::<bool>(), text(), text()),
        (proptest::collection::vec(track(), 0..3), proptest::collection::vec(link(), 0..3)),
        proptest::collection::vec((text(), text()), 0..3),
        // The consent as answered, or not yet (`None`), which every format must keep apart.
        (
            text(),
            text(),
            text(),
            proptest::collection::btree_set(1..=17u8, 0..4),
            proptest::option::of(any::<bool>()),
            any::<i64>(),
        ),
    )
        .prop_map(
            |((org, org_name, org_group, org_authorised, title, description), (tracks, links), actions, rest)| {
                let (measurement, partners, resources, sdgs, consent_publish, created) = rest;
                let mut k = Commitment::new("k".into(), created);
                k.capacity = Some(if org { Capacity::Organisation } else { Capacity::Individual });
                (k.org_name, k.org_group, k.org_authorised, k.title, k.description) =
                    (org_name, org_group, org_authorised, title, description);
                (k.tracks, k.links) = (tracks, links);
                k.actions = actions.into_iter().map(|(description, due)| ActionItem { description, due }).collect();
                (k.measurement, k.partners, k.resources) = (measurement, partners, resources);
                (k.sdgs, k.consent_publish) = (sdgs.into_iter().collect(), consent_publish);
                k
            },
        )
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        (text(), text(), text(), text(), text()),
        proptest::option::of(proptest::sample::select(StakeholderGroup::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Gender::ALL.to_vec())),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|((name, email, organisation, country, _), stakeholder, region, gender, publish_name)| Profile {
            name,
            email,
            organisation,
            stakeholder,
            region,
            country,
            gender,
            publish_name,
        })
}

fn located() -> impl Strategy<Value = Located> {
    let message =
        (track(), 1..40u32, 1..40u32).prop_map(|(track, question, number)| MessageId { track, question, number });
    let version = prop_oneof![(1..100u32).prop_map(Revision::Numbered), Just(Revision::Final)];
    (proptest::option::of(message), version).prop_map(|(message, version)| Located { message, version })
}

fn any_package() -> impl Strategy<Value = Package> {
    (
        (proptest::collection::vec(comment(), 0..3), proptest::collection::vec(commitment(), 0..3), profile(), text()),
        // Where some anchors' messages are now, and one entry for an anchor
        // the package does not have, which the email cannot carry.
        (proptest::collection::vec(proptest::option::of(located()), 9), proptest::option::of((anchor(), located()))),
    )
        .prop_map(|((mut comments, mut commitments, sender, recipient), (located, stray))| {
            comments.iter_mut().enumerate().for_each(|(i, c)| c.id = format!("c-{i}"));
            commitments.iter_mut().enumerate().for_each(|(i, k)| k.id = format!("k-{i}"));
            let mut p = Package { comments, commitments, sender, recipient, ..Package::default() };
            let keys: Vec<_> = p.anchors().map(|a| a.key()).collect();
            p.located = keys.into_iter().zip(located).filter_map(|(key, l)| Some((key, l?))).collect();
            if let Some((anchor, l)) = stray.filter(|(anchor, _)| p.located_of(anchor).is_none()) {
                p.located.push((anchor.key(), l));
            }
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_package_reads_back_from_its_email(p in any_package()) {
        Key::install_later();
        let body = email::body(&p, &I18n::default());
        let back = email::read(&body);
        prop_assert_eq!(back.as_ref(), Ok(&email::carried(&p)), "{}", body);
        let back = back.unwrap();
        prop_assert_eq!(back.receipt(), p.receipt());
        let unlocated = Package { located: Default::default(), ..p.clone() };
        prop_assert_eq!(unlocated.receipt(), p.receipt(), "where messages are now is not part of the receipt");
        // Status lines are left out: "unchanged wording" is checked against the
        // quoted text, which the email does not carry.
        let without_status = |b: &str| b.replace("status: not finished\n", "");
        prop_assert_eq!(without_status(&email::body(&back, &I18n::default())), without_status(&body), "a fixed point");
        let mangled = format!("\u{feff}{}", body.replace('\n', " \t\r\n"));
        prop_assert_eq!(email::read(&mangled), Ok(email::carried(&p)));
    }

    #[test]
    fn the_whole_app_writes_the_reader_the_files_it_would_write_itself(p in any_package()) {
        Key::install_later();
        let library = Library::from_sources(igf_messages::documents::SOURCES.iter().copied());
        let back = handed(&hand(&p)).map_err(TestCaseError::fail)?;
        for kind in [LaterFile::Csv, LaterFile::Markdown] {
            prop_assert_eq!(kind.write(&back, &library, &I18n::default(), &english_day), kind.write(&p, &library, &I18n::default(), &english_day));
        }
        prop_assert_eq!(handed(&hand(&back)), Ok(back), "read back as written");
    }

    #[test]
    fn any_text_never_panics_the_email_reader(lines in proptest::collection::vec(text(), 0..12)) {
        Key::install_later();
        let _ = email::read(&lines.join("\n"));
        let _ = email::read(&format!("igf-messages-email: 1\n{}", lines.join("\n")));
    }
}

#[test]
fn the_documented_example_is_exact() {
    Key::install_later();
    let doc = include_str!("../docs/export-format.md");
    let section = &doc[doc.find("### The email text").unwrap()..];
    let example = section.split("```text\n").nth(1).unwrap().split("```").next().unwrap();
    let p = email::read(example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(email::body(&p, &I18n::default()), example, "written again, it is the same text");
    assert_eq!(
        p.comments[0].text,
        "Fact-checking needs funding that does not depend on the platforms.\n\nSee the second point below.  "
    );
}

#[test]
fn a_handed_package_the_reader_did_not_write_is_refused_with_a_reason() {
    Key::install_later();
    assert_eq!(handed("{}"), Err("no comments".to_owned()));
    assert!(handed("not json").is_err());
    let written = hand(&Package { recipient: "igf@un.org".into(), ..Package::default() });
    assert!(handed(&written).is_ok());
    let bad_place = written.replace("\"located\":[]", "\"located\":[[\"trust-q1-m1\"]]");
    assert_eq!(handed(&bad_place), Err("a place unread".to_owned()));
}

/// The Markdown file is for reading, in the person's language: a form's
/// "(optional)" and a question's colon belong to the form, the version's name,
/// the day and the goals' names are in that language too, and an organisation
/// without a group gets no empty brackets.
#[test]
fn markdown_reads_as_answers_in_the_persons_language() {
    Key::install_later();
    let day = |d: Date| format!("<{}>", d.to_iso());
    let mut p = package();
    p.commitments[0].org_group = None;
    p.commitments[0].sdgs = vec![9, 16];
    for (lang, text) in [(Lang::Es, include_str!("../i18n/es.txt")), (Lang::Zh, include_str!("../i18n/zh.txt"))] {
        let i18n = I18n::with(Catalog::parse(lang, text).unwrap());
        let md = markdown::write(&p, &i18n, "R", &day);
        let optional = i18n.t(Key::OptionalSuffix);
        assert!(!md.contains(optional), "{lang:?}: {optional} in\n{md}");
        assert!(!md.contains("?:") && !md.contains("？："), "{lang:?}: a question then a colon in\n{md}");
        assert!(
            !md.contains("Version 1") && md.contains(i18n.tf(Key::VersionNumbered, &[("n", "1")]).as_str()),
            "{md}"
        );
        assert!(md.contains("&lt;2021-06-30&gt;"), "{lang:?}: the day is not the formatter's in\n{md}");
        assert!(!md.contains("()") && !md.contains("（）"), "{lang:?}: empty brackets in\n{md}");
        for goal in [Key::Sdg9, Key::Sdg16] {
            let item = format!("\n- {}\n", markdown::escape(i18n.t(goal)));
            assert!(md.contains(&item), "{lang:?}: each goal by name, as the answers show them, in\n{md}");
        }
    }
    let es = I18n::with(Catalog::parse(Lang::Es, include_str!("../i18n/es.txt")).unwrap());
    let md = markdown::write(&p, &es, "R", &day);
    assert!(md.contains("\nOrganización: =Example, \"Org\"  \n"), "{md}");
    assert!(md.contains("\n¿Puede el IGF publicar su nombre junto con sus comentarios? Sí  \n"), "{md}");
}
