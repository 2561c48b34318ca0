use crate::model::comment::{Comment, CommentKind};
use crate::model::fold::excerpt;
use crate::model::i18n::{I18n, Key};
use crate::model::missing::Missing;
use crate::model::route::Route;
use crate::model::sending::Sendable;
use crate::model::versions::{Place, Placement};
use crate::ui::components::{place_note, PlaceNoteProps};
use crate::ui::labels::{kind_key, status_tag, target_label};
use yew::prelude::*;

pub struct CommentCardProps {
    pub number: usize,
    pub comment: Comment,
    /// Where its message is in the newest version, for a comment on a message.
    pub placement: Option<Placement>,
    /// What it is about, when this app does not have it.
    pub missing: Option<Missing>,
    pub first: bool,
    pub last: bool,
    pub on_up: Callback<String>,
    pub on_down: Callback<String>,
    pub on_delete: Callback<String>,
}

/// The id of a draft's card heading, where focus goes when "Undo" puts it back.
pub fn card_heading_id(id: &str) -> String {
    format!("igf-card-{id}")
}

/// One comment in "My comments".
pub fn comment_card(i18n: &I18n, props: &CommentCardProps) -> Html {
    let c = &props.comment;
    let n = props.number.to_string();
    let label = |key: Key| i18n.tf(key, &[("n", &n)]);
    let emit = |cb: &Callback<String>| {
        let id = c.id.clone();
        cb.reform(move |_: MouseEvent| id.clone())
    };
    let (tag, status) = status_tag(i18n, c.sending(), c.is_finished(), props.missing.is_some());
    let heading_id = card_heading_id(&c.id);
    // The text of a removed message is shown whole: it is nowhere else now.
    let removed = props.placement.as_ref().is_some_and(|p| p.is_news() && matches!(p.place, Place::Removed { .. }));
    let quote = if removed { c.target.quote().to_owned() } else { excerpt(c.target.quote(), 160) };
    html! {
        <li key={c.id.clone()} class="igf-card" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="igf-card-title" tabindex="-1">{ label(Key::CommentNumber) }{ i18n.lang.colon() }{ target_label(i18n, &c.target) }</h2>
            <p><strong class="igf-tag" data-tag={tag}>{ status }</strong>{ " " }<span class="igf-muted">{ c.kind.map(|k| i18n.t(kind_key(k))).unwrap_or_default() }</span></p>
            if let Some(missing) = &props.missing {
                <p class="igf-warning">{ missing.reason(i18n) }</p>
            }
            if let (Some(placement), Some(original)) = (props.placement.clone(), c.target.message_id()) {
                { place_note(i18n, &PlaceNoteProps { placement, original, id: format!("igf-card-diff-{}", c.id).into() }) }
            }
            if !quote.is_empty() {
                <blockquote class="igf-card-quote" lang="en" dir="ltr"><p>{ quote }</p></blockquote>
            }
            // A suggested change is its wording: the card showed only the reason for it.
            if c.kind == Some(CommentKind::SuggestChange) && !c.proposed.trim().is_empty() {
                <p class="igf-card-proposed"><strong>{ i18n.t(Key::ProposedLabel) }{ i18n.lang.colon() }</strong><span lang="en" dir="ltr">{ excerpt(&c.proposed, 300) }</span></p>
            }
            <p class="igf-card-text" dir="auto" lang={c.text_lang().map(str::to_owned)}>
                { if c.text.trim().is_empty() { i18n.t(Key::NoTextYet).to_owned() } else { excerpt(&c.text, 300) } }
            </p>
            <div class="igf-card-actions">
                <a class="igf-button igf-button-secondary" href={Route::Comment(c.id.clone()).href()} aria-label={label(Key::EditLabel)}>{ i18n.t(Key::Edit) }</a>
                if !props.first {
                    <button type="button" class="igf-link-button" aria-label={label(Key::MoveUpLabel)} onclick={emit(&props.on_up)}>{ i18n.t(Key::MoveUp) }</button>
                }
                if !props.last {
                    <button type="button" class="igf-link-button" aria-label={label(Key::MoveDownLabel)} onclick={emit(&props.on_down)}>{ i18n.t(Key::MoveDown) }</button>
                }
                <button type="button" class="igf-link-button igf-danger" aria-label={label(Key::DeleteLabel)} onclick={emit(&props.on_delete)}>{ i18n.t(Key::Delete) }</button>
            </div>
        </li>
    }
}
