use crate::model::store::{load_from, recover, KeyValue};
use crate::shell::journal;
use crate::ui::drafts::DraftAction;
use crate::ui::drafts::DraftsState;
use std::rc::Rc;
use yew::prelude::*;

/// Once, at start: writes back into storage what the IndexedDB copy holds and
/// storage lost (a browser killed before it committed), then reloads the
/// drafts if anything came back.
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
            match recover(&entries, storage.as_ref()) {
                Ok(written) if !written.is_empty() => {
                    dispatch.dispatch(DraftAction::Loaded(load_from(Some(&*storage))))
                }
                Ok(_) => {}
                Err(e) => dispatch.dispatch(DraftAction::SaveFailed(e)),
            }
        });
    });
}
