use yew::prelude::*;

/// A form's submit in the GOV.UK manner: when `valid`, `on_done` runs; when not,
/// the attempt count goes up, which shows the errors and moves focus to their
/// summary. Nothing typed is touched either way.
///
/// ```ignore
/// let (attempt, onsubmit) = use_submit(c.validate().is_empty(), props.on_done.clone());
/// html! { <form {onsubmit}>{ … }</form> }
/// ```
#[hook]
pub fn use_submit(valid: bool, on_done: Callback<()>) -> (u32, Callback<SubmitEvent>) {
    let attempt = use_state(|| 0u32);
    let onsubmit = {
        let attempt = attempt.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if valid {
                on_done.emit(());
            } else {
                attempt.set(*attempt + 1);
            }
        })
    };
    (*attempt, onsubmit)
}
