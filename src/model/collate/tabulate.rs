//! The comments as the Secretariat reads them: per track and version, per
//! question, per message, with counts by kind.

use super::collation::{Collation, Entry, Status};
use super::filter::Filter;
use super::locate::{located_message_id, quoted_text};
use super::overview::Overview;
use crate::model::comment::{Comment, CommentKind, CommentTarget};
use crate::model::commitment::Commitment;
use crate::model::document::{Library, MessageId};
use crate::model::sort::sort_by_key;
use crate::model::track::Track;

/// Comments by kind, and those sent without a kind (the app lets a person
/// send an unfinished comment).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts([usize; 6]);

impl KindCounts {
    pub fn add(&mut self, kind: Option<CommentKind>) {
        self.0[kind.map_or(5, Self::slot)] += 1;
    }

    pub fn get(&self, kind: CommentKind) -> usize {
        self.0[Self::slot(kind)]
    }

    /// Comments without a kind.
    pub fn without_kind(&self) -> usize {
        self.0[5]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn slot(kind: CommentKind) -> usize {
        CommentKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
    }
}

/// A comment with the package it came in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentItem<'a> {
    pub comment: &'a Comment,
    pub entry: &'a Entry,
    /// Where it is: the entry's index in the collation, the comment's in its package.
    pub at: (usize, usize),
    pub status: Status,
    /// For a comment on a message: where it is in the library's document.
    pub located: Option<MessageId>,
}

/// A commitment with the package it came in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitmentItem<'a> {
    pub commitment: &'a Commitment,
    pub entry: &'a Entry,
    /// Where it is: the entry's index in the collation, the commitment's in its package.
    pub at: (usize, usize),
    pub status: Status,
}

/// Everything the filter lets through, grouped as the documents are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tabulation<'a> {
    /// By track, then version.
    pub documents: Vec<DocumentTab<'a>>,
    pub overview: Overview,
}

/// The comments on one version of one track's Messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentTab<'a> {
    pub track: Track,
    pub version: String,
    pub counts: KindCounts,
    /// Comments on the whole document.
    pub whole_document: Vec<CommentItem<'a>>,
    /// By question number.
    pub questions: Vec<QuestionTab<'a>>,
}

/// The comments under one policy question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionTab<'a> {
    pub number: u32,
    /// The question, from the library when it has this version, else as quoted.
    pub text: String,
    pub counts: KindCounts,
    /// Comments on the question as a whole.
    pub on_question: Vec<CommentItem<'a>>,
    /// By message number.
    pub messages: Vec<MessageTab<'a>>,
    /// "A point is missing" under this question.
    pub missing: Vec<CommentItem<'a>>,
}

/// The comments on one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageTab<'a> {
    pub message_id: MessageId,
    pub located: Option<MessageId>,
    /// The message as the first comment on it quotes it, else as the
    /// document version it names has it (when the fingerprint agrees).
    pub quote: String,
    pub counts: KindCounts,
    pub comments: Vec<CommentItem<'a>>,
}

impl Collation {
    /// The comments that count, in the order received: each person's latest
    /// version of each, through the filter.
    pub fn comments<'a>(&'a self, filter: &Filter, library: &Library) -> Vec<CommentItem<'a>> {
        let mut items = Vec::new();
        for (e, entry) in self.entries().iter().enumerate() {
            let p = &entry.received.package;
            for (i, comment) in p.comments.iter().enumerate() {
                let status = self.comment_status(e, i);
                if counts(status, filter) && filter.comment(comment, &p.sender) {
                    let located = match &comment.target {
                        CommentTarget::Message(a) => located_message_id(a, library),
                        _ => None,
                    };
                    items.push(CommentItem { comment, entry, at: (e, i), status, located });
                }
            }
        }
        items
    }

    /// The commitments that count, filtered by track, SDG, stakeholder group
    /// and region.
    pub fn commitments<'a>(&'a self, filter: &Filter) -> Vec<CommitmentItem<'a>> {
        let mut items = Vec::new();
        for (e, entry) in self.entries().iter().enumerate() {
            let p = &entry.received.package;
            for (i, commitment) in p.commitments.iter().enumerate() {
                let status = self.commitment_status(e, i);
                if counts(status, filter) && filter.commitment(commitment, &p.sender) {
                    items.push(CommitmentItem { commitment, entry, at: (e, i), status });
                }
            }
        }
        items
    }

    /// The filtered comments grouped by document, question and message, and
    /// the overview counts for the same filter.
    pub fn tabulate<'a>(&'a self, filter: &Filter, library: &Library) -> Tabulation<'a> {
        let comments = self.comments(filter, library);
        let commitments = self.commitments(filter);
        let overview = Overview::new(self, &comments, &commitments);
        let mut documents: Vec<DocumentTab<'a>> = Vec::new();
        for item in comments {
            let t = &item.comment.target;
            let doc = match documents.iter().position(|d| d.track == t.track() && d.version == t.version()) {
                Some(i) => &mut documents[i],
                None => {
                    documents.push(DocumentTab::new(t.track(), t.version()));
                    let last = documents.len() - 1;
                    &mut documents[last]
                }
            };
            doc.add(item, library);
        }
        sort_by_key(&mut documents, |d| (d.track, version_number(&d.version), d.version.clone()));
        for doc in &mut documents {
            sort_by_key(&mut doc.questions, |q| q.number);
            for q in &mut doc.questions {
                sort_by_key(&mut q.messages, |m| m.message_id.number);
            }
        }
        let mut tabulation = Tabulation { documents, overview };
        tabulation.overview.most_commented = super::overview::most_commented(&tabulation.documents, library);
        tabulation
    }
}

fn counts(status: Status, filter: &Filter) -> bool {
    match status {
        Status::Ok => true,
        Status::Changed => filter.include_changed,
        Status::Superseded => false,
    }
}

/// "Version 12" → 12, so versions sort as numbers.
pub fn version_number(version: &str) -> u64 {
    version.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)
}

impl<'a> DocumentTab<'a> {
    fn new(track: Track, version: &str) -> DocumentTab<'a> {
        DocumentTab {
            track,
            version: version.to_owned(),
            counts: KindCounts::default(),
            whole_document: vec![],
            questions: vec![],
        }
    }

    fn add(&mut self, item: CommentItem<'a>, library: &Library) {
        self.counts.add(item.comment.kind);
        let Some(number) = item.comment.target.question() else {
            self.whole_document.push(item);
            return;
        };
        let i = match self.questions.iter().position(|q| q.number == number) {
            Some(i) => i,
            None => {
                let text = library
                    .version(self.track, &self.version)
                    .and_then(|d| d.question(number))
                    .map(|q| q.text.clone())
                    .unwrap_or_default();
                self.questions.push(QuestionTab {
                    number,
                    text,
                    counts: KindCounts::default(),
                    on_question: vec![],
                    messages: vec![],
                    missing: vec![],
                });
                self.questions.len() - 1
            }
        };
        self.questions[i].add(item, library);
    }
}

impl<'a> QuestionTab<'a> {
    fn add(&mut self, item: CommentItem<'a>, library: &Library) {
        self.counts.add(item.comment.kind);
        match &item.comment.target {
            CommentTarget::Question { quote, .. } | CommentTarget::MissingPoint { quote, .. }
                if self.text.is_empty() =>
            {
                self.text = quote.clone();
            }
            _ => {}
        }
        match &item.comment.target {
            CommentTarget::Message(a) => {
                let i = match self.messages.iter().position(|m| m.message_id == a.message_id) {
                    Some(i) => i,
                    None => {
                        self.messages.push(MessageTab {
                            message_id: a.message_id,
                            located: item.located,
                            quote: quoted_text(&item.comment.target, library),
                            counts: KindCounts::default(),
                            comments: vec![],
                        });
                        self.messages.len() - 1
                    }
                };
                self.messages[i].counts.add(item.comment.kind);
                self.messages[i].comments.push(item);
            }
            CommentTarget::MissingPoint { .. } => self.missing.push(item),
            _ => self.on_question.push(item),
        }
    }
}
