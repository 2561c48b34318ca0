//! Reading a JSON export back in, e.g. to move drafts to another device. All or
//! nothing: a file is either wholly valid or changes nothing.

use super::clean::header_text;
use super::eml;
use super::package::{FORMAT, PACKAGE_SCHEMA};
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::i18n::{I18n, Key};
use crate::model::json::{Json, JsonError};
use crate::model::profile::Profile;
use crate::model::sort::set_of;
use crate::model::store::Draft;
use std::collections::BTreeSet;

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
    /// An email file with no export of this app attached.
    EmailWithoutDrafts,
    /// Neither JSON nor an email: some other file, most often picked by
    /// mistake, which the parser's detail would not help anyone with.
    NotOurs,
}

impl ImportError {
    pub fn message(&self, i18n: &I18n) -> String {
        match self {
            ImportError::Empty => i18n.t(Key::ImportEmpty).to_owned(),
            ImportError::TooLarge(bytes) => {
                let tenths = bytes * 10 / (1024 * 1024);
                let size = format!("{}{}{}", tenths / 10, i18n.lang.decimal_separator(), tenths % 10);
                i18n.tf(Key::ImportTooLarge, &[("size", &size)])
            }
            // The parser's detail is in English and helps no one choose another file.
            ImportError::NotJson(_) => i18n.t(Key::ImportNotJson).to_owned(),
            ImportError::NotAnExport => i18n.t(Key::ImportNotExport).to_owned(),
            ImportError::Newer(n) => {
                i18n.tf(Key::ImportNewer, &[("n", &n.to_string()), ("known", &PACKAGE_SCHEMA.to_string())])
            }
            ImportError::Field(f) => i18n.tf(Key::ImportField, &[("field", f)]),
            ImportError::DuplicateId(id) => i18n.tf(Key::ImportDuplicate, &[("id", id)]),
            ImportError::EmailWithoutDrafts => i18n.t(Key::ImportEmailNoDrafts).to_owned(),
            ImportError::NotOurs => i18n.t(Key::ImportNotOurs).to_owned(),
        }
    }
}

/// What a valid file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub drafts: Vec<Draft>,
    /// The sender's details, if the file has any typed in.
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
    let mut reading = Reading::start(text)?;
    while !reading.step(usize::MAX)? {}
    reading.finish()
}

/// A valid file's drafts being read a piece at a time, so that a file of
/// thousands never holds the page for long: [`Reading::start`] checks the
/// whole file is one of ours, each [`Reading::step`] reads some drafts, and
/// [`Reading::finish`] checks what only all of them can show.
pub struct Reading {
    json: Json,
    comments: usize,
    commitments: usize,
    drafts: Vec<Draft>,
}

impl Reading {
    pub fn start(text: &str) -> Result<Reading, ImportError> {
        check_size(text.len() as u64)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        // People keep the email file the app saved for them as often as the
        // JSON file, and it carries the same export.
        let attached;
        let text = if eml::is_email(text) {
            attached = eml::attachment(text).ok_or(ImportError::EmailWithoutDrafts)?;
            attached.strip_prefix('\u{feff}').unwrap_or(&attached)
        } else {
            text
        };
        let json = Json::parse(text).map_err(|e| match text.trim_start().as_bytes().first() {
            Some(b'{' | b'[') => ImportError::NotJson(e),
            _ => ImportError::NotOurs,
        })?;
        if json.get("format").and_then(Json::as_str) != Some(FORMAT) {
            return Err(ImportError::NotAnExport);
        }
        match json.get("schema").and_then(Json::as_i64) {
            Some(PACKAGE_SCHEMA) => {}
            Some(n) if n > PACKAGE_SCHEMA => return Err(ImportError::Newer(n)),
            _ => return Err(ImportError::Field("schema".into())),
        }
        let (comments, commitments) = (list(&json, "comments")?.len(), list(&json, "commitments")?.len());
        Ok(Reading { json, comments, commitments, drafts: Vec::with_capacity(comments + commitments) })
    }

    /// How many drafts the file holds.
    pub fn total(&self) -> usize {
        self.comments + self.commitments
    }

    /// How many have been read.
    pub fn done(&self) -> usize {
        self.drafts.len()
    }

    /// Reads up to `n` more drafts; `true` once all are read.
    pub fn step(&mut self, n: usize) -> Result<bool, ImportError> {
        let end = self.done().saturating_add(n).min(self.total());
        while self.done() < end {
            let i = self.done();
            let draft = if i < self.comments {
                let c = &list(&self.json, "comments")?[i];
                Draft::Comment(Comment::from_json(c).map_err(|f| ImportError::Field(format!("comments[{i}].{f}")))?)
            } else {
                let k = i - self.comments;
                let c = &list(&self.json, "commitments")?[k];
                let commitment = Commitment::from_json(c);
                Draft::Commitment(commitment.map_err(|f| ImportError::Field(format!("commitments[{k}].{f}")))?)
            };
            self.drafts.push(draft);
        }
        Ok(self.done() == self.total())
    }

    pub fn finish(self) -> Result<Imported, ImportError> {
        let mut ids = BTreeSet::new();
        if let Some(id) = self.drafts.iter().map(Draft::id).find(|id| !ids.insert(*id)) {
            return Err(ImportError::DuplicateId(id.to_owned()));
        }
        let sender = match self.json.get("sender") {
            None | Some(Json::Null) => None,
            Some(s) => {
                Some(one_line_profile(Profile::from_json(s).ok_or_else(|| ImportError::Field("sender".into()))?))
                    .filter(Profile::has_text)
            }
        };
        Ok(Imported { drafts: self.drafts, sender })
    }
}

fn list<'a>(json: &'a Json, key: &str) -> Result<&'a [Json], ImportError> {
    json.get(key).and_then(Json::as_array).ok_or_else(|| ImportError::Field(key.into()))
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
    /// Where the draft is among the file's, so that it is named without a search.
    pub at: usize,
    pub here: i64,
    pub file: i64,
}

impl Clash {
    pub fn file_is_newer(&self) -> bool {
        self.file > self.here
    }

    /// The copy here was changed after the file's: replacing it puts older
    /// text back. Two copies changed at the same moment are the same copy.
    pub fn here_is_newer(&self) -> bool {
        self.here > self.file
    }
}

/// A draft on this device, as an import compares the file's with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Here {
    pub id: String,
    /// When it last changed, in milliseconds since 1970.
    pub updated: i64,
    pub commitment: bool,
}

/// The draft here with this id. The set answers first, as thousands of
/// drafts on each side would make a scan for each one slow.
fn find<'a>(here: &'a [Here], ids: &BTreeSet<&str>, id: &str) -> Option<&'a Here> {
    ids.contains(id).then(|| here.iter().find(|h| h.id == id)).flatten()
}

/// Whether the file's draft and the one here are of one kind: a comment and a
/// commitment that share an id are two drafts, not two copies of one.
fn same_kind(d: &Draft, h: &Here) -> bool {
    matches!(d, Draft::Commitment(_)) == h.commitment
}

/// The drafts of the file that are here too.
pub fn clashes(imported: &[Draft], here: &[Here]) -> Vec<Clash> {
    let ids = set_of(here.iter().map(|h| h.id.as_str()));
    imported
        .iter()
        .enumerate()
        .filter_map(|(at, d)| {
            let h = find(here, &ids, d.id()).filter(|h| same_kind(d, h))?;
            Some(Clash { id: d.id().to_owned(), at, here: h.updated, file: d.updated() })
        })
        .collect()
}

/// The drafts to write, given the drafts here. `new_id` makes fresh ids.
pub fn resolve(
    imported: Vec<Draft>,
    here: &[Here],
    choice: OnConflict,
    mut new_id: impl FnMut() -> String,
) -> Vec<Draft> {
    let ids = set_of(here.iter().map(|h| h.id.as_str()));
    let mut renamed = |d: Draft| match d {
        Draft::Comment(c) => Draft::Comment(Comment { id: new_id(), ..c }),
        Draft::Commitment(c) => Draft::Commitment(Commitment { id: new_id(), ..c }),
    };
    imported
        .into_iter()
        .filter_map(|d| {
            let Some(h) = find(here, &ids, d.id()) else { return Some(d) };
            // The other kind under the same id: both are kept, since one
            // storage key holds one draft, and writing this one over it lost
            // it; unless the person chose to leave out every id here.
            if !same_kind(&d, h) {
                return (choice != OnConflict::Skip).then(|| renamed(d));
            }
            match choice {
                OnConflict::KeepNewer => (d.updated() > h.updated).then_some(d),
                OnConflict::Replace => Some(d),
                OnConflict::Skip => None,
                OnConflict::KeepBoth => Some(renamed(d)),
            }
        })
        .collect()
}
