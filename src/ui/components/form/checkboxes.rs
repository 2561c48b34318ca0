use super::{Field, RadioOption};
use crate::model::i18n::I18n;
use crate::ui::events::checked;
use yew::prelude::*;

#[derive(Default)]
pub struct CheckboxesProps {
    pub field: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<RadioOption>,
    /// Values of the checked options.
    pub checked: Vec<AttrValue>,
    pub error: Option<String>,
    /// (value, now checked)
    pub on_toggle: Callback<(AttrValue, bool)>,
}

/// A fieldset of checkboxes.
pub fn checkboxes(i18n: &I18n, props: &CheckboxesProps) -> Html {
    let field = Field::new(i18n, &props.field, None, props.error.as_ref());
    let boxes = props.options.iter().enumerate().map(|(i, option)| {
        let option_id = field.option_id(i);
        let onchange = {
            let value = option.value.clone();
            props.on_toggle.reform(move |e: Event| (value.clone(), checked(&e)))
        };
        html! {
            <div class="igf-radio igf-checkbox">
                <input type="checkbox" id={option_id.clone()} name={props.field.clone()} value={option.value.clone()}
                    checked={props.checked.contains(&option.value)} {onchange} />
                <label for={option_id}>{ option.label.clone() }</label>
            </div>
        }
    });
    field.fieldset(&props.legend, boxes.collect())
}

#[derive(Default)]
pub struct CheckboxProps {
    pub field: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub error: Option<String>,
    pub on_change: Callback<bool>,
}

/// One checkbox that stands alone, such as a confirmation.
pub fn checkbox(i18n: &I18n, props: &CheckboxProps) -> Html {
    let field = Field::new(i18n, &props.field, None, props.error.as_ref());
    let onchange = props.on_change.reform(|e: Event| checked(&e));
    html! {
        <div class="igf-field" data-error={field.invalid()}>
            { field.hint_and_error() }
            <div class="igf-radio igf-checkbox">
                <input type="checkbox" id={field.id.clone()} name={props.field.clone()} checked={props.checked}
                    aria-describedby={field.described_by(None)} {onchange} />
                <label for={field.id.clone()}>{ props.label.clone() }</label>
            </div>
        </div>
    }
}
