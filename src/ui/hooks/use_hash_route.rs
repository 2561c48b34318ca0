use crate::model::route::Route;
use crate::shell::location;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// Follows the URL fragment: each change to `#igf=…` navigates and moves focus,
/// and `igf-q=…` restores a search.
/// Where the host does not let the app use the URL, it does not listen at all.
///
/// ```ignore
/// let state = use_reducer(|| AppState::new(Track::Trust, None));
/// use_hash_route(state.dispatcher(), config.url_links);
/// ```
#[hook]
pub fn use_hash_route(dispatch: UseReducerDispatcher<AppState>, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let listener = enabled.then(|| {
            location::on_hash_change(move |route, search| {
                if location::follow_to_collation() {
                    return;
                }
                dispatch.dispatch(match route {
                    Some(route) => Action::Navigate { route, focus: true },
                    None => Action::Home,
                });
                // Back to a search restores it; a fragment without one leaves the search as navigating left it.
                if !search.trim().is_empty() {
                    dispatch.dispatch(Action::Search(search));
                }
            })
        });
        move || drop(listener)
    });
}

/// Keeps the reader's search in the URL fragment (`igf-q=…`), so a reload
/// or "Copy link" keeps it; other screens carry none. Where the host does not
/// let the app use the URL, it is left alone.
///
/// ```ignore
/// use_search_in_url(&state.query, &state.route, config.url_links);
/// ```
#[hook]
pub fn use_search_in_url(query: &str, route: &Route, enabled: bool) {
    let kept = if matches!(route, Route::Read(..)) { query.to_owned() } else { String::new() };
    // After every render, not only when the search changes: a navigation sets a
    // fragment without it, even one that keeps it. Nothing is written when the
    // fragment already says so.
    use_effect(move || {
        if enabled {
            location::keep_search(&kept);
        }
    });
}
