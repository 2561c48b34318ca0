use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::events::select_value;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterSelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// `(value, label)`; an empty value is added first, meaning "all".
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
}

/// One filter: a labelled choice whose first option lets everything through.
#[component]
pub fn FilterSelect(props: &FilterSelectProps) -> Html {
    let i18n = use_collate_i18n();
    let onchange = props.on_change.reform(|e: Event| select_value(&e));
    html! {
        <div class="igf-filter">
            <label class="igf-label igf-label-small" for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} class="igf-select" {onchange}>
                <option value="" selected={props.selected.is_empty()}>{ i18n.t(CollateKey::FilterAll) }</option>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
