//! The plain-text Messages format, as the IGF publishes it (see README, "Document format").

use super::model::{Document, Message, Question, Revision};
use crate::model::date::Date;
use crate::model::track::Track;
use std::fmt;
use std::iter::Peekable;

const SECTION_PREFIX: &str = "messages related to overarching policy question";
const DEADLINE_PREFIX: &str = "comments close:";

/// Why a text is not a Messages document, and on which line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The text has no non-blank line at all.
    Empty,
    /// The first line is not a title such as "IGF 2020 Messages".
    ExpectedTitle { found: String },
    /// The second line is not one of the four track names.
    ExpectedTrack { found: String },
    /// The third line is not "Version N: <date>" or "Final version: <date>".
    ExpectedVersion { found: String },
    /// A date that is not a real day in "17 November 2020" or "2020-11-17" form.
    BadDate { found: String },
    /// Free text appeared before the note or the first question.
    ExpectedNoteOrQuestion { found: String },
    /// The document ended, or text appeared, where a question heading belongs.
    ExpectedQuestionHeading,
    /// Question headings must count 1, 2, 3, … with none skipped or repeated.
    QuestionOutOfOrder { expected: u32, found: String },
    /// A question heading was followed directly by a message.
    ExpectedQuestionText { question: u32 },
    /// A question has no messages before the next heading or the end.
    ExpectedMessage { question: u32 },
    /// A bullet with nothing after it.
    EmptyMessage,
    /// Another file already holds this version of this track.
    DuplicateVersion { version: String, track: String, other_file: String },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ParseErrorKind::*;
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            Empty => write!(f, "expected a Messages document, found an empty text"),
            ExpectedTitle { found } => write!(f, "expected a title such as \"IGF 2020 Messages\", found \"{found}\""),
            ExpectedTrack { found } => {
                write!(f, "expected a track (Data, Environment, Inclusion or Trust), found \"{found}\"")
            }
            ExpectedVersion { found } => {
                write!(
                    f,
                    "expected a version line such as \"Version 1: 17 November 2020\" or \"Final version: 8 December 2020\", found \"{found}\""
                )
            }
            BadDate { found } => write!(f, "expected a date such as \"17 November 2020\", found \"{found}\""),
            ExpectedNoteOrQuestion { found } => write!(
                f,
                "expected \"Note: …\" or \"Messages related to Overarching Policy Question 1\", found \"{found}\""
            ),
            ExpectedQuestionHeading => write!(f, "expected \"Messages related to Overarching Policy Question 1\""),
            QuestionOutOfOrder { expected, found } => {
                write!(f, "expected \"Messages related to Overarching Policy Question {expected}\", found \"{found}\"")
            }
            ExpectedQuestionText { question } => {
                write!(f, "expected the text of policy question {question} before its first message")
            }
            ExpectedMessage { question } => write!(
                f,
                "expected at least one message (a line starting with \"- \") under policy question {question}"
            ),
            EmptyMessage => write!(f, "expected text after the bullet"),
            DuplicateVersion { version, track, other_file } => write!(
                f,
                "expected one file per version, but {version} of {track} is also in \"{other_file}\"; this file is left out"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses a Messages document. Tolerates a BOM, CRLF or CR line ends, stray spaces
/// and extra blank lines; joins bullets that a page break split in two.
pub fn parse(input: &str) -> Result<Document, ParseError> {
    parse_located(input).map(|(doc, _)| doc)
}

/// [`parse`], and the number of the version line, for errors about the version.
pub(super) fn parse_located(input: &str) -> Result<(Document, usize), ParseError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input).replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<(usize, &str)> =
        input.split('\n').enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty()).collect();
    let mut lines = lines.into_iter().peekable();
    // Errors at the end of the text point just past its last line.
    let last_line = input.lines().count() + 1;
    let err = |line, kind| Err(ParseError { line, kind });

    let Some((n, title)) = lines.next() else { return err(1, ParseErrorKind::Empty) };
    if !is_title(title) {
        return err(n, ParseErrorKind::ExpectedTitle { found: excerpt(title) });
    }
    let Some((n, track_line)) = lines.next() else {
        return err(last_line, ParseErrorKind::ExpectedTrack { found: String::new() });
    };
    let Some(track) = Track::from_name(track_line) else {
        return err(n, ParseErrorKind::ExpectedTrack { found: excerpt(track_line) });
    };
    let Some((version_line_number, version_line)) = lines.next() else {
        return err(last_line, ParseErrorKind::ExpectedVersion { found: String::new() });
    };
    let (revision, date) = parse_version(version_line_number, version_line)?;
    let (note, comment_deadline) = preamble(&mut lines)?;
    let mut questions: Vec<Question> = Vec::new();
    while let Some((n, heading)) = lines.next() {
        let number = questions.len() as u32 + 1;
        let Some(rest) = strip_prefix_ci(heading, SECTION_PREFIX) else {
            return err(n, ParseErrorKind::ExpectedQuestionHeading);
        };
        if rest.trim().parse::<u32>().ok() != Some(number) {
            return err(n, ParseErrorKind::QuestionOutOfOrder { expected: number, found: excerpt(heading) });
        }
        questions.push(question(&mut lines, track, number, last_line)?);
    }
    if questions.is_empty() {
        return err(last_line, ParseErrorKind::ExpectedQuestionHeading);
    }
    let version = revision.label();
    let doc = Document { title: title.to_owned(), track, version, revision, date, note, comment_deadline, questions };
    Ok((doc, version_line_number))
}

type Lines<'a> = Peekable<std::vec::IntoIter<(usize, &'a str)>>;

/// The optional note and comment deadline, up to the first question heading.
fn preamble(lines: &mut Lines) -> Result<(Option<String>, Option<Date>), ParseError> {
    let mut note: Option<String> = None;
    let mut comment_deadline = None;
    while let Some(&(n, line)) = lines.peek() {
        if starts_with_ci(line, SECTION_PREFIX) {
            break;
        }
        lines.next();
        if let Some(rest) = strip_prefix_ci(line, DEADLINE_PREFIX) {
            comment_deadline = Some(
                Date::parse(rest)
                    .ok_or(ParseError { line: n, kind: ParseErrorKind::BadDate { found: excerpt(rest) } })?,
            );
        } else if let Some(text) = note.as_mut() {
            text.push(' ');
            text.push_str(line);
        } else if starts_with_ci(line, "note:") {
            note = Some(line.to_owned());
        } else {
            let kind = ParseErrorKind::ExpectedNoteOrQuestion { found: excerpt(line) };
            return Err(ParseError { line: n, kind });
        }
    }
    Ok((note, comment_deadline))
}

/// A question's text and messages, after its heading, up to the next heading.
fn question(lines: &mut Lines, track: Track, number: u32, last_line: usize) -> Result<Question, ParseError> {
    let err = |line, kind| Err(ParseError { line, kind });
    let mut text = String::new();
    let mut messages: Vec<String> = Vec::new();
    while let Some(&(n, line)) = lines.peek() {
        if starts_with_ci(line, SECTION_PREFIX) {
            break;
        }
        lines.next();
        match bullet_text(line) {
            Some(_) if text.is_empty() => return err(n, ParseErrorKind::ExpectedQuestionText { question: number }),
            Some("") => return err(n, ParseErrorKind::EmptyMessage),
            Some(body) => messages.push(body.to_owned()),
            // A line that is no bullet continues whatever came before it:
            // the question, or a message split by a page break.
            None => {
                let target = messages.last_mut().unwrap_or(&mut text);
                if !target.is_empty() {
                    target.push(' ');
                }
                target.push_str(line);
            }
        }
    }
    if messages.is_empty() {
        let line = lines.peek().map_or(last_line, |&(n, _)| n);
        return err(line, ParseErrorKind::ExpectedMessage { question: number });
    }
    let messages =
        messages.into_iter().zip(1..).map(|(body, position)| Message::new(track, number, position, body)).collect();
    Ok(Question { number, text, messages })
}

fn is_title(line: &str) -> bool {
    let mut words = line.split_whitespace();
    matches!((words.next(), words.next(), words.next(), words.next()),
        (Some(igf), Some(year), Some(messages), None)
            if igf == "IGF" && year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && messages.eq_ignore_ascii_case("Messages"))
}

/// "Version 1: 17 November 2020", "Final version: 8 December 2020", or either
/// with an ISO date.
fn parse_version(n: usize, line: &str) -> Result<(Revision, Date), ParseError> {
    let bad = || ParseError { line: n, kind: ParseErrorKind::ExpectedVersion { found: excerpt(line) } };
    let (label, date) = line.split_once(':').ok_or_else(bad)?;
    // A bare "2" or "final" is a deep-link key, not a label a document would print.
    let words = label.split_whitespace().count();
    let revision = Revision::parse(label).filter(|_| words == 2).ok_or_else(bad)?;
    let date = Date::parse(date)
        .ok_or(ParseError { line: n, kind: ParseErrorKind::BadDate { found: excerpt(date.trim()) } })?;
    Ok((revision, date))
}

fn bullet_text(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(['-', '•', '*', '–'])?;
    if rest.is_empty() {
        return Some("");
    }
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

fn starts_with_ci(line: &str, prefix: &str) -> bool {
    strip_prefix_ci(line, prefix).is_some()
}

fn strip_prefix_ci<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| line[prefix.len()..].trim_start())
}

/// What the report quotes of a line it could not read.
fn excerpt(s: &str) -> String {
    crate::model::fold::excerpt(s, 60)
}
