use crate::model::i18n::{I18n, Key};
use crate::ui::components::import_section;
use crate::ui::hooks::{Upgrade, UPGRADE_STATUS_ID};
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

/// A screen the reader's build leaves out, while the whole app arrives: its
/// heading at once, so that focus and the page title land where they will
/// stay, then the screen itself in place of this.
pub fn upgrading(i18n: &I18n, title: String, upgrade: &Upgrade) -> Html {
    html! {
        <section class="igf-upgrading">
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ title }</h1>
            { on_its_way(i18n, upgrade) }
        </section>
    }
}

/// "Import drafts from a file" in the reader's build: the file chosen goes to
/// the whole app, which reads it as soon as it has taken over.
pub fn import_later(i18n: &I18n, upgrade: &Upgrade) -> Html {
    import_section(i18n, upgrade.choose_file.clone(), on_its_way(i18n, upgrade))
}

/// That the whole app is on its way, or could not be fetched, with "Try
/// again". The status line is there before it has anything to say, so that
/// screen readers announce what it says.
fn on_its_way(i18n: &I18n, upgrade: &Upgrade) -> Html {
    let status = (upgrade.asked && !upgrade.failed).then(|| i18n.t(Key::ScreenLoading));
    html! {
        <>
            <p id={UPGRADE_STATUS_ID} class="igf-pending-note" role="status" tabindex="-1">{ status }</p>
            if upgrade.failed {
                <p class="igf-notice igf-notice-error" role="alert">{ i18n.t(Key::ScreenFailed) }</p>
                <p><button type="button" class="igf-button" onclick={upgrade.retry.clone()}>{ i18n.t(Key::TryAgain) }</button></p>
            }
        </>
    }
}
