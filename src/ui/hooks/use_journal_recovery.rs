use crate::model::store::{load_from, recover, KeyValue};
use crate::shell::journal;
use crate::ui::drafts::DraftAction;
use crate::ui::drafts::DraftsState;
use std::rc::Rc;
use yew::prelude::*;

/// Once, at start: writes back into storage what the IndexedDB copy holds and
/// storage lost (a browser killed before it committed, or storage full), then
/// reloads the drafts if anything came back. What storage still refuses is
/// shown as not yet saved.
///
/// ```ignore
/// use_journal_recovery(drafts.dispatcher(), services.storage.clone());
/// ```
#[hook]
pub fn use_journal_recovery(dispatch: UseReducerDispatcher<DraftsState>, storage: Option<Rc<dyn KeyValue>>) {
    use_effect_with((), move |_| {
        let Some(storage) = storage else { return };
        wasm_bindgen_futures::spawn_local(async move {
            // No copy (IndexedDB refused, or a first visit) leaves storage as it is.
            let Ok(entries) = journal::entries().await else { return };
            let done = recover(&entries, storage.as_ref());
            if !done.written.is_empty() {
                dispatch.dispatch(DraftAction::Loaded(load_from(Some(&*storage))));
            }
            if !done.unwritten.is_empty() {
                // Storage is full: the copies it refused are shown and kept
                // unsaved, so that the next keystroke builds on them rather
                // than on the older text, and the person can export them.
                dispatch.dispatch(DraftAction::Recovered(done.unwritten));
            }
            if let Some(e) = done.failed {
                dispatch.dispatch(DraftAction::SaveFailed(e));
            }
        });
    });
}
