//! MIME (RFC 2045–2046): multipart bodies, nested to any sensible depth, and
//! the transfer encoding and charset of each part.

use super::headers::{param, params, split, Headers};
use super::text::{line_spans, normalize};
use super::{charset, flowed, quoted_printable};
use crate::model::export::base64;

/// Deeper nesting than this is hostile, not mail.
const MAX_DEPTH: usize = 16;

/// A part that holds text: the body in plain text or HTML, or a JSON
/// attachment. It is decoded only when asked, since a reader that finds the
/// data in the attachment never needs the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'a> {
    /// `text/plain`, `text/html`, `application/json`… lowercased.
    pub content_type: String,
    /// The `Content-Type` parameters: `charset`, `format`, `delsp`…
    pub params: Vec<(String, String)>,
    /// The `Content-Transfer-Encoding`, lowercased.
    pub encoding: String,
    /// Sent as an attachment (by disposition or because it has a file name).
    pub attachment: bool,
    pub filename: Option<String>,
    /// The bytes as they are in the message.
    pub body: &'a [u8],
}

impl Part<'_> {
    pub fn is_json(&self) -> bool {
        self.content_type == "application/json"
            || self.filename.as_deref().is_some_and(|f| f.to_ascii_lowercase().ends_with(".json"))
    }

    /// The decoded text: LF line ends, no byte-order mark, flowed text rejoined.
    pub fn text(&self) -> Result<String, DecodeError> {
        decode(&self.encoding, self.body, &self.params)
    }
}

/// Why a part's bytes do not become text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A `charset` this reader does not know, with non-ASCII bytes in the part.
    Charset(String),
    /// A `Content-Transfer-Encoding` other than 7bit, 8bit, binary,
    /// quoted-printable or base64.
    TransferEncoding(String),
    /// Base64 that stops inside a character: the message was cut off.
    Truncated,
}

/// Every part of the message that holds text, in order, leaves of multiparts
/// and of attached messages included. Images and other binary parts are skipped.
pub fn text_parts<'a>(headers: &Headers, body: &'a [u8]) -> Vec<Part<'a>> {
    let mut parts = Vec::new();
    collect(headers, body, 0, &mut parts);
    parts
}

fn collect<'a>(headers: &Headers, body: &'a [u8], depth: usize, out: &mut Vec<Part<'a>>) {
    let (content_type, type_params) = params(headers.get("content-type").unwrap_or("text/plain"));
    let content_type = if content_type.is_empty() { "text/plain".to_owned() } else { content_type };
    if depth < MAX_DEPTH {
        if let Some(boundary) =
            content_type.starts_with("multipart/").then(|| param(&type_params, "boundary")).flatten()
        {
            for part in split_multipart(body, boundary) {
                let (h, b) = split(part);
                collect(&h, b, depth + 1, out);
            }
            return;
        }
        if content_type == "message/rfc822" {
            let (h, b) = split(body);
            collect(&h, b, depth + 1, out);
            return;
        }
    }
    let (disposition, disposition_params) = params(headers.get("content-disposition").unwrap_or(""));
    let filename = param(&disposition_params, "filename").or_else(|| param(&type_params, "name")).map(str::to_owned);
    let part = Part {
        content_type,
        params: type_params,
        encoding: headers.get("content-transfer-encoding").unwrap_or("").trim().to_ascii_lowercase(),
        attachment: disposition == "attachment" || filename.is_some(),
        filename,
        body,
    };
    if part.content_type.starts_with("text/") || part.is_json() || part.content_type.starts_with("multipart/") {
        out.push(part);
    }
}

fn decode(encoding: &str, body: &[u8], type_params: &[(String, String)]) -> Result<String, DecodeError> {
    let bytes = match encoding {
        "" | "7bit" | "8bit" | "binary" => body.to_vec(),
        "quoted-printable" => quoted_printable::decode(body),
        "base64" => base64::decode(&String::from_utf8_lossy(body)).ok_or(DecodeError::Truncated)?,
        other => return Err(DecodeError::TransferEncoding(other.to_owned())),
    };
    let text = match param(type_params, "charset") {
        Some(label) => charset::decode(&bytes, label).map_err(DecodeError::Charset)?,
        None => charset::utf8_or_latin(&bytes),
    };
    let text = normalize(&text);
    Ok(match param(type_params, "format") {
        Some(f) if f.eq_ignore_ascii_case("flowed") => {
            flowed::unflow(&text, param(type_params, "delsp").is_some_and(|d| d.eq_ignore_ascii_case("yes")))
        }
        _ => text,
    })
}

/// The bodies of a multipart's parts. A missing closing boundary (a cut-off
/// message) ends the last part at the end of the text.
pub fn split_multipart<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let open = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    for (line_start, line, next) in line_spans(body) {
        let line = trim_end(line);
        let Some(rest) = line.strip_prefix(open.as_bytes()) else { continue };
        let closing = rest == b"--";
        if !(rest.is_empty() || closing) {
            continue;
        }
        if let Some(s) = start {
            parts.push(&body[s..line_break_before(body, line_start).max(s)]);
        }
        if closing {
            return parts;
        }
        start = Some(next);
    }
    parts.extend(start.map(|s| &body[s.min(body.len())..]));
    parts
}

/// The line break before a boundary belongs to the boundary (RFC 2046 §5.1.1).
fn line_break_before(body: &[u8], line_start: usize) -> usize {
    let mut end = line_start;
    if end > 0 && body[end - 1] == b'\n' {
        end -= 1;
    }
    if end > 0 && body[end - 1] == b'\r' {
        end -= 1;
    }
    end
}

fn trim_end(line: &[u8]) -> &[u8] {
    let end = line.iter().rposition(|b| !matches!(b, b' ' | b'\t')).map_or(0, |i| i + 1);
    &line[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_multiparts_yield_their_text_leaves() {
        let mail = b"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\npreamble\r\n--outer\r\n\
            Content-Type: multipart/alternative; boundary=inner\r\n\r\n--inner\r\n\
            Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
            caf=C3=A9\r\n--inner\r\nContent-Type: text/html\r\n\r\n<p>caf&eacute;</p>\r\n--inner--\r\n--outer\r\n\
            Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--outer\r\n\
            Content-Type: application/octet-stream; name=\"data.json\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
            eyJhIjoxfQ==\r\n--outer--\r\nepilogue";
        let (h, b) = split(mail);
        let parts = text_parts(&h, b);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].text().as_deref(), Ok("café"));
        assert_eq!(parts[1].content_type, "text/html");
        assert!(parts[2].is_json() && parts[2].attachment);
        assert_eq!(parts[2].text().as_deref(), Ok("{\"a\":1}"));
    }

    #[test]
    fn unknown_encodings_and_charsets_are_named() {
        let (h, b) = split(b"Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644");
        assert_eq!(text_parts(&h, b)[0].text(), Err(DecodeError::TransferEncoding("x-uuencode".into())));
        let (h, b) = split(b"Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n\xf0");
        assert_eq!(text_parts(&h, b)[0].text(), Err(DecodeError::Charset("koi8-r".into())));
    }

    #[test]
    fn a_cut_off_multipart_keeps_what_arrived() {
        let parts = split_multipart(b"--b\nContent-Type: text/plain\n\nfirst\n--b\n\nsecond, cut", "b");
        assert_eq!(parts, [&b"Content-Type: text/plain\n\nfirst"[..], b"\nsecond, cut"]);
    }
}
