//! The page's `<title>`: each view names itself, with an error prefix while
//! its form shows errors (GOV.UK). Only on the app's own page: an embedding
//! page's title is its own.

use std::cell::RefCell;

#[derive(Default)]
struct Title {
    owned: bool,
    plain: String,
    with_error: String,
    errors: bool,
}

thread_local! {
    static TITLE: RefCell<Title> = RefCell::default();
}

/// Sets the view's title, and the title to show while its form has errors.
pub fn set(owned: bool, plain: String, with_error: String) {
    TITLE.with(|t| {
        let mut t = t.borrow_mut();
        (t.owned, t.plain, t.with_error) = (owned, plain, with_error);
    });
    apply();
}

/// Whether the form on screen shows errors.
pub fn set_errors(errors: bool) {
    TITLE.with(|t| t.borrow_mut().errors = errors);
    apply();
}

fn apply() {
    TITLE.with(|t| {
        let t = t.borrow();
        if !t.owned {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(if t.errors { &t.with_error } else { &t.plain });
        }
    });
}
