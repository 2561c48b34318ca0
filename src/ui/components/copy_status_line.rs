use crate::model::i18n::{I18n, Key};
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
                    CopyStatus::Copied => html! { <p class="igf-toast">{ i18n.t(Key::LinkCopied) }</p> },
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
