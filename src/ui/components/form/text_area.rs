use super::{character_count, Field};
use crate::model::i18n::I18n;
use crate::model::validate::char_count;
use crate::ui::events::text_area_value;
use yew::prelude::*;

// Its first fields are TextInputProps' on purpose: GOV.UK's textarea and text
// input take the same label, hint, value and error, and what they do with them
// is shared in `Field`; each adds attributes only it has.
#[derive(Default)]
pub struct TextAreaProps {
    pub field: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub error: Option<String>,
    /// Shows a character count against this limit.
    pub max: Option<usize>,
    pub rows: u32,
    pub lang: Option<AttrValue>,
    pub on_input: Callback<String>,
}

pub fn text_area(i18n: &I18n, props: &TextAreaProps) -> Html {
    let field = Field::new(i18n, &props.field, props.hint.as_ref(), props.error.as_ref());
    let count_id = format!("{}-count", field.id);
    let oninput = props.on_input.reform(|e: InputEvent| text_area_value(&e));
    let control = html! {
        <textarea id={field.id.clone()} class="igf-textarea" name={props.field.clone()} rows={props.rows.to_string()} value={props.value.clone()}
            lang={props.lang.clone()} dir="auto" aria-invalid={field.invalid()}
            aria-describedby={field.described_by(props.max.map(|_| count_id.clone()))} {oninput} />
    };
    let count = match props.max {
        Some(max) => character_count(i18n, count_id, char_count(&props.value), max),
        None => Html::default(),
    };
    field.labelled(&props.label, control, count)
}
