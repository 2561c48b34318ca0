use crate::model::i18n::I18n;
use yew::prelude::*;

/// The interface language from context, English when there is none.
///
/// ```ignore
/// let i18n = use_i18n();
/// html! { <h2>{ i18n.t(Key::ContentsHeading) }</h2> }
/// ```
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_default()
}
