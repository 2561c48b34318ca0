use crate::model::export::import::{check_size, clashes, read, resolve, Clash, Imported, OnConflict};
use crate::model::i18n::{I18n, Key};
use crate::model::store::Draft;
use crate::shell::{clock, file};
use crate::ui::drafts::{DraftAction, DraftsState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportState {
    Idle,
    /// The file was refused; the message says why. Nothing changed.
    Failed(String),
    /// The file is valid; waiting for the person to confirm.
    Ready(Imported),
    /// Applied; this many drafts were added or replaced.
    Done(usize),
    /// Applied, then undone: the drafts are as they were before.
    Undone,
}

/// What the person decided about a file that is ready to import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportChoice {
    pub on_conflict: OnConflict,
    /// Whether the sender's details in the file become the person's own.
    pub use_sender: bool,
}

pub struct Import {
    pub state: ImportState,
    /// The drafts in the file that are here too, with both dates.
    pub clashes: Vec<Clash>,
    pub on_file: Callback<Event>,
    pub on_apply: Callback<ImportChoice>,
    pub on_cancel: Callback<()>,
    /// Undoes the import just applied.
    pub on_undo: Callback<()>,
}

/// Reads a chosen JSON export (size first, then content) and applies it all or
/// nothing.
///
/// ```ignore
/// let import = use_import(&drafts, &i18n);
/// html! { <input type="file" onchange={import.on_file.clone()} /> }
/// ```
#[hook]
pub fn use_import(drafts: &UseReducerHandle<DraftsState>, i18n: &I18n) -> Import {
    let state = use_state(|| ImportState::Idle);
    let existing = drafts.changed_times();
    let clashes = match &*state {
        ImportState::Ready(imported) => clashes(&imported.drafts, &existing),
        _ => Vec::new(),
    };
    let on_file = {
        let state = state.clone();
        let i18n = i18n.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(chosen) = file::chosen(&input) else { return };
            input.set_value("");
            let failed = |reason: String| ImportState::Failed(i18n.tf(Key::ImportFailed, &[("reason", &reason)]));
            if let Err(e) = check_size(chosen.size() as u64) {
                state.set(failed(e.message(&i18n)));
                return;
            }
            let state = state.clone();
            let i18n = i18n.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match file::read_text(&chosen).await {
                    Ok(text) => match read(&text) {
                        Ok(imported) => ImportState::Ready(imported),
                        Err(e) => ImportState::Failed(i18n.tf(Key::ImportFailed, &[("reason", &e.message(&i18n))])),
                    },
                    Err(_) => ImportState::Failed(i18n.t(Key::ImportReadFailed).to_owned()),
                });
            });
        })
    };
    let on_apply = {
        let state = state.clone();
        let drafts = drafts.clone();
        Callback::from(move |choice: ImportChoice| {
            let ImportState::Ready(imported) = &*state else { return };
            let chosen = resolve(imported.drafts.clone(), &existing, choice.on_conflict, || clock::new_id("d"));
            let n = chosen.len();
            let sender = imported.sender.clone().filter(|_| choice.use_sender);
            drafts.dispatch(DraftAction::Import { drafts: chosen, sender });
            state.set(ImportState::Done(n));
        })
    };
    let on_undo = {
        let (state, drafts) = (state.clone(), drafts.dispatcher());
        Callback::from(move |()| {
            drafts.dispatch(DraftAction::UndoImport);
            state.set(ImportState::Undone);
        })
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |()| state.set(ImportState::Idle))
    };
    Import { state: (*state).clone(), clashes, on_file, on_apply, on_cancel, on_undo }
}

/// How many comments and commitments a file holds.
pub fn counts(imported: &Imported) -> (usize, usize) {
    let comments = imported.drafts.iter().filter(|d| matches!(d, Draft::Comment(_))).count();
    (comments, imported.drafts.len() - comments)
}
