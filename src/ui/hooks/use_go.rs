use crate::model::route::Route;
use crate::shell::location;
use crate::ui::state::{Action, AppState};
use yew::prelude::*;

/// Navigation: through the URL, so Back works and links can be shared, or in
/// place where the page may not (deep links off) or cannot change its URL.
/// The callback is stable for the page's life.
///
/// ```ignore
/// let go = use_go(state.dispatcher(), config.url_links);
/// html! { <button onclick={go.reform(|_| Route::Comments)}>{ "My comments" }</button> }
/// ```
#[hook]
pub fn use_go(dispatch: UseReducerDispatcher<AppState>, url_links: bool) -> Callback<Route> {
    use_callback(url_links, move |route: Route, url_links| {
        if !*url_links || location::go(&route).is_err() {
            dispatch.dispatch(Action::Navigate { route, focus: true });
        }
    })
}
