use crate::model::i18n::{I18n, Key};
use crate::ui::labels::fmt_number;
use yew::prelude::*;

/// "You have 2,950 characters remaining", or how many too many. A screen
/// reader reads the count with the field it describes, and hears only the
/// crossing of the limit as it happens: a live count would speak on every
/// keystroke.
pub fn character_count(i18n: &I18n, id: String, count: usize, max: usize) -> Html {
    let (n, one, other, over) = if count > max {
        (count - max, Key::CountOverOne, Key::CountOverOther, true)
    } else {
        (max - count, Key::CountRemainingOne, Key::CountRemainingOther, false)
    };
    let text = i18n.tf(if n == 1 { one } else { other }, &[("n", &fmt_number(i18n, n))]);
    html! {
        <>
            <p {id} class="igf-hint igf-count-message" data-over={over.then_some("true")}>{ text }</p>
            <p class="igf-visually-hidden" aria-live="polite">{ if over { i18n.t(Key::CountOverLimit) } else { "" } }</p>
        </>
    }
}
