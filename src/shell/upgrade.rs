//! Asks the page's loader (web/upgrade.js) for the whole app, and hands it
//! what the reader's build knows. The loader keeps the reader on screen until
//! the whole app is compiled, then stops it (`stop`) and starts the whole app
//! on the same mount element, which reads the hand-over attributes and
//! properties below. Drafts go along only when storage does not hold them
//! all: each change is otherwise saved as it is made.

use super::config::MOUNT_ID;
use super::page_events::Listener;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// The route the whole app opens on, set while the reader's build is on a
/// screen it leaves out. The loader starts the whole app only while it is set.
pub const RESUME_ATTR: &str = "data-igf-resume";
/// The interface language the whole app starts in: the person may have
/// chosen another than the page's.
pub const RESUME_LANG_ATTR: &str = "data-igf-resume-lang";

fn host() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(MOUNT_ID)
}

fn dispatch(host: &web_sys::Element, name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = host.dispatch_event(&event);
    }
}

/// The drafts handed over when storage does not hold them all
/// (`model::store::carry`), a property of the mount element.
const CARRIED: &str = "igfCarried";
/// A file chosen to import, for the whole app to read.
const FILE: &str = "igfFile";

/// Asks for the whole app, to open on `route` (a `Route::path`) in `lang`;
/// `on_failed` runs if it could not be fetched. Dropping the guard withdraws
/// the request: the loader then keeps what it fetched for later.
pub fn request(route: &str, lang: &str, on_failed: impl Fn() + 'static) -> Option<Listener> {
    let host = host()?;
    let _ = host.set_attribute(RESUME_ATTR, route);
    let _ = host.set_attribute(RESUME_LANG_ATTR, lang);
    let listener = Listener::new(&host, "igf-upgrade-failed", move |_| on_failed());
    dispatch(&host, "igf-upgrade");
    Some(listener)
}

thread_local! {
    /// Set once this app is stopping for the whole app to start.
    static HANDED_OVER: Cell<bool> = const { Cell::new(false) };
}

/// Marks the request as granted: the app is stopping for the whole app, and
/// what it handed over must stay for that app to read.
pub fn hand_over() {
    HANDED_OVER.with(|h| h.set(true));
}

/// Withdraws a request made with `request`, unless it was granted.
pub fn withdraw() {
    if HANDED_OVER.with(Cell::get) {
        return;
    }
    if let Some(host) = host() {
        let _ = host.remove_attribute(RESUME_ATTR);
    }
}

/// Drops the file handed over: the person walked away from it.
pub fn drop_file() {
    if let Some(host) = host() {
        let _ = js_sys::Reflect::delete_property(&host, &FILE.into());
    }
}

/// Hands the drafts over, as `model::store::carry` wrote them.
pub fn hand_drafts(carried: &str) {
    if let Some(host) = host() {
        let _ = js_sys::Reflect::set(&host, &CARRIED.into(), &carried.into());
    }
}

/// Hands `file` to the whole app, which imports it once it has taken over.
pub fn hand_file(file: &web_sys::File) {
    if let Some(host) = host() {
        let _ = js_sys::Reflect::set(&host, &FILE.into(), file);
    }
}

/// The property `key` of the mount element `host`, read once: it is removed.
fn take(host: &web_sys::Element, key: &str) -> Option<wasm_bindgen::JsValue> {
    let value = js_sys::Reflect::get(host, &key.into()).ok();
    let _ = js_sys::Reflect::delete_property(host, &key.into());
    value
}

/// The file the reader's build handed over to import, read once.
pub fn take_file() -> Option<web_sys::File> {
    take(&host()?, FILE)?.dyn_into::<web_sys::File>().ok()
}

/// What the reader's build handed over.
pub struct Resume {
    /// The route to open on, as `Route::path` wrote it.
    pub route: String,
    pub lang: Option<String>,
    /// The drafts, when storage does not hold them.
    pub carried: Option<String>,
}

/// What the reader's build handed over, read once: it is removed.
pub fn take_resume(host: &web_sys::Element) -> Option<Resume> {
    let route = host.get_attribute(RESUME_ATTR)?;
    let lang = host.get_attribute(RESUME_LANG_ATTR);
    let carried = take(host, CARRIED).and_then(|v| v.as_string());
    let _ = host.remove_attribute(RESUME_ATTR);
    let _ = host.remove_attribute(RESUME_LANG_ATTR);
    Some(Resume { route, lang, carried })
}
