use super::error::ShellError;
use wasm_bindgen::JsCast;

/// Scrolls the element to the top of the view and moves keyboard focus to it.
pub fn focus(id: &str) -> Result<(), ShellError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(ShellError::NoWindow)?;
    let element = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or_else(|| ShellError::NoElement(id.to_owned()))?;
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    element.focus_with_options(&focus).map_err(|_| ShellError::NoElement(id.to_owned()))
}
