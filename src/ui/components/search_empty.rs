use crate::model::i18n::{I18n, Key};
use crate::ui::markup::para;
use yew::prelude::*;

/// What a search for `query` that found nothing shows instead of an empty
/// page. A function, not a component: it only holds markup.
pub fn search_empty(i18n: &I18n, query: &str, on_clear: &Callback<()>) -> Html {
    let onclick = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="igf-empty" id="igf-search-empty">
            <h2>{ i18n.tf(Key::SearchEmptyTitle, &[("query", query.trim())]) }</h2>
            { para(i18n.t(Key::SearchEmptyBody)) }
            <button type="button" class="igf-button" {onclick}>{ i18n.t(Key::SearchClear) }</button>
        </div>
    }
}
