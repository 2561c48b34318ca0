use crate::model::comment::{Comment, CommentKind, CommentTarget, MAX_TEXT};
use crate::model::document::Revision;
use crate::model::i18n::{I18n, Key, Lang};
use crate::model::route::{Route, Target};
use crate::model::sending::Sendable;
use crate::model::versions::{Basis, Placement};
use crate::ui::components::form::{
    error_for, error_summary, radios, text_area, text_field, FormState, RadioOption, RadiosProps, TextAreaProps,
    TextField,
};
use crate::ui::components::{place_note, word_diff, PlaceNoteProps, WordDiffProps};
use crate::ui::drafts::CommentEdit;
use crate::ui::events::select_value;
use crate::ui::labels::{fmt_day, form_title, kind_key, version_label};
use crate::ui::markup::hint;
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

const PROPOSED: TextField =
    TextField::area("proposed", Key::ProposedLabel, 6).hint(Key::ProposedHint).max(MAX_TEXT).lang("en");
const REFERENCES: TextField = TextField::area("references", Key::ReferencesLabel, 3).hint(Key::ReferencesHint);

pub struct CommentViewProps {
    /// `None` when the id in the URL is not among the drafts.
    pub comment: Option<Comment>,
    /// Where its message is in the newest version, for a comment on a message.
    pub placement: Option<Placement>,
    /// The newest version of the comment's track, when it is not open for comment.
    pub closed: Option<Revision>,
    /// Whether drafts are kept on this device: if not, saying that what is typed is saved would mislead.
    pub kept: bool,
    pub on_edit: Callback<CommentEdit>,
    /// Called after "Save comment" found nothing wrong.
    pub on_done: Callback<()>,
}

/// Where a comment's "Back" link leads: the text it is about, in the newest
/// version where it is now; a removed message in the version it was written on.
fn back_route(target: &CommentTarget, placement: Option<&Placement>) -> Route {
    let place = match target {
        CommentTarget::Message(a) => match placement {
            Some(p) if p.is_news() => match (p.place.now(), p.written) {
                (Some(now), _) => Target::Message(now),
                (None, Some(written)) if p.basis == Basis::Matching => {
                    return Route::Read(Target::Message(a.message_id), Some(written))
                }
                (None, _) => Target::Track(a.message_id.track),
            },
            _ => Target::Message(a.message_id),
        },
        CommentTarget::Document { .. } | CommentTarget::Question { .. } | CommentTarget::MissingPoint { .. } => {
            target.place()
        }
    };
    Route::Read(place, None)
}

/// The comment form. Every keystroke goes to the draft, which autosaves, so a
/// validation error never clears anything.
pub fn comment_view(i18n: &I18n, props: &CommentViewProps, form: &FormState) -> Html {
    let errors = || props.comment.as_ref().map(Comment::validate).unwrap_or_default();
    let onsubmit = form.attempts.onsubmit(errors(), props.on_done.clone());
    let errors = form.attempts.shown(errors());
    let Some(c) = &props.comment else {
        return html! {
            <section class="igf-view">
                <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::NavMyComments) }</h1>
                <p class="igf-notice">{ i18n.t(Key::CommentNotFound) }</p>
                <p><a href={Route::Comments.href()}>{ i18n.t(Key::NavMyComments) }</a></p>
            </section>
        };
    };
    let error = |field: &str| error_for(i18n, &errors, field);
    let kinds: Vec<CommentKind> = match c.target {
        CommentTarget::MissingPoint { .. } => vec![CommentKind::PointMissing],
        // The whole document has no one wording to change (a draft made
        // before this was left out keeps its kind on offer).
        CommentTarget::Document { .. } => CommentKind::ALL
            .into_iter()
            .filter(|k| *k != CommentKind::SuggestChange || c.kind == Some(CommentKind::SuggestChange))
            .collect(),
        _ => CommentKind::ALL.to_vec(),
    };
    let edit = |f: fn(String) -> CommentEdit| props.on_edit.reform(f);
    let on_language = props.on_edit.reform(|e: Event| CommentEdit::Language(select_value(&e)));
    let quote = c.target.quote();
    html! {
        <section class="igf-view">
            <p><a class="igf-back-link" href={back_route(&c.target, props.placement.as_ref()).href()}>{ i18n.t(Key::Back) }</a></p>
            { error_summary(i18n, &errors, &form.focus) }
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ form_title(i18n, &c.target) }</h1>
            if let Some(closed) = props.closed {
                <p class="igf-notice">{ i18n.tf(Key::DraftClosedNotice, &[("version", &version_label(i18n, closed))]) }</p>
            }
            // Before any change, not only on the card after saving it.
            if let Some(at) = c.sent_at() {
                <p class="igf-notice">{ i18n.tf(Key::CommentSentNotice, &[("date", &fmt_day(i18n, at))]) }</p>
            }
            if let (Some(placement), Some(original)) = (props.placement.clone(), c.target.message_id()) {
                { place_note(i18n, &PlaceNoteProps { placement, original, id: "igf-place-diff".into() }) }
            }
            if !quote.is_empty() {
                <figure class="igf-quote">
                    <figcaption class="igf-hint">{ i18n.t(Key::QuotedLabel) }</figcaption>
                    <blockquote lang="en" dir="ltr"><p>{ quote }</p></blockquote>
                </figure>
            }
            <form class="igf-form" novalidate=true {onsubmit}>
                { radios(i18n, &RadiosProps { field: "kind".into(), legend: i18n.t(Key::KindLegend).into(), options: kinds.iter().map(|k| RadioOption { value: k.slug().into(), label: i18n.t(kind_key(*k)).into() }).collect::<Vec<_>>(), selected: c.kind.map(|k| AttrValue::from(k.slug())), error: error("kind"), on_change: props.on_edit.reform(|v: AttrValue| CommentEdit::Kind(CommentKind::from_slug(&v).unwrap_or(CommentKind::Support))) }) }
                { text_area(i18n, &TextAreaProps { field: "text".into(), label: i18n.t(Key::TextLabel).into(), hint: Some(AttrValue::from(i18n.t(Key::TextHint))), value: c.text.clone().into(), error: error("text"), max: Some(MAX_TEXT), rows: 8, lang: c.text_lang().map(|l| AttrValue::from(l.to_owned())), on_input: edit(CommentEdit::Text) }) }
                if c.kind == Some(CommentKind::SuggestChange) {
                    { text_field(i18n, &PROPOSED, &c.proposed, &errors, edit(CommentEdit::Proposed)) }
                    { word_diff(i18n, &WordDiffProps { old: c.original().to_owned().into(), new: c.proposed.clone().into(), ..Default::default() }) }
                }
                { text_field(i18n, &REFERENCES, &c.references.join("\n"), &errors, edit(CommentEdit::References)) }
                <div class="igf-field">
                    <label class="igf-label" for="igf-field-language">{ i18n.t(Key::LanguageLabel) }</label>
                    <select id="igf-field-language" class="igf-select" name="language" onchange={on_language}>
                        <option value="" selected={c.language.is_empty()}>{ i18n.t(Key::LanguageNotSaid) }</option>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} lang={l.code()} selected={c.language == l.code()}>{ l.native_name() }</option>
                        }) }
                        <option value="other" selected={c.language == "other"}>{ i18n.t(Key::LanguageOther) }</option>
                    </select>
                </div>
                if props.kept {
                    { hint(i18n.t(Key::AutosaveHint)) }
                }
                <button type="submit" class="igf-button">{ i18n.t(Key::SaveComment) }</button>
            </form>
        </section>
    }
}
