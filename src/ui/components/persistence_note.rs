use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersistenceNoteProps {
    /// Whether the browser agreed to keep storage; `None` when unknown.
    pub persisted: Option<bool>,
}

/// Says whether the browser promised to keep the drafts, and nudges to send
/// or export when it did not.
#[component]
pub fn PersistenceNote(props: &PersistenceNoteProps) -> Html {
    let i18n = use_i18n();
    match props.persisted {
        Some(true) => html! { <p class="igf-hint">{ i18n.t(Key::PersistGranted) }</p> },
        _ => html! { <p class="igf-hint">{ i18n.t(Key::PersistDenied) }</p> },
    }
}
