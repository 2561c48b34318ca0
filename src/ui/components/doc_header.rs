use crate::model::deadline::{DeadlineStatus, Period};
use crate::model::document::Document;
use crate::model::i18n::{I18n, Key};
use crate::model::route::Target;
use crate::ui::labels::{fmt_date, version_label};
use std::rc::Rc;
use yew::prelude::*;

/// The language the shipped Messages were published in.
pub const DOC_LANG: &str = "en";

pub struct DocHeaderProps {
    pub doc: Rc<Document>,
    /// Whether this version takes comments, and until when.
    pub period: Period,
}

/// Title, track, version and the living-document note, with whether the
/// version is open for comment and until when.
pub fn doc_header(i18n: &I18n, props: &DocHeaderProps) -> Html {
    let doc = &props.doc;
    let deadline = match props.period {
        Period::Deadline { date, status, .. } => {
            let date = fmt_date(i18n, date);
            let args = [("date", date.as_str())];
            Some(match status {
                DeadlineStatus::Open { days_left } => {
                    (None, i18n.count(days_left as usize, Key::DeadlineOpenOne, Key::DeadlineOpenOther, &args))
                }
                DeadlineStatus::LastDay => (None, i18n.tf(Key::DeadlineToday, &args)),
                DeadlineStatus::Closed => (Some("true"), i18n.tf(Key::DeadlineClosed, &args)),
            })
        }
        Period::Final => Some((Some("true"), i18n.t(Key::FinalNotOpen).to_owned())),
        Period::Open | Period::Superseded => None,
    };
    let badge = match props.period {
        Period::Superseded | Period::Deadline { superseded: true, .. } => Key::BadgeEarlierVersion,
        period if period.is_open() => Key::LivingDocument,
        _ => Key::BadgeNotOpen,
    };
    html! {
        <header class="igf-doc-header">
            <h1 id={Target::Track(doc.track).element_id()} tabindex="-1">
                <span lang={DOC_LANG} dir="ltr">{ &doc.title }</span>
                // A space, not a margin, between the two: each is left to
                // right, so a margin on either's inline start falls on the
                // wrong side when they sit on one line in a right-to-left view.
                { " " }
                <span class="igf-track-name" lang={DOC_LANG} dir="ltr">{ doc.track.name() }</span>
            </h1>
            <p class="igf-version">
                <span class="igf-badge">{ i18n.t(badge) }</span>
                { " " }
                <span>{ // The version in the interface language: the document's own "Version 1" is English.
                    i18n.tf(Key::VersionLine, &[("version", &version_label(i18n, doc.revision)), ("date", &fmt_date(i18n, doc.date))]) }</span>
            </p>
            // Folded, so that on a phone the first message is on the first screen.
            if let Some(note) = &doc.note {
                <details class="igf-doc-note">
                    <summary>{ i18n.t(Key::DocNoteSummary) }</summary>
                    <p class="igf-note" lang={DOC_LANG} dir="ltr">{ note }</p>
                </details>
            }
            if let Some((closed, text)) = deadline {
                <p class="igf-deadline" data-closed={closed}>{ text }</p>
            }
        </header>
    }
}
