//! Writes the reader's first view into `index.html`: the same `App`, rendered
//! on the server side of Yew with what a first-time visitor has (English, no
//! drafts). In the browser the app replaces it with identical markup, so the
//! text is there before the wasm and nothing moves when it arrives.

use igf_messages::core::date::Date;
use igf_messages::core::document::Library;
use igf_messages::core::store::{KeyValue, MemoryStore};
use igf_messages::shell::config::Config;
use igf_messages::ui::app::{App, AppProps};
use igf_messages::ui::services::Services;
use std::rc::Rc;
use std::{env, fs, process};

/// The placeholder that `index.html` ships and the prerendered view replaces.
const PLACEHOLDER_START: &str = "<p class=igf-loading>";

fn props() -> AppProps {
    AppProps {
        library: Rc::new(Library::from_sources(igf_messages::documents::SOURCES.iter().copied())),
        config: Config::default(),
        // Only a configured comment deadline would show a date-dependent line,
        // and the standalone page configures none.
        today: Date { year: 2020, month: 11, day: 17 },
        initial: None,
        services: Services { storage: Some(Rc::new(MemoryStore::default()) as Rc<dyn KeyValue>), tab: "prerender".into() },
    }
}

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender dist/index.html");
        process::exit(2);
    };
    let html = fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        process::exit(1);
    });
    let Some(start) = html.find(PLACEHOLDER_START).or_else(|| html.find("<p class=\"igf-loading\">")) else {
        eprintln!("prerender: {path} has no loading placeholder (already prerendered?)");
        process::exit(1);
    };
    let Some(len) = html[start..].find("</p>") else {
        eprintln!("prerender: unterminated placeholder in {path}");
        process::exit(1);
    };
    let body = futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props()).hydratable(false).render());
    let out = format!("{}{}{}", &html[..start], body, &html[start + len + "</p>".len()..]);
    fs::write(&path, out).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!("prerendered {} KB of HTML into {path}", body.len() / 1024);
}
