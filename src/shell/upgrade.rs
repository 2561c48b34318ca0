//! Asks the page's loader (web/upgrade.js) for the whole app, and hands it
//! what the reader's build knows. The loader keeps the reader on screen until
//! the whole app is compiled, then stops it (`stop`) and starts the whole app
//! on the same mount element, which reads the hand-over attributes and
//! properties below. Drafts go along only when storage does not hold them
//! all: each change is otherwise saved as it is made. The reader's build also
//! asks the whole app, run as a library beside it, for the CSV and Markdown
//! files it leaves out ([`write_later`]).

use super::config::MOUNT_ID;
use super::page_events::Listener;
use crate::model::export::files::FileOut;
use crate::model::export::handed::LaterFile;
use crate::model::i18n::I18n;
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

/// A file the reader's build leaves out (`LaterFile`), asked of the whole app,
/// which the loader then runs as a library beside the reader: `igfWrite`
/// holds `{ kind, handed, lang }` (`model::export::handed`).
const WRITE: &str = "igfWrite";
/// What became of it, read as `igf-file-written` fires: `{ kind, name, text }`,
/// or `{ kind }` alone if it could not be written.
const WRITTEN: &str = "igfWritten";

/// Asks the whole app to write a `kind` file (`LaterFile::code`) of the
/// package `handed`, in `lang`; [`on_written`] hears of it.
pub fn write_later(kind: &str, handed: &str, lang: &str) -> bool {
    let Some(host) = host() else { return false };
    let _ = js_sys::Reflect::set(&host, &WRITE.into(), &object(&[("kind", kind), ("handed", handed), ("lang", lang)]));
    dispatch(&host, "igf-write-file");
    true
}

/// Hears what becomes of each [`write_later`]: its kind, and the file's name
/// and text, or `None` if the whole app could not be fetched or write it.
pub fn on_written(f: impl Fn(String, Option<(String, String)>) + 'static) -> Option<Listener> {
    let host = host()?;
    Some(Listener::new(&host.clone(), "igf-file-written", move |_| {
        let Some(written) = take(&host, WRITTEN) else { return };
        let field = |name: &str| js_sys::Reflect::get(&written, &name.into()).ok()?.as_string();
        if let Some(kind) = field("kind") {
            f(kind, field("name").zip(field("text")));
        }
    }))
}

/// In the whole app, run as a library for the reader's build: writes the
/// `kind` file of the package `handed`, in `lang` with its served `catalog`
/// (none for English), and tells the reader, which [`on_written`] hears.
/// `false` if there is no mount to tell.
pub fn write_for_reader(kind: &str, handed: &str, lang: &str, catalog: Option<&str>) -> bool {
    let Some(host) = host() else { return false };
    let written = match write_handed(kind, handed, lang, catalog) {
        Ok(file) => object(&[("kind", kind), ("name", &file.name), ("text", &file.text)]),
        Err(why) => {
            web_sys::console::error_1(&format!("IGF Messages could not write the file: {why}").into());
            object(&[("kind", kind)])
        }
    };
    let _ = js_sys::Reflect::set(&host, &WRITTEN.into(), &written);
    dispatch(&host, "igf-file-written");
    // Read as it fired; left for nobody if the reader has gone meanwhile.
    let _ = js_sys::Reflect::delete_property(&host, &WRITTEN.into());
    true
}

/// A plain object of text fields, as the loader reads them.
fn object(fields: &[(&str, &str)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    object
}

/// The `kind` file of the package `handed`, or why it could not be written.
fn write_handed(kind: &str, handed: &str, lang: &str, catalog: Option<&str>) -> Result<FileOut, String> {
    // Run as a library, the whole app has not started: its English is added here.
    crate::model::i18n::Key::install_later();
    let kind = LaterFile::from_code(kind).ok_or_else(|| format!("no such file: {kind}"))?;
    let package = crate::model::export::handed::handed(handed)?;
    let i18n = match catalog {
        Some(text) => super::i18n::from_served(lang, text).ok_or("the catalog could not be read")?,
        None if lang == "en" => I18n::default(),
        // Never a file in English for a person reading another language.
        None => return Err(format!("no catalog for {lang}")),
    };
    let library = super::sources::library().map_err(|e| e.to_string())?;
    Ok(kind.write(&package, &library, &i18n, &|d| super::intl::date(d, i18n.lang.code())))
}
