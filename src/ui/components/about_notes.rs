use crate::model::i18n::{I18n, Key};
use crate::ui::markup::para;
use yew::prelude::*;

/// What is kept on this device, what is sent, to whom and when, and what
/// "publish my name" means.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn privacy_notice(i18n: &I18n, recipient: &str) -> Html {
    html! {
        <details class="igf-about" id="igf-privacy">
            <summary>{ i18n.t(Key::PrivacyTitle) }</summary>
            { para(i18n.t(Key::PrivacyDevice)) }
            <p>{ i18n.tf(Key::PrivacySent, &[("recipient", recipient)]) }</p>
            { para(i18n.t(Key::PrivacyPublish)) }
            { para(i18n.t(Key::PrivacyRemove)) }
        </details>
    }
}

/// The living document, where feedback goes, what the Secretariat does with
/// it, and when the final version follows.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn how_this_works(i18n: &I18n) -> Html {
    html! {
        <details class="igf-about">
            <summary>{ i18n.t(Key::HowTitle) }</summary>
            <ol>
                <li>{ i18n.t(Key::HowLiving) }</li>
                <li>{ i18n.t(Key::HowFeedback) }</li>
                <li>{ i18n.t(Key::HowSecretariat) }</li>
                <li>{ i18n.t(Key::HowFinal) }</li>
            </ol>
        </details>
    }
}
