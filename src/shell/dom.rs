use super::error::ShellError;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// Where the app's elements live: the document, or the shadow root it was
    /// mounted in when embedded.
    static ROOT: RefCell<Option<web_sys::ShadowRoot>> = const { RefCell::new(None) };
}

/// Records the shadow root the app renders into, so lookups by id find its elements.
pub fn set_shadow_root(root: web_sys::ShadowRoot) {
    ROOT.with(|r| *r.borrow_mut() = Some(root));
}

/// The app's element with this id, in its shadow root if it has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    ROOT.with(|r| match &*r.borrow() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => web_sys::window()?.document()?.get_element_by_id(id),
    })
}

/// The app's first element that matches `selector`, in its shadow root if it has one.
pub fn query(selector: &str) -> Option<web_sys::Element> {
    ROOT.with(|r| match &*r.borrow() {
        Some(shadow) => shadow.query_selector(selector).ok().flatten(),
        None => web_sys::window()?.document()?.query_selector(selector).ok().flatten(),
    })
}

/// Scrolls the element to the top of the view and moves keyboard focus to it.
/// A form control's whole field comes into view, from its label or legend
/// down: the error summary links to the control, and the question and its
/// error, above it, say what to fix. Anything else (a heading, a group) is
/// itself the place: the field around a new action is the whole list of
/// actions, whose top would leave the new one off screen.
pub fn focus(id: &str) -> Result<(), ShellError> {
    let element = element(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or_else(|| ShellError::NoElement(id.to_owned()))?;
    let options = web_sys::ScrollIntoViewOptions::new();
    let tag = element.tag_name();
    // A button that takes the place of one just pressed is already about where the person looks.
    options.set_block(if tag == "BUTTON" {
        web_sys::ScrollLogicalPosition::Nearest
    } else {
        web_sys::ScrollLogicalPosition::Start
    });
    let control = matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT");
    let field = control.then(|| element.closest(".igf-field").ok().flatten()).flatten();
    let shown: &web_sys::Element = field.as_ref().unwrap_or(&element);
    shown.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    element.focus_with_options(&focus).map_err(|_| ShellError::NoElement(id.to_owned()))
}

/// Focuses the element behind `node`, when it is rendered.
pub fn focus_node(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        // Focus can only fail on an element gone from the page, which then needs none.
        let _ = element.focus();
    }
}
