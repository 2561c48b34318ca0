//! The shipped documents, read from the page (see `model::document::sources`).

use super::config::MOUNT_ID;
use crate::model::document::sources::{from_page, SourcesError};
use crate::model::document::Library;

/// The element of the standalone page that holds the sources.
pub const SOURCES_ID: &str = "igf-sources";

/// The property of the mount element in which `embed.js` hands them over
/// on a host page, which has no such element.
const HANDED: &str = "igfSources";

/// The library of the documents the page carries.
pub fn library() -> Result<Library, SourcesError> {
    let files = from_page(&page_text().ok_or(SourcesError::Missing)?)?;
    Ok(Library::from_sources(files.iter().map(|(name, text)| (name.as_str(), text.as_str()))))
}

fn page_text() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let handed = document.get_element_by_id(MOUNT_ID).and_then(|host| js_sys::Reflect::get(&host, &HANDED.into()).ok());
    match handed.and_then(|v| v.as_string()) {
        Some(text) => Some(text),
        None => document.get_element_by_id(SOURCES_ID)?.text_content(),
    }
}
