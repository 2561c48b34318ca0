use super::Field;
use crate::model::i18n::I18n;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct RadioOption {
    pub value: AttrValue,
    pub label: AttrValue,
}

#[derive(Default)]
pub struct RadiosProps {
    pub field: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<RadioOption>,
    /// The checked option's value, if any.
    pub selected: Option<AttrValue>,
    pub error: Option<String>,
    pub on_change: Callback<AttrValue>,
}

/// A fieldset of radios.
pub fn radios(i18n: &I18n, props: &RadiosProps) -> Html {
    let field = Field::new(i18n, &props.field, None, props.error.as_ref());
    let radios = props.options.iter().enumerate().map(|(i, option)| {
        let option_id = field.option_id(i);
        let onchange = {
            let value = option.value.clone();
            props.on_change.reform(move |_: Event| value.clone())
        };
        html! {
            <div class="igf-radio">
                <input type="radio" id={option_id.clone()} name={props.field.clone()} value={option.value.clone()}
                    checked={props.selected.as_ref() == Some(&option.value)} {onchange} />
                <label for={option_id}>{ option.label.clone() }</label>
            </div>
        }
    });
    field.fieldset(&props.legend, radios.collect())
}
