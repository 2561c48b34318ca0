use crate::model::export::files::FileOut;
use crate::model::export::handed::{hand, LaterFile};
use crate::model::export::Package;
use crate::shell::upgrade;
use std::rc::Rc;
use yew::prelude::*;

/// Where a file asked of the whole app stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writing {
    Idle,
    /// The whole app is being fetched, or is writing it.
    Preparing,
    /// It could not be fetched or could not write it; pressing again retries.
    Failed,
}

/// The files the reader's build leaves out (CSV, Markdown), asked of the
/// whole app.
#[derive(Clone, PartialEq)]
pub struct WriteLater {
    pub request: Callback<(LaterFile, Rc<Package>)>,
    pub writing: Writing,
}

/// In the reader's build: asks the whole app, which the loader runs as a
/// library beside the reader, to write a CSV or Markdown file of a package in
/// `lang`, and hands it to `download` once written. The first time, the
/// whole app is fetched first, so the person is told the file is on its way,
/// and told if it fails. The whole app writes them itself (`ui::later`).
///
/// ```ignore
/// let later = use_write_later(i18n.lang.code(), outbox.download.clone());
/// ```
#[hook]
pub fn use_write_later(lang: &'static str, download: Callback<FileOut>) -> WriteLater {
    let writing = use_state(|| Writing::Idle);
    {
        let writing = writing.clone();
        use_effect_with((), move |()| {
            let listeners = upgrade::on_written(move |written| {
                let file = written.and_then(|(kind, name, text)| {
                    Some(FileOut { name, mime: LaterFile::from_code(&kind)?.mime(), text })
                });
                writing.set(if file.is_some() { Writing::Idle } else { Writing::Failed });
                if let Some(file) = file {
                    download.emit(file);
                }
            });
            move || drop(listeners)
        });
    }
    let request = {
        let writing = writing.clone();
        Callback::from(move |(kind, package): (LaterFile, Rc<Package>)| {
            let asked = upgrade::write_later(kind.code(), &hand(&package), lang);
            writing.set(if asked { Writing::Preparing } else { Writing::Failed });
        })
    };
    WriteLater { request, writing: *writing }
}
