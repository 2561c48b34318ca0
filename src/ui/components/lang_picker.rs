use crate::model::i18n::{Key, Lang};
use crate::ui::events::select_value;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangPickerProps {
    pub on_choose: Callback<Lang>,
}

/// The six UN languages, each named in itself, always in the banner.
#[component]
pub fn LangPicker(props: &LangPickerProps) -> Html {
    let i18n = use_i18n();
    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |e: Event| {
            if let Some(lang) = Lang::from_tag(&select_value(&e)) {
                on_choose.emit(lang);
            }
        })
    };
    html! {
        <div class="igf-lang">
            <label for="igf-lang-select">{ i18n.t(Key::InterfaceLanguage) }</label>
            <select id="igf-lang-select" class="igf-select" {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == i18n.lang}>{ l.native_name() }</option>
                }) }
            </select>
        </div>
    }
}
