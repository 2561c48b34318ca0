//! What the collation page shows, as owned values: the tabulation with each
//! comment and commitment named by where it is in the collation rather than
//! borrowed, so that a page can keep it and hand parts of it around.

use super::collation::{Collation, Status};
use super::filter::Filter;
use super::overview::Overview;
use super::tabulate::{CommentItem, KindCounts};
use crate::model::document::{Library, MessageId};
use crate::model::track::Track;

/// A comment or commitment: its entry in the collation, its place in the
/// package, and how it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemRef {
    pub entry: usize,
    pub index: usize,
    pub status: Status,
}

/// The page's view of the collation through one filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollationView {
    pub overview: Overview,
    /// By track, then version.
    pub documents: Vec<DocumentView>,
    /// The commitments the filter lets through, in the order received.
    pub commitments: Vec<ItemRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentView {
    pub track: Track,
    pub version: String,
    pub counts: KindCounts,
    pub whole_document: Vec<ItemRef>,
    pub questions: Vec<QuestionView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionView {
    pub number: u32,
    pub text: String,
    pub counts: KindCounts,
    pub on_question: Vec<ItemRef>,
    pub messages: Vec<MessageView>,
    pub missing: Vec<ItemRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageView {
    pub message_id: MessageId,
    /// Where it is in the current document, if it is still there.
    pub located: Option<MessageId>,
    /// The message's text, for showing proposed wording against it.
    pub text: String,
    pub counts: KindCounts,
    pub comments: Vec<ItemRef>,
}

fn refs(items: &[CommentItem]) -> Vec<ItemRef> {
    items.iter().map(|i| ItemRef { entry: i.at.0, index: i.at.1, status: i.status }).collect()
}

impl CollationView {
    pub fn new(c: &Collation, filter: &Filter, library: &Library) -> CollationView {
        let tab = c.tabulate(filter, library);
        let documents = tab
            .documents
            .iter()
            .map(|d| DocumentView {
                track: d.track,
                version: d.version.clone(),
                counts: d.counts,
                whole_document: refs(&d.whole_document),
                questions: d
                    .questions
                    .iter()
                    .map(|q| QuestionView {
                        number: q.number,
                        text: q.text.clone(),
                        counts: q.counts,
                        on_question: refs(&q.on_question),
                        missing: refs(&q.missing),
                        messages: q
                            .messages
                            .iter()
                            .map(|m| MessageView {
                                message_id: m.message_id,
                                located: m.located,
                                text: m.quote.clone(),
                                counts: m.counts,
                                comments: refs(&m.comments),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let commitments =
            c.commitments(filter).iter().map(|i| ItemRef { entry: i.at.0, index: i.at.1, status: i.status }).collect();
        CollationView { overview: tab.overview, documents, commitments }
    }
}
