use crate::model::route::Route;
use crate::model::store::{load_at_start, KeyValue};
use crate::shell::perf;
use crate::ui::app::Start;
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

/// After the app has adopted the prerendered view (which is what a first
/// visitor sees), brings in what this visitor has: the route in the URL, the
/// drafts in storage (but those nobody typed into, `load_at_start`), and any
/// search typed before the wasm arrived. Then, either way, marks the app
/// live: the loader replays the clicks it held until now, and they must come
/// after all of this.
///
/// Returns whether host settings the prerender has not (the comment
/// deadline) may show: at once when rendering afresh, and when hydrating
/// only after the first render, which must equal the view. `settings` says
/// there are some, which is worth the second render.
///
/// ```ignore
/// let settled = use_adopt_prerender(&props.start, props.initial.clone(), state.dispatcher(), drafts.dispatcher(), storage, deadline.is_some());
/// ```
#[hook]
pub fn use_adopt_prerender(
    start: &Start,
    initial: Option<Route>,
    state: UseReducerDispatcher<AppState>,
    drafts: UseReducerDispatcher<DraftsState>,
    storage: Option<Rc<dyn KeyValue>>,
    settings: bool,
) -> bool {
    let start = start.clone();
    let hydrated = matches!(start, Start::Hydrate { .. });
    let settled = use_state(|| !hydrated);
    {
        let settled = settled.clone();
        use_effect_with((), move |()| {
            if let Start::Hydrate { typed_query } = start {
                let open = initial.as_ref().and_then(Route::draft);
                drafts.dispatch(DraftAction::Loaded(load_at_start(storage.as_deref(), open)));
                if let Some(route) = initial {
                    state.dispatch(Action::Navigate { route, focus: true });
                }
                if !typed_query.trim().is_empty() {
                    state.dispatch(Action::Search(typed_query));
                }
                if settings {
                    settled.set(true);
                }
            }
            perf::mark_live(if hydrated { "hydrated" } else { "rendered" });
        });
    }
    *settled
}
