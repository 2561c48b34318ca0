//! Yew components. They render state and send actions; browser I/O goes
//! through `crate::shell`, called from hooks, never from components.

pub mod app;
pub mod collate;
pub mod components;
pub mod drafts;
pub mod events;
pub mod hooks;
pub mod labels;
pub mod later;
pub mod markup;
pub mod services;
pub mod state;

use crate::model::i18n::Lang;
use crate::model::route::Route;
use crate::model::store::KeyValue;
use crate::shell::journal::Mirrored;
use crate::shell::upgrade;
use crate::shell::{
    clock, config::Config, config::MOUNT_ID, config::PRERENDERED_ATTR, dom, i18n, local_storage::LocalStorage,
    location, sources,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::AppHandle;

/// Parses the documents the page carries and mounts the app into `#igf-messages`: in
/// place on its own page, or inside a shadow root when embedded, so that the
/// host's styles and the app's never meet. Where the prerendered view is
/// there (in the page, or put in the shadow root by `embed.js`) and the first
/// render would be that view, the app adopts it instead of replacing it.
pub fn start() {
    start_with(|_| None);
}

/// [`start`], with what `take_resume` finds the reader's build handed over:
/// only the whole app looks, so only its wasm holds the code that reads it.
fn start_with(take_resume: fn(&web_sys::Element) -> Option<upgrade::Resume>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(host) = document.get_element_by_id(MOUNT_ID) else { return };
    let mut config = Config::from_element(&host);
    if !config.embedded && location::follow_to_collation() {
        return;
    }
    // Before anything is taken from the page or the address: the prerendered
    // text stays readable, and the loader hears this, releases any held click
    // and says that commenting is not available.
    let library = match sources::library() {
        Ok(library) => Rc::new(library),
        Err(e) => wasm_bindgen::throw_str(&e.to_string()),
    };
    // The reader's build handed over to this one: the route and language it
    // was showing win over the page's.
    let resume = take_resume(&host);
    if let Some(lang) = resume.as_ref().and_then(|r| r.lang.as_deref()) {
        config.lang = Lang::from_tag(lang).or(config.lang);
    }
    if config.url_links {
        location::drop_app_params();
    }
    let root = if config.embedded { shadow_mount(&document, &host) } else { None }.unwrap_or_else(|| host.clone());
    // The catalog of the view the loader showed, if it is not the English.
    let first_i18n = i18n::preloaded(&host);
    let hydrate = app::first_render_is_prerendered(&config, &library) && is_untouched(&root);
    let start = if hydrate {
        // What was typed before the wasm came wins over the search in the URL.
        let typed = typed_query(&root);
        let search = if config.url_links && typed.trim().is_empty() { location::current_search() } else { typed };
        app::Start::Hydrate { typed_query: search }
    } else {
        // Markup the app cannot adopt is replaced.
        while let Some(child) = root.first_child() {
            let _ = root.remove_child(&child);
        }
        app::Start::Fresh
    };
    let props = app::AppProps {
        library,
        initial: match &resume {
            Some(resume) => Route::parse_path(&resume.route),
            None if config.url_links => location::current_route(),
            None => None,
        },
        carried: resume.and_then(|r| r.carried),
        search: if config.url_links { location::current_search() } else { String::new() },
        config,
        today: clock::today(),
        services: services::Services {
            storage: LocalStorage::open().ok().map(|s| Rc::new(Mirrored::new(s)) as Rc<dyn KeyValue>),
            tab: clock::new_id("t").into(),
        },
        start,
        i18n: first_i18n.unwrap_or_default(),
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root.clone(), props);
    let handle = if hydrate { renderer.hydrate() } else { renderer.render() };
    RUNNING.with(|running| running.replace(Some((handle, root))));
}

/// The whole app: every screen, then [`start`], taking over from the
/// reader's build if it handed over.
pub fn start_whole() {
    later::install();
    start_with(upgrade::take_resume);
}

thread_local! {
    /// The app on the page and the element it renders into, for [`stop`].
    static RUNNING: RefCell<Option<(AppHandle<app::App>, web_sys::Element)>> = const { RefCell::new(None) };
    /// What the app hands over to the whole app as it stops.
    static BEFORE_STOP: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Runs `f` as the app stops for the whole app, before anything is torn down.
pub fn before_stop(f: Box<dyn Fn()>) {
    BEFORE_STOP.with(|b| b.replace(Some(f)));
}

/// Stops the app, for the whole app to start in its place (web/upgrade.js;
/// only the reader's build exports it, from `src/main.rs`): its listeners and
/// timers end and its markup goes, and its element is replaced by a bare
/// copy, so none of its event handlers is left on the element the next app
/// renders into.
pub fn stop() {
    let Some((handle, root)) = RUNNING.with(RefCell::take) else { return };
    if let Some(hand_over) = BEFORE_STOP.with(RefCell::take) {
        hand_over();
    }
    upgrade::hand_over();
    handle.destroy();
    let Some(fresh) = root.clone_node().ok().and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { return };
    let _ = fresh.remove_attribute(PRERENDERED_ATTR);
    let _ = root.replace_with_with_node_1(&fresh);
}

/// Whether the markup in `root` is still the prerendered view: the element
/// count the build wrote down holds. Anything else (a browser translating the
/// page, an extension adding nodes) would make adopting it fail, so the app
/// renders afresh.
fn is_untouched(root: &web_sys::Element) -> bool {
    let expected = root.get_attribute(PRERENDERED_ATTR).and_then(|n| n.parse::<u32>().ok());
    expected == Some(root.get_elements_by_tag_name("*").length())
}

/// What the person typed into the prerendered search box while the wasm loaded.
fn typed_query(root: &web_sys::Element) -> String {
    root.query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The container to render into inside the host's shadow root: the one
/// `embed.js` made, with the app's stylesheet and maybe the prerendered view,
/// or a new one. `None` when the browser cannot attach a shadow root.
fn shadow_mount(document: &web_sys::Document, host: &web_sys::Element) -> Option<web_sys::Element> {
    let shadow = match host.shadow_root() {
        Some(existing) => existing,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?,
    };
    dom::set_shadow_root(shadow.clone());
    if let Some(container) = shadow.query_selector(".igf-root").ok().flatten() {
        return Some(container);
    }
    let container = document.create_element("div").ok()?;
    container.set_class_name("igf-root");
    shadow.append_child(&container).ok()?;
    Some(container)
}
