//! Yew components. They render state and send [`state::Action`]s; browser I/O
//! goes through `crate::shell`, called from hooks, never from components.

pub mod app;
pub mod components;
pub mod drafts;
pub mod hooks;
pub mod labels;
pub mod services;
pub mod state;

use crate::core::document::Library;
use crate::core::store::KeyValue;
use crate::shell::{clock, config::Config, config::MOUNT_ID, local_storage::LocalStorage, location};
use std::rc::Rc;

/// Parses the shipped documents and mounts the app into `#igf-messages`.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id(MOUNT_ID) else { return };
    let config = Config::from_element(&root);
    // The server-sent fallback text is replaced by the live app.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    let props = app::AppProps {
        library: Rc::new(Library::from_sources(crate::documents::SOURCES.iter().copied())),
        config,
        today: clock::today(),
        initial: location::current_route(),
        services: services::Services {
            storage: LocalStorage::open().ok().map(|s| Rc::new(s) as Rc<dyn KeyValue>),
            tab: clock::new_id("t").into(),
        },
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}
