//! Form building blocks in the GOV.UK style: a label, a hint, the error text
//! inline, and the same error in the summary at the top.

mod character_count;
mod checkboxes;
mod date_input;
mod error_summary;
mod field;
mod field_error;
mod radios;
mod text_area;
mod text_field;
mod text_input;

pub use character_count::character_count;
pub use checkboxes::{checkbox, checkboxes, CheckboxProps, CheckboxesProps};
pub use date_input::{date_input, DateInputProps};
pub use error_summary::{error_summary, use_error_summary, ErrorSummaryFocus};
pub use field::Field;
pub use field_error::{error_for, field_error_text, message};
pub use radios::{radios, RadioOption, RadiosProps};
pub use text_area::{text_area, TextAreaProps};
pub use text_field::{text_field, TextField};
pub use text_input::{text_input, TextInputProps};

/// The element id of a form field.
pub fn field_id(field: &str) -> String {
    format!("igf-field-{field}")
}

/// What the form on screen keeps between renders, which the app holds, as
/// only one form shows at a time: the attempts at sending it, and where its
/// error summary takes focus.
#[derive(Clone)]
pub struct FormState {
    pub attempts: crate::ui::hooks::Attempts,
    pub focus: ErrorSummaryFocus,
}
