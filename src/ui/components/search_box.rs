use crate::model::i18n::{I18n, Key};
use crate::ui::events::input_value;
use yew::prelude::*;

pub struct SearchBoxProps {
    pub query: AttrValue,
    /// "3 messages match …", announced politely while searching.
    pub summary: Option<String>,
    /// How many messages the document holds, announced after clearing.
    pub all: usize,
    pub on_input: Callback<String>,
    pub on_clear: Callback<()>,
    /// The box, to take focus back after each clear, since the button that
    /// had it is gone.
    pub input: NodeRef,
    /// Counts the clears.
    pub cleared: UseStateHandle<u32>,
}

pub fn search_box(i18n: &I18n, props: &SearchBoxProps) -> Html {
    let (input, cleared) = (props.input.clone(), &props.cleared);
    let oninput = props.on_input.reform(|e: InputEvent| input_value(&e));
    let clear = {
        let (on_clear, cleared) = (props.on_clear.clone(), cleared.clone());
        Callback::from(move |()| {
            on_clear.emit(());
            cleared.set(cleared.wrapping_add(1));
        })
    };
    let onclick = clear.reform(|_: MouseEvent| ());
    // Escape clears, as in a native search field, even where the browser has none.
    let onkeydown = {
        let clear = clear.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                clear.emit(());
            }
        })
    };
    let summary = match (&props.summary, **cleared > 0) {
        (Some(summary), _) => summary.clone(),
        (None, true) => i18n.count(props.all, Key::SearchAllShownOne, Key::SearchAllShownOther, &[]),
        (None, false) => String::new(),
    };
    html! {
        <div role="search" class="igf-search">
            <label for="igf-search-input" class="igf-label">{ i18n.t(Key::SearchLabel) }</label>
            <p id="igf-search-hint" class="igf-hint">{ i18n.t(Key::SearchHint) }</p>
            <div class="igf-search-row">
                <input ref={input} id="igf-search-input" type="search" class="igf-input" autocomplete="off" spellcheck="false" dir="auto"
                    aria-describedby="igf-search-hint" value={props.query.clone()} {oninput} {onkeydown} />
                if !props.query.is_empty() {
                    <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(Key::SearchClear) }</button>
                }
            </div>
            <p class="igf-search-summary" role="status">{ summary }</p>
        </div>
    }
}
