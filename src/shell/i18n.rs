//! Which language to show, and fetching a translation when it is not English.

use super::error::{describe, ShellError};
use super::local_storage::LocalStorage;
use crate::model::i18n::{
    served_file, Catalog, CatalogError, CollateCatalog, CollateI18n, I18n, Key, Keys, Lang, Texts,
};
use crate::model::store::KeyValue;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the person's choice is remembered.
const LANG_KEY: &str = "igf-messages:lang";

/// What the person chose before, then the embed's setting, then the browser's
/// languages, then English. The person's own choice wins: the host's setting
/// is its page's language, and on a site in one language a person who reads
/// another would otherwise pick theirs again on every visit.
pub fn preferred(configured: Option<Lang>) -> Lang {
    remembered().or(configured).or_else(browser_language).unwrap_or(Lang::En)
}

fn remembered() -> Option<Lang> {
    Lang::from_tag(&LocalStorage::open().ok()?.get(LANG_KEY).ok()??)
}

fn browser_language() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    navigator.languages().iter().filter_map(|l| l.as_string()).find_map(|tag| Lang::from_tag(&tag))
}

/// Remembers the choice; where storage is blocked or full it lasts for this
/// page only, which the picker still shows.
pub fn remember(lang: Lang) {
    if let Ok(storage) = LocalStorage::open() {
        let _ = storage.set(LANG_KEY, lang.code());
    }
}

/// The folder the app's files are served from, taken from the loader script,
/// so translations load from the app's origin even when it is embedded.
pub fn asset_base() -> String {
    let embedded = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(super::config::MOUNT_ID))
        .and_then(|host| host.get_attribute("data-igf-base"));
    if let Some(base) = embedded {
        return base;
    }
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("script[data-igf-js]").ok().flatten())
        .and_then(|s| s.dyn_into::<web_sys::HtmlScriptElement>().ok());
    let src = script.map(|s| s.src()).unwrap_or_default();
    match src.rfind('/') {
        Some(i) => src[..=i].to_owned(),
        None => String::new(),
    }
}

/// The interface in `lang`: English at once, a language loaded before from
/// memory, any other fetched and checked.
pub async fn load(lang: Lang) -> Result<I18n, ShellError> {
    if lang == Lang::En {
        return Ok(I18n::default());
    }
    if let Some(loaded) = I18n::loaded(lang) {
        return Ok(loaded.with_plural(super::intl::plural));
    }
    fetch(lang).await.map(|catalog| I18n::with(catalog).with_plural(super::intl::plural))
}

/// The build serves the public page's catalogs by position (`Texts::to_served`),
/// each under its key list's name (`served_file`).
async fn fetch(lang: Lang) -> Result<Catalog, ShellError> {
    let url = [asset_base().as_str(), "i18n/", &served_file::<Key>(lang)].concat();
    fetch_texts(&url, lang, Catalog::parse_served).await
}

async fn fetch_texts<K: Keys>(
    url: &str,
    lang: Lang,
    parse: fn(Lang, &str) -> Result<Texts<K>, CatalogError>,
) -> Result<Texts<K>, ShellError> {
    let window = web_sys::window().ok_or(ShellError::NoWindow)?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| ShellError::Fetch(describe(&e)))?.unchecked_into();
    if !response.ok() {
        return Err(ShellError::Fetch(format!("{url}: HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(|e| ShellError::Fetch(describe(&e)))?)
        .await
        .map_err(|e| ShellError::Fetch(describe(&e)))?;
    parse(lang, &text.as_string().unwrap_or_default()).map_err(|e| ShellError::Fetch(format!("{url}: {}", why(&e))))
}

/// What is wrong with a translation file, in words: `{:?}` would pull the
/// standard library's Debug formatting into the wasm for this one message.
fn why(e: &CatalogError) -> String {
    match e {
        CatalogError::Malformed(n) => format!("line {n}: not `Key = text`"),
        CatalogError::UnknownKey(n, key) => format!("line {n}: unknown key {key}"),
        CatalogError::Duplicate(n, key) => format!("line {n}: {key} a second time"),
        CatalogError::Missing(key) => format!("no line for {key}"),
        CatalogError::Placeholders(n, key) => format!("line {n}: {key} has other placeholders than the English"),
        CatalogError::OtherKeys => "made for another version of the app".to_owned(),
    }
}

/// The collation page in `lang`: both its own strings and the public page's,
/// each fetched once.
pub async fn load_collate(lang: Lang) -> Result<CollateI18n, ShellError> {
    let main = load(lang).await?;
    if let Some(loaded) = CollateI18n::loaded(main.clone()) {
        return Ok(loaded);
    }
    let url = format!("{}i18n/collate/{}.txt", asset_base(), lang.code());
    let own: CollateCatalog = fetch_texts(&url, lang, CollateCatalog::parse).await?;
    Ok(CollateI18n::with(main, own))
}

/// The language named by `?igf-lang=` in the page's address, if any.
pub fn from_query() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    Lang::from_tag(&params.get("igf-lang")?)
}

/// The catalog a loader fetched for the view it built (`embed.js`, or
/// `loader.js` for another language than English), handed over on the
/// mount element (`igfCatalog`: `{ lang, text }`) so that the app's first
/// render is in the view's language. `None` when there is none, or it is not
/// a valid catalog.
pub fn preloaded(mount: &web_sys::Element) -> Option<I18n> {
    let given = js_sys::Reflect::get(mount, &"igfCatalog".into()).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&given, &name.into()).ok()?.as_string();
    from_served(&field("lang")?, &field("text")?)
}

/// The interface in `lang` from its served catalog `text`, if valid.
pub fn from_served(lang: &str, text: &str) -> Option<I18n> {
    let lang = Lang::from_tag(lang)?;
    Catalog::parse_served(lang, text).ok().map(|c| I18n::with(c).with_plural(super::intl::plural))
}

/// Sets `lang` and `dir` on the page itself, when the app owns the page.
pub fn apply_to_page(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
}
