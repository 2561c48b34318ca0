//! The shipped documents, read from the page (see `model::document::sources`).

use super::config::MOUNT_ID;
use crate::model::document::sources::{from_page, SourcesError};
use crate::model::document::Library;

/// The element of the standalone page that holds the sources.
pub const SOURCES_ID: &str = "igf-sources";

/// The property of the mount element in which `embed.js` hands them over
/// on a host page, which has no such element.
const HANDED: &str = "igfSources";

/// The library of the documents the page carries. The build ships at least
/// one, and only documents that parse (`cargo test` checks them), so a
/// library without any, or with an error, is not the one the view was
/// prerendered from, and adopting that view would fail.
pub fn library() -> Result<Library, SourcesError> {
    let files = from_page(&page_text().ok_or(SourcesError::Missing)?)?;
    let library = Library::from_sources(files.iter().map(|(name, text)| (name.as_str(), text.as_str())));
    match library.errors.first() {
        Some((file, error)) => Err(SourcesError::Unreadable(format!("{file}: {error}"))),
        None if library.documents.is_empty() => Err(SourcesError::NoDocument),
        None => Ok(library),
    }
}

fn page_text() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let handed = document.get_element_by_id(MOUNT_ID).and_then(|host| js_sys::Reflect::get(&host, &HANDED.into()).ok());
    match handed.and_then(|v| v.as_string()) {
        Some(text) => Some(text),
        None => document.get_element_by_id(SOURCES_ID)?.text_content(),
    }
}
