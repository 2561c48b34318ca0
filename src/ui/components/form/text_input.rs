use super::{field_id, FieldErrorText};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    pub field: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    pub on_input: Callback<String>,
}

#[component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let id = field_id(&props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [props.hint.as_ref().map(|_| hint_id.as_str()), props.error.as_ref().map(|_| error_id.as_str())].into_iter().flatten().collect();
    let oninput = props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class={classes!("igf-field", props.error.is_some().then_some("igf-field-error"))}>
            <label class="igf-label" for={id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint { <p id={hint_id.clone()} class="igf-hint">{ hint.clone() }</p> }
            if let Some(error) = &props.error { <FieldErrorText id={error_id.clone()} message={error.clone()} /> }
            <input {id} class="igf-input" type={props.input_type.clone()} name={props.field.clone()} value={props.value.clone()}
                autocomplete={props.autocomplete.clone()} aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} />
        </div>
    }
}
