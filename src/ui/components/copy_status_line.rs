use crate::model::i18n::{I18n, Key};
use crate::model::route::Target;
use crate::ui::state::CopyStatus;
use yew::prelude::*;

/// Announces the result of "Copy link". When copying failed, shows the link in a
/// read-only field the person can select.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn copy_status_line(i18n: &I18n, status: &CopyStatus) -> Html {
    html! {
        <div class="igf-copy-status" role="status">
            {
                match status {
                    CopyStatus::Idle => Html::default(),
                    // The question's or message's button says so beside itself,
                    // where the person is: this line, far above on a phone, is
                    // then only heard. Keyed by the place, so that a second copy
                    // is a new node, which the live region says again.
                    CopyStatus::Copied(target @ (Target::Question(..) | Target::Message(_))) => html! {
                        <p key={target.element_id()} class="igf-visually-hidden">{ i18n.t(Key::LinkCopied) }</p>
                    },
                    CopyStatus::Copied(Target::Track(_)) => html! { <p class="igf-toast">{ i18n.t(Key::LinkCopied) }</p> },
                    CopyStatus::DownloadFailed => html! { <p class="igf-toast">{ i18n.t(Key::DownloadFailed) }</p> },
                    CopyStatus::Failed(link) => html! {
                        <p class="igf-toast">
                            <label for="igf-copy-fallback">{ i18n.t(Key::CopyFailed) }</label>
                            <input id="igf-copy-fallback" class="igf-input" readonly=true value={link.clone()} />
                        </p>
                    },
                }
            }
        </div>
    }
}
