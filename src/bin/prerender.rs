//! Writes the reader's first view into `index.html`: the same `App`, rendered
//! on the server side of Yew with what a first-time visitor has (English, no
//! drafts). In the browser the app hydrates it, adopting these very nodes, so
//! the text is there before the wasm and nothing moves or is replaced when it
//! arrives. The mount element records how many elements the view holds, so
//! the app can tell when something else has changed them.

use igf_messages::model::date::Date;
use igf_messages::model::document::Library;
use igf_messages::model::store::{KeyValue, MemoryStore};
use igf_messages::shell::config::{Config, MOUNT_ID, PRERENDERED_ATTR};
use igf_messages::ui::app::{App, AppProps, Start};
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
        services: Services {
            storage: Some(Rc::new(MemoryStore::default()) as Rc<dyn KeyValue>),
            tab: "prerender".into(),
        },
        start: Start::Hydrate { typed_query: String::new() },
    }
}

/// The elements in `html` as a browser will parse it: Yew escapes `<` in text
/// and attribute values, so every `<` followed by a letter opens an element.
fn element_count(html: &str) -> usize {
    html.as_bytes().windows(2).filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic()).count()
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
    let body =
        futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props()).hydratable(true).render());
    let head = &html[..start];
    let Some(mount) = [format!("id=\"{MOUNT_ID}\""), format!("id={MOUNT_ID}")]
        .iter()
        .find_map(|id| head.rfind(id.as_str()).map(|at| at + id.len()))
    else {
        eprintln!("prerender: {path} has no #{MOUNT_ID} element before the placeholder");
        process::exit(1);
    };
    let out = format!(
        "{} {PRERENDERED_ATTR}=\"{}\"{}{}{}",
        &head[..mount],
        element_count(&body),
        &head[mount..],
        body,
        &html[start + len + "</p>".len()..]
    );
    fs::write(&path, out).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!("prerendered {} KB of HTML into {path}", body.len() / 1024);
}
