use super::Field;
use crate::model::i18n::I18n;
use crate::ui::events::input_value;
use yew::prelude::*;

#[derive(Default)]
pub struct TextInputProps {
    pub field: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub error: Option<String>,
    /// `text` unless given.
    pub input_type: Option<&'static str>,
    pub autocomplete: Option<&'static str>,
    pub on_input: Callback<String>,
}

pub fn text_input(i18n: &I18n, props: &TextInputProps) -> Html {
    let field = Field::new(i18n, &props.field, props.hint.as_ref(), props.error.as_ref());
    let oninput = props.on_input.reform(|e: InputEvent| input_value(&e));
    let control = html! {
        <input id={field.id.clone()} class="igf-input" type={props.input_type.unwrap_or("text")} name={props.field.clone()} value={props.value.clone()}
            dir="auto" autocomplete={props.autocomplete} aria-invalid={field.invalid()} aria-describedby={field.described_by(None)} {oninput} />
    };
    field.labelled(&props.label, control, Html::default())
}
