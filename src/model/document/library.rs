use super::anchor::Words;
use super::model::{Document, MessageId, Revision};
use super::parse::{parse_located, ParseError, ParseErrorKind};
use crate::model::track::Track;
use crate::model::versions::VersionDiff;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// Every Messages document the app ships, keyed by track, every version kept.
#[derive(Debug, Default)]
pub struct Library {
    /// The newest version of each track, sorted by track: what the reader shows.
    pub documents: Vec<Rc<Document>>,
    /// Files that failed to parse, or repeat a version another file has:
    /// (file name, error). Shown, never hidden.
    pub errors: Vec<(String, ParseError)>,
    /// Every version of each track, oldest first; one entry per `documents` entry.
    history: Vec<Vec<Rc<Document>>>,
    cache: Cache,
}

impl Library {
    /// Builds the library from (file name, text) pairs. Of two files with the same
    /// track and version, the later one is reported as an error and left out.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Library {
        let mut library = Library::default();
        let mut files: Vec<(Track, Revision, &str)> = Vec::new();
        for (name, text) in sources {
            let (doc, line) = match parse_located(text) {
                Ok(parsed) => parsed,
                Err(e) => {
                    library.errors.push((name.to_owned(), e));
                    continue;
                }
            };
            if let Some(&(_, _, other)) = files.iter().find(|(t, r, _)| *t == doc.track && *r == doc.revision) {
                let kind = ParseErrorKind::DuplicateVersion {
                    version: doc.version.clone(),
                    track: doc.track.name().to_owned(),
                    other_file: other.to_owned(),
                };
                library.errors.push((name.to_owned(), ParseError { line, kind }));
                continue;
            }
            files.push((doc.track, doc.revision, name));
            library.insert(doc);
        }
        crate::model::sort::sort_by_key(&mut library.history, |versions| versions.first().map(|d| d.track));
        library.documents = library.history.iter().filter_map(|versions| versions.last().cloned()).collect();
        library
    }

    fn insert(&mut self, doc: Document) {
        let doc = Rc::new(doc);
        match self.history.iter_mut().find(|versions| versions.first().is_some_and(|d| d.track == doc.track)) {
            Some(versions) => {
                versions.push(doc);
                crate::model::sort::sort_by_key(versions, |d| d.revision);
            }
            None => self.history.push(vec![doc]),
        }
    }

    /// The newest version of `track`.
    pub fn get(&self, track: Track) -> Option<&Rc<Document>> {
        self.documents.iter().find(|d| d.track == track)
    }

    /// Every version of `track`, oldest first; empty for a track with no document.
    pub fn versions(&self, track: Track) -> &[Rc<Document>] {
        self.history.iter().find(|v| v.first().is_some_and(|d| d.track == track)).map_or(&[], Vec::as_slice)
    }

    /// The version of `track` named by a label ("Version 2", "Final version") or a
    /// key ("2", "final"), as [`Revision::parse`] reads them.
    pub fn version(&self, track: Track, label_or_key: &str) -> Option<&Rc<Document>> {
        let revision = Revision::parse(label_or_key)?;
        self.versions(track).iter().find(|d| d.revision == revision)
    }

    pub fn message_text(&self, id: MessageId) -> Option<&str> {
        self.get(id.track)?.message(id).map(|m| &*m.text)
    }

    /// How version `newer` of `track` continues version `older`. Computed on the
    /// first call for that pair, then shared.
    pub fn diff(&self, track: Track, older: Revision, newer: Revision) -> Option<Rc<VersionDiff>> {
        let key = (track, older, newer);
        if let Some((_, diff)) = self.cache.diffs.borrow().iter().find(|(k, _)| *k == key) {
            return Some(Rc::clone(diff));
        }
        let versions = self.versions(track);
        let old = versions.iter().find(|d| d.revision == older)?;
        let new = versions.iter().find(|d| d.revision == newer)?;
        let diff = Rc::new(VersionDiff::with_words(old, &self.words(old), new, &self.words(new)));
        self.cache.diffs.borrow_mut().push((key, Rc::clone(&diff)));
        Some(diff)
    }

    /// What changed in the newest version of `track` since version `older`.
    pub fn changes_since(&self, track: Track, older: Revision) -> Option<Rc<VersionDiff>> {
        self.diff(track, older, self.get(track)?.revision)
    }

    /// The words of each of `doc`'s messages, in document order; computed once
    /// per version.
    pub fn words(&self, doc: &Document) -> Rc<[Words]> {
        let key = (doc.track, doc.revision);
        if let Some((_, words)) = self.cache.words.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(words);
        }
        let words: Rc<[Words]> = Words::of_messages(doc).into();
        // Only this library's own documents are remembered, so the key stays true.
        if self.versions(doc.track).iter().any(|d| std::ptr::eq(&**d, doc)) {
            self.cache.words.borrow_mut().push((key, Rc::clone(&words)));
        }
        words
    }
}

/// Values derived from the documents on first use. No borrow is held while one
/// is computed, so the cells are never borrowed twice.
#[derive(Default)]
struct Cache {
    diffs: Memo<(Track, Revision, Revision), Rc<VersionDiff>>,
    words: Memo<(Track, Revision), Rc<[Words]>>,
}

/// A few computed values by key; lists this short need no hashing.
type Memo<K, V> = RefCell<Vec<(K, V)>>;

/// A library is one: equal only to itself. It is built once, from the files
/// the app ships, and never changes, so the components that take it as a prop
/// only need to know whether it is the same one. Comparing every document
/// word by word on each render cost the reader's wasm 0.5 KB gzip.
impl PartialEq for Library {
    fn eq(&self, other: &Library) -> bool {
        std::ptr::eq(self, other)
    }
}

impl fmt::Debug for Cache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cache")
    }
}
