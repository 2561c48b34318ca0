//! The Secretariat's collation: every way mail mangles a package still reads
//! back as the same package, bad inputs are reported one by one, and the
//! collation, its CSV and its report are right.
//!
//! Timing: `cargo test --release --test model_collate -- --nocapture bench`.

#[path = "support/csv_reader.rs"]
mod csv_reader;
use csv_reader::parse_csv;
use igf_messages::model::collate::mail::{quote, unwrap};
use igf_messages::model::collate::{
    csv as collate_csv, read_input, report, Added, Collation, Filter, Integrity, Received, Source, Status,
    UnreadableReason,
};
use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
use igf_messages::model::commitment::{ActionItem, Capacity, Commitment, Link};
use igf_messages::model::document::{parse, Document, Library, MessageId};
use igf_messages::model::export::email::EmailTextError;
use igf_messages::model::export::import::{ImportError, MAX_BYTES};
use igf_messages::model::export::{csv, email, eml, Package};
use igf_messages::model::i18n::I18n;
use igf_messages::model::people::{Gender, Region, StakeholderGroup};
use igf_messages::model::profile::Profile;
use igf_messages::model::track::Track;
use proptest::prelude::*;

const SEED: &str = include_str!("../documents/trust.txt");

fn doc() -> Document {
    parse(SEED).unwrap()
}

fn library() -> Library {
    Library::from_sources([("trust.txt", SEED)])
}

fn sender(name: &str, email: &str, publish: bool) -> Profile {
    Profile {
        name: name.into(),
        email: email.into(),
        organisation: "Example Org".into(),
        stakeholder: Some(StakeholderGroup::CivilSociety),
        region: Some(Region::African),
        country: "Senegal".into(),
        gender: Some(Gender::Female),
        publish_name: Some(publish),
    }
}

fn on_message(q: u32, n: u32) -> CommentTarget {
    CommentTarget::message_of(&doc(), MessageId { track: Track::Trust, question: q, number: n }).unwrap()
}

fn comment(id: &str, target: CommentTarget, kind: CommentKind, text: &str, updated: i64) -> Comment {
    let mut c = Comment::new(id.into(), target, 1_605_600_000_000);
    c.kind = Some(kind);
    c.text = text.into();
    if kind == CommentKind::SuggestChange {
        c.proposed = "Users and nations must be able to trust a resilient Internet.".into();
    }
    c.references = vec!["https://example.org/a?b=c&d=e".into()];
    c.updated = updated;
    c
}

fn commitment(id: &str) -> Commitment {
    let mut k = Commitment::linked_to(id.into(), Link::question_of(&doc(), 3).unwrap(), 1_605_600_000_000);
    k.title = "Open fact-checking guide".into();
    k.description = "We will publish a guide.".into();
    k.capacity = Some(Capacity::Organisation);
    k.org_name = "Example Org".into();
    k.org_group = Some(StakeholderGroup::CivilSociety);
    k.org_authorised = true;
    k.actions = vec![
        ActionItem { description: "=Draft the guide".into(), due: "2021-06-30".into() },
        ActionItem { description: "Publish it".into(), due: "2021-12-10".into() },
    ];
    k.sdgs = vec![9, 16];
    k.consent_publish = Some(true);
    k
}

/// A package with a comment of every target and a commitment, and text that
/// mail programs like to mangle: accents, other scripts, quotes, `=`, `>`,
/// "From " at a line start, long lines.
fn package() -> Package {
    let doc = doc();
    let c1 = comment(
        "c-1",
        on_message(1, 2),
        CommentKind::SuggestChange,
        "Resilience & trust? 100% = better, \"quoted\" and <b>tags</b>.\nFrom here on: مرحبا 你好 Привет 😀 \
         and a long sentence that goes on well past seventy-eight columns so that every mail program wraps it.",
        1_605_600_000_001,
    );
    let c2 = comment(
        "c-2",
        CommentTarget::question_of(&doc, 2, true).unwrap(),
        CommentKind::PointMissing,
        "> Not a quote, but starts like one.\n=Not a formula",
        1_605_600_000_002,
    );
    let c3 =
        comment("c-3", CommentTarget::document(&doc), CommentKind::Support, "Good work overall.", 1_605_600_000_003);
    let c4 = comment(
        "c-4",
        CommentTarget::question_of(&doc, 3, false).unwrap(),
        CommentKind::Question,
        "Who decides?",
        1_605_600_000_004,
    );
    Package {
        comments: vec![c1, c2, c3, c4],
        commitments: vec![commitment("k-1")],
        sender: sender("Amina Diallo", "amina@example.org", true),
        recipient: "igf@un.org".into(),
        located: vec![],
    }
}

fn json(p: &Package) -> String {
    p.to_json(1_605_700_000_000).to_text()
}

/// The plain-text body the app writes: a greeting, then the data lines.
fn body(p: &Package) -> String {
    email::body(p, &I18n::default())
}

/// The `.eml` the app offers for download.
fn app_eml(p: &Package) -> String {
    let receipt = p.receipt();
    let subject = email::subject(p, &I18n::default(), &receipt);
    eml::build(
        "igf@un.org",
        &subject,
        &body(p),
        &format!("igf-messages-{receipt}.json"),
        &json(p),
        &format!("igf-messages-{receipt}"),
    )
}

/// A single-part email whose body is already encoded as `encoding` says.
fn text_email(content_type: &str, encoding: &str, encoded_body: &str) -> String {
    format!(
        "From: Amina Diallo <amina@example.org>\r\nTo: igf@un.org\r\nSubject: IGF comments\r\nMIME-Version: 1.0\r\n\
         Content-Type: {content_type}\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n{encoded_body}"
    )
}

fn b64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for j in 0..4 {
            out.push(if j <= chunk.len() { char::from(ALPHABET[((n >> (18 - 6 * j)) & 63) as usize]) } else { '=' });
        }
    }
    out
}

/// Quoted-printable as mail programs write it: `=XX` for `=`, 8-bit and
/// control bytes and a line's trailing space; soft breaks before column 76.
fn qp(text: &str) -> String {
    let mut out = String::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("\r\n");
        }
        let (bytes, mut column) = (line.as_bytes(), 0);
        for (i, &b) in bytes.iter().enumerate() {
            let last = i + 1 == bytes.len();
            let encoded = if b == b'=' || !(0x20..0x80).contains(&b) || (last && b == b' ') {
                format!("={b:02X}")
            } else {
                char::from(b).to_string()
            };
            if column + encoded.len() > 75 {
                out.push_str("=\r\n");
                column = 0;
            }
            out.push_str(&encoded);
            column += encoded.len();
        }
    }
    out
}

/// Hard wrapping as a mail program does it: each line broken at the last space
/// that fits `width`, the space dropped; a word longer than the line stays whole.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut current));
            } else if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

/// `format=flowed`: with DelSp=yes lines are cut anywhere and marked by an
/// added space; without, cut after a space, which stays at the line end.
fn flow(text: &str, width: usize, delsp: bool) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let mut chars: Vec<char> = line.trim_end_matches(' ').chars().collect();
        while chars.len() > width {
            let after_space = |i: usize| chars[i] == ' ';
            let cut = if delsp {
                Some(width)
            } else {
                (0..width)
                    .rev()
                    .find(|&i| after_space(i))
                    .or_else(|| (width..chars.len()).find(|&i| after_space(i)))
                    .map(|i| i + 1)
            };
            let Some(cut) = cut.filter(|&c| c < chars.len()) else { break };
            let mut piece: String = chars.drain(..cut).collect();
            if delsp {
                piece.push(' ');
            }
            out.push(stuff(piece));
        }
        out.push(stuff(chars.into_iter().collect()));
    }
    out.join("\n")
}

fn stuff(line: String) -> String {
    if line.starts_with([' ', '>']) || line.starts_with("From ") {
        format!(" {line}")
    } else {
        line
    }
}

fn quoted(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}")).collect::<Vec<_>>().join("\n")
}

fn html(text: &str) -> String {
    let mut out = String::from("<html><head><style>p { margin: 0 }</style></head><body><div dir=\"ltr\">\n");
    for line in text.lines() {
        let mut previous = ' ';
        for c in line.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                ' ' if previous == ' ' => out.push_str("&nbsp;"),
                c if !c.is_ascii() => out.push_str(&format!("&#x{:X};", u32::from(c))),
                c => out.push(c),
            }
            previous = c;
        }
        out.push_str("<br>\n");
    }
    out.push_str("</div></body></html>");
    out
}

fn read_one(name: &str, input: &str) -> Received {
    let mut results = read_input(name, input.as_bytes());
    assert_eq!(results.len(), 1, "{name}: {results:?}");
    results.remove(0).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// What reading gives back of `p`: all of it from JSON, what the email text
/// carries from a body.
fn expected(r: &Received, p: &Package) -> Package {
    if r.source == Source::Body {
        email::carried(p)
    } else {
        p.clone()
    }
}

fn assert_same(name: &str, input: &str, p: &Package) {
    let r = read_one(name, input);
    assert_eq!(r.package, expected(&r, p), "{name}");
    assert_eq!(r.stated_receipt.as_deref(), Some(p.receipt().as_str()), "{name}");
}

fn reason(name: &str, input: &[u8]) -> UnreadableReason {
    let results = read_input(name, input);
    assert_eq!(results.len(), 1, "{name}");
    match &results[0] {
        Err(u) => {
            assert_eq!((u.file.as_str(), u.index_in_file), (name, 0));
            u.reason.clone()
        }
        Ok(r) => panic!("{name} was read: {:?}", r.source),
    }
}

#[test]
fn the_apps_eml_reads_back_from_its_attachment() {
    let p = package();
    let r = read_one("igf.eml", &app_eml(&p));
    assert_eq!(r.package, p);
    assert_eq!(r.exported_at, Some(1_605_700_000_000));
    assert_eq!(r.source, Source::Attachment(Some(format!("igf-messages-{}.json", p.receipt()))));
    assert_eq!(r.subject, Some(email::subject(&p, &I18n::default(), &p.receipt())), "RFC 2047 B subject");
}

#[test]
fn a_base64_body_without_attachment_reads_back() {
    let p = package();
    let mail = text_email("text/plain; charset=UTF-8", "base64", &b64(body(&p).as_bytes()));
    assert_same("b64.eml", &mail, &p);
    assert_eq!(read_one("b64.eml", &mail).source, Source::Body);
}

#[test]
fn quoted_printable_reads_back() {
    let p = package();
    let mail = text_email("text/plain; charset=utf-8", "quoted-printable", &qp(&body(&p)));
    assert!(mail.lines().all(|l| l.len() <= 78));
    assert_same("qp.eml", &mail, &p);
}

#[test]
fn format_flowed_reads_back_with_and_without_delsp() {
    let p = package();
    for delsp in [false, true] {
        let params = if delsp { "; DelSp=Yes" } else { "" };
        let mail = text_email(
            &format!("text/plain; charset=utf-8; format=flowed{params}"),
            "8bit",
            &flow(&body(&p), 72, delsp),
        );
        let longest = mail.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(!delsp || longest <= 74, "DelSp lets every line be cut: {longest}");
        assert!(mail.lines().count() > body(&p).lines().count(), "lines were cut");
        assert_same(&format!("flowed-{delsp}.eml"), &mail, &p);
    }
    let mail =
        text_email("text/plain; charset=utf-8; format=flowed", "quoted-printable", &qp(&flow(&body(&p), 66, false)));
    assert_same("flowed-qp.eml", &mail, &p);
}

#[test]
fn hard_wrapping_at_72_to_78_columns_reads_back_intact() {
    let p = package();
    for width in [72, 76, 78] {
        let wrapped = hard_wrap(&body(&p), width);
        assert!(wrapped.lines().all(|l| l.chars().count() <= width || !l.contains(' ')));
        assert!(wrapped.lines().count() > body(&p).lines().count(), "lines were broken");
        assert_same(&format!("wrapped-{width}.txt"), &wrapped, &p);
        assert_same(&format!("wrapped-{width}.eml"), &text_email("text/plain; charset=utf-8", "8bit", &wrapped), &p);
    }
}

#[test]
fn wrapping_that_cuts_long_words_reads_back() {
    let p = package();
    let cut: Vec<String> = body(&p)
        .lines()
        .flat_map(|l| {
            let chars: Vec<char> = l.chars().collect();
            chars.chunks(76).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>()
        })
        .collect();
    assert_same("cut.txt", &cut.join("\r\n"), &p);
}

#[test]
fn rfc_2047_subjects_decode() {
    let p = package();
    let mail = format!(
        "Subject: =?ISO-8859-1?Q?Commentaires_de_Ren=E9?= =?UTF-8?B?8J+YgA==?=\r\nFrom: x@example.org\r\n\r\n{}",
        body(&p)
    );
    assert_eq!(read_one("q.eml", &mail).subject.as_deref(), Some("Commentaires de René😀"));
}

#[test]
fn an_html_only_multipart_with_entities_and_breaks_reads_back() {
    let p = package();
    let mail = format!(
        "From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n\
         --alt\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{}\r\n--alt--\r\n",
        qp(&html(&body(&p)))
    );
    assert!(mail.contains("&quot;") && mail.contains("&#x") && mail.contains("<br>"));
    assert_same("html.eml", &mail, &p);
}

#[test]
fn quoted_forwards_and_replies_read_back() {
    let p = package();
    let forward = format!(
        "Please see below.\n\n---------- Forwarded message ---------\nFrom: Amina Diallo <amina@example.org>\n\n{}",
        quoted(&body(&p), "> ")
    );
    assert_same("forward.txt", &forward, &p);
    let twice = format!("FYI\n\nOn Monday, Bob wrote:\n{}", quoted(&forward, "> "));
    assert_same("forward-of-forward.txt", &twice, &p);
    assert_same("compact-quotes.txt", &quoted(&quoted(&body(&p), ">"), ">"), &p);
    let wrapped_then_quoted = quoted(&hard_wrap(&body(&p), 76), "> ");
    assert_same("wrapped-then-quoted.txt", &wrapped_then_quoted, &p);
    assert!(quote::max_depth(&twice) >= 2);
}

#[test]
fn crlf_lf_and_byte_order_marks_make_no_difference() {
    let p = package();
    let eml = app_eml(&p);
    assert!(eml.contains("\r\n"));
    assert_same("lf.eml", &eml.replace("\r\n", "\n"), &p);
    assert_same("crlf.txt", &body(&p).replace('\n', "\r\n"), &p);
    assert_same("bom.txt", &format!("\u{feff}{}", body(&p)), &p);
    assert_same("bom.eml", &format!("\u{feff}{eml}"), &p);
    assert_same("bom.json", &format!("\u{feff}{}", p.to_json(1).to_pretty()), &p);
}

#[test]
fn saved_and_pasted_texts_and_json_files_read_back() {
    let p = package();
    assert_same("pasted body.txt", &body(&p), &p);
    let saved =
        format!("From: Amina Diallo <amina@example.org>\nSent: Monday\nTo: igf@un.org\nSubject: x\n\n{}", body(&p));
    assert_same("saved.txt", &saved, &p);
    let data_only = &body(&p)[body(&p).find(email::START).unwrap()..];
    assert_same("data lines only.txt", data_only, &p);
    assert_same("data lines only.eml", &format!("{data_only}\n-- \nSent from my phone\n"), &p);
    assert_same("export.json", &p.to_json(1).to_pretty(), &p);
    assert_eq!(read_one("export.json", &json(&p)).source, Source::JsonFile);
    assert_same("no extension", &json(&p), &p);
    let latin1: Vec<u8> = json(&package_with_text("Sénégal café")).chars().map(|c| c as u8).collect();
    let r = read_input("latin1.json", &latin1).remove(0).unwrap();
    assert_eq!(r.package.comments[0].text, "Sénégal café", "an 8-bit file is read as Windows-1252");
}

fn package_with_text(text: &str) -> Package {
    let mut p = package();
    p.comments.truncate(1);
    p.comments[0].text = text.into();
    p.sender.name = "Amina".into();
    p
}

fn mbox(messages: &[String]) -> String {
    messages
        .iter()
        .map(|m| {
            let escaped: Vec<String> = m
                .replace("\r\n", "\n")
                .lines()
                .map(|l| if l.trim_start_matches('>').starts_with("From ") { format!(">{l}") } else { l.to_owned() })
                .collect();
            format!("From amina@example.org Mon Nov 23 10:00:00 2020\n{}\n\n", escaped.join("\n"))
        })
        .collect()
}

#[test]
fn an_mbox_reads_each_email_and_one_bad_email_stops_nothing() {
    let (p, q) = (package(), package_with_text("Another one"));
    let hello = "From: bob@example.org\nSubject: Hello\n\nFrom the start, just a note.".to_owned();
    let cut = {
        let b = body(&p);
        b[..b.find("\nreceipt:").unwrap() - 10].to_owned()
    };
    let file = mbox(&[
        app_eml(&p),
        hello,
        text_email("text/plain", "8bit", &cut),
        text_email("text/plain", "8bit", &body(&q)),
    ]);
    assert!(file.contains("\n>From the start"), "the mbox escaped a body line");
    let results = read_input("inbox.mbox", file.as_bytes());
    assert_eq!(results.len(), 4);
    assert_eq!(results[0].as_ref().unwrap().package, p);
    let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 2);
    assert_eq!((errors[0].index_in_file, &errors[0].reason), (1, &UnreadableReason::NoIgfData));
    assert_eq!((errors[1].index_in_file, &errors[1].reason), (2, &UnreadableReason::Truncated));
    let last = results[3].as_ref().unwrap();
    assert_eq!((last.index_in_file, &last.package), (3, &email::carried(&q)));
    assert_eq!(errors[1].to_string(), "inbox.mbox (message 3): the data is cut off before its end");
}

#[test]
fn unreadable_inputs_each_have_a_clear_reason() {
    let p = package();
    // A JSON export pasted into an email instead of the app's text.
    let data = |block: &str| format!("Subject: s\n\nMy export:\n\n{block}\n\nThanks\n");
    let with_field = json(&p).replacen("\"suggest-change\"", "\"praise\"", 1);
    let future = json(&p).replace("\"schema\":1", "\"schema\":2");
    let huge = format!("{}{}", json(&p), " ".repeat(MAX_BYTES as usize));
    let cases: Vec<(&str, Vec<u8>, UnreadableReason)> = vec![
        ("empty.eml", vec![], UnreadableReason::Empty),
        ("blank.txt", b"  \r\n\t ".to_vec(), UnreadableReason::Empty),
        ("photo.eml", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), UnreadableReason::Binary),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3".to_vec(), UnreadableReason::Binary),
        (
            "huge.json",
            huge.into_bytes(),
            UnreadableReason::TooLarge { bytes: (json(&p).len() as u64 + MAX_BYTES), limit: MAX_BYTES },
        ),
        ("notes.eml", b"just some words\nand no headers".to_vec(), UnreadableReason::NotAnEmail),
        (
            "hello.eml",
            b"From: bob@example.org\nSubject: Hi\n\nSee you at the IGF.".to_vec(),
            UnreadableReason::NoIgfData,
        ),
        ("other.json", b"{\"hello\": 1}".to_vec(), UnreadableReason::NoIgfData),
        (
            "broken.eml",
            data("{\"format\":\"igf-messages\",,\"schema\":1}").into_bytes(),
            UnreadableReason::JsonInvalid(ImportError::NotJson(
                igf_messages::model::json::Json::parse("{\"format\":\"igf-messages\",,\"schema\":1}").unwrap_err(),
            )),
        ),
        ("cut.eml", format!("Subject: s\n\n{}", &json(&p)[..300]).into_bytes(), UnreadableReason::Truncated),
        ("cut.json", json(&p).as_bytes()[..300].to_vec(), UnreadableReason::Truncated),
        (
            "koi8.eml",
            [
                &b"Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n\xf0\xd2\xc9"[..],
                data(&json(&p)).as_bytes(),
            ]
            .concat(),
            UnreadableReason::UnsupportedCharset("koi8-r".into()),
        ),
        (
            "uu.eml",
            b"Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 data.json\n".to_vec(),
            UnreadableReason::UnsupportedEncoding("x-uuencode".into()),
        ),
        (
            "edited.json",
            with_field.clone().into_bytes(),
            UnreadableReason::ChangedAfterWriting(ImportError::Field("comments[0].kind".into())),
        ),
        (
            "edited.eml",
            data(&with_field).into_bytes(),
            UnreadableReason::ChangedAfterWriting(ImportError::Field("comments[0].kind".into())),
        ),
        ("future.json", future.into_bytes(), UnreadableReason::NewerSchema(2)),
        (
            "future.txt",
            body(&p).replace(email::START, "igf-messages-email: 2").into_bytes(),
            UnreadableReason::NewerSchema(2),
        ),
        (
            "cut text.txt",
            body(&p).as_bytes()[..body(&p).find("\nkind:").unwrap() + 4].to_vec(),
            UnreadableReason::Truncated,
        ),
        (
            "damaged text.txt",
            body(&p).replacen("\nkind:", "\nsort:", 1).into_bytes(),
            UnreadableReason::EmailTextDamaged(EmailTextError::Unexpected { line: 18, expected: "kind" }),
        ),
    ];
    for (name, bytes, expected) in cases {
        let got = reason(name, &bytes);
        assert_eq!(got, expected, "{name}");
        assert!(!got.to_string().is_empty());
    }
}

fn received(p: &Package, file: &str, exported_at: i64) -> Received {
    let mut r = read_one(file, &p.to_json(exported_at).to_text());
    r.file = file.into();
    r
}

#[test]
fn the_same_package_twice_is_one_package() {
    let p = package();
    let mut c = Collation::new();
    assert_eq!(c.add(received(&p, "a.json", 1)), Added::New(0));
    c.add_all(read_input("a.eml", app_eml(&p).as_bytes()));
    let mut sent = p.clone();
    sent.comments[0].sent = Some(5);
    assert_eq!(c.add(received(&sent, "later.json", 99)), Added::Duplicate(0), "sending and export time change nothing");
    assert_eq!(c.entries().len(), 1);
    assert_eq!(c.duplicates(), 2);
    assert_eq!(c.entries()[0].duplicates[0], ("a.eml".to_owned(), 0));
    assert_eq!(c.package_status(0), Status::Ok);
    assert_eq!(c.tabulate(&Filter::default(), &library()).overview.duplicates, 2);
}

#[test]
fn a_later_package_supersedes_each_comment_it_updates() {
    let first = package();
    let mut second = Package { commitments: vec![], ..package() };
    second.comments.truncate(1);
    second.comments[0].text = "Reworded.".into();
    second.comments[0].updated += 1_000;
    second.sender.email = " Amina@Example.org ".into();
    let mut other_person = second.clone();
    other_person.sender.email = "bob@example.org".into();
    other_person.comments[0].updated += 5_000;
    let mut c = Collation::new();
    c.add(received(&second, "second.json", 2));
    c.add(received(&first, "first.json", 1));
    c.add(received(&other_person, "bob.json", 3));
    assert_eq!(c.comment_status(1, 0), Status::Superseded, "c-1 was updated later, though it arrived first");
    assert_eq!(c.comment_status(0, 0), Status::Ok);
    assert_eq!(c.comment_status(1, 1), Status::Ok, "c-2 has no newer version");
    assert_eq!(c.comment_status(2, 0), Status::Ok, "another person's c-1 is another comment");
    assert_eq!(c.package_status(1), Status::Ok);
    let mut resent = first.clone();
    for k in &mut resent.comments {
        k.updated += 10_000;
        k.text.push_str(" Resent.");
    }
    resent.commitments[0].updated += 10_000;
    resent.commitments[0].title.push_str(" (resent)");
    c.add(received(&resent, "resent.json", 4));
    assert_eq!(c.package_status(1), Status::Superseded);
    assert_eq!(c.package_status(0), Status::Superseded);
    let tab = c.tabulate(&Filter::default(), &library());
    assert_eq!(tab.overview.comments, 4 + 1);
    assert_eq!(tab.overview.people, 2, "by email, in any case");
    assert_eq!(tab.overview.superseded, 4 + 1 + 1);
}

#[test]
fn a_tampered_package_is_read_but_flagged_changed() {
    let p = package();
    let tampered = json(&p).replace("Who decides?", "Who pays?");
    let r = read_one("tampered.json", &tampered);
    assert_eq!(r.stated_receipt.as_deref(), Some(p.receipt().as_str()));
    let mut c = Collation::new();
    c.add(r);
    let entry = &c.entries()[0];
    assert_eq!(entry.integrity, Integrity::Changed { stated: Some(p.receipt()) });
    assert_ne!(entry.receipt, p.receipt());
    assert_eq!(c.package_status(0), Status::Changed);
    assert_eq!(c.comment_status(0, 3), Status::Changed);
    let without_receipt = json(&p).replace(&format!("\"receipt\":\"{}\",", p.receipt()), "");
    c.add(read_one("no-receipt.json", &without_receipt.replace("Who decides?", "Who else?")));
    assert_eq!(c.entries()[1].integrity, Integrity::Changed { stated: None });
    let tab = c.tabulate(&Filter::default(), &library());
    assert_eq!(tab.overview.changed, 2);
    let strict = c.tabulate(&Filter { include_changed: false, ..Filter::default() }, &library());
    assert_eq!(strict.overview.comments, 0);
}

#[test]
fn an_edited_email_text_is_read_but_flagged_changed() {
    let p = package();
    let edited = body(&p).replace("text: Who decides?", "text: Who pays?");
    let r = read_one("edited.txt", &edited);
    assert_eq!((r.source.clone(), r.stated_receipt.clone()), (Source::Body, Some(p.receipt())));
    assert_eq!(r.package.comments[3].text, "Who pays?");
    let mut c = Collation::new();
    c.add(r);
    assert_eq!(c.entries()[0].integrity, Integrity::Changed { stated: Some(p.receipt()) });
}

#[test]
fn an_email_sent_later_supersedes_an_earlier_export() {
    let mut export = package();
    export.comments.iter_mut().for_each(|c| c.updated = 1_606_000_000_000);
    let mut reworded = package();
    reworded.comments[0].text = "Reworded in the email.".into();
    let sent = |date: &str| format!("From: amina@example.org\nDate: {date}\nSubject: s\n\n{}", body(&reworded));
    let mut c = Collation::new();
    c.add(received(&export, "export.json", 1_606_000_000_000));
    c.add(read_one("later.eml", &sent("Mon, 23 Nov 2020 10:00:00 +0000")));
    assert_eq!(c.entries()[1].time, 1_606_125_600_000, "the email's Date");
    assert_eq!((c.comment_status(0, 0), c.comment_status(1, 0)), (Status::Superseded, Status::Ok));
    let mut c = Collation::new();
    c.add(received(&export, "export.json", 1_606_000_000_000));
    c.add(read_one("earlier.eml", &sent("Sun, 1 Nov 2020 10:00:00 +0000")));
    assert_eq!((c.comment_status(0, 0), c.comment_status(1, 0)), (Status::Ok, Status::Superseded));
}

fn collation() -> Collation {
    let mut c = Collation::new();
    c.add(received(&package(), "amina.json", 1));
    let mut bob = package();
    bob.sender = Profile {
        stakeholder: Some(StakeholderGroup::Government),
        region: Some(Region::Weog),
        gender: None,
        ..sender("Bob Secret", "bob@example.org", false)
    };
    bob.comments = vec![
        comment("b-1", on_message(1, 2), CommentKind::Disagree, "I disagree. Mail me: bob.s@example.org", 7),
        comment("b-2", on_message(2, 3), CommentKind::Support, "<script>alert(1)</script>\n# Heading\n- list", 8),
    ];
    bob.commitments[0].tracks = vec![Track::Trust, Track::Data];
    bob.commitments[0].sdgs = vec![4];
    bob.commitments[0].consent_publish = Some(false);
    c.add(received(&bob, "bob.json", 2));
    c
}

#[test]
fn tabulation_groups_and_counts_by_track_version_question_and_message() {
    let c = collation();
    let tab = c.tabulate(&Filter::default(), &library());
    assert_eq!(tab.documents.len(), 1);
    let d = &tab.documents[0];
    assert_eq!((d.track, d.version.as_str(), d.counts.total()), (Track::Trust, "Version 1", 6));
    assert_eq!(d.whole_document.len(), 1);
    assert_eq!(d.questions.iter().map(|q| q.number).collect::<Vec<_>>(), [1, 2, 3]);
    let q1 = &d.questions[0];
    assert!(q1.text.starts_with("What building blocks"));
    assert_eq!(q1.messages.len(), 1);
    let m = &q1.messages[0];
    assert_eq!(m.message_id.to_string(), "trust-q1-m2");
    assert_eq!(m.located, Some(m.message_id));
    assert_eq!((m.counts.get(CommentKind::SuggestChange), m.counts.get(CommentKind::Disagree)), (1, 1));
    let q2 = &d.questions[1];
    assert_eq!((q2.missing.len(), q2.messages.len(), q2.on_question.len()), (1, 1, 0));
    assert_eq!(d.questions[2].on_question.len(), 1);
    let o = &tab.overview;
    assert_eq!((o.packages, o.people, o.comments, o.commitments), (2, 2, 6, 2));
    assert_eq!(o.by_kind.get(CommentKind::Support), 2);
    assert_eq!(o.by_stakeholder.given[0], (StakeholderGroup::Government, 1));
    assert_eq!(o.by_region.given.iter().find(|(r, _)| *r == Region::African), Some(&(Region::African, 1)));
    assert_eq!((o.by_gender.given[0], o.by_gender.not_given), ((Gender::Female, 1), 1));
    assert_eq!(o.most_commented[0].message_id.to_string(), "trust-q1-m2");
    assert_eq!(o.most_commented[0].comments, 2);
}

/// Once Version 2 is out, a comment on a message in Version 1 and one on the
/// same message in Version 2 are two in "most commented", where the message is now.
#[test]
fn comments_on_one_message_across_versions_add_up_where_it_is_now() {
    const V2: &str = include_str!("fixtures/trust-v2-test-fixture.txt");
    let both = Library::from_sources([("trust.txt", SEED), ("v2.txt", V2)]);
    let v2 = parse(V2).unwrap();
    let old = MessageId { track: Track::Trust, question: 1, number: 2 };
    let CommentTarget::Message(anchor) = on_message(1, 2) else { panic!() };
    let now = igf_messages::model::collate::located_message_id(&anchor, &both).expect("in Version 2 too");
    let mut c = Collation::new();
    let mut first = package();
    first.comments = vec![comment("a-1", on_message(1, 2), CommentKind::Support, "On Version 1", 1)];
    c.add(received(&first, "v1.json", 1));
    let mut second = package();
    second.sender = sender("Li Wei", "li@example.cn", true);
    let on_v2 = CommentTarget::message_of(&v2, now).unwrap();
    second.comments = vec![comment("b-1", on_v2, CommentKind::Question, "On Version 2", 2)];
    c.add(received(&second, "v2.json", 2));
    let tab = c.tabulate(&Filter::default(), &both);
    assert_eq!(tab.documents.len(), 2, "each version still read as written: {old} in Version 1");
    let top = &tab.overview.most_commented[0];
    assert_eq!((top.message_id, top.version.as_str(), top.comments), (now, "Version 2", 2));
    assert_eq!(tab.overview.most_commented.len(), 1, "one message, not two");
}

#[test]
fn filters_narrow_the_counts() {
    let c = collation();
    let lib = library();
    let count = |f: Filter| c.tabulate(&f, &lib).overview.comments;
    assert_eq!(count(Filter { track: Some(Track::Trust), ..Filter::default() }), 6);
    assert_eq!(count(Filter { track: Some(Track::Data), ..Filter::default() }), 0);
    assert_eq!(count(Filter { question: Some(1), ..Filter::default() }), 2);
    assert_eq!(count(Filter { kind: Some(CommentKind::Support), ..Filter::default() }), 2);
    assert_eq!(count(Filter { stakeholder: Some(StakeholderGroup::Government), ..Filter::default() }), 2);
    assert_eq!(count(Filter { region: Some(Region::African), ..Filter::default() }), 4);
    let gov = c.tabulate(&Filter { stakeholder: Some(StakeholderGroup::Government), ..Filter::default() }, &lib);
    assert_eq!((gov.overview.people, gov.documents[0].counts.total()), (1, 2));
    assert_eq!(c.commitments(&Filter { track: Some(Track::Data), ..Filter::default() }).len(), 1);
    assert_eq!(c.commitments(&Filter { sdg: Some(16), ..Filter::default() }).len(), 1);
    assert_eq!(c.commitments(&Filter { sdg: Some(1), ..Filter::default() }).len(), 0);
    let listed = &c.commitments(&Filter { sdg: Some(4), ..Filter::default() })[0];
    assert_eq!(
        (listed.commitment.title.as_str(), listed.commitment.actions[1].due.as_str()),
        ("Open fact-checking guide", "2021-12-10")
    );
}

#[test]
fn the_csv_has_the_persons_columns_plus_status_one_row_per_comment_and_action() {
    let mut c = collation();
    let mut carol = package_with_text("Original");
    carol.sender.email = "carol@example.org".into();
    let tampered = json(&carol).replace("Original", "Altered");
    c.add(read_one("tampered.json", &tampered));
    c.add(received(&package(), "again.json", 3));
    let mut dana = package_with_text("Mailed");
    dana.sender.email = "dana@example.org".into();
    c.add(read_one("mailed.txt", &body(&dana)));
    let rows = parse_csv(&collate_csv::write(&c, &library()));
    let columns = collate_csv::columns();
    assert_eq!(rows[0], columns);
    assert_eq!(&rows[0][..csv::COLUMNS.len()], csv::COLUMNS);
    assert_eq!(rows.len(), 1 + (4 + 2) + (2 + 2) + (1 + 2) + (1 + 2), "duplicates are left out");
    assert!(rows.iter().all(|r| r.len() == columns.len()));
    let col = |name: &str| columns.iter().position(|c| *c == name).unwrap();
    let first = &rows[1];
    assert_eq!((first[col("record")].as_str(), first[col("package_status")].as_str()), ("comment", "ok"));
    assert_eq!(first[col("receipt")], first[col("package_receipt")]);
    assert_eq!(first[col("current_message_id")], "trust-q1-m2");
    assert_eq!(rows[2][col("comment_text")], "> Not a quote, but starts like one.\n=Not a formula", "not a formula");
    assert_eq!(rows[5][col("action_description")], "'=Draft the guide", "formula guarded");
    let quote = &rows[1][col("quoted_text")];
    assert!(quote.starts_with("Users and nations must be able to trust"), "{quote}");
    let mailed = rows.iter().find(|r| r[col("comment_text")] == "Mailed").unwrap();
    assert_eq!(&mailed[col("quoted_text")], quote, "the email text leaves it out; the document has it");
    let changed = rows.iter().find(|r| r[col("comment_text")] == "Altered").unwrap();
    assert_eq!(changed[col("package_status")], "changed");
    assert_ne!(changed[col("receipt")], changed[col("package_receipt")]);
}

#[test]
fn the_report_never_shows_an_email_address_and_names_only_with_consent() {
    let c = collation();
    let md = report::write(&c, &library(), Track::Trust, "Version 1", &Filter::default());
    assert!(md.starts_with("# Comments received on the IGF 2020 Trust Messages, Version 1\n"), "{md}");
    assert!(!md.contains('@'), "{md}");
    assert!(md.contains("Amina Diallo, Example Org (Civil society)"));
    assert!(!md.contains("Bob Secret"));
    assert!(md.contains(&format!("{} (Government)", report::NAME_WITHHELD)));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;  \n\\# Heading  \n\\- list"));
    assert!(!md.contains("<script>") && !md.contains("<b>"));
    for heading in [
        "## The whole document",
        "## Policy question 1",
        "### Message 1.2",
        "### A point is missing",
        "### On the question",
        "## Commitments",
    ] {
        assert!(md.contains(&format!("\n{heading}")), "{heading}");
    }
    assert!(md.contains("1 more commitment was made without consent"), "Bob's is not shown");
    let empty = report::write(&c, &library(), Track::Data, "Version 1", &Filter::default());
    assert!(empty.contains("No comments received."));
}

#[test]
fn commitments_received_without_any_comment_still_make_a_report() {
    let mut c = Collation::new();
    c.add(received(&Package { comments: Vec::new(), ..package() }, "amina.json", 1));
    let md = report::write_all(&c, &library(), &[], &Filter::default());
    assert!(md.starts_with("# Comments received on the IGF 2020 Trust Messages, Version 1\n"), "{md}");
    assert!(md.contains("No comments received.") && md.contains("\n## Commitments\n"), "{md}");
    let only_trust = report::write_all(&collation(), &library(), &[(Track::Trust, "Version 1")], &Filter::default());
    assert_eq!(only_trust.matches("# Comments received").count(), 1, "Bob's commitment on Data is not for publication");
    let mut c = Collation::new();
    let mut p = package();
    p.commitments[0].tracks = vec![Track::Trust, Track::Data];
    c.add(received(&p, "amina.json", 1));
    let both = report::write_all(&c, &library(), &[(Track::Trust, "Version 1")], &Filter::default());
    assert_eq!(both.matches("# Comments received").count(), 2, "Trust's comments, and Data's commitment: {both}");
    assert!(
        both.contains("\n# Comments received on the IGF 2020 Data Messages\n\nNo comments received.\n"),
        "no document, no version: {both}"
    );
}

#[test]
fn rejoining_wrapped_generic_text_keeps_real_breaks() {
    let text = "Dear IGF Secretariat,\n\nThe Internet must remain open, interoperable and secure for everyone, including the \
                people who are not yet connected, and the rules that govern it should be written with all stakeholders \
                at the table, in every region, and in the languages people speak.\n\n- first point\n- second point\n\nKind regards,\nAmina";
    for width in 72..=78 {
        assert_eq!(unwrap::rejoin(&hard_wrap(text, width)), text, "{width}");
    }
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    proptest::collection::vec("\\PC{0,60}", 1..4).prop_map(|lines| lines.join("\n"))
}

fn single_spaced_text() -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-zA-Z0-9éü中\",.!?'<>&=-]{1,14}", 1..40).prop_map(|words| words.join(" "))
}

fn package_of(text: String, name: String) -> Package {
    let mut p = package();
    p.comments[0].text = text;
    p.sender.name = name;
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    // A name is one line: a line or paragraph separator in it becomes a space
    // on import (the file's sender is cleaned like a header), so none is drawn.
    fn any_package_survives_quoted_printable_and_quoting(text in arbitrary_text(), name in "[^\\p{C}\\u{2028}\\u{2029}]{0,30}") {
        let p = package_of(text, name);
        let mail = text_email("text/plain; charset=utf-8", "quoted-printable", &qp(&body(&p)));
        let r = read_one("qp.eml", &mail);
        prop_assert_eq!(&r.package, &email::carried(&p));
        let forward = format!("Fwd:\n\n{}", quoted(&body(&p), "> "));
        prop_assert_eq!(&read_one("fwd.txt", &forward).package, &email::carried(&p));
        prop_assert_eq!(&read_one("eml.eml", &app_eml(&p)).package, &p);
    }

    #[test]
    fn a_hard_wrapped_package_reads_back_with_its_receipt(text in single_spaced_text(), width in 72usize..=78) {
        let p = package_of(text, "Amina Diallo".into());
        let wrapped = quoted(&hard_wrap(&body(&p), width), "> ");
        let r = read_one("wrapped.txt", &wrapped);
        prop_assert_eq!(r.stated_receipt, Some(p.receipt()));
        prop_assert_eq!(r.package, email::carried(&p));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), name in "[a-z]{1,5}\\.(eml|mbox|txt|json)") {
        let _ = read_input(&name, &bytes);
        let mut with_headers = b"Content-Type: multipart/mixed; boundary=b\n\n--b\n".to_vec();
        with_headers.extend_from_slice(&bytes);
        let _ = read_input(&name, &with_headers);
    }
}

/// `n` packages of three comments each, from `n / 3` people, on varied messages.
fn generated(n: usize) -> Vec<Package> {
    let doc = doc();
    let ids: Vec<MessageId> = doc.messages().map(|(_, m)| m.id).collect();
    (0..n)
        .map(|i| {
            let comments = (0..3)
                .map(|j| {
                    let id = ids[(i * 3 + j) % ids.len()];
                    let kind = CommentKind::ALL[(i + j) % 5];
                    let target = CommentTarget::message_of(&doc, id).unwrap();
                    comment(&format!("c-{i}-{j}"), target, kind, &format!("Comment {j} of package {i}: a sentence or two of feedback on this message, as people write them."), i as i64)
                })
                .collect();
            let mut s = sender(&format!("Person {}", i / 3), &format!("person{}@example.org", i / 3), i % 2 == 0);
            s.region = Some(Region::ALL[i % Region::ALL.len()]);
            Package { comments, sender: s, recipient: "igf@un.org".into(), ..Package::default() }
        })
        .collect()
}

/// Writes the mailboxes the browser benchmark reads (scripts/bench-collate.mjs),
/// made exactly as the timing below makes them:
/// `IGF_BENCH_OUT=bench/out cargo test --release --test model_collate -- --ignored write_bench_mailboxes`.
#[test]
#[ignore]
fn write_bench_mailboxes() {
    let Ok(dir) = std::env::var("IGF_BENCH_OUT") else { return };
    for n in [1_000, 10_000] {
        let packages = generated(n);
        let mut emails: Vec<String> = packages.iter().map(app_eml).collect();
        emails.extend(packages.iter().take(n / 10).map(app_eml));
        std::fs::write(format!("{dir}/collate-{n}.mbox"), mbox(&emails)).expect("the benchmark's folder is writable");
    }
}

#[test]
fn bench_parse_deduplicate_and_tabulate() {
    let lib = library();
    // 10,000 packages take about 20 s unoptimised; the debug run keeps CI quick.
    let sizes: &[usize] = if cfg!(debug_assertions) { &[1_000] } else { &[1_000, 10_000] };
    if cfg!(debug_assertions) {
        eprintln!(
            "10,000 packages are timed in release: cargo test --release --test model_collate -- --nocapture bench"
        );
    }
    for &n in sizes {
        let packages = generated(n);
        let mut emails: Vec<String> = packages.iter().map(app_eml).collect();
        emails.extend(packages.iter().take(n / 10).map(app_eml));
        let file = mbox(&emails);
        let start = std::time::Instant::now();
        let results = read_input("bench.mbox", file.as_bytes());
        let parsed = start.elapsed();
        let mut c = Collation::new();
        c.add_all(results);
        let added = start.elapsed();
        let tab = c.tabulate(&Filter::default(), &lib);
        let tabulated = start.elapsed();
        let csv_len = collate_csv::write(&c, &lib).len();
        let exported = start.elapsed();
        assert_eq!((c.entries().len(), c.duplicates(), tab.overview.comments), (n, n / 10, 3 * n));
        eprintln!(
            "collation of {n} packages ({} comments, {} duplicate emails, {:.1} MB mbox): parse {parsed:.2?}, \
             de-duplicate {:.2?}, tabulate {:.2?}, CSV {:.2?} ({} KB); total {exported:.2?}",
            3 * n,
            n / 10,
            file.len() as f64 / 1e6,
            added - parsed,
            tabulated - added,
            exported - tabulated,
            csv_len / 1024
        );
    }
}
