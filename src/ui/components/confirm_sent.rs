use crate::model::i18n::{I18n, Key};
use crate::ui::markup::para;
use yew::prelude::*;

/// The ways to send, by the number the send view's `asked` holds while one
/// asks "Did you send it?" (0: none asks).
pub const EMAIL_WAY: u32 = 1;
pub const OTHER_WAYS: u32 = 2;

/// Where one way to send asks "Did you send it?", and how focus moves.
pub struct Ask<'a> {
    /// Tells each way's question apart.
    pub title_id: &'static str,
    /// The way's number, which `asked` holds while this way asks.
    pub way: u32,
    /// The way's first control, where "Not yet" puts focus back: it removes
    /// the button that was pressed.
    pub back_to: &'static str,
    /// The number of the way that asks, 0 if none does: one question at a
    /// time, from the way used last, as two read as two emails to send.
    pub asked: &'a UseStateHandle<u32>,
    pub refocus: &'a Callback<&'static str>,
}

/// "Did you send it?", once the person has used a way to send: marking the
/// drafts sent is theirs to say, as only their email app knows. The way that
/// asks moves focus to the question, so that a screen reader says it.
pub fn confirm_sent(i18n: &I18n, ask: Ask<'_>, on_sent: &Callback<()>) -> Html {
    let Ask { title_id, way, back_to, asked, refocus } = ask;
    if **asked != way {
        return Html::default();
    }
    let not_yet = {
        let (asked, refocus) = (asked.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            asked.set(0);
            refocus.emit(back_to);
        })
    };
    html! {
        <div class="igf-notice igf-confirm" role="region" aria-labelledby={title_id}>
            <h2 id={title_id} tabindex="-1">{ i18n.t(Key::SendConfirmHeading) }</h2>
            { para(i18n.t(Key::SendConfirmBody)) }
            <p class="igf-inline-actions">
                <button type="button" class="igf-button" onclick={on_sent.reform(|_: MouseEvent| ())}>{ i18n.t(Key::SendMarkSent) }</button>{ " " }
                <button type="button" class="igf-button igf-button-secondary" onclick={not_yet}>{ i18n.t(Key::SendNotYet) }</button>
            </p>
        </div>
    }
}
