//! Why an input, or one email in it, gave no package.

use crate::model::export::email::EmailTextError;
use crate::model::export::import::ImportError;
use std::fmt;

/// One input that gave no package. The others in the same file are unaffected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The file name as given.
    pub file: String,
    /// Which message in the file, from 0 (always 0 outside a mailbox).
    pub index_in_file: usize,
    pub reason: UnreadableReason,
}

/// Why an input gave no package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableReason {
    /// The file, or the message, has nothing in it but white space.
    Empty,
    /// Over the size limit, in bytes: the file's, or the data's
    /// ([`crate::model::export::import::MAX_BYTES`]).
    TooLarge { bytes: u64, limit: u64 },
    /// Not text: an image, a PDF, an archive, a word-processor file.
    Binary,
    /// A `.eml` or `.mbox` whose text is neither an email nor holds any data.
    NotAnEmail,
    /// An email or text without the app's data: no data block, no JSON
    /// attachment, or JSON that is not an IGF Messages export.
    NoIgfData,
    /// The data is there but is not valid JSON; the importer's reason.
    JsonInvalid(ImportError),
    /// The app's email text is there but a line of it is not what the app
    /// writes, even with hard wrapping undone: damaged or edited on the way.
    EmailTextDamaged(EmailTextError),
    /// The data stops before its end: the receipt line, the JSON's closing,
    /// or a base64 part is missing. The email was cut off.
    Truncated,
    /// The text is in a character set this reader does not know.
    UnsupportedCharset(String),
    /// A `Content-Transfer-Encoding` this reader does not know (e.g. `x-uuencode`).
    UnsupportedEncoding(String),
    /// The data is IGF Messages JSON with a field the app never writes (the
    /// importer names it) or a repeated id: it was edited after the app wrote it.
    /// An edit that keeps every field valid is read, and flagged "changed" by
    /// the collation because the receipt no longer matches.
    ChangedAfterWriting(ImportError),
    /// The browser could not read the file (it was moved or deleted after
    /// it was chosen, or access to it was withdrawn).
    NotRead,
    /// Written by a newer version of the app (its schema number); update this tool.
    NewerSchema(i64),
}

impl UnreadableReason {
    /// How much the reason says about the data: when several readings of one
    /// email fail, the most telling reason is reported.
    pub fn weight(&self) -> u8 {
        match self {
            UnreadableReason::Empty
            | UnreadableReason::NotAnEmail
            | UnreadableReason::NoIgfData
            | UnreadableReason::NotRead => 0,
            UnreadableReason::Binary => 1,
            UnreadableReason::UnsupportedCharset(_) | UnreadableReason::UnsupportedEncoding(_) => 2,
            UnreadableReason::JsonInvalid(_) | UnreadableReason::EmailTextDamaged(_) => 3,
            UnreadableReason::Truncated => 4,
            UnreadableReason::TooLarge { .. }
            | UnreadableReason::ChangedAfterWriting(_)
            | UnreadableReason::NewerSchema(_) => 5,
        }
    }

    /// The more telling of two reasons; the first when they weigh the same.
    pub fn most_telling(self, other: UnreadableReason) -> UnreadableReason {
        if other.weight() > self.weight() {
            other
        } else {
            self
        }
    }
}

impl fmt::Display for UnreadableReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnreadableReason::Empty => write!(f, "empty"),
            UnreadableReason::TooLarge { bytes, limit } => write!(f, "too large: {bytes} bytes, the limit is {limit}"),
            UnreadableReason::Binary => write!(f, "not a text file"),
            UnreadableReason::NotAnEmail => write!(f, "not an email"),
            UnreadableReason::NoIgfData => write!(f, "no IGF Messages data found"),
            UnreadableReason::JsonInvalid(e) => write!(f, "the data is not valid JSON: {}", import_reason(e)),
            UnreadableReason::EmailTextDamaged(e) => write!(f, "the email text is damaged: {e}"),
            UnreadableReason::Truncated => write!(f, "the data is cut off before its end"),
            UnreadableReason::UnsupportedCharset(c) => write!(f, "unsupported character set {c:?}"),
            UnreadableReason::UnsupportedEncoding(e) => write!(f, "unsupported transfer encoding {e:?}"),
            UnreadableReason::ChangedAfterWriting(e) => {
                write!(f, "the data was changed after the app wrote it: {}", import_reason(e))
            }
            UnreadableReason::NotRead => write!(f, "the browser could not read the file"),
            UnreadableReason::NewerSchema(n) => write!(f, "written by a newer version of the app (schema {n})"),
        }
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (message {}): {}", self.file, self.index_in_file + 1, self.reason)
    }
}

fn import_reason(e: &ImportError) -> String {
    match e {
        ImportError::Empty => "empty".into(),
        ImportError::TooLarge(n) => format!("{n} bytes"),
        ImportError::NotJson(j) => j.to_string(),
        ImportError::NotAnExport => "not an IGF Messages export".into(),
        ImportError::Newer(n) => format!("schema {n}"),
        ImportError::Field(field) => format!("field {field} is missing or wrong"),
        ImportError::DuplicateId(id) => format!("id {id} appears twice"),
        ImportError::EmailWithoutDrafts => "an email with no export attached".into(),
        ImportError::NotOurs => "neither JSON nor an email".into(),
    }
}
