use super::field_error::message;
use super::field_id;
use crate::model::i18n::Key;
use crate::model::validate::FieldError;
use crate::ui::hooks::{use_error_title, use_focus_link, use_focus_node, use_i18n};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
    /// Bumped on each submit that found errors, to move focus here again.
    pub attempt: u32,
}

/// "There is a problem": receives focus on submit and links to each field.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let i18n = use_i18n();
    let node = use_node_ref();
    use_focus_node(node.clone(), props.attempt);
    use_error_title(!props.errors.is_empty());
    let focus_link = use_focus_link();
    if props.errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="igf-error-summary" ref={node} tabindex="-1" role="alert" aria-labelledby="igf-error-summary-title">
            <h2 id="igf-error-summary-title">{ i18n.t(Key::ErrorSummaryTitle) }</h2>
            <ul>
                { for props.errors.iter().map(|e| {
                    let id = field_id(&e.field);
                    // Focus the field without touching the URL fragment, which is the app's route.
                    let onclick = {
                        let id = id.clone();
                        focus_link.reform(move |ev| (ev, id.clone()))
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ message(&i18n, e) }</a></li> }
                }) }
            </ul>
        </div>
    }
}
