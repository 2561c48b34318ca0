use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::Keeping;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepingNoticeProps {
    pub keeping: Keeping,
    pub inputs: usize,
}

/// Whether what was added survives a reload: kept in this browser, or, when
/// storage is full or refused, only for as long as the page is open.
#[component]
pub fn KeepingNotice(props: &KeepingNoticeProps) -> Html {
    let i18n = use_collate_i18n();
    let trouble = match &props.keeping {
        Keeping::Kept => None,
        Keeping::Full => Some(i18n.t(CollateKey::KeepFull).to_owned()),
        Keeping::Unavailable => Some(i18n.t(CollateKey::KeepUnavailable).to_owned()),
        Keeping::Failed(why) => Some(i18n.tf(CollateKey::KeepFailed, &[("error", why)])),
    };
    let kept = match (&trouble, props.inputs) {
        (None, n) if n > 0 => i18n.count(n, CollateKey::KeptOne, CollateKey::KeptOther, &[]),
        _ => String::new(),
    };
    html! {
        <div class="igf-keeping">
            <p class="igf-save-status">{ kept }</p>
            if let Some(text) = trouble {
                <p class="igf-notice igf-notice-error" role="alert">{ text }</p>
            }
        </div>
    }
}
