use crate::model::export::email::RECEIPT;
use crate::model::i18n::{I18n, Key};
use std::rc::Rc;
use yew::prelude::*;

pub struct EmailPreviewProps {
    pub recipient: AttrValue,
    pub subject: AttrValue,
    pub body: Rc<str>,
}

/// The email exactly as it will be sent. Each line keeps its own direction:
/// the data lines (`label: value`, `| …`) always read left to right with the
/// person's text isolated inside them, and the greeting, in the person's
/// language, takes the direction of its own words. Each line is a block, so
/// text selected and copied from here keeps its line breaks.
pub fn email_preview(i18n: &I18n, props: &EmailPreviewProps) -> Html {
    let lines = props.body.split('\n').map(preview_line);
    let gap = i18n.lang.sentence_gap();
    html! {
        <div class="igf-preview" tabindex="0" role="region" aria-label={i18n.t(Key::SendPreviewHeading)}>
            <p class="igf-preview-head">
                { i18n.t(Key::SendToLabel) }{ gap }<bdi>{ props.recipient.clone() }</bdi><br />
                { i18n.t(Key::SendSubjectLabel) }{ gap }<bdi class="igf-plain">{ subject_line(&props.subject) }</bdi>
            </p>
            <div class="igf-preview-body">{ for lines }</div>
        </div>
    }
}

/// The subject, with the receipt that ends it (`… [IGF-XXXXX-XXXXX]`) kept
/// whole, as people read it aloud and type it.
fn subject_line(subject: &str) -> Html {
    // A char, not " [": a reverse search for a string links in code of its own.
    match subject.strip_suffix(']').and_then(|s| s.rfind('[')) {
        Some(at) => html! { <>{ &subject[..at] }<span class="igf-receipt-tag">{ &subject[at..] }</span></> },
        None => html! { subject.to_owned() },
    }
}

/// One line of the body, with the direction its kind of line needs.
fn preview_line(line: &str) -> Html {
    if let Some(rest) = line.strip_prefix('|') {
        return html! { <span class="igf-line" dir="ltr">{ "|" }{ isolated(rest) }</span> };
    }
    match data_label(line) {
        // People read the receipt aloud and type it: never broken at a hyphen.
        Some((label @ RECEIPT, value)) => html! {
            <span class="igf-line igf-receipt-line" dir="ltr">{ label.to_owned() }{ ":" }{ isolated(value) }</span>
        },
        Some((label, value)) => html! {
            <span class="igf-line" dir="ltr">{ label.to_owned() }{ ":" }{ isolated(value) }</span>
        },
        None => html! { <span class="igf-line igf-plain" dir="auto">{ line.to_owned() }</span> },
    }
}

/// The person's text, isolated, after the spaces that part it from the label:
/// a space inside a right-to-left isolate would show on its far side
/// ("name:أمينة "). The line's text stays exactly as it is sent.
fn isolated(value: &str) -> Html {
    let text = value.trim_start_matches(' ');
    html! { <>{ &value[..value.len() - text.len()] }<bdi>{ text.to_owned() }</bdi></> }
}

/// `("text", " the value")` for a data line `text: the value`: labels are
/// lower-case ASCII words joined by hyphens.
fn data_label(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.split_once(':')?;
    let is_label = !label.is_empty()
        && label.starts_with(|c: char| c.is_ascii_lowercase())
        && label.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    is_label.then_some((label, value))
}
