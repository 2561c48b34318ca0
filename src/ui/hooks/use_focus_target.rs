use crate::shell::dom;
use yew::prelude::*;

/// Moves focus to the element `id` after each render that bumped `request`.
/// Request 0 means nothing was asked, so the first render leaves focus alone.
///
/// ```ignore
/// use_focus_target(state.focus_request, state.focus_id());
/// ```
#[hook]
pub fn use_focus_target(request: u32, id: String) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            // A missing element is shown to the person by the view itself.
            let _ = dom::focus(&id);
        }
    });
}
