use super::Field;
use crate::model::date::DateParts;
use crate::model::i18n::{I18n, Key, Lang};
use crate::ui::events::input_value;
use yew::prelude::*;

pub struct DateInputProps {
    pub field: AttrValue,
    pub legend: AttrValue,
    pub hint: AttrValue,
    pub value: DateParts,
    pub error: Option<String>,
    pub on_change: Callback<DateParts>,
}

/// The GOV.UK date input: day, month and year as three short text fields,
/// with an example in the hint, nothing filled in, and numbers typed in any
/// keyboard. Chinese writes a date year first, and so asks for it. The first
/// field carries the field's id, so the error summary can move focus into it.
pub fn date_input(i18n: &I18n, props: &DateInputProps) -> Html {
    let field = Field::new(i18n, &props.field, Some(&props.hint), props.error.as_ref());
    let year_first = i18n.lang == Lang::Zh;
    let first = if year_first { "year" } else { "day" };
    let part = |suffix: &str, label: Key, value: &str, digits: &'static str, set: fn(&mut DateParts, String)| {
        let id = if suffix == first { field.id.clone() } else { format!("{}-{suffix}", field.id) };
        let (current, on_change) = (props.value.clone(), props.on_change.clone());
        let oninput = Callback::from(move |e: InputEvent| {
            let mut next = current.clone();
            set(&mut next, input_value(&e));
            on_change.emit(next);
        });
        html! {
            <div class="igf-date-item">
                <label class="igf-label igf-label-small" for={id.clone()}>{ i18n.t(label) }</label>
                <input {id} class="igf-input" data-digits={digits} type="text" inputmode="numeric" value={value.to_owned()}
                    aria-invalid={field.invalid()} {oninput} />
            </div>
        }
    };
    let v = &props.value;
    let day = part("day", Key::DateDay, &v.day, "2", |d, s| d.day = s);
    let month = part("month", Key::DateMonth, &v.month, "2", |d, s| d.month = s);
    let year = part("year", Key::DateYear, &v.year, "4", |d, s| d.year = s);
    let ordered = if year_first { [year, month, day] } else { [day, month, year] };
    let parts = html! { <div class="igf-date-input">{ for ordered }</div> };
    field.fieldset_plain(&props.legend, parts)
}
