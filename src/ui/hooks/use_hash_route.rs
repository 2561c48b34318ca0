use crate::shell::location;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// Follows the URL fragment: each change to `#igf=…` navigates and moves focus.
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
            location::on_hash_change(move |route| {
                if location::follow_to_collation() {
                    return;
                }
                dispatch.dispatch(match route {
                    Some(route) => Action::Navigate { route, focus: true },
                    None => Action::Home,
                });
            })
        });
        move || drop(listener)
    });
}
