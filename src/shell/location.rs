//! The page URL: read the app's deep link, and build shareable links.

use super::error::ShellError;
use crate::model::route::{anchor_of, search_from_fragment, with_search, Route};
use crate::model::share::strip_app_params;

/// Fragments longer than this are not read: no deep link is near it, and
/// parsing megabytes on every navigation would freeze the page.
const MAX_FRAGMENT: usize = 4096;

/// The current URL fragment, unless it is too long to read.
fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    if hash.len() > MAX_FRAGMENT {
        web_sys::console::warn_1(&format!("IGF Messages: a URL fragment of {} bytes was ignored", hash.len()).into());
        return None;
    }
    Some(hash)
}

/// The route named in the current URL fragment, if any.
pub fn current_route() -> Option<Route> {
    Route::from_fragment(&current_fragment()?)
}

/// The reader's search kept in the current URL fragment; empty if none.
pub fn current_search() -> String {
    current_fragment().map(|hash| search_from_fragment(&hash)).unwrap_or_default()
}

/// Keeps `query` in the fragment, in place: typing adds no history entries,
/// and no `hashchange` follows.
pub fn keep_search(query: &str) {
    replace_fragment(|hash| with_search(hash, query));
}

/// Makes the current history entry name `route`, in place: the reader's
/// entry, as the person leaves it from a message for a form, so that Back
/// returns to that message, not to the top of the track.
pub fn mark(route: &Route) {
    replace_fragment(|hash| route.into_fragment(hash));
}

/// Puts `change(hash)` in the address in place of the fragment: no history
/// entry, no `hashchange`, and the entry's state kept, which a host page's
/// router may hold there. A refusal (an opaque-origin frame) leaves the
/// address as it was.
fn replace_fragment(change: impl FnOnce(&str) -> String) {
    let Some(window) = web_sys::window() else { return };
    let (Ok(href), Ok(hash)) = (window.location().href(), window.location().hash()) else { return };
    let fragment = change(&hash);
    if fragment == hash {
        return;
    }
    let base = href.strip_suffix(&hash).unwrap_or(&href);
    let base = base.strip_suffix('#').unwrap_or(base);
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{base}{fragment}")));
    }
}

/// Leaves for the collation page when the fragment asks for it (`#igf=collate`),
/// replacing this page in the history; `true` if it did.
pub fn follow_to_collation() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return false };
    let hash = location.hash().unwrap_or_default();
    crate::model::route::leads_to_collation(&hash) && location.replace(crate::model::route::COLLATION_PAGE).is_ok()
}

/// Opens `route` by setting the app's key in the fragment; the `hashchange` that
/// follows does the navigation, and Back returns to where the person was. The
/// search is left out: navigating decides whether it stays, and the app puts
/// it back if so, whereas a search in the fragment would be applied again.
pub fn go(route: &Route) -> Result<(), ShellError> {
    let location = web_sys::window().ok_or(ShellError::NoWindow)?.location();
    let hash = with_search(&location.hash().unwrap_or_default(), "");
    location.set_hash(&route.into_fragment(&hash)).map_err(|e| ShellError::History(super::error::describe(&e)))
}

/// An absolute link to `route` on this page, keeping the rest of the URL but
/// the app's own query parameters.
pub fn link_to(route: &Route) -> Result<String, ShellError> {
    let location = web_sys::window().ok_or(ShellError::NoWindow)?.location();
    let href = location.href().map_err(|_| ShellError::NoWindow)?;
    let hash = location.hash().unwrap_or_default();
    let base = href.strip_suffix(&hash).unwrap_or(&href);
    Ok(strip_app_params(&format!("{base}{}", route.into_fragment(&hash)), &[]))
}

/// Takes the app's query parameters out of the address bar once they have
/// been read, keeping `igf-parent`, which a framed page needs if reloaded:
/// whoever copies the address from here passes on none of them.
pub fn drop_app_params() {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let clean = strip_app_params(&href, &["igf-parent"]);
    if clean != href {
        if let Ok(history) = window.history() {
            // A refusal (an opaque-origin frame) leaves the address as it was.
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
        }
    }
}

/// Whether `fragment` points to an element of the page itself (outside a
/// shadow root, so not the app's when embedded): the browser scrolls there.
fn is_page_anchor(fragment: &str) -> bool {
    let Some(id) = anchor_of(fragment) else { return false };
    let id = js_sys::decode_uri_component(id).ok().and_then(|s| s.as_string()).unwrap_or_else(|| id.to_owned());
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)).is_some()
}

/// Calls `on_change` with the route and the search whenever the fragment
/// changes, but to an anchor of the page's own, such as a host page's
/// sections. Dropping the returned guard removes the listener.
pub fn on_hash_change(on_change: impl Fn(Option<Route>, String) + 'static) -> Option<super::page_events::Listener> {
    let window = web_sys::window()?;
    Some(super::page_events::Listener::new(&window, "hashchange", move |_| {
        // A host's own anchor: taking it for the app's start left a half-written
        // comment for the reader, and the host's section was never reached.
        if current_fragment().as_deref().is_some_and(is_page_anchor) {
            return;
        }
        on_change(current_route(), current_search())
    }))
}
