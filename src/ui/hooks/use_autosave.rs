use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::store::{
    draft_key, save_draft, save_order, save_profile, KeyValue, StorageError, Stored, PROFILE_KEY,
};
use crate::shell::{clock, page_events, perf, persist};
use crate::ui::drafts::{DraftAction, DraftsState, Health, Saved};
use crate::ui::services::Services;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps the drafts in browser storage: right after each change, so a crash
/// loses at most the keystroke being handled (one save of the draft being
/// typed measured 0.6 ms with 20 drafts, under the 2 ms that would justify
/// deferring it to an idle callback), again when the page is hidden or closed,
/// and in step with other tabs.
///
/// ```ignore
/// let drafts = use_reducer(|| DraftsState::from_loaded(load(&*storage)));
/// use_autosave(&drafts, &services);
/// ```
#[hook]
pub fn use_autosave(drafts: &UseReducerHandle<DraftsState>, services: &Services) {
    let latest = use_mut_ref(|| drafts.clone());
    *latest.borrow_mut() = drafts.clone();

    let flush: Rc<dyn Fn()> = {
        let latest = latest.clone();
        let services = services.clone();
        let dispatch = drafts.dispatcher();
        Rc::new(move || {
            let state = latest.borrow().clone();
            if let Some(storage) = &services.storage {
                for action in perf::measure("igf-save", || write(&state, storage.as_ref(), &services.tab)) {
                    dispatch.dispatch(action);
                }
            }
        })
    };

    // A change is written in the task that made it. What one save left over
    // (more than a batch, as after an import) follows in later tasks, so the
    // page answers in between.
    {
        let flush = flush.clone();
        let pending = drafts.has_unsaved();
        let written_seq = use_mut_ref(|| None::<u32>);
        use_effect_with((drafts.seq, drafts.dirty.len()), move |&(seq, _)| {
            let changed = written_seq.replace(Some(seq)) != Some(seq);
            if pending && changed {
                flush();
            } else if pending {
                wasm_bindgen_futures::spawn_local(async move {
                    clock::next_task().await;
                    flush();
                });
            }
        });
    }

    // Immediate save when the page goes away, and other tabs' saves coming in.
    // While storage fails, changes live only in this page: leaving asks first.
    {
        let dispatch = drafts.dispatcher();
        let has_storage = services.storage.is_some();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let hidden = page_events::on_page_hidden(move || flush());
            let leaving = page_events::on_leaving(move || {
                let state = latest.borrow();
                state.health != Health::Ok && state.has_unsaved()
            });
            let storage = has_storage.then(|| {
                let dispatch = dispatch.clone();
                page_events::on_storage_change(move |key, value| {
                    dispatch.dispatch(DraftAction::External { key, value })
                })
            });
            if has_storage {
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.dispatch(DraftAction::Persisted(persist::request_persistence().await));
                });
            }
            move || drop((hidden, leaving, storage))
        });
    }
}

/// The most drafts one save writes before letting the page answer input: an
/// import of 5,000 written at once held the page for about a second.
const BATCH: usize = 100;

/// Writes what is unsaved, up to [`BATCH`] drafts, stopping at the first refusal, and returns what
/// the reducer must learn: what was written, then the failure if there was one.
fn write(state: &DraftsState, kv: &dyn KeyValue, tab: &str) -> Vec<DraftAction> {
    if !state.has_unsaved() {
        return Vec::new();
    }
    let now = clock::now_ms();
    let (mut keys, mut revs, mut removed) = (Vec::new(), Vec::new(), Vec::new());
    let mut profile_rev = None;
    let mut order = false;
    let mut failure: Option<StorageError> = None;
    for key in &state.removed {
        match kv.remove(key) {
            Ok(()) => removed.push(key.clone()),
            Err(e) => failure = failure.or(Some(e)),
        }
    }
    if state.dirty.contains(PROFILE_KEY) {
        match save_profile(kv, &state.profile, state.profile_rev, tab, now) {
            Ok(o) => {
                profile_rev = Some(o.rev());
                keys.push(PROFILE_KEY.to_owned());
            }
            Err(e) => failure = Some(e),
        }
    }
    // Each draft is checked against the set of changed keys, not looked up
    // per key: an import can leave thousands to write at once.
    let comments = state.comments.iter().map(|r| (draft_key(&r.value.id), Record::Comment(r)));
    let commitments = state.commitments.iter().map(|r| (draft_key(&r.value.id), Record::Commitment(r)));
    let mut rest = false;
    for (key, record) in comments.chain(commitments).filter(|(key, _)| state.dirty.contains(key)) {
        if failure.is_some() {
            break;
        }
        if revs.len() == BATCH {
            rest = true;
            break;
        }
        let saved = match record {
            Record::Comment(r) => save_draft(kv, &r.value, r.rev, tab, now).map(|o| (r.value.id.clone(), o.rev())),
            Record::Commitment(r) => save_draft(kv, &r.value, r.rev, tab, now).map(|o| (r.value.id.clone(), o.rev())),
        };
        match saved {
            Ok(rev) => {
                revs.push(rev);
                keys.push(key);
            }
            Err(e) => failure = Some(e),
        }
    }
    if !rest && failure.is_none() {
        // Keys of drafts no longer here (deleted, or an import undone) have
        // nothing to write and are done.
        let stale: Vec<String> = state
            .dirty
            .keys()
            .filter(|k| *k != PROFILE_KEY && !keys.iter().any(|s| s == k))
            .map(str::to_owned)
            .collect();
        keys.extend(stale);
    }
    // The order names drafts, so it waits until they are all written.
    if failure.is_none() && !rest && state.order_dirty.is_some() {
        match save_order(kv, &state.order()) {
            Ok(()) => order = true,
            Err(e) => failure = Some(e),
        }
    }
    let at = failure.is_none().then_some(now);
    let mut actions = vec![DraftAction::Saved(Saved { seq: state.seq, keys, revs, profile_rev, removed, order, at })];
    actions.extend(failure.map(DraftAction::SaveFailed));
    actions
}

enum Record<'a> {
    Comment(&'a Stored<Comment>),
    Commitment(&'a Stored<Commitment>),
}
