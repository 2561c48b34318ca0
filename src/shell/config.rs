//! Settings the host page gives on the mount element's `data-` attributes.

use crate::core::date::Date;
use crate::core::i18n::Lang;
use crate::core::track::Track;

/// The id of the element the app mounts into.
pub const MOUNT_ID: &str = "igf-messages";

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
    /// page's own `<html lang dir>` alone.
    pub embedded: bool,
}

/// Where feedback goes unless the host page says otherwise.
pub const DEFAULT_RECIPIENT: &str = "igf@un.org";

impl Config {
    pub fn recipient(&self) -> &str {
        self.recipient.as_deref().unwrap_or(DEFAULT_RECIPIENT)
    }
}

impl Config {
    pub fn from_element(element: &web_sys::Element) -> Config {
        let attr = |name: &str| element.get_attribute(name).filter(|v| !v.trim().is_empty());
        Config {
            track: attr("data-track").and_then(|v| Track::from_slug(v.trim())),
            comment_deadline: attr("data-comment-deadline").and_then(|v| Date::parse(&v)),
            embedded: element.has_attribute("data-embed"),
            lang: attr("data-lang").and_then(|v| Lang::from_tag(v.trim())),
            recipient: attr("data-recipient").map(|v| v.trim().to_owned()).filter(|v| crate::core::validate::is_email(v)),
        }
    }
}
