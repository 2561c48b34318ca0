use crate::model::collate::{Intake, Unreadable, UnreadableReason};
use crate::shell::inputs::{self, StoreError};
use crate::shell::{clock, file, perf};
use crate::ui::collate::state::{CollateAction, CollateState, Keeping, Progress};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// How long one piece of reading may run before the page gets a turn: well
/// under the 50 ms after which input feels slow, with room for the render.
const SLICE_MS: f64 = 25.0;

/// Ways to add inputs to the collation.
pub struct Adding {
    /// A file input's `change`: every file chosen.
    pub on_files: Callback<Event>,
    /// Pasted email text.
    pub on_paste: Callback<String>,
}

/// One input waiting: the file, and whether it still has to be kept.
struct Waiting {
    file: File,
    keep: bool,
}

#[derive(Default)]
struct Runner {
    waiting: VecDeque<Waiting>,
    running: bool,
    intake: Intake,
    /// Bytes of the current batch: all queued, and those fetched into the page.
    total: u64,
    fetched: u64,
    /// What the intake had read when the batch began.
    read_before: u64,
    /// Inputs seen, so that pasted texts get distinct names.
    inputs: usize,
    /// Time spent reading emails, and adding what they gave, in this batch.
    parse_ms: f64,
    add_ms: f64,
}

type Shared = Rc<RefCell<Runner>>;

/// Reads what the person adds (chosen, dropped anywhere on the page, or
/// pasted), a piece at a time so that the page keeps answering, and keeps each file in the browser (IndexedDB) so that the
/// collation survives a reload; at mount, reads back what was kept.
///
/// ```ignore
/// let adding = use_intake(state.dispatcher());
/// html! { <input type="file" multiple=true onchange={adding.on_files.clone()} /> }
/// ```
#[hook]
pub fn use_intake(dispatch: UseReducerDispatcher<CollateState>) -> Adding {
    let runner: Rc<Shared> = use_memo((), |()| Rc::default());
    {
        let (runner, dispatch) = ((*runner).clone(), dispatch.clone());
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                match inputs::load().await {
                    Ok(files) => enqueue(&runner, &dispatch, files, false),
                    Err(e) => dispatch.dispatch(CollateAction::Keeping(keeping(e))),
                }
            });
        });
    }
    {
        let (runner, dispatch) = ((*runner).clone(), dispatch.clone());
        use_effect_with((), move |()| {
            let listeners = file::on_page_drop(move |files| enqueue(&runner, &dispatch, files, true));
            move || drop(listeners)
        });
    }
    let on_files = {
        let (runner, dispatch) = ((*runner).clone(), dispatch.clone());
        Callback::from(move |e: Event| enqueue(&runner, &dispatch, file::chosen_all(&e), true))
    };
    let on_paste = {
        let (runner, dispatch) = ((*runner).clone(), dispatch);
        Callback::from(move |text: String| {
            let name = format!("pasted-text-{}.txt", runner.borrow().inputs + 1);
            if let Ok(f) = file::text_file(&name, &text) {
                enqueue(&runner, &dispatch, vec![f], true);
            }
        })
    };
    Adding { on_files, on_paste }
}

fn keeping(e: StoreError) -> Keeping {
    match e {
        StoreError::Full => Keeping::Full,
        StoreError::Unavailable => Keeping::Unavailable,
        StoreError::Failed(why) => Keeping::Failed(why),
    }
}

fn enqueue(runner: &Shared, dispatch: &UseReducerDispatcher<CollateState>, files: Vec<File>, keep: bool) {
    if files.is_empty() {
        return;
    }
    dispatch.dispatch(CollateAction::Queued { n: files.len(), by_person: keep });
    let start = {
        let mut r = runner.borrow_mut();
        r.inputs += files.len();
        r.total += files.iter().map(|f| f.size() as u64).sum::<u64>();
        r.waiting.extend(files.into_iter().map(|file| Waiting { file, keep }));
        let start = !std::mem::replace(&mut r.running, true);
        if start {
            r.read_before = r.intake.progress().0;
        }
        start
    };
    if start {
        let (runner, dispatch) = (runner.clone(), dispatch.clone());
        wasm_bindgen_futures::spawn_local(run(runner, dispatch));
    }
}

/// Reads every waiting input in turn, then says the batch is finished.
async fn run(runner: Shared, dispatch: UseReducerDispatcher<CollateState>) {
    loop {
        let next = runner.borrow_mut().waiting.pop_front();
        let Some(Waiting { file, keep }) = next else { break };
        if keep {
            if let Err(e) = inputs::save(&file).await {
                dispatch.dispatch(CollateAction::Keeping(keeping(e)));
            }
        }
        fetch(&runner, &dispatch, &file).await;
        read_all(&runner, &dispatch).await;
    }
    let (parse_ms, add_ms) = {
        let mut r = runner.borrow_mut();
        (r.running, r.total, r.fetched) = (false, 0, 0);
        (std::mem::take(&mut r.parse_ms), std::mem::take(&mut r.add_ms))
    };
    perf::note("igf-collate-parse-ms", parse_ms);
    perf::note("igf-collate-add-ms", add_ms);
    dispatch.dispatch(CollateAction::Finished);
}

/// Brings a file's bytes into the page and queues them for reading.
async fn fetch(runner: &Shared, dispatch: &UseReducerDispatcher<CollateState>, file: &File) {
    let name = file.name();
    let before = runner.borrow().fetched;
    let progress = |n: u64| report(runner, dispatch, before + n);
    match file::read_bytes(file, progress).await {
        Ok(bytes) => runner.borrow_mut().intake.add(name, bytes),
        Err(_) => {
            let reason = UnreadableReason::NotRead;
            let failed = vec![Err(Unreadable { file: name, index_in_file: 0, reason })];
            dispatch.dispatch(CollateAction::Read(failed, progress_of(runner)));
        }
    }
    let size = file.size() as u64;
    runner.borrow_mut().fetched = before + size;
    report(runner, dispatch, before + size);
}

/// Reads what is queued, [`SLICE_MS`] at a time, giving the page a turn in between.
async fn read_all(runner: &Shared, dispatch: &UseReducerDispatcher<CollateState>) {
    loop {
        let started = clock::now_precise();
        let mut results = Vec::new();
        while clock::now_precise() - started < SLICE_MS {
            match runner.borrow_mut().intake.step() {
                Some(r) => results.extend(r),
                None => break,
            }
        }
        let read = clock::now_precise();
        dispatch.dispatch(CollateAction::Read(results, progress_of(runner)));
        {
            let mut r = runner.borrow_mut();
            r.parse_ms += read - started;
            r.add_ms += clock::now_precise() - read;
        }
        if runner.borrow().intake.is_done() {
            return;
        }
        clock::next_task().await;
    }
}

/// Fetching counts for half the work, reading for the other half.
fn progress_of(runner: &Shared) -> Progress {
    let r = runner.borrow();
    let read = r.intake.progress().0.saturating_sub(r.read_before);
    Progress { done: r.fetched + read, total: 2 * r.total }
}

fn report(runner: &Shared, dispatch: &UseReducerDispatcher<CollateState>, fetched: u64) {
    let mut progress = progress_of(runner);
    progress.done += fetched.saturating_sub(runner.borrow().fetched);
    dispatch.dispatch(CollateAction::Progress(progress));
}
