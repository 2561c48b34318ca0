//! What a form control's event says: its value or its checked state. The one
//! place the UI reads the DOM element behind an event, so components name no
//! browser types.

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

/// Whether the checkbox or radio that fired `e` is now checked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}
