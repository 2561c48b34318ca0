use crate::shell::dom;
use yew::prelude::*;

/// A link's click that moves focus to the element with the given id without
/// touching the URL, whose fragment holds the app's place and the host's:
/// "Skip to content", and the error summary's links to its fields.
///
/// ```ignore
/// let focus_link = use_focus_link();
/// let onclick = focus_link.reform(move |e| (e, "igf-field-name".to_owned()));
/// html! { <a href="#igf-field-name" {onclick}>{ "Enter your name" }</a> }
/// ```
#[hook]
pub fn use_focus_link() -> Callback<(MouseEvent, String)> {
    use_callback((), |(e, id): (MouseEvent, String), ()| {
        e.prevent_default();
        // A missing target leaves focus where it is, which is all a link can do.
        let _ = dom::focus(&id);
    })
}

/// Focuses the element behind `node`, if it is rendered, when it appears and
/// after each render that changed `request`: the error summary after each
/// failed submit.
///
/// ```ignore
/// let node = use_node_ref();
/// use_focus_node(node.clone(), props.attempt);
/// ```
#[hook]
pub fn use_focus_node(node: NodeRef, request: u32) {
    use_effect_with(request, move |_| dom::focus_node(&node));
}

/// Focuses the element behind `node` after each render that changed
/// `request`, but not when it first renders (request 0): focus that moved
/// at page load would throw a screen reader's reading position.
#[hook]
pub fn use_focus_node_on(node: NodeRef, request: u32) {
    use_effect_with(request, move |&request| {
        if request > 0 {
            dom::focus_node(&node);
        }
    });
}
