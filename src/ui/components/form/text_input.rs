use super::Field;
use crate::ui::events::input_value;
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
    let field = Field::new(&props.field, props.hint.as_ref(), props.error.as_ref());
    let oninput = props.on_input.reform(|e: InputEvent| input_value(&e));
    let control = html! {
        <input id={field.id.clone()} class="igf-input" type={props.input_type.clone()} name={props.field.clone()} value={props.value.clone()}
            autocomplete={props.autocomplete.clone()} aria-invalid={field.invalid()} aria-describedby={field.described_by(None)} {oninput} />
    };
    field.labelled(&props.label, control, Html::default())
}
