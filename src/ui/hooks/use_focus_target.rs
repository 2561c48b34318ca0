use crate::core::route::Target;
use crate::shell::dom;
use yew::prelude::*;

/// Moves focus to the target's element after each render that bumped `request`.
/// Request 0 means nothing was asked, so the first render leaves focus alone.
///
/// ```ignore
/// use_focus_target(state.focus_request, state.target);
/// ```
#[hook]
pub fn use_focus_target(request: u32, target: Option<Target>) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            if let Some(target) = target {
                // A missing element is shown to the person by the reader itself.
                let _ = dom::focus(&target.element_id());
            }
        }
    });
}
