use crate::model::route::Route;
use crate::shell::dom;
use crate::ui::state::{Action, AppState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A click handler for the app's root that takes over in-app links (`#igf=…`,
/// and `#igf-…` to an element of the app):
/// they go through `go`, which keeps the host page's own fragment, or, where
/// the app may not touch the URL, navigate in place. Modified clicks (new tab,
/// new window) are left to the browser.
///
/// ```ignore
/// let onclick = use_link_clicks(state.dispatcher(), go.clone(), config.url_links);
/// html! { <div {onclick}>{ … }</div> }
/// ```
#[hook]
pub fn use_link_clicks(
    dispatch: UseReducerDispatcher<AppState>,
    go: Callback<Route>,
    url_links: bool,
) -> Callback<MouseEvent> {
    use_callback((url_links, go), move |e: MouseEvent, (url_links, go)| {
        if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
        else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        // A link to one of the app's own elements ("Back to contents") moves
        // focus there and leaves the address alone: the fragment is the app's
        // place, and on a host page, the host's.
        if let Some(id) = href.strip_prefix('#').filter(|id| id.starts_with("igf-")) {
            // Where the element is missing, the browser follows the link as before.
            if dom::focus(id).is_ok() {
                e.prevent_default();
            }
            return;
        }
        let Some(route) = href.starts_with('#').then(|| Route::from_fragment(&href)).flatten() else {
            return;
        };
        e.prevent_default();
        if *url_links {
            go.emit(route);
        } else {
            dispatch.dispatch(Action::Navigate { route, focus: true });
        }
    })
}
