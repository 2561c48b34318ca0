use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use crate::ui::labels::fmt_number;
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
    let (n, one, other, over) = if props.count > props.max {
        (props.count - props.max, Key::CountOverOne, Key::CountOverOther, true)
    } else {
        (props.max - props.count, Key::CountRemainingOne, Key::CountRemainingOther, false)
    };
    let text = i18n.tf(if n == 1 { one } else { other }, &[("n", &fmt_number(&i18n, n))]);
    html! {
        <p id={props.id.clone()} class={classes!("igf-hint", "igf-count-message", over.then_some("igf-count-over"))} aria-live="polite">{ text }</p>
    }
}
