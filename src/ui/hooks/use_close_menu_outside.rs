use crate::shell::page_events;
use yew::prelude::*;

/// Closes the open language list on a click anywhere outside it, for as long
/// as the component that calls this is on the page.
///
/// ```ignore
/// use_close_menu_outside();
/// ```
#[hook]
pub fn use_close_menu_outside() {
    use_effect_with((), |()| {
        let listener = page_events::close_on_click_outside("details.igf-lang[open]");
        move || drop(listener)
    });
}
