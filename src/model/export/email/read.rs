//! Reads the email's data lines back into a package. Only the app's own lines
//! are accepted, in the order the app writes them; lines before the start line
//! (a greeting, pasted headers) and after the receipt (a signature) are ignored.

use super::label::*;
use super::value::{continuation, unescape_line};
use super::write::question_place;
use crate::model::comment::{valid_id, Comment, CommentKind, CommentTarget};
use crate::model::commitment::{ActionItem, Capacity, Commitment, Link, SDG_COUNT};
use crate::model::document::{Anchor, AnchorKey, MessageId, Revision};
use crate::model::export::package::Package;
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::profile::Profile;
use crate::model::track::Track;
use crate::model::versions::Located;
use std::fmt;

/// Why an email text cannot be read. Line numbers count from 1 over the whole
/// text given, including anything before the start line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailTextError {
    /// No `igf-messages-email:` line: not this app's email, or its data was cut off.
    NoData,
    /// The start line names a version this reader does not know.
    Version { line: usize, version: String },
    /// The text ends before the `receipt:` line; `line` is its last line.
    Truncated { line: usize },
    /// This line is not what the format allows here (an unframed line of text,
    /// a field out of order); `expected` is the last label the reader tried.
    Unexpected { line: usize, expected: &'static str },
    /// The value of `label` on this line cannot be read: an unknown choice, a
    /// malformed place, number or id, or an escape other than `\\` and `\uXXXX`.
    Value { line: usize, label: &'static str },
    /// A draft on this line has the id of one above it.
    DuplicateId { line: usize, id: String },
    /// The receipt on this line is not the one the content gives: the data was
    /// edited or damaged on the way.
    Receipt { line: usize, written: String, computed: String },
}

impl fmt::Display for EmailTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmailTextError::NoData => write!(f, "no \"{FORMAT}:\" line"),
            EmailTextError::Version { line, version } => write!(f, "line {line}: unknown version \"{version}\""),
            EmailTextError::Truncated { line } => write!(f, "line {line}: the text ends before its receipt"),
            EmailTextError::Unexpected { line, expected } => write!(f, "line {line}: expected \"{expected}:\""),
            EmailTextError::Value { line, label } => write!(f, "line {line}: unreadable {label}"),
            EmailTextError::DuplicateId { line, id } => write!(f, "line {line}: the id {id} is used twice"),
            EmailTextError::Receipt { line, written, computed } => {
                write!(f, "line {line}: receipt {written} does not match the content ({computed})")
            }
        }
    }
}

type Result<T> = std::result::Result<T, EmailTextError>;

/// Reads the package an email text carries (see [`super::carried`] for what it
/// holds of the package that was sent). Tolerates CRLF or CR line ends, a
/// byte-order mark and trailing spaces.
pub fn read(text: &str) -> Result<Package> {
    let checked = read_checked(text)?;
    if !checked.receipt_matches {
        let (line, written, computed) = (checked.receipt_line, checked.stated_receipt, checked.package.receipt());
        return Err(EmailTextError::Receipt { line, written, computed });
    }
    Ok(checked.package)
}

/// A package read from an email text, whether or not its receipt matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub package: Package,
    /// The receipt written on the `receipt:` line.
    pub stated_receipt: String,
    /// The line it is on, counted from 1.
    pub receipt_line: usize,
    /// Whether the content gives the stated receipt.
    pub receipt_matches: bool,
}

/// As [`read`], but a receipt that does not match the content is reported
/// rather than refused: the Secretariat reads such a package and flags it as
/// changed on the way, where a person importing their own text must not.
pub fn read_checked(text: &str) -> Result<Checked> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches([' ', '\t'])).collect();
    let start = lines
        .iter()
        .position(|l| l.strip_prefix(FORMAT).is_some_and(|rest| rest.starts_with(':')))
        .ok_or(EmailTextError::NoData)?;
    let version = lines[start][FORMAT.len() + 1..].trim_start();
    if version != VERSION_1 {
        return Err(EmailTextError::Version { line: start + 1, version: version.to_owned() });
    }
    let mut r = Reader { lines, at: start + 1, located: Vec::new() };
    let recipient = r.need(TO)?.1;
    let sender = r.sender()?;
    let mut p = Package { sender, recipient, ..Package::default() };
    let mut ids = Vec::new();
    while let Some((line, id)) = r.take(COMMENT)? {
        let id = new_id(line, COMMENT, id, &mut ids)?;
        p.comments.push(r.comment(id)?);
    }
    while let Some((line, id)) = r.take(COMMITMENT)? {
        let id = new_id(line, COMMITMENT, id, &mut ids)?;
        p.commitments.push(r.commitment(id)?);
    }
    p.located = std::mem::take(&mut r.located);
    let (receipt_line, stated_receipt) = r.need(RECEIPT)?;
    let receipt_matches = stated_receipt == p.receipt();
    Ok(Checked { package: p, stated_receipt, receipt_line, receipt_matches })
}

struct Reader<'a> {
    lines: Vec<&'a str>,
    /// The next line to read, from 0.
    at: usize,
    /// The `now` lines read so far, by the anchor they follow.
    located: Vec<(AnchorKey, Located)>,
}

impl Reader<'_> {
    fn skip_blank(&mut self) {
        while self.lines.get(self.at).is_some_and(|l| l.is_empty()) {
            self.at += 1;
        }
    }

    /// The field `label` on the next non-blank line, with its line number, if it is there.
    fn take(&mut self, label: &'static str) -> Result<Option<(usize, String)>> {
        self.skip_blank();
        let Some(rest) = self.lines.get(self.at).and_then(|l| l.strip_prefix(label)?.strip_prefix(':')) else {
            return Ok(None);
        };
        let line = self.at + 1;
        let first = if rest.is_empty() { Some("") } else { rest.strip_prefix(' ') };
        let bad = || EmailTextError::Value { line, label };
        let mut value = unescape_line(first.ok_or_else(bad)?).ok_or_else(bad)?;
        self.at += 1;
        while let Some(more) = self.lines.get(self.at).and_then(|l| continuation(l)) {
            value.push('\n');
            value.push_str(&unescape_line(more).ok_or(EmailTextError::Value { line: self.at + 1, label })?);
            self.at += 1;
        }
        Ok(Some((line, value)))
    }

    fn need(&mut self, label: &'static str) -> Result<(usize, String)> {
        self.take(label)?.ok_or_else(|| self.unexpected(label))
    }

    fn unexpected(&self, expected: &'static str) -> EmailTextError {
        if self.at >= self.lines.len() {
            EmailTextError::Truncated { line: self.lines.len() }
        } else {
            EmailTextError::Unexpected { line: self.at + 1, expected }
        }
    }

    /// A value that must be one of a few words, read with `parse`.
    fn choice<T>(&mut self, label: &'static str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
        let (line, value) = self.need(label)?;
        parse(&value).ok_or(EmailTextError::Value { line, label })
    }

    fn optional_choice<T>(&mut self, label: &'static str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>> {
        match self.take(label)? {
            Some((line, value)) => parse(&value).map(Some).ok_or(EmailTextError::Value { line, label }),
            None => Ok(None),
        }
    }

    fn text(&mut self, label: &'static str) -> Result<String> {
        Ok(self.take(label)?.map(|(_, v)| v).unwrap_or_default())
    }

    fn sender(&mut self) -> Result<Profile> {
        Ok(Profile {
            name: self.need(NAME)?.1,
            email: self.need(EMAIL)?.1,
            organisation: self.text(ORGANISATION)?,
            stakeholder: self.optional_choice(STAKEHOLDER_GROUP, StakeholderGroup::from_slug)?,
            region: self.optional_choice(REGION, Region::from_slug)?,
            country: self.text(COUNTRY)?,
            gender: self.optional_choice(GENDER, Gender::from_slug)?,
            publish_name: self.choice(PUBLISH_NAME, yes_no)?,
        })
    }

    fn status(&mut self) -> Result<()> {
        self.optional_choice(STATUS, |v| (v == NOT_FINISHED).then_some(())).map(|_| ())
    }

    fn comment(&mut self, id: String) -> Result<Comment> {
        let target = self.target()?;
        let mut c = Comment::new(id, target, 0);
        // An empty kind is a draft sent before its kind was chosen.
        c.kind = self.choice(KIND, |v| if v.is_empty() { Some(None) } else { CommentKind::from_slug(v).map(Some) })?;
        c.text = self.need(TEXT)?.1;
        c.proposed = self.text(PROPOSED)?;
        while let Some((_, r)) = self.take(REFERENCE)? {
            c.references.push(r);
        }
        c.language = self.text(LANGUAGE)?;
        self.status()?;
        Ok(c)
    }

    /// A message's place, fingerprint and version, after `message ` on a
    /// `label` line, and where it is now if a `now` line follows.
    fn anchor(&mut self, line: usize, label: &'static str, id: &str) -> Result<Anchor> {
        let message_id = parse_message(id).ok_or(EmailTextError::Value { line, label })?;
        let fingerprint = self.need(FINGERPRINT)?.1;
        let anchor = Anchor { message_id, fingerprint, version: self.need(VERSION)?.1, quote: String::new() };
        if let Some((line, value)) = self.take(NOW)? {
            let located = parse_located(&value).ok_or(EmailTextError::Value { line, label: NOW })?;
            // As the writer: the first line for an anchor is the one that counts.
            if !self.located.iter().any(|(key, _)| key.is_of(&anchor)) {
                self.located.push((anchor.key(), located));
            }
        }
        Ok(anchor)
    }

    fn target(&mut self) -> Result<CommentTarget> {
        let (line, value) = self.need(TARGET)?;
        let bad = EmailTextError::Value { line, label: TARGET };
        let (kind, place) = value.split_once(' ').ok_or(bad.clone())?;
        if kind == MESSAGE {
            return Ok(CommentTarget::Message(self.anchor(line, TARGET, place)?));
        }
        if kind == DOCUMENT {
            let track = Track::from_slug(place).ok_or(bad)?;
            return Ok(CommentTarget::Document { track, version: self.need(VERSION)?.1 });
        }
        let (track, question) = parse_question(place).ok_or(bad.clone())?;
        let (version, quote) = (self.need(VERSION)?.1, String::new());
        match kind {
            QUESTION => Ok(CommentTarget::Question { track, question, version, quote }),
            MISSING_POINT => Ok(CommentTarget::MissingPoint { track, question, version, quote }),
            _ => Err(bad),
        }
    }

    fn link(&mut self, line: usize, value: &str) -> Result<Link> {
        let bad = EmailTextError::Value { line, label: LINK };
        match value.split_once(' ') {
            Some((MESSAGE, id)) => Ok(Link::Message(self.anchor(line, LINK, id)?)),
            Some((QUESTION, place)) => {
                let (track, question) = parse_question(place).ok_or(bad)?;
                Ok(Link::Question { track, question, version: self.need(VERSION)?.1, quote: String::new() })
            }
            _ => Err(bad),
        }
    }

    fn commitment(&mut self, id: String) -> Result<Commitment> {
        let mut k = Commitment::new(id, 0);
        k.actions.clear();
        k.capacity = self.choice(CAPACITY, |v| match v {
            "" => Some(None),
            INDIVIDUAL => Some(Some(Capacity::Individual)),
            ORGANISATION_CAPACITY => Some(Some(Capacity::Organisation)),
            _ => None,
        })?;
        k.org_name = self.text(ORGANISATION_NAME)?;
        k.org_group = self.optional_choice(ORGANISATION_GROUP, StakeholderGroup::from_slug)?;
        k.org_authorised = self.optional_choice(ORGANISATION_AUTHORISED, |v| (v == YES).then_some(true))?.is_some();
        k.title = self.need(TITLE)?.1;
        k.description = self.need(DESCRIPTION)?.1;
        k.tracks = self.choice(TRACKS, |v| v.split(' ').filter(|t| !t.is_empty()).map(Track::from_slug).collect())?;
        while let Some((line, value)) = self.take(LINK)? {
            k.links.push(self.link(line, &value)?);
        }
        while let Some((_, description)) = self.take(ACTION)? {
            k.actions.push(ActionItem { description, due: self.need(DUE)?.1 });
        }
        k.measurement = self.text(MEASUREMENT)?;
        k.partners = self.text(PARTNERS)?;
        k.resources = self.text(RESOURCES)?;
        k.sdgs = self.optional_choice(SDGS, parse_sdgs)?.unwrap_or_default();
        k.consent_publish = self.choice(CONSENT, yes_no)?;
        self.status()?;
        Ok(k)
    }
}

/// A draft id: plain, as storage keys need, and not one seen above.
fn new_id(line: usize, label: &'static str, id: String, seen: &mut Vec<String>) -> Result<String> {
    if !valid_id(&id) {
        return Err(EmailTextError::Value { line, label });
    }
    if seen.contains(&id) {
        return Err(EmailTextError::DuplicateId { line, id });
    }
    seen.push(id.clone());
    Ok(id)
}

/// `yes`, `no` or `unanswered`; anything else is no answer this format has.
fn yes_no(v: &str) -> Option<Option<bool>> {
    match v {
        YES => Some(Some(true)),
        NO => Some(Some(false)),
        UNANSWERED => Some(None),
        _ => None,
    }
}

/// `trust-q2-m5`, exactly as the writer spells it.
fn parse_message(id: &str) -> Option<MessageId> {
    MessageId::parse(id).filter(|m| m.to_string() == id)
}

/// `trust-q1-m7 (Version 2)` or `removed (Final version)`, exactly as the writer spells it.
fn parse_located(value: &str) -> Option<Located> {
    let (place, version) = value.strip_suffix(')')?.split_once(" (")?;
    let version = Revision::parse(version).filter(|v| v.label() == version)?;
    let message = if place == REMOVED { None } else { Some(parse_message(place)?) };
    Some(Located { message, version })
}

/// `trust-q2`, exactly as the writer spells it.
fn parse_question(place: &str) -> Option<(Track, u32)> {
    let (track, q) = place.split_once("-q")?;
    let track = Track::from_slug(track)?;
    let question = q.parse().ok().filter(|&n| n > 0)?;
    (question_place(track, question) == place).then_some((track, question))
}

/// SDG numbers, 1–17, ascending, each once.
fn parse_sdgs(v: &str) -> Option<Vec<u8>> {
    let sdgs: Vec<u8> = v.split(' ').map(|n| n.parse().ok()).collect::<Option<_>>()?;
    let ascending = sdgs.windows(2).all(|w| w[0] < w[1]);
    (ascending && sdgs.iter().all(|n| (1..=SDG_COUNT).contains(n))).then_some(sdgs)
}
