use crate::model::export::import::{
    check_size, clashes, resolve, Clash, Here, ImportError, Imported, OnConflict, Reading,
};
use crate::model::i18n::{I18n, Key};
use crate::model::profile::Profile;
use crate::model::store::Draft;
use crate::shell::{clock, dom, file, perf, upgrade};
use crate::ui::drafts::{DraftAction, DraftsState};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The import's file input, where focus goes back to.
pub const FILE_INPUT_ID: &str = "igf-field-import";

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportState {
    Idle,
    /// The file was refused; the message says why. Nothing changed.
    Failed(String),
    /// Reading the file's drafts: this many of so many.
    Reading {
        done: usize,
        total: usize,
    },
    /// Adding the file's drafts: this many of so many.
    Applying {
        done: usize,
        total: usize,
    },
    /// The file is valid; waiting for the person to confirm.
    Ready(Imported),
    /// Applied: this many drafts were added or replaced, and this many of
    /// the file's were left out because the copies here were kept;
    /// `undoable` when anything changed (drafts, or the person's details).
    Done {
        added: usize,
        /// How many of them are commitments, which are listed on a page of
        /// their own, not where the file was imported.
        commitments: usize,
        left_out: usize,
        undoable: bool,
    },
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

/// The newer copy of each draft is kept, and the person's details stay theirs.
impl Default for ImportChoice {
    fn default() -> ImportChoice {
        ImportChoice { on_conflict: OnConflict::KeepNewer, use_sender: false }
    }
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
/// let import = use_import(&drafts_here, &drafts.dispatcher(), &i18n);
/// html! { <input type="file" onchange={import.on_file.clone()} /> }
/// ```
#[hook]
pub fn use_import(
    drafts_here: &Callback<(), Vec<Here>>,
    drafts: &UseReducerDispatcher<DraftsState>,
    i18n: &I18n,
) -> Import {
    let state = use_state(|| ImportState::Idle);
    // Only a file that is ready can clash with the drafts here, so only then
    // are they all listed.
    let existing = if matches!(*state, ImportState::Ready(_)) { drafts_here.emit(()) } else { Vec::new() };
    let clashes = match &*state {
        ImportState::Ready(imported) => clashes(&imported.drafts, &existing),
        _ => Vec::new(),
    };
    let read = {
        let state = state.clone();
        let i18n = i18n.clone();
        Callback::from(move |(chosen, handed): (web_sys::File, bool)| {
            let failed = |reason: String| ImportState::Failed(i18n.tf(Key::ImportFailed, &[("reason", &reason)]));
            if handed {
                // The person chose the file in the reader's build, on this
                // input; the whole app's first render moves focus to the
                // heading, so focus comes back once that render is done.
                wasm_bindgen_futures::spawn_local(async {
                    let _ = dom::focus(FILE_INPUT_ID);
                });
            }
            if let Err(e) = check_size(chosen.size() as u64) {
                state.set(failed(e.message(&i18n)));
                return;
            }
            let state = state.clone();
            let i18n = i18n.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match file::read_text(&chosen).await {
                    Ok(text) => read_in_steps(&text, |done, total| state.set(ImportState::Reading { done, total }))
                        .await
                        .map_err(|e| i18n.tf(Key::ImportFailed, &[("reason", &e.message(&i18n))])),
                    Err(_) => Err(i18n.t(Key::ImportReadFailed).to_owned()),
                };
                state.set(outcome.map_or_else(ImportState::Failed, ImportState::Ready));
            });
        })
    };
    // The file chosen in the reader's build before this whole app took over.
    use_effect_with((), {
        let read = read.clone();
        move |_| {
            if let Some(handed) = upgrade::take_file() {
                read.emit((handed, true));
            }
        }
    });
    let on_file = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let Some(chosen) = file::chosen(&input) else { return };
        input.set_value("");
        read.emit((chosen, false));
    });
    let on_apply = {
        let state = state.clone();
        let drafts = drafts.clone();
        Callback::from(move |choice: ImportChoice| {
            let ImportState::Ready(imported) = &*state else { return };
            let chosen = resolve(imported.drafts.clone(), &existing, choice.on_conflict, || clock::new_id("d"));
            let left_out = imported.drafts.len() - chosen.len();
            let sender = imported.sender.clone().filter(|_| choice.use_sender);
            let (state, drafts) = (state.clone(), drafts.clone());
            wasm_bindgen_futures::spawn_local(apply_in_steps(chosen, left_out, sender, drafts, state));
        })
    };
    let on_undo = {
        let (state, drafts) = (state.clone(), drafts.clone());
        Callback::from(move |()| {
            drafts.dispatch(DraftAction::UndoImport);
            state.set(ImportState::Undone);
        })
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |()| {
            state.set(ImportState::Idle);
            // The button pressed is gone; the file input stays.
            let _ = dom::focus(FILE_INPUT_ID);
        })
    };
    Import { state: (*state).clone(), clashes, on_file, on_apply, on_cancel, on_undo }
}

/// How many comments and commitments a file holds.
pub fn counts(imported: &Imported) -> (usize, usize) {
    let comments = imported.drafts.iter().filter(|d| matches!(d, Draft::Comment(_))).count();
    (comments, imported.drafts.len() - comments)
}

/// How many drafts are read between two chances for the page to answer.
const STEP: usize = 500;

/// Reads a file's drafts [`STEP`] at a time, telling `progress` how far it
/// is and letting the page answer input in between.
async fn read_in_steps(text: &str, progress: impl Fn(usize, usize)) -> Result<Imported, ImportError> {
    let mut reading = perf::measure("igf-import-parse", || Reading::start(text))?;
    while !reading.step(STEP)? {
        progress(reading.done(), reading.total());
        clock::next_task().await;
    }
    reading.finish()
}

/// How many drafts are added between two chances for the page to answer:
/// each piece is written and drawn, which costs more than reading it.
const APPLY_STEP: usize = 200;

/// Applies the chosen drafts [`APPLY_STEP`] at a time, each piece written and
/// shown before the next, so that the page answers input in between; then
/// says how many were added, and how many of the file's (`left_out`) were not.
async fn apply_in_steps(
    chosen: Vec<Draft>,
    left_out: usize,
    mut sender: Option<Profile>,
    drafts: UseReducerDispatcher<DraftsState>,
    state: UseStateHandle<ImportState>,
) {
    let total = chosen.len();
    let commitments = chosen.iter().filter(|d| matches!(d, Draft::Commitment(_))).count();
    let undoable = total > 0 || sender.is_some();
    let mut rest = chosen.into_iter().peekable();
    let (mut done, mut more) = (0, false);
    loop {
        let piece: Vec<Draft> = rest.by_ref().take(APPLY_STEP).collect();
        done += piece.len();
        drafts.dispatch(DraftAction::Import { drafts: piece, sender: sender.take(), more });
        more = true;
        if rest.peek().is_none() {
            break;
        }
        state.set(ImportState::Applying { done, total });
        clock::next_task().await;
    }
    state.set(ImportState::Done { added: total, commitments, left_out, undoable });
}
