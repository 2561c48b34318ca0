use crate::model::i18n::{I18n, Key};
use crate::shell::title;
use yew::prelude::*;

/// Names the page after the view on screen: "Review and send – IGF 2020
/// Messages", in the interface language, when the app owns the page.
///
/// ```ignore
/// use_page_title(&i18n, Some(i18n.t(Key::SendTitle).to_owned()), !config.embedded);
/// ```
#[hook]
pub fn use_page_title(i18n: &I18n, view: Option<String>, owns_page: bool) {
    let app = i18n.t(Key::AppTitle);
    let plain = match view {
        Some(view) => i18n.tf(Key::PageTitle, &[("view", &view), ("app", app)]),
        None => app.to_owned(),
    };
    let with_error = i18n.tf(Key::PageTitleError, &[("title", &plain)]);
    use_effect_with((plain, with_error, owns_page), |(plain, with_error, owns_page)| {
        title::set(*owns_page, plain.clone(), with_error.clone());
    });
}

/// Marks the page title "Error:" while `errors` holds: the error summary calls
/// it, so every form gets it.
#[hook]
pub fn use_error_title(errors: bool) {
    use_effect_with(errors, |&errors| {
        title::set_errors(errors);
        move || title::set_errors(false)
    });
}
