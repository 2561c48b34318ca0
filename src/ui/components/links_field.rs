use crate::model::commitment::Link;
use crate::model::document::Library;
use crate::model::fold::excerpt;
pub use crate::model::i18n::labels::link_label;
use crate::model::i18n::{I18n, Key};
use crate::model::versions::Placements;
use crate::ui::components::{place_note, PlaceNoteProps};
use crate::ui::drafts::CommitmentEdit;
use crate::ui::events::select_before;
use crate::ui::labels::track_key;
use crate::ui::markup::hint;
use std::rc::Rc;
use yew::prelude::*;

pub struct LinksFieldProps {
    pub links: Vec<Link>,
    pub library: Rc<Library>,
    /// Where each linked message is in the newest version of its track.
    pub placements: Rc<Placements>,
    pub on_edit: Callback<CommitmentEdit>,
}

/// The id of the "Remove" button of the link at `i`: focus goes to the next
/// one when a link is removed, or to the list of links to add when none is left.
pub fn link_remove_id(i: usize) -> String {
    format!("igf-link-remove-{i}")
}

/// The id of the list to add a link from.
pub const LINK_SELECT_ID: &str = "igf-field-links";

/// The messages and questions a commitment answers: the linked ones, each
/// removable, and a list of every question and message to add one from. The
/// list adds nothing by itself: its button does, since arrow keys on a closed
/// list change its choice, and each change would have added a link.
pub fn links_field(i18n: &I18n, props: &LinksFieldProps) -> Html {
    let on_link = {
        let library = props.library.clone();
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(link) = select_before(&e).and_then(|key| Link::from_key(&key, &library)) {
                on_edit.emit(CommitmentEdit::AddLink(link));
            }
        })
    };
    let short = |s: &str| excerpt(s, 70);
    let links_key = props.links.len().to_string();
    html! {
            <fieldset class="igf-fieldset igf-field">
                <legend class="igf-label">{ i18n.t(Key::LinksLegend) }</legend>
                if props.links.is_empty() {
                    { hint(i18n.t(Key::LinksNone)) }
                } else {
                    <ul class="igf-links">
                        { for props.links.iter().enumerate().map(|(i, link)| {
                            let label = link_label(i18n, link);
                            html! {
                                <li>
                                    <span>{ label.clone() }</span>{ " " }
                                    if let Link::Message(a) = link {
                                        if let Some(placement) = props.placements.get(a).cloned() {
                                            { place_note(i18n, &PlaceNoteProps { placement, original: a.message_id, id: format!("igf-link-diff-{i}").into() }) }
                                        }
                                    }
                                    <button type="button" id={link_remove_id(i)} class="igf-link-button" aria-label={i18n.tf(Key::RemoveLinkLabel, &[("what", &label)])}
                                        onclick={props.on_edit.reform(move |_: MouseEvent| CommitmentEdit::RemoveLink(i))}>{ i18n.t(Key::RemoveLink) }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
                <label class="igf-label igf-label-small" for={LINK_SELECT_ID}>{ i18n.t(Key::LinkAddLabel) }</label>
                // Keyed by the links' count, so each added link brings back a fresh
                // list showing "choose", with no DOM write of its own.
                <select key={links_key} id={LINK_SELECT_ID} class="igf-select">
                    <option value="" selected=true>{ i18n.t(Key::LinkAddNone) }</option>
                    { for props.library.documents.iter().map(|doc| html! {
                        <optgroup label={i18n.t(track_key(doc.track))}>
                            { for doc.questions.iter().map(|q| html! {
                                <>
                                    <option value={format!("q:{}:{}", doc.track.slug(), q.number)}>{ i18n.tf(Key::LinkQuestionOption, &[("n", &q.number.to_string()), ("text", &short(&q.text))]) }</option>
                                    { for q.messages.iter().map(|m| html! {
                                        <option value={format!("m:{}", m.id)}>{ i18n.tf(Key::LinkMessageOption, &[("q", &q.number.to_string()), ("n", &m.number.to_string()), ("text", &short(&m.text))]) }</option>
                                    }) }
                                </>
                            }) }
                        </optgroup>
                    }) }
                </select>
                <button type="button" class="igf-button igf-button-secondary" onclick={on_link}>{ i18n.t(Key::LinkAddButton) }</button>
            </fieldset>
    }
}
