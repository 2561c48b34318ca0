//! Labels only the interface needs; the shared ones live in the core.

use crate::model::comment::CommentTarget;
use crate::model::i18n::{I18n, Key};
use crate::model::sending::Sending;
use crate::model::store::Draft;
use yew::prelude::*;

pub use crate::model::i18n::labels::*;

/// The heading of the form for a comment on `target`.
pub fn form_title(i18n: &I18n, target: &CommentTarget) -> String {
    match target {
        CommentTarget::Document { track, .. } => {
            i18n.tf(Key::CommentTitleDocument, &[("track", i18n.t(track_key(*track)))])
        }
        CommentTarget::Question { question, .. } => i18n.tf(Key::CommentTitleQuestion, &[("n", &question.to_string())]),
        CommentTarget::MissingPoint { question, .. } => {
            i18n.tf(Key::CommentTitleMissing, &[("n", &question.to_string())])
        }
        CommentTarget::Message(a) => i18n.tf(
            Key::CommentTitleMessage,
            &[("q", &a.message_id.question.to_string()), ("n", &a.message_id.number.to_string())],
        ),
    }
}

/// A draft in a few words: what a comment is about, or a commitment's title.
pub fn draft_label(i18n: &I18n, draft: &Draft) -> String {
    match draft {
        Draft::Comment(c) => target_label(i18n, &c.target),
        Draft::Commitment(c) if c.title.trim().is_empty() => i18n.t(Key::UntitledCommitment).to_owned(),
        // Isolated, so that a title's own direction and punctuation stay its own.
        Draft::Commitment(c) => {
            i18n.tf(Key::CommitmentLabel, &[("title", &crate::model::export::isolate(c.title.trim()))])
        }
    }
}

/// A date in the interface language, by the browser's `Intl`.
pub fn fmt_date(i18n: &I18n, date: crate::model::date::Date) -> String {
    crate::shell::intl::date(date, i18n.lang.code())
}

/// The calendar day of a moment in milliseconds since 1970, in the interface
/// language. A moment outside 2000–2100 can only come from a damaged or
/// crafted file, and is shown as such rather than as an absurd year.
pub fn fmt_day(i18n: &I18n, ms: i64) -> String {
    let date = crate::model::date::Date::from_days_since_epoch(ms.div_euclid(86_400_000));
    if (2000..=2100).contains(&date.year) {
        fmt_date(i18n, date)
    } else {
        i18n.t(Key::InvalidDate).to_owned()
    }
}

/// A day and time, for telling two versions of a draft apart.
pub fn fmt_moment(i18n: &I18n, ms: i64) -> String {
    let day = fmt_day(i18n, ms);
    if day == i18n.t(Key::InvalidDate) {
        return day;
    }
    format!("{day} {}", crate::shell::clock::time_of_day(ms, i18n.lang.code()))
}

/// A whole number in the interface language.
pub fn fmt_number(i18n: &I18n, n: usize) -> String {
    crate::shell::intl::number(n, i18n.lang.code())
}

/// The kind (`data-tag`) and words of a draft's status tag: sent (with the day), changed
/// since sent, ready, not finished, or, when it is about text this app does
/// not have, needing attention.
pub fn status_tag(i18n: &I18n, sending: Sending, finished: bool, missing: bool) -> (&'static str, String) {
    match sending {
        Sending::Unsent if missing => ("incomplete", i18n.t(Key::CommentNeedsAttention).to_owned()),
        Sending::Sent(ms) => ("sent", i18n.tf(Key::CommentSent, &[("date", &fmt_day(i18n, ms))])),
        Sending::ChangedSinceSent(ms) => {
            ("changed", i18n.tf(Key::CommentChangedSinceSent, &[("date", &fmt_day(i18n, ms))]))
        }
        Sending::Unsent if finished => ("ready", i18n.t(Key::CommentReady).to_owned()),
        Sending::Unsent => ("incomplete", i18n.t(Key::CommentIncomplete).to_owned()),
    }
}

/// `template` with each `{name}` filled from `args`, every value in its own
/// `<bdi>`: what a person typed or a file held can never reorder the words
/// around it, whatever direction its letters run.
pub fn fill_isolated(template: &str, args: &[(&str, &str)]) -> Html {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + len];
        parts.push(html! { { rest[..start].to_owned() } });
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => parts.push(html! { <bdi>{ (*value).to_owned() }</bdi> }),
            None => parts.push(html! { { rest[start..=start + len].to_owned() } }),
        }
        rest = &rest[start + len + 1..];
    }
    parts.push(html! { { rest.to_owned() } });
    html! { <>{ for parts }</> }
}
