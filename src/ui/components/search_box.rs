use crate::model::i18n::Key;
use crate::ui::events::input_value;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    /// "3 messages match …", announced politely while searching.
    pub summary: Option<String>,
    pub on_input: Callback<String>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let i18n = use_i18n();
    let oninput = props.on_input.reform(|e: InputEvent| input_value(&e));
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    // Escape clears, as in a native search field, even where the browser has none.
    let onkeydown = {
        let on_clear = props.on_clear.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_clear.emit(());
            }
        })
    };
    html! {
        <div role="search" class="igf-search">
            <label for="igf-search-input" class="igf-label">{ i18n.t(Key::SearchLabel) }</label>
            <p id="igf-search-hint" class="igf-hint">{ i18n.t(Key::SearchHint) }</p>
            <div class="igf-search-row">
                <input id="igf-search-input" type="search" class="igf-input" autocomplete="off" spellcheck="false"
                    aria-describedby="igf-search-hint" value={props.query.clone()} {oninput} {onkeydown} />
                if !props.query.is_empty() {
                    <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(Key::SearchClear) }</button>
                }
            </div>
            <p class="igf-search-summary" role="status">{ props.summary.clone().unwrap_or_default() }</p>
        </div>
    }
}
