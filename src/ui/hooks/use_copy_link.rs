use crate::model::route::Target;
use crate::shell::{clipboard, location};
use crate::ui::state::{Action, AppState, CopyStatus};
use yew::prelude::*;

/// A callback that copies the link to a target and reports how it went.
///
/// ```ignore
/// let on_copy = use_copy_link(state.dispatcher());
/// html! { <button onclick={move |_| on_copy.emit(target)}>{ "Copy link" }</button> }
/// ```
#[hook]
pub fn use_copy_link(dispatch: UseReducerDispatcher<AppState>) -> Callback<Target> {
    // One callback for the page's life, so message items keep equal props and
    // a search keystroke does not re-render the ones it leaves hidden.
    use_callback((), move |target: Target, ()| {
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let status = match location::link_to(target) {
                Ok(link) => match clipboard::write_text(&link).await {
                    Ok(()) => CopyStatus::Copied,
                    Err(_) => CopyStatus::Failed(link),
                },
                Err(_) => CopyStatus::Failed(format!("#{}={}", crate::model::route::HASH_KEY, target.path())),
            };
            dispatch.dispatch(Action::Copied(status));
        });
    })
}
