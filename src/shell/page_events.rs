//! Page lifecycle and cross-tab events, as guards that unsubscribe on drop.

pub use gloo_events::EventListener as Listener;
use wasm_bindgen::JsCast;

/// Calls `f` when the page is hidden or being unloaded: the last safe moment to
/// save (`visibilitychange` and `pagehide`; `unload` is unreliable on phones).
pub fn on_page_hidden(f: impl Fn() + 'static) -> Vec<Listener> {
    let f = std::rc::Rc::new(f);
    let (Some(window), Some(document)) = (web_sys::window(), web_sys::window().and_then(|w| w.document())) else {
        return Vec::new();
    };
    let on_visibility = {
        let f = f.clone();
        let document = document.clone();
        move |_: &web_sys::Event| {
            if document.visibility_state() == web_sys::VisibilityState::Hidden {
                f();
            }
        }
    };
    vec![
        Listener::new(&document, "visibilitychange", on_visibility),
        Listener::new(&window, "pagehide", move |_: &web_sys::Event| f()),
    ]
}

/// Asks the browser to confirm leaving the page while `at_risk()` says that
/// work would be lost: the one warning a page can give before it closes.
pub fn on_leaving(at_risk: impl Fn() -> bool + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(Listener::new_with_options(&window, "beforeunload", options, move |e| {
        if at_risk() {
            e.prevent_default();
        }
    }))
}

/// Calls `f(key, new_value)` when another tab changes `localStorage`.
pub fn on_storage_change(f: impl Fn(String, Option<String>) + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    Some(Listener::new(&window, "storage", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            // `key` is null when another tab cleared all storage.
            f(e.key().unwrap_or_default(), e.new_value());
        }
    }))
}

/// Closes the open `<details>` that `selector` finds (in the app's shadow
/// root too) when a click lands anywhere outside it, as a click elsewhere
/// closes any menu: in the app, in the page's margins, or on the host page
/// around an embed. A click in a shadow root reaches the document retargeted
/// to its host, so whether it was in the menu is read from the event's path.
pub fn close_on_click_outside(selector: &'static str) -> Option<Listener> {
    let document = web_sys::window()?.document()?;
    Some(Listener::new(&document, "click", move |e| {
        let Some(open) = super::dom::query(selector) else { return };
        if !e.composed_path().includes(&open, 0) {
            // Only a browser that cannot remove an attribute refuses, and then the menu stays open.
            let _ = open.remove_attribute("open");
        }
    }))
}
