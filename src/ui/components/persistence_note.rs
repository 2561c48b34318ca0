use crate::model::i18n::{I18n, Key};
use yew::prelude::*;

/// Says whether the browser promised to keep the drafts (`persisted`, `None`
/// when unknown), and nudges to send or export when it did not. A function,
/// not a component: it only holds markup, and each component costs about
/// 3 KB of wasm.
pub fn persistence_note(i18n: &I18n, persisted: Option<bool>) -> Html {
    let key = if persisted == Some(true) { Key::PersistGranted } else { Key::PersistDenied };
    html! { <p class="igf-hint">{ i18n.t(key) }</p> }
}
