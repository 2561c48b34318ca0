use crate::model::i18n::{I18n, Key};
use crate::model::profile::Profile;
use crate::model::route::Route;
use crate::ui::labels::fill_isolated;
use yew::prelude::*;

/// Who is commenting or committing, with a link to change it, or a prompt to
/// add it. A function, not a component: it only holds markup.
pub fn contact_summary(i18n: &I18n, p: &Profile) -> Html {
    if p.is_complete() {
        html! {
            <p class="igf-details-line">
                { fill_isolated(i18n.t(Key::CommentingAs), &[("name", &p.name), ("email", p.email.trim())]) }{ " " }
                <a href={Route::Details.href()}>{ i18n.t(Key::Change) }<span class="igf-visually-hidden">{ i18n.lang.sentence_gap() }{ i18n.t(Key::DetailsTitle) }</span></a>
            </p>
        }
    } else {
        html! { <p class="igf-notice">{ i18n.t(Key::DetailsMissing) }{ i18n.lang.sentence_gap() }<a href={Route::Details.href()}>{ i18n.t(Key::AddDetails) }</a></p> }
    }
}
