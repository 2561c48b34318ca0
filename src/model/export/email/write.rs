//! Writes a package as the email's data lines (see docs/export-format.md).

use super::label::*;
use super::value::push_field;
use crate::model::comment::{Comment, CommentKind, CommentTarget};
use crate::model::commitment::{Capacity, Commitment, Link};
use crate::model::document::{Anchor, AnchorKey};
use crate::model::export::package::{find_located, Package};
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::profile::Profile;
use crate::model::track::Track;
use crate::model::versions::Located;

/// Where anchors' messages are now, when `now` lines are written.
type Now<'a> = Option<&'a [(AnchorKey, Located)]>;

/// The data lines from the start line to the line before the receipt. Without
/// the `derived` lines (`status` and `now`) this is what the receipt is
/// computed over: they follow from the content and from the versions of the
/// documents the app had, so a later version of the app, or of a document, may
/// write them differently for the same drafts.
pub fn data(p: &Package, derived: bool) -> String {
    let now = derived.then_some(p.located.as_slice());
    let mut out = String::new();
    out.push_str(START);
    out.push('\n');
    push_field(&mut out, TO, &p.recipient);
    sender(&mut out, &p.sender);
    for c in &p.comments {
        out.push('\n');
        comment(&mut out, c, now);
    }
    for k in &p.commitments {
        out.push('\n');
        commitment(&mut out, k, now);
    }
    out
}

fn yes_no(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => YES,
        Some(false) => NO,
        None => UNANSWERED,
    }
}

fn optional(out: &mut String, label: &str, value: Option<&str>) {
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        push_field(out, label, v);
    }
}

fn sender(out: &mut String, s: &Profile) {
    push_field(out, NAME, &s.name);
    push_field(out, EMAIL, s.email.trim());
    optional(out, ORGANISATION, Some(&s.organisation));
    optional(out, STAKEHOLDER_GROUP, s.stakeholder.map(StakeholderGroup::slug));
    optional(out, REGION, s.region.map(Region::slug));
    optional(out, COUNTRY, Some(&s.country));
    optional(out, GENDER, s.gender.map(Gender::slug));
    push_field(out, PUBLISH_NAME, yes_no(s.publish_name));
}

/// `<track>-q<n>`, as in a message id without its message.
pub fn question_place(track: Track, question: u32) -> String {
    format!("{}-q{question}", track.slug())
}

fn anchor(out: &mut String, label: &str, a: &Anchor, now: Now) {
    push_field(out, label, &format!("{MESSAGE} {}", a.message_id));
    push_field(out, FINGERPRINT, &a.fingerprint);
    push_field(out, VERSION, &a.version);
    if let Some(l) = now.and_then(|now| find_located(now, a)) {
        push_field(out, NOW, &located(&l));
    }
}

/// `trust-q1-m7 (Version 2)`, or `removed (Version 2)`.
pub fn located(l: &Located) -> String {
    let place = l.message.map_or_else(|| REMOVED.to_owned(), |m| m.to_string());
    format!("{place} ({})", l.version.label())
}

fn target(out: &mut String, t: &CommentTarget, now: Now) {
    let (kind, place, version) = match t {
        CommentTarget::Document { track, version } => (DOCUMENT, track.slug().to_owned(), version),
        CommentTarget::Question { track, question, version, .. } => {
            (QUESTION, question_place(*track, *question), version)
        }
        CommentTarget::MissingPoint { track, question, version, .. } => {
            (MISSING_POINT, question_place(*track, *question), version)
        }
        CommentTarget::Message(a) => return anchor(out, TARGET, a, now),
    };
    push_field(out, TARGET, &format!("{kind} {place}"));
    push_field(out, VERSION, version);
}

fn status_line(out: &mut String, unfinished: bool) {
    if unfinished {
        push_field(out, STATUS, NOT_FINISHED);
    }
}

fn comment(out: &mut String, c: &Comment, now: Now) {
    push_field(out, COMMENT, &c.id);
    target(out, &c.target, now);
    push_field(out, KIND, c.kind.map_or("", CommentKind::slug));
    push_field(out, TEXT, &c.text);
    optional(out, PROPOSED, Some(&c.proposed));
    for r in c.references.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        push_field(out, REFERENCE, r);
    }
    optional(out, LANGUAGE, Some(&c.language));
    status_line(out, now.is_some() && !c.validate().is_empty());
}

fn commitment(out: &mut String, k: &Commitment, now: Now) {
    push_field(out, COMMITMENT, &k.id);
    push_field(
        out,
        CAPACITY,
        match k.capacity {
            None => "",
            Some(Capacity::Individual) => INDIVIDUAL,
            Some(Capacity::Organisation) => ORGANISATION_CAPACITY,
        },
    );
    optional(out, ORGANISATION_NAME, Some(&k.org_name));
    optional(out, ORGANISATION_GROUP, k.org_group.map(StakeholderGroup::slug));
    optional(out, ORGANISATION_AUTHORISED, k.org_authorised.then_some(YES));
    push_field(out, TITLE, &k.title);
    push_field(out, DESCRIPTION, &k.description);
    push_field(out, TRACKS, &k.tracks.iter().map(|t| t.slug()).collect::<Vec<_>>().join(" "));
    for link in &k.links {
        match link {
            Link::Question { track, question, version, .. } => {
                push_field(out, LINK, &format!("{QUESTION} {}", question_place(*track, *question)));
                push_field(out, VERSION, version);
            }
            Link::Message(a) => anchor(out, LINK, a, now),
        }
    }
    for a in &k.actions {
        push_field(out, ACTION, &a.description);
        push_field(out, DUE, &a.due);
    }
    optional(out, MEASUREMENT, Some(&k.measurement));
    optional(out, PARTNERS, Some(&k.partners));
    optional(out, RESOURCES, Some(&k.resources));
    optional(out, SDGS, Some(&k.sdgs.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" ")));
    push_field(out, CONSENT, yes_no(k.consent_publish));
    status_line(out, now.is_some() && !k.validate().is_empty());
}
