use crate::model::i18n::{I18n, Key, Lang};
use crate::ui::events::{close_disclosure, close_disclosure_left};
use yew::prelude::*;

pub struct LangPickerProps {
    pub on_choose: Callback<Lang>,
}

/// The six UN languages, each named in itself, always in the banner: a
/// disclosure that opens a list of one button each. Choosing is one press
/// of a button, never the browsing of a list: arrow keys on a closed
/// `<select>` change its choice, and a language applied on each change
/// would switch the page under a keyboard user (WCAG 3.2.2). The disclosure
/// opens without the app, so it works on the prerendered page too. It closes
/// when focus leaves it, so the list never covers what has focus.
pub fn lang_picker(i18n: &I18n, props: &LangPickerProps) -> Html {
    let current = i18n.lang;
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Escape" {
            close_disclosure(&e);
        }
    });
    html! {
        <details class="igf-lang" {onkeydown} onfocusout={Callback::from(|e: FocusEvent| close_disclosure_left(&e))}>
            <summary>
                <span class="igf-lang-label">{ i18n.t(Key::InterfaceLanguage) }</span>{ " " }
                <span lang={current.code()} dir={current.dir()}>{ current.native_name() }</span>
            </summary>
            <ul class="igf-lang-list">
                { for Lang::ALL.iter().map(|&l| {
                    let on_choose = props.on_choose.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        close_disclosure(&e);
                        if l != current {
                            on_choose.emit(l);
                        }
                    });
                    html! {
                        <li><button type="button" lang={l.code()} dir={l.dir()} aria-current={(l == current).then_some("true")} {onclick}>{ l.native_name() }</button></li>
                    }
                }) }
            </ul>
        </details>
    }
}
