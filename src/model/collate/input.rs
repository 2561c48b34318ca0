//! The Secretariat's inputs: `.eml`, `.mbox`, `.txt` (a saved or pasted email,
//! or just its body) and `.json` (the app's own export), each to packages.

use super::body::read_text;
use super::found::{read_json, Found};
use super::mail::headers::{self, Headers};
use super::mail::mime::{self, DecodeError, Part};
use super::mail::{charset, date, encoded_word, html, mbox, text};
use super::unreadable::{Unreadable, UnreadableReason};
use crate::model::export::{email, Package};

/// Files above this size are refused before they are read. A mailbox of
/// 10,000 emails from the app (each with its text and its JSON attachment)
/// is about 120 MB.
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;

/// A package as it arrived, before collation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// The file name as given.
    pub file: String,
    /// Which message in the file, from 0 (always 0 outside a mailbox).
    pub index_in_file: usize,
    pub package: Package,
    /// The receipt written with the data, if any.
    pub stated_receipt: Option<String>,
    /// When the person exported it (ms since 1970), if the data says.
    pub exported_at: Option<i64>,
    pub source: Source,
    /// The email's subject, decoded; `None` for a JSON file or a bare body.
    pub subject: Option<String>,
}

/// Where in the input the package was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A `.json` file: the app's export.
    JsonFile,
    /// A JSON attachment of an email, with its file name.
    Attachment(Option<String>),
    /// The text of an email.
    Body,
}

/// What kind of file the input is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Json,
    Mbox,
    Eml,
    Text,
}

/// The kind of input: by its extension when it has a known one, else by its
/// content (JSON opens with `{`, a mailbox with a `From ` line).
pub fn kind(file_name: &str, bytes: &[u8]) -> InputKind {
    let extension = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "json" => InputKind::Json,
        "mbox" | "mbx" => InputKind::Mbox,
        "eml" => InputKind::Eml,
        _ if text::strip_bom(bytes).iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => InputKind::Json,
        _ if mbox::looks_like_mbox(bytes) => InputKind::Mbox,
        _ => InputKind::Text,
    }
}

/// How a file is read, decided from its name and its first bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// The whole file is unreadable, for this reason.
    Refuse(UnreadableReason),
    /// The app's JSON export.
    Json,
    /// A mailbox: one email after another.
    Mbox,
    /// One email or text; `strict` for `.eml`, which must look like an email.
    Single { strict: bool },
}

/// How to read a file of `raw_len` bytes whose text (see [`utf16_to_utf8`],
/// without a byte-order mark) is `text`.
pub fn plan(file_name: &str, raw_len: usize, text: &[u8]) -> Plan {
    if raw_len > MAX_FILE_BYTES {
        return Plan::Refuse(UnreadableReason::TooLarge { bytes: raw_len as u64, limit: MAX_FILE_BYTES as u64 });
    }
    if text.iter().all(u8::is_ascii_whitespace) {
        return Plan::Refuse(UnreadableReason::Empty);
    }
    if is_binary(text) {
        return Plan::Refuse(UnreadableReason::Binary);
    }
    match kind(file_name, text) {
        InputKind::Json => Plan::Json,
        InputKind::Mbox => Plan::Mbox,
        kind => Plan::Single { strict: kind == InputKind::Eml },
    }
}

/// Reads one input file into packages. A mailbox gives one result per email
/// (more if an email carries several different packages); every other file
/// gives one. One bad email never stops the others.
pub fn read_input(file_name: &str, bytes: &[u8]) -> Vec<Result<Received, Unreadable>> {
    let converted = if bytes.len() > MAX_FILE_BYTES { None } else { utf16_to_utf8(bytes) };
    let text = text::strip_bom(converted.as_deref().unwrap_or(bytes));
    match plan(file_name, bytes.len(), text) {
        Plan::Refuse(reason) => vec![Err(Unreadable { file: file_name.to_owned(), index_in_file: 0, reason })],
        Plan::Json => vec![read_json_file(file_name, text)],
        Plan::Single { strict } => read_email(file_name, 0, text, strict),
        Plan::Mbox => {
            let mut cursor = mbox::Cursor::default();
            let mut out = Vec::new();
            let mut index = 0;
            while let Some(message) = cursor.next_message(text) {
                out.extend(read_email(file_name, index, &message, true));
                index += 1;
            }
            out
        }
    }
}

/// Reads a file the plan says is JSON.
pub fn read_json_file(file_name: &str, text: &[u8]) -> Result<Received, Unreadable> {
    read_json(&charset::utf8_or_latin(text))
        .map(|f| received(file_name, 0, (f, Source::JsonFile, None)))
        .map_err(|reason| Unreadable { file: file_name.to_owned(), index_in_file: 0, reason })
}

/// Reads one email (or text), the `index`th of its file.
pub fn read_email(file_name: &str, index: usize, raw: &[u8], strict: bool) -> Vec<Result<Received, Unreadable>> {
    read_message(raw, strict)
        .into_iter()
        .map(|result| {
            result.map(|f| received(file_name, index, f)).map_err(|reason| Unreadable {
                file: file_name.to_owned(),
                index_in_file: index,
                reason,
            })
        })
        .collect()
}

fn received(file: &str, index_in_file: usize, (found, source, subject): (Found, Source, Option<String>)) -> Received {
    Received {
        file: file.to_owned(),
        index_in_file,
        package: found.package,
        stated_receipt: found.stated_receipt,
        exported_at: found.exported_at,
        source,
        subject,
    }
}

/// What signature bytes say is not text, or text with NUL bytes in it.
fn is_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 9] = [
        b"%PDF",
        b"PK\x03\x04",
        b"\x89PNG",
        b"GIF8",
        b"\xff\xd8\xff",
        b"\xd0\xcf\x11\xe0",
        b"\x1f\x8b",
        b"Rar!",
        b"7z\xbc\xaf",
    ];
    SIGNATURES.iter().any(|s| bytes.starts_with(s)) || bytes[..bytes.len().min(8192)].contains(&0)
}

/// A text saved as UTF-16 (with its byte-order mark, as Windows writes it),
/// as UTF-8; `None` for any other text.
pub fn utf16_to_utf8(bytes: &[u8]) -> Option<Vec<u8>> {
    let little = match bytes.get(..2)? {
        [0xff, 0xfe] => true,
        [0xfe, 0xff] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|p| {
        if little {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    Some(char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect::<String>().into_bytes())
}

type Reading = (Found, Source, Option<String>);

/// Reads one email (or text): its JSON attachments first, since they carry
/// the data untouched; else its text, plain before HTML. `strict` inputs
/// (`.eml`, `.mbox`) that show no sign of being an email are reported as such.
fn read_message(raw: &[u8], strict: bool) -> Vec<Result<Reading, UnreadableReason>> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return vec![Err(UnreadableReason::Empty)];
    }
    let (headers, body) = match headers::split(raw) {
        // Pasted data lines look like header fields, but they are the body.
        (h, _) if h.get(email::FORMAT).is_some() => (Headers::default(), raw),
        split => split,
    };
    let subject = headers.get("subject").map(|s| encoded_word::decode(s).trim().to_owned());
    let parts = parts(&headers, body);
    let mut error = UnreadableReason::NoIgfData;
    let mut found: Vec<Reading> = Vec::new();
    for part in parts.iter().filter(|p| p.is_json()) {
        match part.text().map_err(|e| decode_reason(&e)).and_then(|t| read_json(&t)) {
            Ok(f) if !found.iter().any(|(g, _, _)| same(g, &f)) => {
                found.push((f, Source::Attachment(part.filename.clone()), subject.clone()))
            }
            Ok(_) => {}
            Err(e) => error = error.most_telling(e),
        }
    }
    if !found.is_empty() {
        return found.into_iter().map(Ok).collect();
    }
    match read_bodies(&parts) {
        Ok(mut f) => {
            // The email text carries no times; the email says when it was sent.
            f.exported_at = f.exported_at.or_else(|| headers.get("date").and_then(date::parse));
            return vec![Ok((f, Source::Body, subject))];
        }
        Err(e) => error = error.most_telling(e),
    }
    if strict && headers.is_empty() && error == UnreadableReason::NoIgfData {
        error = UnreadableReason::NotAnEmail;
    }
    vec![Err(error)]
}

fn same(a: &Found, b: &Found) -> bool {
    a.stated_receipt == b.stated_receipt && a.package == b.package
}

/// The text parts of a MIME email, or the body of one without MIME headers.
fn parts<'a>(headers: &Headers, body: &'a [u8]) -> Vec<Part<'a>> {
    if headers.get("content-type").is_some() || headers.get("content-transfer-encoding").is_some() {
        return mime::text_parts(headers, body);
    }
    let plain = Part {
        content_type: "text/plain".into(),
        params: Vec::new(),
        encoding: String::new(),
        attachment: false,
        filename: None,
        body,
    };
    vec![plain]
}

/// The first text that holds a package: plain text parts, then HTML ones.
fn read_bodies(parts: &[Part]) -> Result<Found, UnreadableReason> {
    let mut error = UnreadableReason::NoIgfData;
    let plain = parts.iter().filter(|p| !p.is_json() && p.content_type != "text/html");
    let html = parts.iter().filter(|p| p.content_type == "text/html");
    for part in plain.chain(html) {
        let text = match part.text() {
            Ok(t) if part.content_type == "text/html" => html::to_text(&t),
            Ok(t) => t,
            Err(e) => {
                error = error.most_telling(decode_reason(&e));
                continue;
            }
        };
        match read_text(&text) {
            Ok(f) => return Ok(f),
            Err(e) => error = error.most_telling(e),
        }
    }
    Err(error)
}

fn decode_reason(e: &DecodeError) -> UnreadableReason {
    match e {
        DecodeError::Charset(c) => UnreadableReason::UnsupportedCharset(c.clone()),
        DecodeError::TransferEncoding(t) => UnreadableReason::UnsupportedEncoding(t.clone()),
        DecodeError::Truncated => UnreadableReason::Truncated,
    }
}
