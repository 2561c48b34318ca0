//! A draft email file (RFC 5322 with MIME), for people whose mail client cannot
//! take a long `mailto:` link: opening it shows a ready-to-send message.

use super::{base64, crlf};

/// RFC 5322 allows 998 octets per line; base64 lines of 76 stay far below.
const B64_LINE: usize = 76;

/// Splits `text` into RFC 2047 encoded words of at most 75 characters, folded
/// onto continuation lines.
pub fn encode_header(text: &str) -> String {
    // 39 bytes of UTF-8 make 52 base64 characters: "=?UTF-8?B?" + 52 + "?=" = 64,
    // so even the first line, after "Subject: ", stays within 78.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > 39 {
            words.push(format!("=?UTF-8?B?{}?=", base64::encode(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64::encode(chunk.as_bytes())));
    }
    words.join("\r\n ")
}

fn base64_lines(bytes: &[u8]) -> String {
    let encoded = base64::encode(bytes);
    encoded
        .as_bytes()
        .chunks(B64_LINE)
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// The whole `.eml` file: `multipart/mixed`, the body as `text/plain` and the
/// attachment as `application/json`, both base64. Control characters are
/// dropped from every header. `boundary` must not occur in the base64 parts;
/// any text with a `-` in it qualifies, since base64 has none.
pub fn build(to: &str, subject: &str, body: &str, attachment_name: &str, attachment: &str, boundary: &str) -> String {
    let safe_name: String =
        attachment_name.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    let one_line = |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>();
    let (to, subject, boundary) = (one_line(to), one_line(subject), one_line(boundary));
    [
        format!("To: {to}"),
        format!("Subject: {}", encode_header(&subject)),
        "X-Unsent: 1".into(),
        "MIME-Version: 1.0".into(),
        format!("Content-Type: multipart/mixed; boundary=\"{boundary}\""),
        String::new(),
        format!("--{boundary}"),
        "Content-Type: text/plain; charset=UTF-8".into(),
        "Content-Transfer-Encoding: base64".into(),
        String::new(),
        base64_lines(crlf(body).as_bytes()),
        format!("--{boundary}"),
        // Folded, so that a long file name keeps every line within 78 octets.
        format!("Content-Type: application/json; charset=UTF-8;\r\n name=\"{safe_name}\""),
        format!("Content-Disposition: attachment;\r\n filename=\"{safe_name}\""),
        "Content-Transfer-Encoding: base64".into(),
        String::new(),
        base64_lines(attachment.as_bytes()),
        format!("--{boundary}--"),
        String::new(),
    ]
    .join("\r\n")
}

/// Whether `text` starts as an email does: header lines up to the first blank
/// line, among them a MIME header. A JSON file never does.
pub fn is_email(text: &str) -> bool {
    let mut mime = false;
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() {
            return mime;
        }
        if i > 0 && line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else { return false };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        mime |= name.eq_ignore_ascii_case("mime-version") || name.eq_ignore_ascii_case("content-type");
    }
    mime
}

/// The JSON attached to an email file as [`build`] writes it, and as a mail
/// client keeps it when it saves the message again: the body of the first
/// `application/json` part, up to the next boundary. JSON starts with `{`, and
/// its base64 never does, so the body itself says how it is encoded. `None`
/// when there is no such part, or it is not UTF-8.
pub fn attachment(text: &str) -> Option<String> {
    let mut lines = text.lines();
    lines.find(|l| {
        l.get(..13).is_some_and(|h| h.eq_ignore_ascii_case("content-type:"))
            && l.to_ascii_lowercase().contains("application/json")
    })?;
    lines.find(|l| l.is_empty())?;
    let body = lines.take_while(|l| !l.starts_with("--")).collect::<Vec<_>>().join("\n");
    if body.trim_start().starts_with(['{', '\u{feff}']) {
        Some(body)
    } else {
        String::from_utf8(base64::decode(&body)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decode_words(header: &str) -> String {
        header
            .split("\r\n ")
            .map(|w| {
                let inner = w.strip_prefix("=?UTF-8?B?").and_then(|w| w.strip_suffix("?=")).expect("an encoded word");
                String::from_utf8(base64::decode(inner).unwrap()).unwrap()
            })
            .collect()
    }

    fn sample() -> String {
        build(
            "igf@un.org",
            "IGF 2020 Messages, Trust: 3 comments from Амина Диалло [IGF-ABCDE-12345]",
            "Line one\nمرحبا\n\n".repeat(200).as_str(),
            "igf-IGF-ABCDE-12345.json",
            "{\"a\":\"中文\"}",
            "igf-boundary-IGF-ABCDE-12345",
        )
    }

    #[test]
    fn lines_are_crlf_and_short() {
        let eml = sample();
        assert!(!eml.replace("\r\n", "").contains(['\r', '\n']), "every line break is CRLF");
        assert!(eml.split("\r\n").all(|l| l.len() <= 998));
        assert!(eml.split("\r\n").all(|l| l.len() <= 78), "even within the recommended 78");
    }

    #[test]
    fn headers_and_parts_decode_back() {
        let eml = sample();
        let (head, rest) = eml.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("To: igf@un.org\r\nSubject: =?UTF-8?B?"));
        assert!(head.contains("\r\nX-Unsent: 1\r\n"));
        assert!(head.contains("MIME-Version: 1.0"));
        let subject = head.split("\r\nSubject: ").nth(1).unwrap().split("\r\nX-Unsent").next().unwrap();
        assert_eq!(decode_words(subject), "IGF 2020 Messages, Trust: 3 comments from Амина Диалло [IGF-ABCDE-12345]");
        let parts: Vec<&str> = rest.split("--igf-boundary-IGF-ABCDE-12345").collect();
        let body_b64 = parts[1].split("\r\n\r\n").nth(1).unwrap();
        let body = String::from_utf8(base64::decode(body_b64.trim()).unwrap()).unwrap();
        assert!(body.starts_with("Line one\r\nمرحبا\r\n\r\n"));
        assert!(parts[2].contains("Content-Disposition: attachment;\r\n filename=\"igf-IGF-ABCDE-12345.json\""));
        let json =
            String::from_utf8(base64::decode(parts[2].split("\r\n\r\n").nth(1).unwrap().trim()).unwrap()).unwrap();
        assert_eq!(json, "{\"a\":\"中文\"}");
        assert!(parts[3].starts_with("--"), "closing boundary");
    }

    #[test]
    fn hostile_names_cannot_inject_headers() {
        let eml =
            build("igf@un.org\r\nBcc: evil@example.org", "s\r\nCc: x@y.org", "b", "a\"\r\nX: y.json", "{}", "b-1");
        assert!(!eml.contains("\r\nBcc:"));
        assert!(!eml.contains("\r\nX: y"));
        let (head, _) = eml.split_once("\r\n\r\n").unwrap();
        let subject = head.split("\r\nSubject: ").nth(1).unwrap().split("\r\nX-Unsent").next().unwrap();
        assert_eq!(decode_words(subject), "sCc: x@y.org", "the line break is gone, so no header");
    }

    /// A real package with a long name and title in Arabic: the subject folds
    /// into encoded words, the body is the email text, the JSON is attached.
    #[test]
    fn a_real_email_keeps_every_line_within_78_octets() {
        use crate::model::commitment::Commitment;
        use crate::model::export::{email, import, Package};
        use crate::model::i18n::I18n;
        let mut k = Commitment::new("k-1".into(), 0);
        k.title = "دليل مفتوح لأمن إنترنت الأشياء ".repeat(6);
        let mut p = Package { commitments: vec![k], recipient: "igf@un.org".into(), ..Package::default() };
        p.sender.name = "أمينة ديالو \u{202e}".repeat(8);
        let (subject, body, json) = (
            email::subject(&p, &I18n::default(), &p.receipt()),
            email::body(&p, &I18n::default()),
            p.to_json(1).to_text(),
        );
        assert!(subject.len() > 400, "{}", subject.len());
        // The names the app gives: the receipt makes them long.
        let name = format!("igf-messages-{}.json", p.receipt());
        let eml = build(&p.recipient, &subject, &body, &name, &json, "igf-messages-b");
        for line in eml.split("\r\n") {
            assert!(line.len() <= 78, "{} octets: {line}", line.len());
        }
        let (head, rest) = eml.split_once("\r\n\r\n").unwrap();
        assert!(head.contains("Content-Type: multipart/mixed; boundary=\"igf-messages-b\""));
        let decoded = decode_words(head.split("\r\nSubject: ").nth(1).unwrap().split("\r\nX-Unsent").next().unwrap());
        assert_eq!(decoded, subject);
        assert!(!decoded.contains('\u{202e}'));
        let parts: Vec<&str> = rest.split("--igf-messages-b").collect();
        let (text_head, text) = parts[1].split_once("\r\n\r\n").unwrap();
        assert!(text_head.contains("Content-Type: text/plain; charset=UTF-8"));
        let text = String::from_utf8(base64::decode(&text.replace("\r\n", "")).unwrap()).unwrap();
        assert_eq!(text, body.replace('\n', "\r\n"));
        assert_eq!(email::read(&text), Ok(email::carried(&p)));
        let (json_head, attached) = parts[2].split_once("\r\n\r\n").unwrap();
        assert!(json_head.contains("Content-Type: application/json") && json_head.contains("attachment"));
        let attached = String::from_utf8(base64::decode(&attached.replace("\r\n", "")).unwrap()).unwrap();
        assert_eq!(import::read(&attached).unwrap().drafts.len(), 1);
    }

    #[test]
    fn the_attached_json_is_read_back_as_written_or_saved_again() {
        let eml = sample();
        assert!(is_email(&eml));
        assert_eq!(attachment(&eml).as_deref(), Some("{\"a\":\"中文\"}"));
        let saved_again =
            eml.replace("\r\n", "\n").replace("Content-Type: application/json", "content-type: Application/JSON");
        assert_eq!(attachment(&saved_again).as_deref(), Some("{\"a\":\"中文\"}"), "LF lines, any case");
        let plain = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/json\n\n{\"a\":1}\n--b--\n";
        assert_eq!(attachment(plain).as_deref(), Some("{\"a\":1}"), "an attachment not encoded");
        let no_json = "To: a@b.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello";
        assert!(is_email(no_json));
        assert_eq!(attachment(no_json), None);
    }

    #[test]
    fn only_an_email_looks_like_one() {
        assert!(!is_email("{\"format\": \"igf-messages\"}"));
        assert!(!is_email("Note: this is not mail\nsee below\nContent-Type: none"), "a line that is no header");
        assert!(!is_email("Note: a text with a colon\n\nand more"), "no MIME header");
        assert!(!is_email(""));
        assert!(is_email("Subject: =?UTF-8?B?x?=\r\n folded\r\nMIME-Version: 1.0\r\n\r\nbody"));
    }

    proptest! {
        #[test]
        fn any_attachment_round_trips(json in "\\PC{0,300}", name in "[a-z.-]{1,20}") {
            let eml = build("igf@un.org", "s", "body\n--\nsignature", &name, &json, "igf-b-1");
            prop_assert!(is_email(&eml));
            prop_assert_eq!(attachment(&eml), Some(json));
        }

        #[test]
        fn any_subject_round_trips(s in "\\PC{0,120}") {
            let h = encode_header(&s);
            prop_assert!(h.split("\r\n ").all(|w| w.len() <= 75));
            prop_assert_eq!(decode_words(&h), s);
        }
    }
}
