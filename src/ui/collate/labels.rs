//! Words for what the collation model names: reasons, kinds, people.

use crate::model::collate::{Unreadable, UnreadableReason};
use crate::model::comment::CommentKind;
use crate::model::export::email::EmailTextError;
use crate::model::i18n::labels::{region_key, stakeholder_key};
use crate::model::i18n::{CollateI18n, CollateKey};
use crate::model::profile::Profile;

/// A comment kind as the Secretariat reads it ("Suggested change"), not as
/// the commenter chose it ("I suggest a change to the wording").
pub fn kind_label(i18n: &CollateI18n, kind: Option<CommentKind>) -> &'static str {
    i18n.t(match kind {
        Some(CommentKind::Support) => CollateKey::KindSupport,
        Some(CommentKind::SuggestChange) => CollateKey::KindChange,
        Some(CommentKind::Disagree) => CollateKey::KindDisagree,
        Some(CommentKind::PointMissing) => CollateKey::KindMissing,
        Some(CommentKind::Question) => CollateKey::KindQuestion,
        None => CollateKey::KindNone,
    })
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_048_576.0)
}

/// Why an input could not be read, in a few words.
pub fn reason_text(i18n: &CollateI18n, reason: &UnreadableReason) -> String {
    use CollateKey as K;
    use UnreadableReason as R;
    match reason {
        R::Empty => i18n.t(K::ReasonEmpty).to_owned(),
        R::TooLarge { bytes, limit } => {
            i18n.tf(K::ReasonTooLarge, &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))])
        }
        R::Binary => i18n.t(K::ReasonBinary).to_owned(),
        R::NotAnEmail => i18n.t(K::ReasonNotAnEmail).to_owned(),
        R::NoIgfData => i18n.t(K::ReasonNoData).to_owned(),
        R::JsonInvalid(_) => i18n.t(K::ReasonJsonInvalid).to_owned(),
        R::EmailTextDamaged(e) => i18n.tf(K::ReasonDamaged, &[("line", &damaged_line(e).to_string())]),
        R::Truncated => i18n.t(K::ReasonTruncated).to_owned(),
        R::UnsupportedCharset(c) => i18n.tf(K::ReasonCharset, &[("charset", c)]),
        R::UnsupportedEncoding(e) => i18n.tf(K::ReasonEncoding, &[("encoding", e)]),
        R::ChangedAfterWriting(_) => i18n.t(K::ReasonChanged).to_owned(),
        R::NotRead => i18n.t(K::ReasonNotRead).to_owned(),
        R::NewerSchema(_) => i18n.t(K::ReasonNewer).to_owned(),
    }
}

fn damaged_line(e: &EmailTextError) -> usize {
    match e {
        EmailTextError::NoData => 0,
        EmailTextError::Version { line, .. }
        | EmailTextError::Truncated { line }
        | EmailTextError::Unexpected { line, .. }
        | EmailTextError::Value { line, .. }
        | EmailTextError::DuplicateId { line, .. }
        | EmailTextError::Receipt { line, .. } => *line,
    }
}

/// "inbox.mbox, email 3: it is cut off…": which input, and why.
pub fn unreadable_line(i18n: &CollateI18n, u: &Unreadable) -> String {
    let reason = reason_text(i18n, &u.reason);
    let lower = u.file.to_ascii_lowercase();
    if lower.ends_with(".mbox") || lower.ends_with(".mbx") {
        let n = (u.index_in_file + 1).to_string();
        i18n.tf(CollateKey::UnreadableInMailbox, &[("file", &u.file), ("n", &n), ("reason", &reason)])
    } else {
        i18n.tf(CollateKey::UnreadableInFile, &[("file", &u.file), ("reason", &reason)])
    }
}

/// Who sent it, as far as they agreed: the name only with their consent; the
/// stakeholder group and region, which identify nobody.
pub fn sender_line(i18n: &CollateI18n, sender: &Profile) -> String {
    let mut parts = vec![match sender.name.trim() {
        name if sender.may_publish_name() && !name.is_empty() => name.to_owned(),
        _ => i18n.t(CollateKey::NameWithheld).to_owned(),
    }];
    parts.extend(sender.stakeholder.map(|g| i18n.main.t(stakeholder_key(g)).to_owned()));
    parts.extend(sender.region.map(|r| i18n.main.t(region_key(r)).to_owned()));
    parts.join(i18n.main.lang.list_separator())
}

/// "Support 3 · Suggested change 1": the kinds that have comments.
pub fn counts_line(i18n: &CollateI18n, counts: &crate::model::collate::KindCounts) -> String {
    let mut parts: Vec<String> = CommentKind::ALL
        .iter()
        .filter(|&&k| counts.get(k) > 0)
        .map(|&k| format!("{} {}", kind_label(i18n, Some(k)), counts.get(k)))
        .collect();
    if counts.without_kind() > 0 {
        parts.push(format!("{} {}", kind_label(i18n, None), counts.without_kind()));
    }
    parts.join(" · ")
}

/// The page anchor of a message's comments: its id and the version, since
/// two versions can have a message of the same number.
pub fn message_anchor(version: &str, id: crate::model::document::MessageId) -> String {
    let version: String =
        version.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("igf-desk-{version}-{id}")
}
