use super::model::{Document, MessageId};
use super::parse::{parse, ParseError};
use crate::model::track::Track;
use std::rc::Rc;

/// Every Messages document the app ships, keyed by track.
#[derive(Debug, Default, PartialEq)]
pub struct Library {
    /// At most one document per track: the newest version wins.
    pub documents: Vec<Rc<Document>>,
    /// Files that failed to parse: (file name, error). Shown, never hidden.
    pub errors: Vec<(String, ParseError)>,
}

impl Library {
    /// Builds the library from (file name, text) pairs.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Library {
        let mut library = Library::default();
        for (name, text) in sources {
            match parse(text) {
                Ok(doc) => library.insert(doc),
                Err(e) => library.errors.push((name.to_owned(), e)),
            }
        }
        crate::model::sort::sort_by_key(&mut library.documents, |d| d.track);
        library
    }

    fn insert(&mut self, doc: Document) {
        match self.documents.iter_mut().find(|d| d.track == doc.track) {
            Some(existing) if existing.date < doc.date => *existing = Rc::new(doc),
            Some(_) => {}
            None => self.documents.push(Rc::new(doc)),
        }
    }

    pub fn get(&self, track: Track) -> Option<&Rc<Document>> {
        self.documents.iter().find(|d| d.track == track)
    }

    pub fn message_text(&self, id: MessageId) -> Option<&str> {
        self.get(id.track)?.message(id).map(|m| &*m.text)
    }
}
