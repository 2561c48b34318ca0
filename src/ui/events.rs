//! What a form control's event says: its value or its checked state. The one
//! place the UI reads the DOM element behind an event, so components name no
//! browser types. It also closes a disclosure (`close_disclosure`).

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The text of the `<input>` that fired `e`.
pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The text of the `<textarea>` that fired `e`.
pub fn text_area_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}

/// The chosen option of the `<select>` that fired `e`.
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The chosen option of the `<select>` just before the button that fired `e`:
/// a list with its own button, which acts only when pressed.
pub fn select_before(e: &MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let button = e.target_dyn_into::<web_sys::Element>()?;
    let select = button.previous_element_sibling()?.dyn_into::<HtmlSelectElement>().ok()?;
    Some(select.value())
}

/// Closes the `<details>` that `e` happened in. Focus, if it was inside,
/// goes to its summary, where the person opened it, rather than being lost
/// with the hidden list; a click replayed after the app started leaves
/// focus where the person has since put it. The one DOM write here, as a
/// disclosure's open state is the browser's, which the view never sets.
pub fn close_disclosure(e: &Event) {
    let Some(details) = open_disclosure(e) else { return };
    let had_focus = details.matches(":focus-within").unwrap_or(false);
    close(&details);
    if had_focus {
        use wasm_bindgen::JsCast;
        if let Some(summary) = details.first_element_child().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = summary.focus();
        }
    }
}

/// Closes the `<details>` that `e` happened in when focus has moved to an
/// element outside it: an open list would cover what has focus. Focus that
/// goes nowhere is left alone: a browser that does not focus a button on
/// click (Safari) blurs first, and closing then would lose the click.
pub fn close_disclosure_left(e: &FocusEvent) {
    use wasm_bindgen::JsCast;
    let Some(details) = open_disclosure(e) else { return };
    let Some(to) = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else { return };
    if !details.contains(Some(&to)) {
        close(&details);
    }
}

/// The open `<details>` that `e` happened in.
fn open_disclosure(e: &Event) -> Option<web_sys::Element> {
    let details = e.target_dyn_into::<web_sys::Element>()?.closest("details").ok().flatten()?;
    details.has_attribute("open").then_some(details)
}

fn close(details: &web_sys::Element) {
    // Only a browser that cannot remove an attribute refuses, and then the list stays open.
    let _ = details.remove_attribute("open");
}

/// Whether the checkbox or radio that fired `e` is now checked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}
