use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadErrorsProps {
    /// (file name, what is wrong with it)
    pub errors: Vec<(String, String)>,
}

/// Shipped documents that failed to parse. Shown so that a bad file is noticed.
#[component]
pub fn LoadErrors(props: &LoadErrorsProps) -> Html {
    let i18n = use_i18n();
    if props.errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="igf-notice igf-notice-error">
            { for props.errors.iter().map(|(file, error)| html! {
                <p>{ i18n.tf(Key::DocumentError, &[("file", file), ("error", error)]) }</p>
            }) }
        </div>
    }
}
