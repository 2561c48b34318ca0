use crate::model::document::ParseError;
use crate::model::i18n::{I18n, Key};
use yew::prelude::*;

/// Shipped documents that failed to parse, as (file name, error). Shown so
/// that a bad file is noticed. A function, not a component: it only holds
/// markup.
pub fn load_errors(i18n: &I18n, errors: &[(String, ParseError)]) -> Html {
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="igf-notice igf-notice-error">
            { for errors.iter().map(|(file, error)| html! {
                <p>{ i18n.tf(Key::DocumentError, &[("file", file), ("error", &error.to_string())]) }</p>
            }) }
        </div>
    }
}
