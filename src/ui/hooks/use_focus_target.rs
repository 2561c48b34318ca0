use crate::shell::dom;
use crate::ui::state::NOT_FOUND_ID;
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
        // A link to a question or message the document lacks: focus goes to
        // the notice that says so, not nowhere.
        if request > 0 && dom::focus(&id).is_err() {
            let _ = dom::focus(NOT_FOUND_ID);
        }
    });
}
