//! A public comment on the Messages, and what it is about.

use crate::model::document::{Anchor, Document, MessageId};
use crate::model::i18n::Key;
use crate::model::json::{self, Json};
use crate::model::route::Target;
use crate::model::track::Track;
use crate::model::validate::{char_count, check_link, FieldError, LinkProblem};

pub const MAX_TEXT: usize = 3000;
pub const MAX_REFERENCES: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommentKind {
    Support,
    SuggestChange,
    Disagree,
    PointMissing,
    Question,
}

impl CommentKind {
    pub const ALL: [CommentKind; 5] = [
        CommentKind::Support,
        CommentKind::SuggestChange,
        CommentKind::Disagree,
        CommentKind::PointMissing,
        CommentKind::Question,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            CommentKind::Support => "support",
            CommentKind::SuggestChange => "suggest-change",
            CommentKind::Disagree => "disagree",
            CommentKind::PointMissing => "point-missing",
            CommentKind::Question => "question",
        }
    }

    pub fn from_slug(s: &str) -> Option<CommentKind> {
        CommentKind::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// What a comment is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommentTarget {
    Document {
        track: Track,
        version: String,
    },
    Question {
        track: Track,
        question: u32,
        version: String,
        quote: String,
    },
    Message(Anchor),
    /// A point the person finds missing under a question: a proposed new message.
    MissingPoint {
        track: Track,
        question: u32,
        version: String,
        quote: String,
    },
}

impl CommentTarget {
    pub fn track(&self) -> Track {
        match self {
            CommentTarget::Document { track, .. }
            | CommentTarget::Question { track, .. }
            | CommentTarget::MissingPoint { track, .. } => *track,
            CommentTarget::Message(a) => a.message_id.track,
        }
    }

    pub fn question(&self) -> Option<u32> {
        match self {
            CommentTarget::Document { .. } => None,
            CommentTarget::Question { question, .. } | CommentTarget::MissingPoint { question, .. } => Some(*question),
            CommentTarget::Message(a) => Some(a.message_id.question),
        }
    }

    pub fn message_id(&self) -> Option<MessageId> {
        match self {
            CommentTarget::Message(a) => Some(a.message_id),
            _ => None,
        }
    }

    /// The place in the reader this target is shown at.
    pub fn place(&self) -> Target {
        match (self.message_id(), self.question()) {
            (Some(id), _) => Target::Message(id),
            (None, Some(q)) => Target::Question(self.track(), q),
            (None, None) => Target::Track(self.track()),
        }
    }

    pub fn version(&self) -> &str {
        match self {
            CommentTarget::Document { version, .. }
            | CommentTarget::Question { version, .. }
            | CommentTarget::MissingPoint { version, .. } => version,
            CommentTarget::Message(a) => &a.version,
        }
    }

    /// The text the comment is about, quoted in exports and emails.
    pub fn quote(&self) -> &str {
        match self {
            CommentTarget::Document { .. } => "",
            CommentTarget::Question { quote, .. } | CommentTarget::MissingPoint { quote, .. } => quote,
            CommentTarget::Message(a) => &a.quote,
        }
    }

    /// Where the target sits in its document: whole document first, then each
    /// question, its messages, and the points missing under it.
    pub fn document_order(&self) -> (Track, u32, u32) {
        match self {
            CommentTarget::Document { track, .. } => (*track, 0, 0),
            CommentTarget::Question { track, question, .. } => (*track, *question, 0),
            CommentTarget::Message(a) => (a.message_id.track, a.message_id.question, a.message_id.number),
            CommentTarget::MissingPoint { track, question, .. } => (*track, *question, u32::MAX),
        }
    }

    pub fn document(doc: &Document) -> CommentTarget {
        CommentTarget::Document { track: doc.track, version: doc.version.clone() }
    }

    pub fn question_of(doc: &Document, question: u32, missing: bool) -> Option<CommentTarget> {
        let q = doc.question(question)?;
        let (track, version, quote) = (doc.track, doc.version.clone(), q.text.clone());
        Some(if missing {
            CommentTarget::MissingPoint { track, question, version, quote }
        } else {
            CommentTarget::Question { track, question, version, quote }
        })
    }

    pub fn message_of(doc: &Document, id: MessageId) -> Option<CommentTarget> {
        let m = doc.message(id)?;
        Some(CommentTarget::Message(Anchor {
            message_id: id,
            fingerprint: m.fingerprint.clone(),
            version: doc.version.clone(),
            quote: m.text.to_string(),
        }))
    }

    fn to_json(&self) -> Json {
        let base = |kind: &str, track: Track, version: &str| {
            vec![
                ("type".to_owned(), json::str(kind)),
                ("track".to_owned(), json::str(track.slug())),
                ("version".to_owned(), json::str(version)),
            ]
        };
        let mut pairs = match self {
            CommentTarget::Document { track, version } => base("document", *track, version),
            CommentTarget::Question { track, question, version, quote }
            | CommentTarget::MissingPoint { track, question, version, quote } => {
                let kind = if matches!(self, CommentTarget::Question { .. }) { "question" } else { "missing-point" };
                let mut p = base(kind, *track, version);
                p.push(("question".into(), Json::Int(i64::from(*question))));
                p.push(("quote".into(), json::str(quote)));
                p
            }
            CommentTarget::Message(a) => {
                let mut p = base("message", a.message_id.track, &a.version);
                p.push(("question".into(), Json::Int(i64::from(a.message_id.question))));
                p.push(("messageId".into(), json::str(&a.message_id.to_string())));
                p.push(("fingerprint".into(), json::str(&a.fingerprint)));
                p.push(("quote".into(), json::str(&a.quote)));
                p
            }
        };
        pairs.shrink_to_fit();
        Json::Obj(pairs)
    }

    fn from_json(v: &Json) -> Result<CommentTarget, String> {
        let text = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned).ok_or_else(|| format!("target.{k}"));
        let track = v.get("track").and_then(Json::as_str).and_then(Track::from_slug).ok_or("target.track")?;
        let version = text("version")?;
        let question = || {
            v.get("question")
                .and_then(Json::as_i64)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n > 0)
                .ok_or("target.question".to_owned())
        };
        match v.get("type").and_then(Json::as_str) {
            Some("document") => Ok(CommentTarget::Document { track, version }),
            Some("question") => {
                Ok(CommentTarget::Question { track, question: question()?, version, quote: text("quote")? })
            }
            Some("missing-point") => {
                Ok(CommentTarget::MissingPoint { track, question: question()?, version, quote: text("quote")? })
            }
            Some("message") => {
                let message_id = v
                    .get("messageId")
                    .and_then(Json::as_str)
                    .and_then(MessageId::parse)
                    .filter(|id| id.track == track)
                    .ok_or("target.messageId")?;
                Ok(CommentTarget::Message(Anchor {
                    message_id,
                    fingerprint: text("fingerprint")?,
                    version,
                    quote: text("quote")?,
                }))
            }
            _ => Err("target.type".into()),
        }
    }
}

/// A comment draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub id: String,
    pub target: CommentTarget,
    pub kind: Option<CommentKind>,
    pub text: String,
    /// For "suggest a change": the wording proposed instead.
    pub proposed: String,
    /// Links, one per entry, as typed.
    pub references: Vec<String>,
    /// BCP 47 tag of the language the comment is written in, if given.
    pub language: String,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub updated: i64,
    /// When the person confirmed they sent it.
    pub sent: Option<i64>,
}

impl Comment {
    pub fn new(id: String, target: CommentTarget, now: i64) -> Comment {
        // A missing point is its own kind; every other kind is the person's
        // to choose, so none is chosen for them.
        let kind = matches!(target, CommentTarget::MissingPoint { .. }).then_some(CommentKind::PointMissing);
        Comment {
            id,
            target,
            kind,
            text: String::new(),
            proposed: String::new(),
            references: Vec::new(),
            language: String::new(),
            created: now,
            updated: now,
            sent: None,
        }
    }

    /// The wording a "suggest a change" starts from: the text it is about.
    pub fn original(&self) -> &str {
        self.target.quote()
    }

    /// Whether nobody has typed anything into it (a suggested change left as
    /// the original counts as nothing typed).
    pub fn is_pristine(&self) -> bool {
        self.text.trim().is_empty()
            && self.references.iter().all(|r| r.trim().is_empty())
            && (self.proposed.trim().is_empty() || self.proposed == self.original())
    }

    /// The comment as it is sent. A wording proposed under "suggest a change",
    /// then left for another kind, stays in the draft (choosing that kind again
    /// brings it back) but is not sent, as a form leaves out a field it hides:
    /// the Secretariat would read a support or an objection as a proposal.
    pub fn as_sent(&self) -> Comment {
        let mut c = self.clone();
        if c.kind != Some(CommentKind::SuggestChange) {
            c.proposed.clear();
        }
        c
    }

    /// The BCP 47 tag its text is marked with, when the person named one of
    /// the offered languages ("other" and "not said" mark nothing).
    pub fn text_lang(&self) -> Option<&str> {
        (!self.language.is_empty() && self.language != "other").then_some(self.language.as_str())
    }

    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.kind.is_none() {
            errors.push(FieldError::new("kind", Key::ErrKindMissing));
        }
        if self.text.trim().is_empty() {
            errors.push(FieldError::new("text", Key::ErrCommentMissing));
        } else if char_count(&self.text) > MAX_TEXT {
            errors.push(FieldError::too_long("text", Key::TextLabel, MAX_TEXT));
        }
        if self.kind == Some(CommentKind::SuggestChange) {
            if self.proposed.trim().is_empty() {
                errors.push(FieldError::new("proposed", Key::ErrProposedMissing));
            } else if crate::model::fold::canonical(&self.proposed) == crate::model::fold::canonical(self.original()) {
                errors.push(FieldError::new("proposed", Key::ErrProposedUnchanged));
            } else if char_count(&self.proposed) > MAX_TEXT {
                errors.push(FieldError::too_long("proposed", Key::ProposedLabel, MAX_TEXT));
            }
        }
        let links: Vec<&String> = self.references.iter().filter(|r| !r.trim().is_empty()).collect();
        if links.len() > MAX_REFERENCES {
            errors.push(FieldError::with("references", Key::ErrTooManyLinks, MAX_REFERENCES.to_string()));
        }
        if let Some(bad) = links.iter().find(|r| check_link(r).is_err()) {
            let key = match check_link(bad) {
                Err(LinkProblem::Scheme) => Key::ErrLinkScheme,
                Err(LinkProblem::NoScheme) => Key::ErrLinkNoScheme,
                _ => Key::ErrLinkMalformed,
            };
            errors.push(FieldError::with("references", key, bad.trim()));
        }
        errors
    }

    pub fn to_json(&self) -> Json {
        let refs = self.references.iter().map(|r| r.trim()).filter(|r| !r.is_empty()).map(json::str).collect();
        json::obj([
            ("id", json::str(&self.id)),
            ("target", self.target.to_json()),
            ("kind", self.kind.map_or(Json::Null, |k| json::str(k.slug()))),
            ("text", json::str(&self.text)),
            ("proposedWording", json::str(&self.proposed)),
            ("references", Json::Arr(refs)),
            ("language", json::str(&self.language)),
            ("created", Json::Int(self.created)),
            ("updated", Json::Int(self.updated)),
            ("sent", self.sent.map_or(Json::Null, Json::Int)),
        ])
    }

    /// Reads a comment, naming the first field that is missing or wrong.
    pub fn from_json(v: &Json) -> Result<Comment, String> {
        let text = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned).ok_or_else(|| k.to_owned());
        let int = |k: &str| v.get(k).and_then(Json::as_i64).ok_or_else(|| k.to_owned());
        let references = v.get("references").and_then(Json::as_array).ok_or("references")?;
        Ok(Comment {
            id: text("id").and_then(|id| if valid_id(&id) { Ok(id) } else { Err("id".into()) })?,
            target: CommentTarget::from_json(v.get("target").ok_or("target")?)?,
            kind: match v.get("kind") {
                // Not chosen yet: a draft may be saved before its kind is.
                None | Some(Json::Null) => None,
                Some(k) => Some(k.as_str().and_then(CommentKind::from_slug).ok_or("kind")?),
            },
            text: text("text")?,
            proposed: text("proposedWording")?,
            references: references
                .iter()
                .map(|r| r.as_str().map(str::to_owned).ok_or("references"))
                .collect::<Result<_, _>>()?,
            language: text("language")?,
            created: int("created")?,
            updated: int("updated")?,
            sent: match v.get("sent") {
                None | Some(Json::Null) => None,
                Some(s) => Some(s.as_i64().ok_or("sent")?),
            },
        })
    }
}

/// Draft ids go into storage keys and element ids: keep them plain.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::parse;

    fn doc() -> Document {
        parse(include_str!("../../documents/trust.txt")).unwrap()
    }

    #[test]
    fn targets_keep_what_they_are_about() {
        let d = doc();
        let id = MessageId { track: Track::Trust, question: 2, number: 3 };
        let t = CommentTarget::message_of(&d, id).unwrap();
        assert_eq!(t.message_id(), Some(id));
        assert_eq!(t.version(), "Version 1");
        assert!(t.quote().starts_with("Fact-checking requires"));
        assert_eq!(t.document_order(), (Track::Trust, 2, 3));
        let missing = CommentTarget::question_of(&d, 2, true).unwrap();
        assert!(missing.document_order() > t.document_order());
        assert!(CommentTarget::document(&d).document_order() < t.document_order());
        assert_eq!(Comment::new("c1".into(), missing, 0).kind, Some(CommentKind::PointMissing));
        assert!(CommentTarget::question_of(&d, 9, false).is_none());
    }

    #[test]
    fn a_wording_left_for_another_kind_stays_in_the_draft_but_is_not_sent() {
        let d = doc();
        let target = CommentTarget::message_of(&d, MessageId { track: Track::Trust, question: 1, number: 2 }).unwrap();
        let mut c = Comment::new("c1".into(), target, 0);
        c.kind = Some(CommentKind::SuggestChange);
        c.proposed = "Replaced wording.".into();
        assert_eq!(c.as_sent().proposed, "Replaced wording.", "a suggested change sends its wording");
        for kind in [CommentKind::Support, CommentKind::Disagree, CommentKind::Question] {
            c.kind = Some(kind);
            assert_eq!(c.as_sent().proposed, "", "{kind:?} sends no wording");
            assert_eq!(c.proposed, "Replaced wording.", "the draft keeps it");
        }
        c.kind = None;
        assert_eq!(c.as_sent().proposed, "", "nor does a comment of no kind yet");
        assert_eq!(c.as_sent().text, c.text);
    }

    #[test]
    fn validation_names_fields_and_keeps_input() {
        let d = doc();
        let target = CommentTarget::message_of(&d, MessageId { track: Track::Trust, question: 1, number: 2 }).unwrap();
        let mut c = Comment::new("c1".into(), target, 0);
        assert_eq!(c.kind, None, "no kind is chosen for the person");
        assert_eq!(
            c.validate(),
            vec![FieldError::new("kind", Key::ErrKindMissing), FieldError::new("text", Key::ErrCommentMissing)]
        );
        c.text = "I agree.".into();
        c.kind = Some(CommentKind::SuggestChange);
        c.proposed = c.original().to_owned();
        assert_eq!(c.validate(), vec![FieldError::new("proposed", Key::ErrProposedUnchanged)]);
        c.proposed.push_str(" Also users.");
        c.references = vec!["https://example.org".into(), "  ".into(), "javascript:alert(1)".into()];
        assert_eq!(c.validate(), vec![FieldError::with("references", Key::ErrLinkScheme, "javascript:alert(1)")]);
        c.references.pop();
        c.references.push(" www.itu.int/report ".into());
        assert_eq!(
            c.validate(),
            vec![FieldError::with("references", Key::ErrLinkNoScheme, "www.itu.int/report")],
            "an address missing its start is told what to add"
        );
        c.references.pop();
        c.text = "x".repeat(MAX_TEXT + 1);
        assert_eq!(c.validate()[0].key, Key::ErrTooLong);
        assert_eq!(c.references.len(), 2, "nothing typed is cleared");
    }

    #[test]
    fn json_round_trips_every_target() {
        let d = doc();
        let targets = [
            CommentTarget::document(&d),
            CommentTarget::question_of(&d, 1, false).unwrap(),
            CommentTarget::question_of(&d, 3, true).unwrap(),
            CommentTarget::message_of(&d, MessageId { track: Track::Trust, question: 3, number: 11 }).unwrap(),
        ];
        for (i, target) in targets.into_iter().enumerate() {
            let mut c = Comment::new(format!("c-{i}"), target, 1_605_571_200_000);
            c.text = "Text with \"quotes\", <b>tags</b> & عربى 中文 😀\r\nnew line".into();
            c.references = vec!["https://example.org/a?b=c&d=e".into()];
            c.language = "ar".into();
            c.sent = (i % 2 == 0).then_some(1_605_600_000_000);
            let back = Comment::from_json(&Json::parse(&c.to_json().to_text()).unwrap()).unwrap();
            assert_eq!(back, c);
        }
    }

    #[test]
    fn reading_names_the_bad_field() {
        let d = doc();
        let c = Comment::new("c1".into(), CommentTarget::document(&d), 0);
        let mut v = c.to_json();
        if let Json::Obj(pairs) = &mut v {
            pairs.retain(|(k, _)| k != "text");
        }
        assert_eq!(Comment::from_json(&v).unwrap_err(), "text");
        let shout = Json::parse(&c.to_json().to_text().replace("\"kind\":null", "\"kind\":\"shout\"")).unwrap();
        assert_eq!(Comment::from_json(&shout).unwrap_err(), "kind");
        let bad_id = Json::parse(&c.to_json().to_text().replace("\"c1\"", "\"../x\"")).unwrap();
        assert_eq!(Comment::from_json(&bad_id).unwrap_err(), "id");
    }
}
