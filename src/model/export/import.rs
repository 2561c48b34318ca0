//! Reading a JSON export back in, e.g. to move drafts to another device. All or
//! nothing: a file is either wholly valid or changes nothing.

use super::clean::header_text;
use super::package::{FORMAT, PACKAGE_SCHEMA};
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::i18n::{I18n, Key};
use crate::model::json::{Json, JsonError};
use crate::model::profile::Profile;
use crate::model::store::Draft;

/// Files above this size are refused before they are read.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file has no content at all.
    Empty,
    /// Over [`MAX_BYTES`]; the size in bytes.
    TooLarge(u64),
    /// Not JSON, or nested too deeply to be one of ours.
    NotJson(JsonError),
    /// JSON, but not this app's export format.
    NotAnExport,
    /// A newer schema than this version knows.
    Newer(i64),
    /// This field is missing or wrong, e.g. `comments[2].kind`.
    Field(String),
    /// Two drafts in the file share this id.
    DuplicateId(String),
}

impl ImportError {
    pub fn message(&self, i18n: &I18n) -> String {
        match self {
            ImportError::Empty => i18n.t(Key::ImportEmpty).to_owned(),
            ImportError::TooLarge(bytes) => {
                let tenths = bytes * 10 / (1024 * 1024);
                i18n.tf(Key::ImportTooLarge, &[("size", &format!("{}.{}", tenths / 10, tenths % 10))])
            }
            ImportError::NotJson(e) => i18n.tf(Key::ImportNotJson, &[("error", &e.to_string())]),
            ImportError::NotAnExport => i18n.t(Key::ImportNotExport).to_owned(),
            ImportError::Newer(n) => {
                i18n.tf(Key::ImportNewer, &[("n", &n.to_string()), ("known", &PACKAGE_SCHEMA.to_string())])
            }
            ImportError::Field(f) => i18n.tf(Key::ImportField, &[("field", f)]),
            ImportError::DuplicateId(id) => i18n.tf(Key::ImportDuplicate, &[("id", id)]),
        }
    }
}

/// What a valid file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub drafts: Vec<Draft>,
    /// The sender's details, if the file has any.
    pub sender: Option<Profile>,
}

pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    match bytes {
        0 => Err(ImportError::Empty),
        b if b > MAX_BYTES => Err(ImportError::TooLarge(b)),
        _ => Ok(()),
    }
}

pub fn read(text: &str) -> Result<Imported, ImportError> {
    check_size(text.len() as u64)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let v = Json::parse(text).map_err(ImportError::NotJson)?;
    if v.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    match v.get("schema").and_then(Json::as_i64) {
        Some(PACKAGE_SCHEMA) => {}
        Some(n) if n > PACKAGE_SCHEMA => return Err(ImportError::Newer(n)),
        _ => return Err(ImportError::Field("schema".into())),
    }
    let list = |key: &str| v.get(key).and_then(Json::as_array).ok_or_else(|| ImportError::Field(key.into()));
    let mut drafts = Vec::new();
    for (i, c) in list("comments")?.iter().enumerate() {
        drafts
            .push(Draft::Comment(Comment::from_json(c).map_err(|f| ImportError::Field(format!("comments[{i}].{f}")))?));
    }
    for (i, c) in list("commitments")?.iter().enumerate() {
        drafts.push(Draft::Commitment(
            Commitment::from_json(c).map_err(|f| ImportError::Field(format!("commitments[{i}].{f}")))?,
        ));
    }
    let mut ids = std::collections::BTreeSet::new();
    if let Some(id) = drafts.iter().map(Draft::id).find(|id| !ids.insert(*id)) {
        return Err(ImportError::DuplicateId(id.to_owned()));
    }
    let sender = match v.get("sender") {
        None | Some(Json::Null) => None,
        Some(s) => Some(one_line_profile(Profile::from_json(s).ok_or_else(|| ImportError::Field("sender".into()))?)),
    };
    Ok(Imported { drafts, sender })
}

/// The sender's details as one-line fields: what the form could have typed. A
/// file could hold line breaks, controls or bidi overrides there, which would
/// otherwise travel into a subject line.
fn one_line_profile(p: Profile) -> Profile {
    Profile {
        name: header_text(&p.name),
        email: header_text(&p.email),
        organisation: header_text(&p.organisation),
        country: header_text(&p.country),
        ..p
    }
}

/// What to do with a draft whose id is already on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Whichever was changed last stays: what the person wrote most recently
    /// is never lost without their saying so.
    KeepNewer,
    /// The file's version replaces the one here, even where it is older.
    Replace,
    /// Both are kept; the file's gets a new id.
    KeepBoth,
    /// The one here stays; the file's is left out.
    Skip,
}

/// A draft that is both in the file and here, with when each was last changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub id: String,
    pub here: i64,
    pub file: i64,
}

impl Clash {
    pub fn file_is_newer(&self) -> bool {
        self.file > self.here
    }
}

/// The drafts of the file whose ids are here too; `existing` holds each draft
/// here as (id, last changed).
pub fn clashes(imported: &[Draft], existing: &[(String, i64)]) -> Vec<Clash> {
    imported
        .iter()
        .filter_map(|d| {
            let (_, here) = existing.iter().find(|(id, _)| id == d.id())?;
            Some(Clash { id: d.id().to_owned(), here: *here, file: d.updated() })
        })
        .collect()
}

/// The drafts to write, given the drafts here as (id, last changed). `new_id`
/// makes fresh ids.
pub fn resolve(
    imported: Vec<Draft>,
    existing: &[(String, i64)],
    choice: OnConflict,
    mut new_id: impl FnMut() -> String,
) -> Vec<Draft> {
    imported
        .into_iter()
        .filter_map(|d| {
            let Some((_, here)) = existing.iter().find(|(id, _)| id == d.id()) else { return Some(d) };
            match choice {
                OnConflict::KeepNewer => (d.updated() > *here).then_some(d),
                OnConflict::Replace => Some(d),
                OnConflict::Skip => None,
                OnConflict::KeepBoth => Some(match d {
                    Draft::Comment(c) => Draft::Comment(Comment { id: new_id(), ..c }),
                    Draft::Commitment(c) => Draft::Commitment(Commitment { id: new_id(), ..c }),
                }),
            }
        })
        .collect()
}
