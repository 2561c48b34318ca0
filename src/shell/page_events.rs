//! Page lifecycle and cross-tab events, as guards that unsubscribe on drop.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// An event listener that is removed when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

fn listen(target: web_sys::EventTarget, kind: &'static str, f: impl Fn(web_sys::Event) + 'static) -> Option<Listener> {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(f);
    target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref()).ok()?;
    Some(Listener { target, kind, closure })
}

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
        move |_| {
            if document.visibility_state() == web_sys::VisibilityState::Hidden {
                f();
            }
        }
    };
    [listen(document.into(), "visibilitychange", on_visibility), listen(window.into(), "pagehide", move |_| f())]
        .into_iter()
        .flatten()
        .collect()
}

/// Calls `f(key, new_value)` when another tab changes `localStorage`.
pub fn on_storage_change(f: impl Fn(String, Option<String>) + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    listen(window.into(), "storage", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            // `key` is null when another tab cleared all storage.
            f(e.key().unwrap_or_default(), e.new_value());
        }
    })
}
