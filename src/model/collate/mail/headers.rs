//! RFC 5322 header fields: folded lines, names in any case, and the
//! `type/subtype; key=value` form of the MIME headers.

use super::text::line_spans;

/// Header fields in their order, names as written, folded values unfolded but
/// not decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers(pub Vec<(String, String)>);

impl Headers {
    /// The first field of that name, in any case.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Splits a message into its header fields and its body. A text that does not
/// start with a header field has no headers and is all body. A line that is
/// neither a field nor a continuation ends the headers, so text pasted without
/// the blank line still keeps its body. An mbox `From ` line at the top is skipped.
pub fn split(raw: &[u8]) -> (Headers, &[u8]) {
    let mut fields: Vec<(String, String)> = Vec::new();
    for (start, line, next) in line_spans(raw) {
        if start == 0 && line.starts_with(b"From ") {
            continue;
        }
        if line.is_empty() {
            return (Headers(fields), &raw[next..]);
        }
        match fields.last_mut() {
            Some((_, value)) if matches!(line[0], b' ' | b'\t') => value.push_str(&String::from_utf8_lossy(line)),
            _ => match field(line) {
                Some(f) => fields.push(f),
                None => return (Headers(fields), &raw[start..]),
            },
        }
    }
    (Headers(fields), &raw[raw.len()..])
}

/// Whether the line starts like a header field, `Name: value`.
pub fn is_field(line: &[u8]) -> bool {
    field(line).is_some()
}

fn field(line: &[u8]) -> Option<(String, String)> {
    let colon = line.iter().position(|&b| b == b':')?;
    let name = &line[..colon];
    if name.is_empty() || !name.iter().all(|&b| b.is_ascii_graphic()) {
        return None;
    }
    let value = String::from_utf8_lossy(&line[colon + 1..]);
    Some((String::from_utf8_lossy(name).into_owned(), value.trim_start().to_owned()))
}

/// A MIME header value such as `text/plain; charset="utf-8"; format=flowed`:
/// the lowercased first part and the parameters, keys lowercased, quotes
/// removed. RFC 2231 `key*=utf-8''…` values are percent-decoded.
pub fn params(value: &str) -> (String, Vec<(String, String)>) {
    let mut parts = split_semicolons(value).into_iter();
    let main = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    let mut pairs = Vec::new();
    for part in parts {
        let Some((key, value)) = part.split_once('=') else { continue };
        let key = key.trim().to_ascii_lowercase();
        let value = unquote(value.trim());
        match key.strip_suffix('*') {
            Some(key) => pairs.push((key.to_owned(), extended(&value))),
            None => pairs.push((key, value)),
        }
    }
    (main, pairs)
}

/// The value of parameter `key` in a list from [`params`].
pub fn param<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

fn split_semicolons(s: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let (mut quoted, mut escaped) = (false, false);
    for c in s.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts
}

fn unquote(s: &str) -> String {
    match s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
        None => s.to_owned(),
    }
}

fn extended(value: &str) -> String {
    let mut pieces = value.splitn(3, '\'');
    let (label, _lang, text) = match (pieces.next(), pieces.next(), pieces.next()) {
        (Some(l), Some(g), Some(t)) => (l, g, t),
        _ => ("", "", value),
    };
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        let hex = tail.get(..2).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (b, hex) {
            (b'%', Some(h)) => {
                bytes.push(h);
                rest = &tail[2..];
            }
            _ => {
                bytes.push(b);
                rest = tail;
            }
        }
    }
    super::charset::decode(&bytes, label).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_fields_any_case_and_the_body() {
        let raw = b"From x@y Mon Jan 1\r\nsUbJeCt: one\r\n  two\r\nTo: a@b\r\n\r\nBody\r\n";
        let (h, body) = split(raw);
        assert_eq!(h.get("Subject"), Some("one  two"));
        assert_eq!(h.get("to"), Some("a@b"));
        assert_eq!(body, b"Body\r\n");
    }

    #[test]
    fn text_without_headers_is_all_body() {
        let (h, body) = split(b"Dear IGF Secretariat,\nHello");
        assert!(h.is_empty());
        assert_eq!(body, b"Dear IGF Secretariat,\nHello");
        let (h, body) = split(b"Subject: s\nno blank line here\n");
        assert_eq!(h.get("subject"), Some("s"));
        assert_eq!(body, b"no blank line here\n");
    }

    #[test]
    fn mime_parameters() {
        let (main, p) = params("Text/Plain; charset=\"UTF-8\"; format=flowed; DelSp=Yes; name*=utf-8''caf%C3%A9.json");
        assert_eq!(main, "text/plain");
        assert_eq!(param(&p, "charset"), Some("UTF-8"));
        assert_eq!(param(&p, "delsp"), Some("Yes"));
        assert_eq!(param(&p, "name"), Some("café.json"));
        let (_, p) = params("multipart/mixed; boundary=\"a;b\\\"c\"");
        assert_eq!(param(&p, "boundary"), Some("a;b\"c"));
    }
}
