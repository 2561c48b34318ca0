use crate::model::i18n::{I18n, Key};
use crate::ui::markup::para;
use yew::prelude::*;

/// "Did you send it?", once the person has used a way to send: marking the
/// drafts sent is theirs to say, as only their email app knows. `title_id`
/// tells each way's question apart.
pub fn confirm_sent(i18n: &I18n, title_id: &'static str, on_sent: &Callback<()>, asked: &UseStateHandle<bool>) -> Html {
    if !**asked {
        return Html::default();
    }
    let not_yet = {
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| asked.set(false))
    };
    html! {
        <div class="igf-notice igf-confirm" role="region" aria-labelledby={title_id}>
            <h2 id={title_id}>{ i18n.t(Key::SendConfirmHeading) }</h2>
            { para(i18n.t(Key::SendConfirmBody)) }
            <p class="igf-inline-actions">
                <button type="button" class="igf-button" onclick={on_sent.reform(|_: MouseEvent| ())}>{ i18n.t(Key::SendMarkSent) }</button>{ " " }
                <button type="button" class="igf-button igf-button-secondary" onclick={not_yet}>{ i18n.t(Key::SendNotYet) }</button>
            </p>
        </div>
    }
}
