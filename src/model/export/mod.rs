//! What leaves the browser: a package of drafts, its receipt, and each way of
//! sending or saving it (JSON, plain text for email, mailto, .eml, CSV,
//! Markdown), plus reading a JSON export back in, and the package the reader's
//! build hands the whole app for the files only it writes.

pub(crate) mod base64;
mod clean;
pub mod csv;
pub mod email;
pub mod eml;
pub mod files;
pub mod handed;
pub mod import;
pub mod mailto;
pub mod markdown;
mod package;

/// Where feedback goes unless the deployment says otherwise: the IGF Secretariat.
pub const SECRETARIAT: &str = "igf@un.org";

/// Every line break, whatever it was, as CRLF: what mail and links carry.
pub(crate) fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n")
}

pub use clean::isolate;
pub use package::{Package, FORMAT, PACKAGE_SCHEMA};
