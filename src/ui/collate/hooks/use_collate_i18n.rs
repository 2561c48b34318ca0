use crate::model::i18n::CollateI18n;
use yew::prelude::*;

/// The collation page's text from context, English when there is none.
///
/// ```ignore
/// let i18n = use_collate_i18n();
/// html! { <h2>{ i18n.t(CollateKey::OverviewHeading) }</h2> }
/// ```
#[hook]
pub fn use_collate_i18n() -> CollateI18n {
    use_context::<CollateI18n>().unwrap_or_default()
}
