use crate::core::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CharacterCountProps {
    pub id: AttrValue,
    pub count: usize,
    pub max: usize,
}

/// "You have 2,950 characters remaining", or how many too many.
#[component]
pub fn CharacterCount(props: &CharacterCountProps) -> Html {
    let i18n = use_i18n();
    let (text, over) = if props.count > props.max {
        (i18n.count(props.count - props.max, Key::CountOverOne, Key::CountOverOther, &[]), true)
    } else {
        (i18n.count(props.max - props.count, Key::CountRemainingOne, Key::CountRemainingOther, &[]), false)
    };
    html! {
        <p id={props.id.clone()} class={classes!("igf-hint", "igf-count-message", over.then_some("igf-count-over"))} aria-live="polite">{ text }</p>
    }
}
