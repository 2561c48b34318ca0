//! The Markdown report the Secretariat can publish: the comments on one
//! version of one track's Messages, grouped as the collation view groups them.
//! No email address ever appears; a name only with the person's consent.

use super::filter::Filter;
use super::privacy::redact_emails;
use super::tabulate::{CommentItem, DocumentTab, KindCounts};
use super::{Collation, Status};
use crate::model::comment::CommentKind;
use crate::model::commitment::{Capacity, Link};
use crate::model::document::Library;
use crate::model::export::markdown;
use crate::model::i18n::labels::stakeholder_key;
use crate::model::i18n::I18n;
use crate::model::profile::Profile;
use crate::model::track::Track;

/// Stands in for a name the person did not agree to publish.
pub const NAME_WITHHELD: &str = "Name not published";

/// People's text, made safe to publish: addresses removed, markup escaped,
/// each line kept as a line.
fn text(s: &str) -> String {
    markdown::escape(&redact_emails(s.trim())).replace('\n', "  \n")
}

fn kind_label(kind: Option<CommentKind>) -> &'static str {
    match kind {
        Some(CommentKind::Support) => "Support",
        Some(CommentKind::SuggestChange) => "Suggested change",
        Some(CommentKind::Disagree) => "Disagree",
        Some(CommentKind::PointMissing) => "Point missing",
        Some(CommentKind::Question) => "Question",
        None => "Kind not chosen",
    }
}

/// "Support 3 · Suggested change 1": the kinds that have comments.
fn counts_line(counts: &KindCounts) -> String {
    let mut parts: Vec<String> = CommentKind::ALL
        .iter()
        .filter(|&&k| counts.get(k) > 0)
        .map(|&k| format!("{} {}", kind_label(Some(k)), counts.get(k)))
        .collect();
    if counts.without_kind() > 0 {
        parts.push(format!("{} {}", kind_label(None), counts.without_kind()));
    }
    parts.join(" · ")
}

/// Who wrote it, as far as they agreed: their name and organisation only with
/// consent, their stakeholder group always (it identifies nobody).
fn attribution(sender: &Profile) -> String {
    let i18n = I18n::default();
    let mut who = match sender.name.trim() {
        name if sender.may_publish_name() && !name.is_empty() => text(name),
        _ => NAME_WITHHELD.to_owned(),
    };
    if sender.may_publish_name() && !sender.organisation.trim().is_empty() {
        who.push_str(&format!(", {}", text(&sender.organisation)));
    }
    if let Some(group) = sender.stakeholder {
        who.push_str(&format!(" ({})", i18n.t(stakeholder_key(group))));
    }
    who
}

/// The whole report: a part for each document, given as (track, version), and
/// one for each other track with commitments to publish, so that commitments
/// received without any comment still make a report.
pub fn write_all(c: &Collation, library: &Library, documents: &[(Track, &str)], filter: &Filter) -> String {
    let mut parts: Vec<String> =
        documents.iter().map(|&(track, version)| write(c, library, track, version, filter)).collect();
    for track in Track::ALL.into_iter().filter(|t| !documents.iter().any(|(d, _)| d == t)) {
        let only = Filter { track: Some(track), ..filter.clone() };
        if c.commitments(&only).iter().any(|i| i.commitment.may_publish()) {
            let version = library.get(track).map_or("", |d| d.version.as_str());
            parts.push(write(c, library, track, version, filter));
        }
    }
    parts.join("\n\n")
}

/// The report for `track` and `version`, with the comments the filter lets
/// through (its track is set to `track`).
pub fn write(c: &Collation, library: &Library, track: Track, version: &str, filter: &Filter) -> String {
    let filter = Filter { track: Some(track), ..filter.clone() };
    let tabulation = c.tabulate(&filter, library);
    // A track with commitments but no document yet has no version to name.
    let version_part = if version.is_empty() { String::new() } else { format!(", {}", text(version)) };
    let mut out = format!("# Comments received on the IGF 2020 {} Messages{version_part}\n\n", track.name());
    let Some(doc) = tabulation.documents.iter().find(|d| d.version == version) else {
        out.push_str("No comments received.\n");
        out.push_str(&commitments(c, &filter));
        return out;
    };
    let people = doc_people(doc);
    out.push_str(&format!(
        "{} comments from {} {}. {}\n",
        doc.counts.total(),
        people,
        if people == 1 { "person" } else { "people" },
        counts_line(&doc.counts)
    ));
    if !doc.whole_document.is_empty() {
        out.push_str("\n## The whole document\n");
        doc.whole_document.iter().for_each(|i| out.push_str(&comment(i)));
    }
    for q in &doc.questions {
        out.push_str(&format!("\n## Policy question {}\n\n", q.number));
        if !q.text.is_empty() {
            out.push_str(&format!("> {}\n\n", text(&q.text).replace("  \n", "  \n> ")));
        }
        out.push_str(&format!("{}\n", counts_line(&q.counts)));
        if !q.on_question.is_empty() {
            out.push_str("\n### On the question\n");
            q.on_question.iter().for_each(|i| out.push_str(&comment(i)));
        }
        for m in &q.messages {
            out.push_str(&format!("\n### Message {}.{}\n\n", q.number, m.message_id.number));
            out.push_str(&format!("> {}\n", text(&m.quote).replace("  \n", "  \n> ")));
            m.comments.iter().for_each(|i| out.push_str(&comment(i)));
        }
        if !q.missing.is_empty() {
            out.push_str("\n### A point is missing\n");
            q.missing.iter().for_each(|i| out.push_str(&comment(i)));
        }
    }
    out.push_str(&commitments(c, &filter));
    out
}

fn doc_people(doc: &DocumentTab) -> usize {
    let mut people: Vec<&str> = doc
        .whole_document
        .iter()
        .chain(doc.questions.iter().flat_map(|q| {
            q.on_question.iter().chain(q.missing.iter()).chain(q.messages.iter().flat_map(|m| m.comments.iter()))
        }))
        .map(|i| i.entry.person.as_str())
        .collect();
    people.sort_unstable();
    people.dedup();
    people.len()
}

fn comment(item: &CommentItem) -> String {
    let c = item.comment;
    let mut out = format!("\n**{}** · {}", kind_label(c.kind), attribution(&item.entry.received.package.sender));
    if item.status == Status::Changed {
        out.push_str(" · *changed after it was sent*");
    }
    out.push_str(&format!("\n\n{}\n", text(&c.text)));
    if c.kind == Some(CommentKind::SuggestChange) && !c.proposed.trim().is_empty() {
        out.push_str(&format!("\nProposed wording:\n\n> {}\n", text(&c.proposed).replace("  \n", "  \n> ")));
    }
    let refs: Vec<String> = c.references.iter().filter(|r| !r.trim().is_empty()).map(|r| text(r)).collect();
    if !refs.is_empty() {
        out.push_str(&format!("\nReferences: {}\n", refs.join(" · ")));
    }
    out
}

/// The track's commitments whose authors agreed to publish them.
fn commitments(c: &Collation, filter: &Filter) -> String {
    let items = c.commitments(filter);
    if items.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n## Commitments\n");
    for item in items.iter().filter(|i| i.commitment.may_publish()) {
        let k = item.commitment;
        out.push_str(&format!("\n### {}\n\n", text(&k.title)));
        let by = match k.capacity {
            Some(Capacity::Organisation) if !k.org_name.trim().is_empty() => text(&k.org_name),
            _ => attribution(&item.entry.received.package.sender),
        };
        out.push_str(&format!("By {by}\n\n{}\n\n", text(&k.description)));
        for (n, a) in k.actions.iter().enumerate() {
            out.push_str(&format!("{}. {} (by {})\n", n + 1, text(&a.description), text(&a.due)));
        }
        if !k.sdgs.is_empty() {
            let sdgs: Vec<String> = k.sdgs.iter().map(u8::to_string).collect();
            out.push_str(&format!("\nSDGs: {}\n", sdgs.join(", ")));
        }
        let links: Vec<String> = k
            .links
            .iter()
            .map(|l| match l {
                Link::Question { question, .. } => format!("policy question {question}"),
                Link::Message(a) => format!("message {}.{}", a.message_id.question, a.message_id.number),
            })
            .collect();
        if !links.is_empty() {
            out.push_str(&format!("\nAnswers: {}\n", links.join(", ")));
        }
    }
    let unpublished = items.iter().filter(|i| !i.commitment.may_publish()).count();
    if unpublished > 0 {
        let made = if unpublished == 1 { "commitment was" } else { "commitments were" };
        out.push_str(&format!("\n{unpublished} more {made} made without consent to publish them.\n"));
    }
    out
}
