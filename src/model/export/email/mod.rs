//! The package as an email. The body is a short greeting and then the data
//! itself, as labelled lines a person can read and a program can read back
//! exactly ([`read`]); the format is specified in docs/export-format.md. It is
//! kept small so that a short package fits a `mailto:` link.

mod label;
mod read;
mod value;
mod write;

pub use read::{read, read_checked, Checked, EmailTextError};

use super::clean::{header_text, isolate};
use super::package::Package;
use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::i18n::labels::track_key;
use crate::model::i18n::{I18n, Key};

/// The first data line, which a reader looks for.
pub const START: &str = label::START;
/// The start line's label.
pub const FORMAT: &str = label::FORMAT;
/// The receipt line's label.
pub const RECEIPT: &str = label::RECEIPT;

/// Whether a line is one the app writes: a labelled field or a continuation.
/// Any other line inside the data was broken off the line above by a mail
/// program that wraps long lines.
pub fn is_data_line(line: &str) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    value::continuation(line).is_some()
        || label::LABELS.iter().any(|l| {
            line.strip_prefix(l)
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|v| v.is_empty() || v.starts_with(' '))
        })
}

/// Whether a line is the receipt line, the last of the data.
pub fn is_receipt_line(line: &str) -> bool {
    line.strip_prefix(label::RECEIPT).is_some_and(|rest| rest.starts_with(':'))
}

/// The subject line: what is sent, by whom, and the receipt. The person's name
/// and title are cleaned to one line and isolated, so no control character or
/// bidi override in them can reach the header or reorder it.
pub fn subject(p: &Package, i18n: &I18n, receipt: &str) -> String {
    // In the person's language, as the rest of the subject is.
    let tracks = p.tracks().iter().map(|t| i18n.t(track_key(*t))).collect::<Vec<_>>().join(i18n.lang.list_separator());
    let name = match header_text(&p.sender.name).trim() {
        "" => "?".to_owned(),
        name => isolate(name),
    };
    let args = [("tracks", tracks.as_str()), ("name", name.as_str()), ("receipt", receipt)];
    let subject = match (p.comments.len(), p.commitments.as_slice()) {
        (0, [one]) => {
            let title = isolate(header_text(&one.title).trim());
            i18n.tf(Key::SubjectCommitment, &[("title", &title), ("name", &name), ("receipt", receipt)])
        }
        (0, many) => i18n.count(many.len(), Key::SubjectCommitments, Key::SubjectCommitments, &args),
        (n, []) => i18n.count(n, Key::SubjectCommentsOne, Key::SubjectCommentsOther, &args),
        _ => i18n.tf(Key::SubjectMixed, &args),
    };
    subject.chars().filter(|c| !c.is_control()).collect()
}

/// The whole email body, lines separated by `\n`: the greeting in the
/// person's language, then the data lines, then the receipt.
pub fn body(p: &Package, i18n: &I18n) -> String {
    let mut out = format!("{}\n\n", i18n.t(Key::EmailGreeting));
    out.push_str(&write::data(p, true));
    out.push('\n');
    value::push_field(&mut out, label::RECEIPT, &p.receipt());
    out
}

/// What the receipt is computed over: the data lines without `status` and `now` lines.
pub(crate) fn receipt_basis(p: &Package) -> String {
    write::data(p, false)
}

/// What the email text holds of a package, so what [`read`] gives back: all of
/// it but the quoted text of targets and links (the ids, fingerprint and
/// version find it in the document), the times drafts were created, updated
/// and sent, blank references, and where the messages are now for anchors the
/// package does not have; references and the sender's email are trimmed.
pub fn carried(p: &Package) -> Package {
    let mut p = p.clone();
    p.sender.email = p.sender.email.trim().to_owned();
    p.comments = p.comments.iter().map(carried_comment).collect();
    p.commitments = p.commitments.iter().map(carried_commitment).collect();
    let located = super::package::located_list(p.anchors(), |a| p.located_of(a));
    Package { located, ..p }
}

fn carried_comment(c: &Comment) -> Comment {
    use crate::model::comment::CommentTarget as T;
    let mut c = Comment { created: 0, updated: 0, sent: None, ..c.clone() };
    c.references = c.references.iter().map(|r| r.trim().to_owned()).filter(|r| !r.is_empty()).collect();
    match &mut c.target {
        T::Document { .. } => {}
        T::Question { quote, .. } | T::MissingPoint { quote, .. } => quote.clear(),
        T::Message(a) => a.quote.clear(),
    }
    c
}

fn carried_commitment(k: &Commitment) -> Commitment {
    use crate::model::commitment::Link;
    let mut k = Commitment { created: 0, updated: 0, sent: None, ..k.clone() };
    for link in &mut k.links {
        match link {
            Link::Question { quote, .. } => quote.clear(),
            Link::Message(a) => a.quote.clear(),
        }
    }
    k
}
