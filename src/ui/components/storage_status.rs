use crate::model::i18n::{I18n, Key};
use crate::model::store::{Draft, QuarantineReason};
use crate::ui::drafts::{DraftAction, DraftsState, Health, TabNotice};
use crate::ui::labels::{draft_label, target_label};
use crate::ui::markup::para;
use yew::prelude::*;

pub struct StorageStatusProps {
    pub health: Health,
    /// Records set aside: some unreadable, some written by a newer app.
    pub corrupt: bool,
    pub newer: bool,
    /// When this tab last saved, shown while nothing waits to be saved.
    pub saved_at: Option<String>,
    /// What other tabs did, each with the words for the draft it is about.
    pub notices: Vec<(TabNotice, String)>,
    pub dispatch: UseReducerDispatcher<DraftsState>,
    pub on_export: Callback<()>,
    pub on_download_quarantined: Callback<()>,
}

impl StorageStatusProps {
    /// What `drafts` says about storage, in the shape the component shows.
    pub fn of(i18n: &I18n, d: &DraftsState) -> (Health, bool, bool, Option<i64>, Vec<(TabNotice, String)>) {
        let corrupt = d.quarantined.iter().any(|q| matches!(q.reason, QuarantineReason::Corrupt(_)));
        let newer = d.quarantined.iter().any(|q| matches!(q.reason, QuarantineReason::Newer(_)));
        // A form just opened is saved too, but "Saved at" over an empty form
        // claimed work that was not there.
        let typed = d.comments.iter().any(|c| !c.value.is_pristine())
            || d.commitments.iter().any(|c| !c.value.is_pristine())
            || d.profile.has_text();
        let saved_at = d.saved_at.filter(|_| typed && !(d.has_unsaved() && d.health == Health::Ok));
        let what = |id: &str| {
            d.comment(id)
                .map(|c| target_label(i18n, &c.target))
                .or_else(|| d.commitment(id).map(|c| draft_label(i18n, &Draft::Commitment(c.clone()))))
                .unwrap_or_default()
        };
        let notices = d
            .notices
            .iter()
            .map(|n| {
                let label = match n {
                    TabNotice::Replaced { id, .. } => what(id),
                    TabNotice::Deleted { mine, .. } => draft_label(i18n, mine),
                };
                (n.clone(), label)
            })
            .collect();
        (d.health.clone(), corrupt, newer, saved_at, notices)
    }
}

/// Whether drafts are safe: the saved line, storage trouble, unreadable data,
/// and what other tabs did.
pub fn storage_status(i18n: &I18n, props: &StorageStatusProps) -> Html {
    let export = html! {
        <button type="button" class="igf-button" onclick={props.on_export.reform(|_: MouseEvent| ())}>{ i18n.t(Key::ExportDrafts) }</button>
    };
    let trouble = match &props.health {
        Health::Ok => None,
        Health::Unavailable => Some(i18n.t(Key::StorageUnavailable).to_owned()),
        Health::Full => Some(i18n.t(Key::StorageFull).to_owned()),
        Health::Failed(why) => Some(i18n.tf(Key::StorageFailed, &[("error", why)])),
    };
    let (corrupt, newer, d) = (props.corrupt, props.newer, &props.dispatch);
    let status = props.saved_at.as_ref().map(|at| i18n.tf(Key::SavedAt, &[("time", at)])).unwrap_or_default();
    html! {
        <div class="igf-storage">
            <p class="igf-save-status" role="status">{ status }</p>
            if let Some(text) = trouble {
                <div class="igf-notice igf-notice-error" role="alert">
                    <p>{ text }</p>
                    { export.clone() }
                </div>
            }
            if corrupt {
                <div class="igf-notice igf-notice-error" role="alert">
                    <h2>{ i18n.t(Key::QuarantineTitle) }</h2>
                    { para(i18n.t(Key::QuarantineBody)) }
                    <button type="button" class="igf-button igf-button-secondary" onclick={props.on_download_quarantined.reform(|_: MouseEvent| ())}>{ i18n.t(Key::DownloadRaw) }</button>
                </div>
            }
            if newer {
                <p class="igf-notice">{ i18n.t(Key::QuarantineNewer) }</p>
            }
            { for props.notices.iter().enumerate().map(|(i, (n, what))| {
                let dismiss = {
                    let d = d.clone();
                    Callback::from(move |_: MouseEvent| d.dispatch(DraftAction::DismissNotice(i)))
                };
                let restore = |c: &Draft| {
                    let d = d.clone();
                    let c = c.clone();
                    Callback::from(move |_: MouseEvent| d.dispatch(DraftAction::Restore(c.clone())))
                };
                let (text, action) = match n {
                    TabNotice::Replaced { mine, .. } => (i18n.tf(Key::TabReplaced, &[("what", what)]), mine.as_ref().map(|c| (i18n.t(Key::KeepMine), restore(c)))),
                    TabNotice::Deleted { mine, .. } => (i18n.tf(Key::TabDeleted, &[("what", what)]), Some((i18n.t(Key::RestoreIt), restore(mine)))),
                };
                html! {
                    <div class="igf-notice" role="alert">
                        <p>{ text }</p>
                        if let Some((label, onclick)) = action {
                            <button type="button" class="igf-button igf-button-secondary" {onclick}>{ label }</button>{ " " }
                        }
                        <button type="button" class="igf-link-button" onclick={dismiss}>{ i18n.t(Key::Dismiss) }</button>
                    </div>
                }
            }) }
        </div>
    }
}
