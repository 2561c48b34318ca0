use crate::model::export::import::{Clash, Here, Imported, OnConflict};
use crate::model::i18n::{I18n, Key};
use crate::model::route::Route;
use crate::ui::components::form::{checkbox, radios, CheckboxProps, RadioOption, RadiosProps};
use crate::ui::drafts::DraftsState;
use crate::ui::hooks::{import_counts, use_focus_target, use_import, ImportChoice, ImportState, FILE_INPUT_ID};
use crate::ui::labels::{draft_label, fmt_moment, fmt_number};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportDraftsProps {
    /// The interface language.
    pub i18n: I18n,
    /// Lists every draft here, by id, with when it last changed.
    pub drafts_here: Callback<(), Vec<Here>>,
    pub dispatch: UseReducerDispatcher<DraftsState>,
}

/// Where focus goes once an import is applied or undone.
const RESULT_ID: &str = "igf-import-result";

/// "Import drafts from a file": choose, see what it holds and, for drafts
/// that are here too, which copy is newer; apply, change nothing, or undo it
/// straight after.
#[component]
pub fn ImportDrafts(props: &ImportDraftsProps) -> Html {
    let i18n = props.i18n.clone();
    let import = use_import(&props.drafts_here, &props.dispatch, &i18n);
    let choice = use_state(ImportChoice::default);
    // Each file starts from the defaults, whatever was chosen for the last.
    let on_file = {
        let (on_file, choice) = (import.on_file.clone(), choice.clone());
        Callback::from(move |e: Event| {
            choice.set(ImportChoice::default());
            on_file.emit(e);
        })
    };
    // Import and Undo each remove the button pressed: focus goes to what
    // they did, never to the page.
    let said = match &import.state {
        ImportState::Done { .. } => 1,
        ImportState::Undone => 2,
        _ => 0,
    };
    use_focus_target(said, RESULT_ID.to_owned());
    let body = match &import.state {
        ImportState::Idle => Html::default(),
        ImportState::Reading { done, total } => progress(&i18n, Key::ImportReading, *done, *total),
        ImportState::Applying { done, total } => progress(&i18n, Key::ImportApplying, *done, *total),
        ImportState::Failed(message) => html! { <p class="igf-notice igf-notice-error" role="alert">{ message }</p> },
        ImportState::Done { added, commitments, left_out, undoable } => html! {
            <div class="igf-notice" role="status" id={RESULT_ID} tabindex="-1">
                <p>{ i18n.count(*added, Key::ImportDoneOne, Key::ImportDone, &[]) }</p>
                // This page lists comments only: a file of commitments seemed
                // to have imported nothing.
                if *commitments > 0 {
                    <p><a href={Route::Commitments.href()}>{ i18n.t(Key::ImportSeeCommitments) }</a></p>
                }
                if *left_out > 0 {
                    <p>{ i18n.count(*left_out, Key::ImportLeftOutOne, Key::ImportLeftOut, &[]) }</p>
                }
                // An import that changed nothing has nothing to undo.
                if *undoable {
                    <button type="button" class="igf-button igf-button-secondary" onclick={import.on_undo.reform(|_: MouseEvent| ())}>{ i18n.t(Key::ImportUndo) }</button>
                }
            </div>
        },
        ImportState::Undone => {
            html! { <p class="igf-notice" role="status" id={RESULT_ID} tabindex="-1">{ i18n.t(Key::ImportUndone) }</p> }
        }
        ImportState::Ready(imported) => import_ready(
            &i18n,
            &ImportReady {
                imported,
                clashes: &import.clashes,
                on_apply: &import.on_apply,
                on_cancel: &import.on_cancel,
                choice,
            },
        ),
    };
    import_section(&i18n, on_file, body)
}

/// The section, its file input calling `on_file`, with `body` below it: what
/// the file holds, or in the reader's build, the whole app on its way.
pub fn import_section(i18n: &I18n, on_file: Callback<Event>, body: Html) -> Html {
    html! {
        <section class="igf-import" aria-labelledby="igf-import-title">
            <h2 id="igf-import-title">{ i18n.t(Key::ImportHeading) }</h2>
            <p id="igf-field-import-hint" class="igf-hint">{ i18n.t(Key::ImportHint) }</p>
            <label class="igf-label igf-label-small" for={FILE_INPUT_ID}>{ i18n.t(Key::ImportLabel) }</label>
            <input id={FILE_INPUT_ID} type="file" accept="application/json,.json,message/rfc822,.eml" aria-describedby="igf-field-import-hint" onchange={on_file} />
            { body }
        </section>
    }
}

/// What a valid file's choices are shown from.
struct ImportReady<'a> {
    imported: &'a Imported,
    clashes: &'a [Clash],
    on_apply: &'a Callback<ImportChoice>,
    on_cancel: &'a Callback<()>,
    choice: UseStateHandle<ImportChoice>,
}

const CHOICES: [(OnConflict, &str, Key); 4] = [
    (OnConflict::KeepNewer, "newer", Key::ImportKeepNewer),
    (OnConflict::KeepBoth, "keep-both", Key::ImportKeepBoth),
    (OnConflict::Skip, "skip", Key::ImportSkip),
    (OnConflict::Replace, "replace", Key::ImportReplace),
];

/// A valid file: what it holds, each clash with both dates, and the choices.
/// The newer copy of each draft is kept unless the person says otherwise, and
/// the file's sender becomes the person's details only if they tick it.
fn import_ready(i18n: &I18n, props: &ImportReady) -> Html {
    let choice = &props.choice;
    let (comments, commitments) = import_counts(props.imported);
    let on_conflict = {
        let choice = choice.clone();
        Callback::from(move |v: AttrValue| {
            let picked = CHOICES.iter().find(|(_, slug, _)| *slug == v.as_str()).map_or(OnConflict::KeepNewer, |c| c.0);
            choice.set(ImportChoice { on_conflict: picked, ..*choice });
        })
    };
    let on_sender = {
        let choice = choice.clone();
        Callback::from(move |use_sender: bool| choice.set(ImportChoice { use_sender, ..*choice }))
    };
    let options: Vec<RadioOption> = CHOICES
        .iter()
        .map(|(_, slug, key)| RadioOption { value: (*slug).into(), label: i18n.t(*key).into() })
        .collect();
    let selected = CHOICES.iter().find(|c| c.0 == choice.on_conflict).map(|c| AttrValue::from(c.1));
    let older = props.clashes.iter().filter(|c| c.here_is_newer()).count();
    let apply = {
        let c = **choice;
        props.on_apply.reform(move |_: MouseEvent| c)
    };
    html! {
        // Only the summary is said as the file is read: the choices below are
        // read when the person reaches them, not all at once.
        <div class="igf-notice">
            <p role="status">{ i18n.tf(Key::ImportSummary, &[("comments", &fmt_number(i18n, comments)), ("commitments", &fmt_number(i18n, commitments))]) }</p>
            if !props.clashes.is_empty() {
                <p>{ i18n.tf(Key::ImportConflicts, &[("n", &props.clashes.len().to_string())]) }</p>
                <ul class="igf-clashes">{ for props.clashes.iter().map(|c| clash_line(i18n, c, props.imported)) }</ul>
                { radios(i18n, &RadiosProps { field: "import-conflict".into(), legend: i18n.t(Key::ImportConflictLegend).into(), options, selected, on_change: on_conflict, ..Default::default() }) }
                if choice.on_conflict == OnConflict::Replace && older > 0 {
                    <p class="igf-warning">{ i18n.tf(Key::ImportReplaceNewer, &[("n", &older.to_string())]) }</p>
                }
            }
            if let Some(sender) = &props.imported.sender {
                { checkbox(i18n, &CheckboxProps { field: "import-sender".into(), label: i18n.tf(Key::ImportUseSender, &[("name", sender.label())]).into(), checked: choice.use_sender, on_change: on_sender, ..Default::default() }) }
            }
            <button type="button" class="igf-button" onclick={apply}>{ i18n.t(Key::ImportApply) }</button>{ " " }
            <button type="button" class="igf-button igf-button-secondary" onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t(Key::ImportCancel) }</button>
        </div>
    }
}

/// "Comment on message 1.2: changed here 3 March 2021, newer than the
/// file's copy, changed 1 March 2021": the draft named as everywhere else,
/// not by its id.
fn clash_line(i18n: &I18n, c: &Clash, imported: &Imported) -> Html {
    let (here, file) = (fmt_moment(i18n, c.here), fmt_moment(i18n, c.file));
    let name = imported.drafts.get(c.at).map_or_else(|| c.id.clone(), |d| draft_label(i18n, d));
    let key = match c.file.cmp(&c.here) {
        std::cmp::Ordering::Greater => Key::ImportClashFileNewer,
        std::cmp::Ordering::Equal => Key::ImportClashSame,
        std::cmp::Ordering::Less => Key::ImportClashHereNewer,
    };
    html! { <li><bdi>{ name }</bdi>{ i18n.lang.colon() }{ i18n.tf(key, &[("here", &here), ("file", &file)]) }</li> }
}

/// How far a long import has come, in words and as a bar.
fn progress(i18n: &I18n, key: Key, done: usize, total: usize) -> Html {
    let (done, total) = (done.to_string(), total.to_string());
    html! {
        <p class="igf-notice" role="status">
            <label for="igf-import-progress">{ i18n.tf(key, &[("done", &done), ("total", &total)]) }</label>{ " " }
            <progress id="igf-import-progress" max={total.clone()} value={done.clone()}></progress>
        </p>
    }
}
