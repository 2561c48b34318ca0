use super::{field_id, FieldErrorText};
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct RadioOption {
    pub value: AttrValue,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub field: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<RadioOption>,
    /// The checked option's value, if any.
    pub selected: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_change: Callback<AttrValue>,
}

/// A fieldset of radios. The first radio carries the field id, so the error
/// summary can move focus into the group.
#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let id = field_id(&props.field);
    let error_id = format!("{id}-error");
    html! {
        <fieldset class={classes!("igf-fieldset", "igf-field", props.error.is_some().then_some("igf-field-error"))}
            aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
            <legend class="igf-label">{ props.legend.clone() }</legend>
            if let Some(error) = &props.error { <FieldErrorText id={error_id.clone()} message={error.clone()} /> }
            <div class="igf-radios">
                { for props.options.iter().enumerate().map(|(i, option)| {
                    let option_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
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
                }) }
            </div>
        </fieldset>
    }
}
