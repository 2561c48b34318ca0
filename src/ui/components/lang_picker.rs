use crate::model::i18n::{I18n, Key, Lang};
use crate::ui::events::select_value;
use yew::prelude::*;

pub struct LangPickerProps {
    pub on_choose: Callback<Lang>,
}

/// The six UN languages, each named in itself, always in the banner.
pub fn lang_picker(i18n: &I18n, props: &LangPickerProps) -> Html {
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
