//! The files the reader's build leaves out (CSV and Markdown: `ui::later`),
//! and the package it hands the whole app to write them: one JSON text, each
//! draft as storage writes it, with where moved messages are now as the
//! reader worked it out, so the file is the one the whole app would write.

use super::files::{csv_file, markdown_file, FileOut};
use super::package::Package;
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::date::Date;
use crate::model::document::{AnchorKey, Library, MessageId, Revision};
use crate::model::i18n::I18n;
use crate::model::json::{self, obj, Json};
use crate::model::profile::Profile;
use crate::model::versions::Located;

/// A file only the whole app writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaterFile {
    Csv,
    Markdown,
}

impl LaterFile {
    /// Its name between the two wasms.
    pub fn code(self) -> &'static str {
        match self {
            LaterFile::Csv => "csv",
            LaterFile::Markdown => "md",
        }
    }

    pub fn from_code(code: &str) -> Option<LaterFile> {
        [LaterFile::Csv, LaterFile::Markdown].into_iter().find(|f| f.code() == code)
    }

    pub fn mime(self) -> &'static str {
        match self {
            LaterFile::Csv => "text/csv",
            LaterFile::Markdown => "text/markdown",
        }
    }

    /// The file; `date` writes a day in the interface language.
    pub fn write(self, p: &Package, library: &Library, i18n: &I18n, date: &dyn Fn(Date) -> String) -> FileOut {
        match self {
            LaterFile::Csv => csv_file(p, library),
            LaterFile::Markdown => markdown_file(p, i18n, date),
        }
    }
}

/// `p` as one text for the whole app, which [`handed`] reads.
pub fn hand(p: &Package) -> String {
    let located = p.located.iter().map(|(key, l)| {
        let now = l.message.map_or(Json::Null, |m| json::str(&m.to_string()));
        let (id, version) = (key.message_id.to_string(), l.version.label());
        Json::Arr(vec![json::str(&id), json::str(&key.version), json::str(&key.fingerprint), now, json::str(&version)])
    });
    obj([
        ("comments", Json::Arr(p.comments.iter().map(Comment::to_json).collect())),
        ("commitments", Json::Arr(p.commitments.iter().map(Commitment::to_json).collect())),
        ("sender", p.sender.to_json()),
        // As typed: storage keeps it trimmed, and the file is written from this.
        ("email", json::str(&p.sender.email)),
        ("recipient", json::str(&p.recipient)),
        ("located", Json::Arr(located.collect())),
    ])
    .to_text()
}

/// The package in a text [`hand`] wrote, as storage would read its drafts
/// back; the files written from it are the same. Anything else is refused
/// whole, with the reason: only a fault in the app could produce it.
pub fn handed(text: &str) -> Result<Package, String> {
    let all = Json::parse(text).map_err(|e| e.to_string())?;
    let list = |key: &str| all.get(key).and_then(Json::as_array).ok_or_else(|| format!("no {key}"));
    let text_of =
        |v: Option<&Json>, what: &str| v.and_then(Json::as_str).map(str::to_owned).ok_or(format!("no {what}"));
    let comments = list("comments")?.iter().map(Comment::from_json).collect::<Result<_, _>>()?;
    let commitments = list("commitments")?.iter().map(Commitment::from_json).collect::<Result<_, _>>()?;
    let mut sender = all.get("sender").and_then(Profile::from_json).ok_or("no sender")?;
    sender.email = text_of(all.get("email"), "email")?;
    let recipient = text_of(all.get("recipient"), "recipient")?;
    let located = list("located")?.iter().map(located).collect::<Option<_>>().ok_or("a place unread")?;
    Ok(Package { comments, commitments, sender, recipient, located })
}

fn located(entry: &Json) -> Option<(AnchorKey, Located)> {
    let [id, version, fingerprint, now, then] = entry.as_array()? else { return None };
    let key = AnchorKey {
        message_id: MessageId::parse(id.as_str()?)?,
        version: version.as_str()?.to_owned(),
        fingerprint: fingerprint.as_str()?.to_owned(),
    };
    let message = match now {
        Json::Null => None,
        id => Some(MessageId::parse(id.as_str()?)?),
    };
    Some((key, Located { message, version: Revision::parse(then.as_str()?)? }))
}
