//! Writes the reader's first view into `index.html`: the same `App`, rendered
//! on the server side of Yew with what a first-time visitor has (English, no
//! drafts). In the browser the app hydrates it, adopting these very nodes, so
//! the text is there before the wasm and nothing moves or is replaced when it
//! arrives. The mount element records how many elements the view holds, so
//! the app can tell when something else has changed them.
//!
//! Before the page's `</body>` it puts the documents' sources, which the app
//! reads from the page rather than carrying them in its wasm a second time
//! (`model::document::sources`).
//!
//! Beside `index.html` it writes each translation into `i18n/` in the form
//! the app reads (`Texts::to_served`: by position, so the wasm needs no key
//! names), after checking it as the translators wrote it, named after the key
//! list (`served_file`), which it also records on the mount element for the
//! loaders.
//!
//! Given a folder as well, it writes the same view in each of the six
//! languages there (`en.html`, `fr.html`, …), from which
//! `scripts/embed-manifest.mjs` builds the view `embed.js` shows on host
//! pages, in the language the app will start in.

use igf_messages::model::date::Date;
use igf_messages::model::document::sources::to_page;
use igf_messages::model::document::Library;
use igf_messages::model::i18n::{list_hex, served_file, Catalog, I18n, Key, Lang};
use igf_messages::model::store::{KeyValue, MemoryStore};
use igf_messages::shell::config::{Config, CATALOGS_ATTR, MOUNT_ID, PRERENDERED_ATTR};
use igf_messages::shell::sources::SOURCES_ID;
use igf_messages::ui::app::{App, AppProps, Start};
use igf_messages::ui::services::Services;
use std::rc::Rc;
use std::{env, fs, process};

/// The placeholder that `index.html` ships and the prerendered view replaces.
const PLACEHOLDER_START: &str = "<p class=igf-loading>";

/// The translations, read when the binary is built, so that a changed file rebuilds it.
const CATALOGS: [(Lang, &str); 5] = [
    (Lang::Ar, include_str!("../../i18n/ar.txt")),
    (Lang::Zh, include_str!("../../i18n/zh.txt")),
    (Lang::Fr, include_str!("../../i18n/fr.txt")),
    (Lang::Ru, include_str!("../../i18n/ru.txt")),
    (Lang::Es, include_str!("../../i18n/es.txt")),
];

fn props(i18n: I18n, config: Config) -> AppProps {
    AppProps {
        library: Rc::new(Library::from_sources(igf_messages::documents::SOURCES.iter().copied())),
        config,
        // Only a configured comment deadline would show a date-dependent line,
        // and the standalone page configures none.
        today: Date { year: 2020, month: 11, day: 17 },
        initial: None,
        search: String::new(),
        services: Services {
            storage: Some(Rc::new(MemoryStore::default()) as Rc<dyn KeyValue>),
            tab: "prerender".into(),
        },
        start: Start::Hydrate { typed_query: String::new() },
        i18n,
        carried: None,
    }
}

/// The first view, as Yew's server renderer writes it, hydration markers included.
fn render(i18n: I18n, config: Config) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props(i18n, config)).hydratable(true).render(),
    )
}

/// Writes the first view in every language into `dir`, as `<code>.html`, and
/// what the loaders say if the app cannot start, as `<code>.failed.txt`.
fn write_views(dir: &str) {
    let fail = |what: String| -> ! {
        eprintln!("prerender: {what}");
        process::exit(1);
    };
    fs::create_dir_all(dir).unwrap_or_else(|e| fail(format!("cannot create {dir}: {e}")));
    for lang in Lang::ALL {
        let i18n = match CATALOGS.iter().find(|(l, _)| *l == lang) {
            None => I18n::default(),
            Some((_, text)) => I18n::with(
                Catalog::parse(lang, text).unwrap_or_else(|e| fail(format!("i18n/{}.txt: {e:?}", lang.code()))),
            )
            .with_plural(igf_messages::shell::intl::plural),
        };
        // What the loaders say when the app cannot start, a line each (scripts/embed-manifest.mjs).
        let failed = format!("{dir}/{}.failed.txt", lang.code());
        let said = format!("{}\n{}\n", i18n.t(Key::StartFailed), i18n.t(Key::WholeFailed));
        fs::write(&failed, said).unwrap_or_else(|e| fail(format!("cannot write {failed}: {e}")));
        let path = format!("{dir}/{}.html", lang.code());
        // As a host page shows it: inside the host's own `main`, so without one.
        let embedded = Config { embedded: true, ..Config::default() };
        fs::write(&path, render(i18n, embedded)).unwrap_or_else(|e| fail(format!("cannot write {path}: {e}")));
    }
}

/// Writes every translation as the app is served it into `i18n/` under `dist`,
/// and removes the translators' forms the build copied there: nothing reads
/// them, and a page from before the served files were named after the key
/// list finds no file rather than one it cannot read. (`i18n/collate/` stays:
/// the collation page reads the translators' form.)
fn write_served_catalogs(dist: &std::path::Path) {
    let dir = dist.join("i18n");
    for lang in Lang::ALL {
        let copied = dir.join(format!("{}.txt", lang.code()));
        if copied.exists() {
            fs::remove_file(&copied).unwrap_or_else(|e| {
                eprintln!("prerender: cannot remove {}: {e}", copied.display());
                process::exit(1);
            });
        }
    }
    for (lang, text) in CATALOGS {
        let catalog = Catalog::parse(lang, text).unwrap_or_else(|e| {
            eprintln!("prerender: i18n/{}.txt: {e:?}", lang.code());
            process::exit(1);
        });
        let path = dir.join(served_file::<Key>(lang));
        fs::write(&path, catalog.to_served()).unwrap_or_else(|e| {
            eprintln!("prerender: cannot write {}: {e}", path.display());
            process::exit(1);
        });
    }
    println!("wrote the {} translations as the app reads them into {}", CATALOGS.len(), dir.display());
}

/// The elements in `html` as a browser will parse it: Yew escapes `<` in text
/// and attribute values, so every `<` followed by a letter opens an element.
fn element_count(html: &str) -> usize {
    html.as_bytes().windows(2).filter(|w| w[0] == b'<' && w[1].is_ascii_alphabetic()).count()
}

/// `tail`, the page after the view, with the documents' sources before its
/// `</body>`, where the app reads them (`shell::sources`).
fn with_sources(tail: &str) -> Option<String> {
    let at = tail.rfind("</body>")?;
    let sources = to_page(igf_messages::documents::SOURCES.iter().copied());
    Some(format!(
        "{}<script type=\"application/json\" id=\"{SOURCES_ID}\">{sources}</script>\n{}",
        &tail[..at],
        &tail[at..]
    ))
}

fn main() {
    // The translators' files are checked against every English text.
    igf_messages::model::i18n::Key::install_later();
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender dist/index.html [folder for the view in every language]");
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
    let body = render(I18n::default(), Config::default());
    let head = &html[..start];
    let Some(mount) = [format!("id=\"{MOUNT_ID}\""), format!("id={MOUNT_ID}")]
        .iter()
        .find_map(|id| head.rfind(id.as_str()).map(|at| at + id.len()))
    else {
        eprintln!("prerender: {path} has no #{MOUNT_ID} element before the placeholder");
        process::exit(1);
    };
    let Some(tail) = with_sources(&html[start + len + "</p>".len()..]) else {
        eprintln!("prerender: {path} has no </body> to put the documents before");
        process::exit(1);
    };
    let out = format!(
        "{} {PRERENDERED_ATTR}=\"{}\" {CATALOGS_ATTR}=\"{}\"{}{}{}",
        &head[..mount],
        element_count(&body),
        list_hex::<Key>(),
        &head[mount..],
        body,
        tail
    );
    fs::write(&path, out).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        process::exit(1);
    });
    println!("prerendered {} KB of HTML into {path}", body.len() / 1024);
    write_served_catalogs(std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new(".")));
    if let Some(dir) = env::args().nth(2) {
        write_views(&dir);
        println!("prerendered the view in {} languages into {dir}", Lang::ALL.len());
    }
}
