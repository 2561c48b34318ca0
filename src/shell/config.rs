//! Settings the host page gives on the mount element's `data-` attributes.

use crate::model::date::Date;
use crate::model::i18n::Lang;
use crate::model::track::Track;

/// The id of the element the app mounts into.
pub const MOUNT_ID: &str = "igf-messages";

/// Set by the build on the mount element of a prerendered page: how many
/// elements the prerendered view holds.
pub const PRERENDERED_ATTR: &str = "data-igf-prerendered";

/// Set by the build on the same element: the key list the served catalogs are
/// named after (`model::i18n::served_file`), for the loaders, which fetch a
/// catalog to hand to the app.
pub const CATALOGS_ATTR: &str = "data-igf-catalogs";

/// What the page that hosts the app decides.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// `data-track`: the track to open when the URL names none.
    pub track: Option<Track>,
    /// `data-comment-deadline` (`2020-12-08`): overrides the document's own.
    pub comment_deadline: Option<Date>,
    /// `data-recipient`: where emails go; the IGF Secretariat unless set.
    pub recipient: Option<String>,
    /// `data-lang`: the interface language to start in (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
    pub lang: Option<Lang>,
    /// `data-embed`: the app sits inside someone else's page, so it leaves the
    /// page's own `<html lang dir>` alone and renders in a shadow root.
    pub embedded: bool,
    /// `data-deep-links="none"`: the app must not touch the page URL at all.
    pub url_links: bool,
    /// `igf-parent` (iframe mode, in the query string): the exact origin of the
    /// page framing the app, the only one told the app's height.
    pub parent_origin: Option<String>,
}

pub use crate::model::export::SECRETARIAT as DEFAULT_RECIPIENT;

/// The app's own page, configured by nothing: what the build prerenders, and
/// so the only configuration that may adopt the prerendered markup. Deep links
/// are on, as documented.
impl Default for Config {
    fn default() -> Config {
        Config {
            track: None,
            comment_deadline: None,
            recipient: None,
            lang: None,
            embedded: false,
            url_links: true,
            parent_origin: None,
        }
    }
}

impl Config {
    pub fn recipient(&self) -> &str {
        self.recipient.as_deref().unwrap_or(DEFAULT_RECIPIENT)
    }
}

impl Config {
    /// Reads the mount element's `data-` attributes. Where data goes and when
    /// comment closes are the deployment's to decide, so no URL can set them.
    /// A framed page (with a valid `igf-parent`) may take its language and
    /// track from the query string, since the framing page cannot reach the
    /// element; those apply to the visit only.
    pub fn from_element(element: &web_sys::Element) -> Config {
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok());
        let param = |name: &str| query.as_ref().and_then(|q| q.get(name)).filter(|v| !v.trim().is_empty());
        let attr = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
        let parent_origin = param("igf-parent").filter(|o| is_origin(o));
        let framed = parent_origin.is_some();
        let from_url = |name: &str| if framed { param(name) } else { None };
        Config {
            url_links: attr("data-deep-links").as_deref() != Some("none"),
            track: attr("data-track").or_else(|| from_url("igf-track")).and_then(|v| Track::from_slug(v.trim())),
            comment_deadline: attr("data-comment-deadline").and_then(|v| Date::parse(&v)),
            embedded: element.has_attribute("data-embed"),
            lang: attr("data-lang").or_else(|| from_url("igf-lang")).and_then(|v| Lang::from_tag(v.trim())),
            recipient: attr("data-recipient")
                .map(|v| v.trim().to_owned())
                .filter(|v| crate::model::validate::is_recipient(v)),
            parent_origin,
        }
    }
}

/// `https://host.example` or `http://127.0.0.1:8000`: a scheme, a host, maybe a
/// port, and nothing else — so a configured origin can be compared exactly.
pub fn is_origin(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else { return false };
    !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}
