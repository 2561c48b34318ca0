use crate::model::i18n::{I18n, Key};
use crate::model::validate::FieldError;
use crate::ui::labels::fmt_number;
use yew::prelude::*;

/// The message for a field's first error, if it has one.
pub fn error_for(i18n: &I18n, errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| message(i18n, e))
}

pub fn message(i18n: &I18n, e: &FieldError) -> String {
    let arg = e.arg.as_deref().unwrap_or_default();
    // A limit reads as the language writes numbers: "3,000", "3 000".
    let n = arg.parse::<u32>().map_or_else(|_| arg.to_owned(), |n| fmt_number(i18n, n as usize));
    let field = e.label.map_or("", |label| i18n.t(label));
    i18n.tf(e.key, &[("n", &n), ("value", arg), ("field", field)])
}

/// The inline error under a label, with a prefix for screen readers.
pub fn field_error_text(i18n: &I18n, id: String, message: &str) -> Html {
    html! {
        <p {id} class="igf-error-message">
            <span class="igf-visually-hidden">{ i18n.t(Key::ErrorPrefix) }{ i18n.lang.sentence_gap() }</span>{ message.to_owned() }
        </p>
    }
}
