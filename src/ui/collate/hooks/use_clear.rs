use crate::shell::inputs;
use crate::ui::collate::state::{CollateAction, CollateState, Keeping};
use yew::prelude::*;

/// Clears the collation once the person confirms: the files kept in the
/// browser first, then the page's copy.
///
/// ```ignore
/// let on_clear = use_clear(state.dispatcher());
/// html! { <button onclick={on_clear.reform(|_| ())}>{ "Yes, clear it" }</button> }
/// ```
#[hook]
pub fn use_clear(dispatch: UseReducerDispatcher<CollateState>) -> Callback<()> {
    use_callback((), move |(), ()| {
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match inputs::clear().await {
                // Nothing could be kept, so there is nothing to remove.
                Ok(()) | Err(inputs::StoreError::Unavailable) => dispatch.dispatch(CollateAction::Cleared),
                // The files are still kept: clearing only the page would bring them back at the next visit.
                Err(e) => {
                    dispatch.dispatch(CollateAction::Keeping(Keeping::Failed(e.to_string())));
                    dispatch.dispatch(CollateAction::CancelClear);
                }
            }
        });
    })
}
