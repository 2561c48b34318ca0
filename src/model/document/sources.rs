//! The shipped documents as the page carries them. The reader's text is in
//! the prerendered page already, so the documents' sources ride beside it
//! (where compression finds the same sentences) rather than in the wasm,
//! where they would be downloaded a second time.

use crate::model::json::{Json, JsonError};
use std::fmt;

/// Why the page's sources could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourcesError {
    /// The page holds no sources at all.
    Missing,
    /// They are not the JSON the build writes.
    Json(JsonError),
    /// They are JSON, but not an object of file names to texts.
    NotFiles,
    /// They hold no Messages document.
    NoDocument,
    /// A file is not a Messages document: the file and why.
    Unreadable(String),
}

impl fmt::Display for SourcesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourcesError::Missing => f.write_str("the page holds no Messages documents"),
            SourcesError::Json(e) => write!(f, "the page's Messages documents are not readable: {e}"),
            SourcesError::NotFiles => f.write_str("the page's Messages documents are not file names and texts"),
            SourcesError::NoDocument => f.write_str("the page's Messages documents are empty"),
            SourcesError::Unreadable(why) => write!(f, "the page's Messages documents do not read: {why}"),
        }
    }
}

/// (file name, text) pairs as the page carries them: one JSON object, in
/// order. `<`, `>` and `&` are escaped, so it sits safely in a `<script>`.
pub fn to_page<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    Json::Obj(sources.into_iter().map(|(name, text)| (name.to_owned(), Json::Str(text.to_owned()))).collect()).to_text()
}

/// The (file name, text) pairs [`to_page`] wrote.
pub fn from_page(text: &str) -> Result<Vec<(String, String)>, SourcesError> {
    match Json::parse(text).map_err(SourcesError::Json)? {
        Json::Obj(files) => files
            .into_iter()
            .map(|(name, text)| match text {
                Json::Str(text) => Ok((name, text)),
                _ => Err(SourcesError::NotFiles),
            })
            .collect(),
        _ => Err(SourcesError::NotFiles),
    }
}
