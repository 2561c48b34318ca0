use crate::model::route::Route;
use crate::model::store::{load_from, KeyValue};
use crate::ui::app::Start;
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// After the app has adopted the prerendered view (which is what a first
/// visitor sees), brings in what this visitor has: the route in the URL, the
/// drafts in storage, and any search typed before the wasm arrived.
///
/// ```ignore
/// use_adopt_prerender(&props.start, props.initial.clone(), state.dispatcher(), drafts.dispatcher(), storage);
/// ```
#[hook]
pub fn use_adopt_prerender(
    start: &Start,
    initial: Option<Route>,
    state: UseReducerDispatcher<AppState>,
    drafts: UseReducerDispatcher<DraftsState>,
    storage: Option<Rc<dyn KeyValue>>,
) {
    let start = start.clone();
    use_effect_with((), move |()| {
        if let Start::Hydrate { typed_query } = start {
            drafts.dispatch(DraftAction::Loaded(load_from(storage.as_deref())));
            if let Some(route) = initial {
                state.dispatch(Action::Navigate { route, focus: true });
            }
            if !typed_query.trim().is_empty() {
                state.dispatch(Action::Search(typed_query));
            }
        }
    });
}
