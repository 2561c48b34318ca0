use crate::model::date::Date;
use crate::model::fold;
use crate::model::track::Track;
use std::fmt;
use std::rc::Rc;

/// One IGF Messages document, such as "IGF 2020 Messages — Trust, Version 1".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub track: Track,
    /// "Version 1" or "Final version": the label, in one canonical spelling.
    pub version: String,
    /// The same version as an orderable value: what the library sorts by.
    pub revision: Revision,
    pub date: Date,
    /// The living-document note, verbatim.
    pub note: Option<String>,
    /// When public comment closes, if the document says.
    pub comment_deadline: Option<Date>,
    pub questions: Vec<Question>,
}

/// Which version of its track a document is. Numbered versions come first,
/// in order; the final version comes after all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Revision {
    Numbered(u32),
    Final,
}

impl Revision {
    /// "Version 2" or "Final version", as the documents write it.
    pub fn label(self) -> String {
        match self {
            Revision::Numbered(n) => format!("Version {n}"),
            Revision::Final => "Final version".to_owned(),
        }
    }

    /// The short form for deep links and storage: `2` or `final`.
    pub fn key(self) -> String {
        match self {
            Revision::Numbered(n) => n.to_string(),
            Revision::Final => "final".to_owned(),
        }
    }

    /// Reads a label ("Version 2", "final version") or a key ("2", "final"), in
    /// any case and spacing. Numbers are digits with no leading zero, not zero.
    pub fn parse(s: &str) -> Option<Revision> {
        let words: Vec<String> = s.split_whitespace().map(str::to_ascii_lowercase).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let number = match words.as_slice() {
            ["final"] | ["final", "version"] => return Some(Revision::Final),
            ["version", n] | [n] => n,
            _ => return None,
        };
        if number.starts_with('0') || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        number.parse().ok().map(Revision::Numbered)
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// One overarching policy question and the messages under it, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub number: u32,
    pub text: String,
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: MessageId,
    /// 1-based position under its question.
    pub number: u32,
    /// Shared, so that rendering it never copies it.
    pub text: Rc<str>,
    /// Hash of the canonical text: survives re-wrapping and punctuation fixes.
    pub fingerprint: String,
    /// Folded text, computed once so that search never re-folds.
    pub folded: String,
}

impl Message {
    pub fn new(track: Track, question: u32, number: u32, text: String) -> Message {
        Message {
            id: MessageId { track, question, number },
            number,
            fingerprint: fold::fingerprint(&text),
            folded: fold::fold(&text),
            text: text.into(),
        }
    }
}

/// A message's place: track, question and position. Printed as `trust-q2-m5`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId {
    pub track: Track,
    pub question: u32,
    pub number: u32,
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-q{}-m{}", self.track.slug(), self.question, self.number)
    }
}

impl MessageId {
    pub fn parse(s: &str) -> Option<MessageId> {
        let mut parts = s.split('-');
        let track = Track::from_slug(parts.next()?)?;
        let question = parse_numbered(parts.next()?, 'q')?;
        let number = parse_numbered(parts.next()?, 'm')?;
        parts.next().is_none().then_some(MessageId { track, question, number })
    }
}

/// `q12` → 12 for prefix `q`: digits only, no leading zero, not zero.
pub(crate) fn parse_numbered(s: &str, prefix: char) -> Option<u32> {
    let digits = s.strip_prefix(prefix)?;
    if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Document {
    /// The version's short key for deep links: `1`, `2`, `final`.
    pub fn version_key(&self) -> String {
        self.revision.key()
    }

    pub fn message_count(&self) -> usize {
        self.questions.iter().map(|q| q.messages.len()).sum()
    }

    pub fn question(&self, number: u32) -> Option<&Question> {
        self.questions.iter().find(|q| q.number == number)
    }

    pub fn message(&self, id: MessageId) -> Option<&Message> {
        if id.track != self.track {
            return None;
        }
        self.question(id.question)?.messages.iter().find(|m| m.number == id.number)
    }

    pub fn messages(&self) -> impl Iterator<Item = (&Question, &Message)> {
        self.questions.iter().flat_map(|q| q.messages.iter().map(move |m| (q, m)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_read_labels_and_keys_and_sort_final_last() {
        assert_eq!(Revision::parse("Version 2"), Some(Revision::Numbered(2)));
        assert_eq!(Revision::parse("  version   12 "), Some(Revision::Numbered(12)));
        assert_eq!(Revision::parse("2"), Some(Revision::Numbered(2)));
        assert_eq!(Revision::parse("Final version"), Some(Revision::Final));
        assert_eq!(Revision::parse("FINAL"), Some(Revision::Final));
        for bad in ["", "Version", "Version one", "Version 0", "Version 02", "v2", "Final draft", "Version 2 final"] {
            assert_eq!(Revision::parse(bad), None, "{bad}");
        }
        assert!(Revision::Numbered(9) < Revision::Numbered(10) && Revision::Numbered(10) < Revision::Final);
        for r in [Revision::Numbered(1), Revision::Numbered(30), Revision::Final] {
            assert_eq!(Revision::parse(&r.label()), Some(r));
            assert_eq!(Revision::parse(&r.key()), Some(r));
        }
        assert_eq!(Revision::Final.key(), "final");
        assert_eq!(Revision::Numbered(2).label(), "Version 2");
    }

    #[test]
    fn message_ids_print_and_parse() {
        let id = MessageId { track: Track::Trust, question: 2, number: 11 };
        assert_eq!(id.to_string(), "trust-q2-m11");
        assert_eq!(MessageId::parse("trust-q2-m11"), Some(id));
        for bad in [
            "",
            "trust",
            "trust-q2",
            "trust-q0-m1",
            "trust-q02-m1",
            "trust-q2-m",
            "x-q1-m1",
            "trust-q1-m1-x",
            "trust-2-1",
        ] {
            assert_eq!(MessageId::parse(bad), None, "{bad}");
        }
    }
}
