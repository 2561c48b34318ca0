//! Settings the host page gives on the mount element's `data-` attributes.

use crate::core::date::Date;
use crate::core::i18n::Lang;
use crate::core::track::Track;

/// The id of the element the app mounts into.
pub const MOUNT_ID: &str = "igf-messages";

/// Set by the build on the mount element of a prerendered page: how many
/// elements the prerendered view holds.
pub const PRERENDERED_ATTR: &str = "data-igf-prerendered";

/// What the page that hosts the app decides.
#[derive(Clone, Debug, Default, PartialEq)]
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

/// Where feedback goes unless the host page says otherwise.
pub const DEFAULT_RECIPIENT: &str = "igf@un.org";

impl Config {
    /// The app's own page, configured by nothing: what the build prerenders,
    /// and so the only configuration that may adopt the prerendered markup.
    pub fn standalone() -> Config {
        Config { url_links: true, ..Config::default() }
    }

    pub fn recipient(&self) -> &str {
        self.recipient.as_deref().unwrap_or(DEFAULT_RECIPIENT)
    }
}

impl Config {
    /// Reads the mount element's `data-` attributes; in a framed page the query
    /// string (`?igf-lang=fr&igf-track=trust&igf-recipient=…&igf-parent=…`) can
    /// set the same things, since the framing page cannot reach the element.
    pub fn from_element(element: &web_sys::Element) -> Config {
        let query = web_sys::window().and_then(|w| w.location().search().ok()).and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok());
        let param = |name: &str| query.as_ref().and_then(|q| q.get(name)).filter(|v| !v.trim().is_empty());
        let attr = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty()).or_else(|| param(&name.replace("data-", "igf-")));
        Config {
            url_links: attr("data-deep-links").as_deref() != Some("none"),
            parent_origin: param("igf-parent").filter(|o| is_origin(o)),
            track: attr("data-track").and_then(|v| Track::from_slug(v.trim())),
            comment_deadline: attr("data-comment-deadline").and_then(|v| Date::parse(&v)),
            embedded: element.has_attribute("data-embed"),
            lang: attr("data-lang").and_then(|v| Lang::from_tag(v.trim())),
            recipient: attr("data-recipient").map(|v| v.trim().to_owned()).filter(|v| crate::core::validate::is_email(v)),
        }
    }
}

/// `https://host.example` or `http://127.0.0.1:8000`: a scheme, a host, maybe a
/// port, and nothing else — so a configured origin can be compared exactly.
pub fn is_origin(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else { return false };
    !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}
