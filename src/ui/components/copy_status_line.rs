use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use crate::ui::state::CopyStatus;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyStatusLineProps {
    pub status: CopyStatus,
}

/// Announces the result of "Copy link". When copying failed, shows the link in a
/// read-only field the person can select.
#[component]
pub fn CopyStatusLine(props: &CopyStatusLineProps) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="igf-copy-status" role="status">
            {
                match &props.status {
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
