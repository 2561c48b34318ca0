//! CSV (RFC 4180, UTF-8): one row per comment, and one per commitment action.
//! Every row repeats its context, so a row read alone still makes sense.
//! Columns are documented in docs/export-format.md.

use super::package::Package;
use crate::model::comment::Comment;
use crate::model::comment::CommentKind;
use crate::model::commitment::{ActionItem, Capacity, Commitment, Link};
use crate::model::document::Library;
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::profile::Profile;
use crate::model::versions::Located;

pub const COLUMNS: [&str; 43] = [
    "record",
    "receipt",
    "track",
    "document_version",
    "question_number",
    "question_text",
    "target",
    "message_id",
    "message_fingerprint",
    "located_message_id",
    "located_version",
    "quoted_text",
    "comment_id",
    "comment_kind",
    "comment_text",
    "proposed_wording",
    "references",
    "comment_language",
    "commitment_id",
    "commitment_title",
    "capacity",
    "organisation_name",
    "organisation_group",
    "commitment_description",
    "commitment_links",
    "action_number",
    "action_description",
    "action_due",
    "measurement",
    "partners",
    "resources",
    "sdgs",
    "consent_to_publish",
    "sender_name",
    "sender_email",
    "sender_organisation",
    "stakeholder_group",
    "region",
    "country",
    "gender",
    "publish_name",
    "sent",
    "status",
];

/// The `status` of a draft that passes its checks, and of one that does not.
pub const FINISHED: &str = "finished";
pub const NOT_FINISHED: &str = "not finished";

fn status(errors: &[crate::model::validate::FieldError]) -> String {
    if errors.is_empty() { FINISHED } else { NOT_FINISHED }.to_owned()
}

/// One cell: guarded against formula injection, then quoted if it needs to be.
pub fn cell(value: &str) -> String {
    let first = value.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r').chars().next();
    let risky = value.starts_with(['\t', '\r']) || matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r'));
    let guarded = if risky { format!("'{value}") } else { value.to_owned() };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One CSV line: each value guarded and quoted, then CRLF.
pub fn row(values: &[String]) -> String {
    let mut line = values.iter().map(|v| cell(v)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The CSV file, with a byte-order mark so that spreadsheet programs read UTF-8.
pub fn write(p: &Package, library: &Library, receipt: &str) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&COLUMNS.map(str::to_owned)));
    for c in &p.comments {
        out.push_str(&row(&comment_row(c, p, library, receipt)));
    }
    for k in &p.commitments {
        for r in action_rows(p, k, receipt) {
            out.push_str(&row(&r));
        }
    }
    out
}

fn sender_fields(s: &Profile) -> [String; 8] {
    [
        s.name.clone(),
        s.email.trim().to_owned(),
        s.organisation.clone(),
        s.stakeholder.map(StakeholderGroup::slug).unwrap_or_default().to_owned(),
        s.region.map(Region::slug).unwrap_or_default().to_owned(),
        s.country.clone(),
        s.gender.map(Gender::slug).unwrap_or_default().to_owned(),
        yes_no(s.publish_name),
    ]
}

/// The values of the row of `c`, a comment of `p`, in [`COLUMNS`] order.
pub fn comment_row(c: &Comment, p: &Package, library: &Library, receipt: &str) -> Vec<String> {
    let mut r = comment_fields(c, p, library, receipt);
    r.extend(std::iter::repeat_n(String::new(), 15));
    r.extend(sender_fields(&p.sender));
    r.push(c.sent.map(|t| t.to_string()).unwrap_or_default());
    r.push(status(&c.validate()));
    r
}

/// The values of one row per action of `k`, a commitment of `p`, in
/// [`COLUMNS`] order. A commitment without actions still gets one row, with
/// the action columns empty, so that no commitment goes missing.
pub fn action_rows(p: &Package, k: &Commitment, receipt: &str) -> Vec<Vec<String>> {
    let located_links = located_links(p, k);
    let sender = sender_fields(&p.sender);
    let none = ActionItem { description: String::new(), due: String::new() };
    let actions: Vec<(String, &ActionItem)> = if k.actions.is_empty() {
        vec![(String::new(), &none)]
    } else {
        k.actions.iter().enumerate().map(|(i, a)| ((i + 1).to_string(), a)).collect()
    };
    let finished = status(&k.validate());
    let mut rows = Vec::new();
    for (number, a) in actions {
        let mut r = vec![
            "commitment-action".to_owned(),
            receipt.to_owned(),
            k.tracks.iter().map(|t| t.slug()).collect::<Vec<_>>().join("; "),
        ];
        r.extend(std::iter::repeat_n(String::new(), 6));
        r.extend(located_links.clone());
        r.extend(std::iter::repeat_n(String::new(), 7));
        r.extend(commitment_fields(k));
        r.extend([
            number,
            a.description.clone(),
            a.due.clone(),
            k.measurement.clone(),
            k.partners.clone(),
            k.resources.clone(),
        ]);
        r.push(k.sdgs.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("; "));
        r.push(yes_no(k.consent_publish));
        r.extend(sender.iter().cloned());
        r.push(k.sent.map(|t| t.to_string()).unwrap_or_default());
        r.push(finished.clone());
        rows.push(r);
    }
    rows
}

/// `located_message_id` and `located_version` of a row: the message's id in the
/// newest version (`removed` when it is gone) and that version, when the
/// package locates it; else empty.
fn located_cells(located: Option<Located>) -> [String; 2] {
    match located {
        Some(l) => [l.message.map_or_else(|| "removed".to_owned(), |m| m.to_string()), l.version.label()],
        None => [String::new(), String::new()],
    }
}

/// For a commitment: each link's place in the newest version, in the order of
/// `commitment_links`, and the versions named; empty when no link has moved on.
fn located_links(p: &Package, k: &Commitment) -> [String; 2] {
    let located: Vec<Option<Located>> = (k.links.iter())
        .map(|l| match l {
            Link::Message(a) => p.located_of(a),
            Link::Question { .. } => None,
        })
        .collect();
    if located.iter().all(Option::is_none) {
        return [String::new(), String::new()];
    }
    let places = (k.links.iter().zip(&located))
        .map(|(link, l)| match (link, l) {
            (_, Some(l)) => located_cells(Some(*l))[0].clone(),
            (Link::Question { track, question, .. }, None) => format!("{}-q{question}", track.slug()),
            (Link::Message(a), None) => a.message_id.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut versions: Vec<String> = Vec::new();
    for label in located.iter().flatten().map(|l| l.version.label()) {
        if !versions.contains(&label) {
            versions.push(label);
        }
    }
    [places, versions.join("; ")]
}

fn comment_fields(c: &Comment, p: &Package, library: &Library, receipt: &str) -> Vec<String> {
    let t = &c.target;
    let question_text =
        t.question().and_then(|q| library.get(t.track())?.question(q)).map(|q| q.text.clone()).unwrap_or_default();
    let target = match t {
        crate::model::comment::CommentTarget::Document { .. } => "document",
        crate::model::comment::CommentTarget::Question { .. } => "question",
        crate::model::comment::CommentTarget::MissingPoint { .. } => "missing-point",
        crate::model::comment::CommentTarget::Message(_) => "message",
    };
    let (fingerprint, located) = match t {
        crate::model::comment::CommentTarget::Message(a) => (a.fingerprint.clone(), p.located_of(a)),
        _ => (String::new(), None),
    };
    let [located_id, located_version] = located_cells(located);
    vec![
        "comment".into(),
        receipt.into(),
        t.track().slug().into(),
        t.version().into(),
        t.question().map(|q| q.to_string()).unwrap_or_default(),
        question_text,
        target.into(),
        t.message_id().map(|m| m.to_string()).unwrap_or_default(),
        fingerprint,
        located_id,
        located_version,
        t.quote().into(),
        c.id.clone(),
        c.kind.map_or("", CommentKind::slug).into(),
        c.text.clone(),
        if c.kind == Some(CommentKind::SuggestChange) { c.proposed.clone() } else { String::new() },
        c.references.iter().map(|r| r.trim()).filter(|r| !r.is_empty()).collect::<Vec<_>>().join(" "),
        c.language.clone(),
    ]
}

fn commitment_fields(k: &Commitment) -> Vec<String> {
    let links = k
        .links
        .iter()
        .map(|l| match l {
            Link::Question { track, question, .. } => format!("{}-q{question}", track.slug()),
            Link::Message(a) => a.message_id.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        k.id.clone(),
        k.title.clone(),
        k.capacity.map_or("", Capacity::slug).into(),
        k.org_name.clone(),
        k.org_group.map(StakeholderGroup::slug).unwrap_or_default().into(),
        k.description.clone(),
        links,
    ]
}

/// `yes`, `no`, or empty for a question the person has not answered.
fn yes_no(answer: Option<bool>) -> String {
    answer.map_or("", |b| if b { "yes" } else { "no" }).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_against_formula_injection() {
        for (raw, safe) in [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("  =1+1", "'  =1+1"),
            ("\n=HYPERLINK(\"x\")", "\"'\n=HYPERLINK(\"\"x\"\")\""),
            ("a=b", "a=b"),
            ("plain", "plain"),
            ("", ""),
            ("comma, quote \"", "\"comma, quote \"\"\""),
        ] {
            assert_eq!(cell(raw), safe, "{raw:?}");
        }
    }
}
