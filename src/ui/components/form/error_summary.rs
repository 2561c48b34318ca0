use super::field_error::message;
use super::field_id;
use crate::model::i18n::{I18n, Key};
use crate::model::validate::FieldError;
use crate::ui::hooks::{use_error_title, use_focus_link, use_focus_node};
use yew::prelude::*;

/// What the error summary needs from its form's hooks.
#[derive(Clone)]
pub struct ErrorSummaryFocus {
    node: NodeRef,
    focus_link: Callback<(MouseEvent, String)>,
}

/// The summary's focus on each submit that found errors (`attempt` is bumped
/// on each) and the page title's "Error: " while `errors` is true.
#[hook]
pub fn use_error_summary(attempt: u32, errors: bool) -> ErrorSummaryFocus {
    let node = use_node_ref();
    use_focus_node(node.clone(), attempt);
    use_error_title(errors);
    ErrorSummaryFocus { node, focus_link: use_focus_link() }
}

/// "There is a problem": receives focus on submit and links to each field.
/// Focus is what says it, its title as the name and the list as the
/// description: not a live region, which read the whole list again each time
/// one field was put right, since the list follows the form as it changes.
pub fn error_summary(i18n: &I18n, errors: &[FieldError], focus: &ErrorSummaryFocus) -> Html {
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="igf-error-summary" ref={focus.node.clone()} tabindex="-1" role="group" aria-labelledby="igf-error-summary-title" aria-describedby="igf-error-summary-list">
            <h2 id="igf-error-summary-title">{ i18n.t(Key::ErrorSummaryTitle) }</h2>
            <ul id="igf-error-summary-list">
                { for errors.iter().map(|e| {
                    let id = field_id(&e.field);
                    // Focus the field without touching the URL fragment, which is the app's route.
                    let onclick = {
                        let id = id.clone();
                        focus.focus_link.reform(move |ev| (ev, id.clone()))
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ message(i18n, e) }</a></li> }
                }) }
            </ul>
        </div>
    }
}
