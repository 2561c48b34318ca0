//! The package as plain text: the email a person reads, then the same data as
//! JSON between clear markers for the Secretariat's tools.

use super::package::Package;
use crate::model::comment::{Comment, CommentKind};
use crate::model::commitment::{Capacity, Commitment, Link};
use crate::model::i18n::labels::{
    gender_key as gender, kind_key as kind, region_key as region, stakeholder_key as stakeholder,
    target_label as target_text, track_key as track,
};
use crate::model::i18n::{I18n, Key, Lang};

pub const BEGIN: &str = "----- BEGIN IGF MESSAGES DATA (JSON) -----";
pub const END: &str = "----- END IGF MESSAGES DATA -----";

/// The subject line: what is sent, by whom, and the receipt.
pub fn subject(p: &Package, i18n: &I18n, receipt: &str) -> String {
    let tracks = p.tracks().iter().map(|t| t.name()).collect::<Vec<_>>().join(", ");
    let name = if p.sender.name.trim().is_empty() { "?" } else { p.sender.name.trim() };
    let args = [("tracks", tracks.as_str()), ("name", name), ("receipt", receipt)];
    match (p.comments.len(), p.commitments.as_slice()) {
        (0, [one]) => {
            i18n.tf(Key::SubjectCommitment, &[("title", one.title.trim()), ("name", name), ("receipt", receipt)])
        }
        (0, many) => i18n.count(many.len(), Key::SubjectCommitments, Key::SubjectCommitments, &args),
        (n, []) => i18n.count(n, Key::SubjectCommentsOne, Key::SubjectCommentsOther, &args),
        _ => i18n.tf(Key::SubjectMixed, &args),
    }
}

/// The whole email body, lines separated by `\n`.
pub fn body(p: &Package, i18n: &I18n, receipt: &str, json: &str) -> String {
    let mut out = readable(p, i18n, receipt);
    out.push_str(&format!("\n{}\n{BEGIN}\n{json}\n{END}\n", i18n.t(Key::EmailMachine)));
    out
}

/// Cuts the machine-readable block back out of an email body.
pub fn machine_block(body: &str) -> Option<&str> {
    let start = body.find(BEGIN)? + BEGIN.len();
    let end = body[start..].find(END)? + start;
    Some(body[start..end].trim())
}

/// The part of the email a person reads.
pub fn readable(p: &Package, i18n: &I18n, receipt: &str) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(i18n.t(Key::EmailGreeting));
    line("");
    line(i18n.t(Key::EmailIntro));
    line(&i18n.tf(Key::EmailReceipt, &[("receipt", receipt)]));
    line("");
    for l in sender_lines(p, i18n) {
        line(&l);
    }
    for (i, c) in p.comments.iter().enumerate() {
        line("");
        for l in comment_lines(i + 1, c, i18n) {
            line(&l);
        }
    }
    for (i, k) in p.commitments.iter().enumerate() {
        line("");
        for l in commitment_lines(i + 1, k, i18n) {
            line(&l);
        }
    }
    out
}

fn field(i18n: &I18n, label: Key, value: &str) -> String {
    i18n.tf(Key::EmailField, &[("label", i18n.t(label)), ("value", value)])
}

fn sender_lines(p: &Package, i18n: &I18n) -> Vec<String> {
    let s = &p.sender;
    let mut lines = vec![i18n.tf(Key::EmailSender, &[("name", s.name.trim()), ("email", s.email.trim())])];
    if !s.organisation.trim().is_empty() {
        lines.push(field(i18n, Key::OrganisationLabel, s.organisation.trim()));
    }
    // Only what was given: every line costs room in a mail link.
    let given = [
        (Key::StakeholderLegend, s.stakeholder.map(|g| i18n.t(stakeholder(g)))),
        (Key::RegionLegend, s.region.map(|r| i18n.t(region(r)))),
        (Key::CountryLabel, Some(s.country.trim()).filter(|c| !c.is_empty())),
        (Key::GenderLegend, s.gender.map(|g| i18n.t(gender(g)))),
    ];
    lines.extend(given.into_iter().filter_map(|(label, value)| Some(field(i18n, label, value?))));
    lines.push(field(i18n, Key::PublishLegend, i18n.t(if s.publish_name { Key::Yes } else { Key::No })));
    lines
}

fn quoted(text: &str) -> Vec<String> {
    text.lines().map(|l| format!("> {l}")).collect()
}

fn comment_lines(n: usize, c: &Comment, i18n: &I18n) -> Vec<String> {
    // The heading names the question and the quote shows the text; the question's
    // own wording is left to the CSV, so that short packages fit a mail link.
    let mut lines = vec![format!(
        "== {} ==",
        i18n.tf(
            Key::EmailCommentHeading,
            &[("n", &n.to_string()), ("target", &target_text(i18n, &c.target)), ("version", c.target.version())]
        )
    )];
    if !c.target.quote().is_empty() {
        lines.push(i18n.t(Key::EmailAbout).to_owned());
        lines.extend(quoted(c.target.quote()));
    }
    lines.push(i18n.tf(Key::EmailKind, &[("kind", i18n.t(kind(c.kind)))]));
    lines.push(i18n.t(Key::EmailCommentText).to_owned());
    lines.extend(c.text.lines().map(str::to_owned));
    if c.kind == CommentKind::SuggestChange {
        lines.push(i18n.t(Key::EmailProposed).to_owned());
        lines.extend(quoted(&c.proposed));
    }
    let refs: Vec<&str> = c.references.iter().map(|r| r.trim()).filter(|r| !r.is_empty()).collect();
    if !refs.is_empty() {
        lines.push(i18n.t(Key::EmailReferences).to_owned());
        lines.extend(refs.iter().map(|r| format!("- {r}")));
    }
    if !c.language.is_empty() {
        let name = Lang::from_tag(&c.language).map_or(i18n.t(Key::LanguageOther), Lang::native_name);
        lines.push(i18n.tf(Key::EmailLanguage, &[("lang", name)]));
    }
    lines
}

fn commitment_lines(n: usize, k: &Commitment, i18n: &I18n) -> Vec<String> {
    let mut lines = vec![format!(
        "== {} ==",
        i18n.tf(Key::EmailCommitmentHeading, &[("n", &n.to_string()), ("title", k.title.trim())])
    )];
    let capacity = match k.capacity {
        Capacity::Individual => i18n.t(Key::CapacityIndividual).to_owned(),
        Capacity::Organisation => format!(
            "{} — {} ({})",
            i18n.t(Key::CapacityOrganisation),
            k.org_name.trim(),
            k.org_group.map_or("", |g| i18n.t(stakeholder(g)))
        ),
    };
    lines.push(field(i18n, Key::CapacityLegend, &capacity));
    lines.push(i18n.t(Key::DescriptionLabel).to_owned());
    lines.extend(k.description.lines().map(str::to_owned));
    lines.push(field(
        i18n,
        Key::TracksLegend,
        &k.tracks.iter().map(|t| i18n.t(track(*t))).collect::<Vec<_>>().join(", "),
    ));
    for link in &k.links {
        let label = match link {
            Link::Question { question, .. } => {
                i18n.tf(Key::LinkQuestionOption, &[("n", &question.to_string()), ("text", link.quote())])
            }
            Link::Message(a) => i18n.tf(
                Key::LinkMessageOption,
                &[
                    ("q", &a.message_id.question.to_string()),
                    ("n", &a.message_id.number.to_string()),
                    ("text", link.quote()),
                ],
            ),
        };
        lines.push(format!("- {label}"));
    }
    lines.push(i18n.t(Key::ActionsLegend).to_owned());
    for (i, a) in k.actions.iter().enumerate() {
        let due = a.due_date().map_or_else(|| a.due.clone(), |d| d.to_string());
        lines.push(format!("{}. {} — {}: {due}", i + 1, a.description.trim(), i18n.t(Key::ActionDueLabel)));
    }
    for (label, value) in [
        (Key::MeasurementLabel, &k.measurement),
        (Key::PartnersLabel, &k.partners),
        (Key::ResourcesLabel, &k.resources),
    ] {
        if !value.trim().is_empty() {
            lines.push(field(i18n, label, value.trim()));
        }
    }
    if !k.sdgs.is_empty() {
        lines.push(field(i18n, Key::SdgLegend, &k.sdgs.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")));
    }
    lines.push(field(i18n, Key::ConsentLabel, i18n.t(if k.consent_publish { Key::Yes } else { Key::No })));
    lines
}
