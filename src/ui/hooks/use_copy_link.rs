use crate::model::document::Revision;
use crate::model::route::{Route, Target};
use crate::shell::{clipboard, location};
use crate::ui::state::{Action, AppState, CopyStatus};
use yew::prelude::*;

/// A callback that copies the link to a target in the version being read
/// (`None`: the newest) and reports how it went.
///
/// ```ignore
/// let on_copy = use_copy_link(state.dispatcher(), state.version());
/// html! { <button onclick={move |_| on_copy.emit(target)}>{ "Copy link" }</button> }
/// ```
#[hook]
pub fn use_copy_link(dispatch: UseReducerDispatcher<AppState>, version: Option<Revision>) -> Callback<Target> {
    // One callback per version read, so message items keep equal props and a
    // search keystroke does not re-render the ones it leaves hidden.
    use_callback(version, move |target: Target, version| {
        let (dispatch, route) = (dispatch.clone(), Route::Read(target, *version));
        wasm_bindgen_futures::spawn_local(async move {
            let status = match location::link_to(&route) {
                Ok(link) => match clipboard::write_text(&link).await {
                    Ok(()) => CopyStatus::Copied(target),
                    Err(_) => CopyStatus::Failed(link),
                },
                Err(_) => CopyStatus::Failed(route.href()),
            };
            dispatch.dispatch(Action::Copied(status));
        });
    })
}
