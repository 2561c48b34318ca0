use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchEmptyProps {
    pub query: AttrValue,
    pub on_clear: Callback<()>,
}

/// What a search that found nothing shows instead of an empty page.
#[component]
pub fn SearchEmpty(props: &SearchEmptyProps) -> Html {
    let i18n = use_i18n();
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="igf-empty" id="igf-search-empty">
            <h2>{ i18n.tf(Key::SearchEmptyTitle, &[("query", props.query.trim())]) }</h2>
            <p>{ i18n.t(Key::SearchEmptyBody) }</p>
            <button type="button" class="igf-button" {onclick}>{ i18n.t(Key::SearchClear) }</button>
        </div>
    }
}
