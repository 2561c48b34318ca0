//! What the first wasm leaves out: the changes between versions, importing
//! drafts from a file, the voluntary commitments' screens (My commitments,
//! the commitment form and its check), and writing CSV and Markdown files
//! (which the reader's build asks of the whole app, run as a library beside
//! it, and stays). Most people read and comment; few do these, so the page
//! starts with the reader's build (`src/main.rs`) and fetches the whole app
//! (`src/bin/full.rs`) only when a person asks for one of them; everyone
//! else downloads less, and only they download more. The whole app's
//! `take_over` installs them here; code reached only through these pointers
//! is left out of the reader's build.
//!
//! Commitment drafts themselves stay in the reader's build: "Commit to act"
//! makes one there (then the whole app opens its form), and sending includes
//! them. Sending stays too: every commenter sends, and a second wasm holds
//! its own copy of Yew and of the drafts' code, so moving it would have made
//! each commenter download the app twice.

use crate::model::document::Library;
use crate::model::export::files::FileOut;
use crate::model::export::handed::LaterFile;
use crate::model::export::Package;
use crate::model::i18n::{I18n, Key};
use crate::model::route::Route;
use crate::model::store::carried;
use crate::ui::components::form::FormState;
use crate::ui::components::{
    changes_view, commitment_check, commitment_view, my_commitments, ChangesViewProps, CommitmentCheckProps,
    CommitmentViewProps, ImportDrafts, ImportDraftsProps, MyCommitmentsProps,
};
use crate::ui::drafts::{reduce_later, DraftAction, DraftsState};
use std::sync::OnceLock;
use yew::prelude::*;

pub struct Later {
    pub changes: fn(&I18n, &ChangesViewProps) -> Html,
    pub import: fn(ImportDraftsProps) -> Html,
    pub my_commitments: fn(&I18n, &MyCommitmentsProps) -> Html,
    pub commitment: fn(&I18n, &CommitmentViewProps, &FormState) -> Html,
    pub commitment_check: fn(&I18n, &CommitmentCheckProps) -> Html,
    /// The drafts' actions only these screens send, applied; whether
    /// anything changed.
    pub reduce: fn(&mut DraftsState, DraftAction) -> bool,
    /// The CSV and Markdown files, which the reader's build asks the whole
    /// app for (`hooks::use_write_later`).
    pub write: fn(LaterFile, &Package, &Library, &I18n) -> FileOut,
    /// The drafts the reader's build handed over, read; the flag says
    /// whether there is storage to write them to.
    pub carried: fn(&str, bool) -> DraftsState,
}

static LATER: OnceLock<Later> = OnceLock::new();

/// Makes every screen available, with the English only they show: the whole
/// app's build, and tests.
pub fn install() {
    Key::install_later();
    let _ = LATER.get_or_init(|| Later {
        changes: changes_view,
        import: |props| html! { <ImportDrafts ..props /> },
        my_commitments,
        commitment: commitment_view,
        commitment_check,
        reduce: reduce_later,
        write: |kind, p, library, i18n| kind.write(p, library, i18n, &|d| crate::ui::labels::fmt_date(i18n, d)),
        carried: |text, has_storage| DraftsState::from_carried(carried(text), has_storage),
    });
}

/// The screens left out of the reader's build, once the whole app has them.
pub fn screens() -> Option<&'static Later> {
    LATER.get()
}

/// Whether `route` shows a screen only the whole app has.
pub fn needs_later(route: &Route) -> bool {
    matches!(route, Route::Changes(..) | Route::Commitments | Route::Commitment(..) | Route::CommitmentCheck(_))
}
