//! The page URL: read the app's deep link, and build shareable links.

use super::error::ShellError;
use crate::model::route::Route;

/// The route named in the current URL fragment, if any.
pub fn current_route() -> Option<Route> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Route::from_fragment(&hash)
}

/// Opens `route` by setting the app's key in the fragment; the `hashchange` that
/// follows does the navigation, and Back returns to where the person was.
pub fn go(route: &Route) -> Result<(), ShellError> {
    let location = web_sys::window().ok_or(ShellError::NoWindow)?.location();
    let hash = location.hash().unwrap_or_default();
    location.set_hash(&route.into_fragment(&hash)).map_err(|e| ShellError::History(super::error::describe(&e)))
}

/// An absolute link to `route` on this page, keeping the rest of the URL.
pub fn link_to(route: &Route) -> Result<String, ShellError> {
    let location = web_sys::window().ok_or(ShellError::NoWindow)?.location();
    let href = location.href().map_err(|_| ShellError::NoWindow)?;
    let hash = location.hash().unwrap_or_default();
    let base = href.strip_suffix(&hash).unwrap_or(&href);
    Ok(format!("{base}{}", route.into_fragment(&hash)))
}

/// Calls `on_change` whenever the fragment changes. Dropping the returned guard
/// removes the listener.
pub fn on_hash_change(on_change: impl Fn(Option<Route>) + 'static) -> Option<super::page_events::Listener> {
    let window = web_sys::window()?;
    Some(super::page_events::Listener::new(&window, "hashchange", move |_| on_change(current_route())))
}
