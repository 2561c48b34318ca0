//! Yew components. They render state and send actions; browser I/O goes
//! through `crate::shell`, called from hooks, never from components.

pub mod app;
pub mod collate;
pub mod components;
pub mod drafts;
pub mod events;
pub mod hooks;
pub mod labels;
pub mod services;
pub mod state;

use crate::model::document::Library;
use crate::model::store::KeyValue;
use crate::shell::journal::Mirrored;
use crate::shell::{
    clock, config::Config, config::MOUNT_ID, config::PRERENDERED_ATTR, dom, local_storage::LocalStorage, location,
};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Parses the shipped documents and mounts the app into `#igf-messages`: in
/// place on its own page, or inside a shadow root when embedded, so that the
/// host's styles and the app's never meet.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(host) = document.get_element_by_id(MOUNT_ID) else { return };
    let config = Config::from_element(&host);
    if !config.embedded && location::follow_to_collation() {
        return;
    }
    if config.url_links {
        location::drop_app_params();
    }
    let mount = host.clone();
    let root = if config.embedded { shadow_mount(&document, &host) } else { None };
    let hydrate = root.is_none() && can_adopt(&host, &config);
    let start = if hydrate { app::Start::Hydrate { typed_query: typed_query(&host) } } else { app::Start::Fresh };
    let root = match root {
        Some(root) => root,
        None => {
            if !hydrate {
                // Markup the app cannot adopt is replaced.
                while let Some(child) = host.first_child() {
                    let _ = host.remove_child(&child);
                }
            }
            host
        }
    };
    let props = app::AppProps {
        library: Rc::new(Library::from_sources(crate::documents::SOURCES.iter().copied())),
        initial: if config.url_links { location::current_route() } else { None },
        config,
        today: clock::today(),
        services: services::Services {
            storage: LocalStorage::open().ok().map(|s| Rc::new(Mirrored::new(s)) as Rc<dyn KeyValue>),
            tab: clock::new_id("t").into(),
        },
        start,
    };
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root, props);
    if hydrate {
        renderer.hydrate();
    } else {
        renderer.render();
    }
    // For tests and benchmarks: the live app, not the prerendered text, is here.
    let _ = mount.set_attribute("data-igf-live", if hydrate { "hydrated" } else { "rendered" });
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("igf-interactive");
    }
}

/// Whether the markup in `host` is the untouched prerendered view: the page is
/// configured as the build assumed, and the element count the build wrote down
/// still holds. Anything else (a browser translating the page, an extension
/// adding nodes) would make adopting it fail, so the app renders afresh.
fn can_adopt(host: &web_sys::Element, config: &Config) -> bool {
    let expected = host.get_attribute(PRERENDERED_ATTR).and_then(|n| n.parse::<u32>().ok());
    *config == Config::default() && expected == Some(host.get_elements_by_tag_name("*").length())
}

/// What the person typed into the prerendered search box while the wasm loaded.
fn typed_query(host: &web_sys::Element) -> String {
    host.query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// A shadow root on the host element holding the app's stylesheet and a
/// container to render into. `None` when the browser cannot attach one.
fn shadow_mount(document: &web_sys::Document, host: &web_sys::Element) -> Option<web_sys::Element> {
    let shadow = match host.shadow_root() {
        Some(existing) => existing,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?,
    };
    if let Some(css) = host.get_attribute("data-igf-css") {
        let link: web_sys::HtmlLinkElement = document.create_element("link").ok()?.dyn_into().ok()?;
        link.set_rel("stylesheet");
        link.set_href(&css);
        shadow.append_child(&link).ok()?;
    }
    let container = document.create_element("div").ok()?;
    container.set_class_name("igf-root");
    shadow.append_child(&container).ok()?;
    dom::set_shadow_root(shadow);
    Some(container)
}
