use super::{field_id, CharacterCount, FieldErrorText};
use crate::core::validate::char_count;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub field: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    /// Shows a character count against this limit.
    #[prop_or_default]
    pub max: Option<usize>,
    #[prop_or(5)]
    pub rows: u32,
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    pub on_input: Callback<String>,
}

#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let id = field_id(&props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
        props.max.map(|_| count_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = props.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <div class={classes!("igf-field", props.error.is_some().then_some("igf-field-error"))}>
            <label class="igf-label" for={id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint { <p id={hint_id.clone()} class="igf-hint">{ hint.clone() }</p> }
            if let Some(error) = &props.error { <FieldErrorText id={error_id.clone()} message={error.clone()} /> }
            <textarea {id} class="igf-textarea" name={props.field.clone()} rows={props.rows.to_string()} value={props.value.clone()}
                lang={props.lang.clone()} aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} {oninput} />
            if let Some(max) = props.max {
                <CharacterCount id={count_id} count={char_count(&props.value)} {max} />
            }
        </div>
    }
}
