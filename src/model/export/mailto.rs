//! `mailto:` links (RFC 6068).

/// Above this many characters a link may not reach the mail app on Windows,
/// where browsers hand it over through a shell call of about 2,000
/// characters (Chromium's limit is 2,048; Outlook's 2,083).
pub const SAFE_LENGTH: usize = 1800;

/// Elsewhere (Android, iOS, macOS, Linux) the link reaches the mail app
/// whole far beyond that. This leaves room for a web mail handler that
/// percent-encodes the link once more (each `%` three characters) within the
/// 8,000 a server is asked to take (RFC 9110). Cyrillic costs six characters a
/// letter and Chinese nine, so below it about 450 Russian or 300 Chinese
/// characters of comment go in one tap, against 80 and 60 at [`SAFE_LENGTH`].
pub const ROOMY_LENGTH: usize = 4000;

/// Percent-encodes UTF-8, leaving only RFC 3986 unreserved characters as they
/// are, and turns every line break into CRLF (`%0D%0A`).
pub fn encode(text: &str) -> String {
    let normalised = super::crlf(text);
    let mut out = String::with_capacity(normalised.len() * 3);
    for b in normalised.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// The inverse of [`encode`], for tests and for reading links back.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `mailto:to?subject=…&body=…`. The address is encoded too, except its `@`.
/// Control characters are dropped from the address and the subject: a line
/// break there would become a header of its own in some mail clients.
pub fn link(to: &str, subject: &str, body: &str) -> String {
    let one_line = |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>();
    format!(
        "mailto:{}?subject={}&body={}",
        encode(&one_line(to)).replace("%40", "@"),
        encode(&one_line(subject)),
        encode(body)
    )
}

/// Whether a link is short enough for the mail app to receive whole, where
/// it takes `limit` characters ([`SAFE_LENGTH`] or [`ROOMY_LENGTH`]).
pub fn fits(link: &str, limit: usize) -> bool {
    link.len() <= limit
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn field<'a>(link: &'a str, name: &str) -> &'a str {
        let query = link.split_once('?').unwrap().1;
        query.split('&').find_map(|p| p.strip_prefix(name)?.strip_prefix('=')).unwrap()
    }

    #[test]
    fn survives_reserved_characters_and_every_script() {
        let body = "a&b?c#d%e+f=g\nمرحبا بالعالم\n你好，世界\nПривет, мир\n🌍👩🏽‍💻\n\u{200f}RTL\u{200e}\r\nend";
        let l = link("igf@un.org", "Feedback & questions?", body);
        assert!(l.starts_with("mailto:igf@un.org?subject=Feedback%20%26%20questions%3F&body="));
        assert!(!field(&l, "body").contains(['&', '?', '#', '+', '=', ' ', '\n']));
        assert!(field(&l, "body").contains("%0D%0A"));
        assert!(!field(&l, "body").contains("%0D%0D"), "CRLF is not doubled");
        assert_eq!(decode(field(&l, "body")).unwrap(), body.replace("\r\n", "\n").replace('\n', "\r\n"));
        assert_eq!(decode(field(&l, "subject")).unwrap(), "Feedback & questions?");
    }

    #[test]
    fn no_line_break_reaches_the_headers() {
        let l = link("igf@un.org\r\nBcc: x@y.org", "a\r\nBcc: x@y.org\u{85}", "b\nc");
        let (head, body) = l.split_once("&body=").unwrap();
        assert!(!head.contains("%0D") && !head.contains("%0A") && !head.contains("%C2%85"), "{head}");
        assert_eq!(body, "b%0D%0Ac");
    }

    #[test]
    fn long_links_do_not_fit() {
        for limit in [SAFE_LENGTH, ROOMY_LENGTH] {
            assert!(fits(&link("igf@un.org", "s", "short"), limit));
            assert!(!fits(&link("igf@un.org", "s", &"x".repeat(limit)), limit));
        }
        let arabic = link("igf@un.org", "s", &"ع".repeat(400));
        assert!(!fits(&arabic, SAFE_LENGTH), "Arabic costs six characters each");
        assert!(fits(&arabic, ROOMY_LENGTH));
        assert!(!fits(&link("igf@un.org", "s", &"文".repeat(450)), ROOMY_LENGTH), "Chinese nine");
    }

    proptest! {
        #[test]
        fn any_text_round_trips(s in "\\PC{0,80}") {
            prop_assert_eq!(decode(&encode(&s)).unwrap(), s.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n"));
        }

        #[test]
        fn line_breaks_round_trip(lines in proptest::collection::vec("[^\\r\\n]{0,10}", 1..5)) {
            let text = lines.join("\n");
            prop_assert_eq!(decode(&encode(&text)).unwrap().replace("\r\n", "\n"), text);
        }
    }
}
