use crate::shell::location;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// Follows the URL fragment: each change to `#igf=…` navigates and moves focus.
///
/// ```ignore
/// let state = use_reducer(|| AppState::new(Track::Trust, None));
/// use_hash_route(state.dispatcher());
/// ```
#[hook]
pub fn use_hash_route(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let listener = location::on_hash_change(move |route| {
            dispatch.dispatch(match route {
                Some(route) => Action::Navigate { route, focus: true },
                None => Action::Home,
            });
        });
        move || drop(listener)
    });
}
