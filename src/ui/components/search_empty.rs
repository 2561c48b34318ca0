use crate::model::i18n::{I18n, Key};
use crate::ui::markup::para;
use yew::prelude::*;

/// What a search for `query` that found nothing shows instead of an empty
/// page. A function, not a component: it only holds markup. It has no button
/// of its own: "Clear search" stands beside the box just above, and a second
/// one of the same name made a screen reader's list of buttons say it twice.
pub fn search_empty(i18n: &I18n, query: &str) -> Html {
    html! {
        <div class="igf-empty" id="igf-search-empty">
            <h2>{ i18n.tf(Key::SearchEmptyTitle, &[("query", query.trim())]) }</h2>
            { para(i18n.t(Key::SearchEmptyBody)) }
        </div>
    }
}
