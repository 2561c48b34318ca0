//! The Secretariat's collation page (`collate.html`, its own wasm): the same
//! structure as the app, with a reducer (`state`), hooks for every browser
//! call (`hooks`) and one component per file (`components`).

pub mod components;
pub mod hooks;
pub mod labels;
pub mod state;

use crate::model::document::Library;
use crate::shell::config::MOUNT_ID;
use std::rc::Rc;

/// Mounts the collation page into `#igf-messages`, replacing the loading line.
pub fn start() {
    let Some(host) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(MOUNT_ID)) else {
        return;
    };
    while let Some(child) = host.first_child() {
        let _ = host.remove_child(&child);
    }
    crate::model::collate::mail::charset::install(crate::shell::charsets::decode);
    // The desk names commitments' goals, which only the whole app shows.
    crate::model::i18n::Key::install_later();
    let library = Rc::new(Library::from_sources(crate::documents::SOURCES.iter().copied()));
    yew::Renderer::<components::Desk>::with_root_and_props(host.clone(), components::DeskProps { library }).render();
    crate::shell::perf::mark_live("rendered");
}
