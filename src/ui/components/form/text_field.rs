use super::{error_for, text_area, text_input, TextAreaProps, TextInputProps};
use crate::model::i18n::{I18n, Key};
use crate::model::validate::FieldError;
use yew::prelude::*;

/// A text field described once, as data: the forms list theirs as constants
/// and one function draws them all, which costs far less wasm than building
/// each field's markup where it is used.
#[derive(Clone, Copy)]
pub struct TextField {
    pub field: &'static str,
    pub label: Key,
    pub hint: Option<Key>,
    /// Lines of a textarea; 0 for a one-line input.
    pub rows: u32,
    /// Shows a character count against this limit.
    pub max: Option<usize>,
    pub autocomplete: Option<&'static str>,
    /// The input's type, `text` unless given.
    pub input_type: Option<&'static str>,
    /// The language of what is typed, when it is fixed.
    pub lang: Option<&'static str>,
}

impl TextField {
    /// A one-line input.
    pub const fn input(field: &'static str, label: Key) -> TextField {
        TextField { field, label, hint: None, rows: 0, max: None, autocomplete: None, input_type: None, lang: None }
    }

    /// A textarea of `rows` lines.
    pub const fn area(field: &'static str, label: Key, rows: u32) -> TextField {
        TextField { rows, ..TextField::input(field, label) }
    }

    pub const fn hint(self, hint: Key) -> TextField {
        TextField { hint: Some(hint), ..self }
    }

    pub const fn max(self, max: usize) -> TextField {
        TextField { max: Some(max), ..self }
    }

    pub const fn autocomplete(self, autocomplete: &'static str) -> TextField {
        TextField { autocomplete: Some(autocomplete), ..self }
    }

    pub const fn input_type(self, input_type: &'static str) -> TextField {
        TextField { input_type: Some(input_type), ..self }
    }

    pub const fn lang(self, lang: &'static str) -> TextField {
        TextField { lang: Some(lang), ..self }
    }
}

/// The field `spec` holding `value`, with its first error in `errors`.
#[inline(never)]
pub fn text_field(
    i18n: &I18n,
    spec: &TextField,
    value: &str,
    errors: &[FieldError],
    on_input: Callback<String>,
) -> Html {
    let (field, label) = (AttrValue::Static(spec.field), AttrValue::Static(i18n.t(spec.label)));
    let hint = spec.hint.map(|k| AttrValue::Static(i18n.t(k)));
    let (value, error) = (AttrValue::from(value.to_owned()), error_for(i18n, errors, spec.field));
    if spec.rows == 0 {
        let (autocomplete, input_type) = (spec.autocomplete, spec.input_type);
        text_input(i18n, &TextInputProps { field, label, hint, value, error, input_type, autocomplete, on_input })
    } else {
        let (rows, max, lang) = (spec.rows, spec.max, spec.lang.map(AttrValue::Static));
        text_area(i18n, &TextAreaProps { field, label, hint, value, error, max, rows, lang, on_input })
    }
}
