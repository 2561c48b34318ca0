use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrivacyNoticeProps {
    pub recipient: AttrValue,
}

/// What is kept on this device, what is sent, to whom and when, and what
/// "publish my name" means.
#[component]
pub fn PrivacyNotice(props: &PrivacyNoticeProps) -> Html {
    let i18n = use_i18n();
    html! {
        <details class="igf-about" id="igf-privacy">
            <summary>{ i18n.t(Key::PrivacyTitle) }</summary>
            <p>{ i18n.t(Key::PrivacyDevice) }</p>
            <p>{ i18n.tf(Key::PrivacySent, &[("recipient", &props.recipient)]) }</p>
            <p>{ i18n.t(Key::PrivacyPublish) }</p>
            <p>{ i18n.t(Key::PrivacyRemove) }</p>
        </details>
    }
}

/// The living document, where feedback goes, what the Secretariat does with
/// it, and when the final version follows.
#[component]
pub fn HowThisWorks() -> Html {
    let i18n = use_i18n();
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
