//! Living inside an iframe: tell the parent page how tall the app is, and only
//! the parent page the host configured.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message the parent page listens for.
pub const HEIGHT_MESSAGE: &str = "igf-messages:height";

/// Whether the page is framed by another page.
pub fn is_framed() -> bool {
    web_sys::window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|p| !js_sys::Object::is(&p, &w)))
}

/// Watches `element` and posts its height to the parent, addressed to
/// `parent_origin` exactly — never `'*'` — so no other page can read it.
pub fn report_height(element: &web_sys::Element, parent_origin: String) -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    let post = move |height: f64| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
        let _ = parent.post_message(&message, &parent_origin);
    };
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            post(entry.target().get_bounding_client_rect().height());
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(HeightReporter { observer, _callback: callback })
}

/// Stops reporting when dropped.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
