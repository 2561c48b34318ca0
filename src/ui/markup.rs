//! Markup that many views repeat, built in one place.
use yew::prelude::*;

#[inline(never)]
pub fn para(text: &'static str) -> Html {
    html! { <p>{ text }</p> }
}

#[inline(never)]
pub fn hint(text: &'static str) -> Html {
    html! { <p class="igf-hint">{ text }</p> }
}
