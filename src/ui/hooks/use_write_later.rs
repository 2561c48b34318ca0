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
/// whole app is fetched first, so the person is told the file is on its way
/// (a second press of its button meanwhile asks nothing more), and told if it
/// fails. The whole app writes them itself (`ui::later`).
///
/// ```ignore
/// let later = use_write_later(i18n.lang.code(), outbox.download.clone());
/// ```
#[hook]
pub fn use_write_later(lang: &'static str, download: Callback<FileOut>) -> WriteLater {
    let writing = use_state(|| Writing::Idle);
    // The kinds on their way, and whether one failed since the last request:
    // a file already on its way is not asked for twice.
    let pending = use_mut_ref(|| (Vec::<LaterFile>::new(), false));
    {
        let (writing, pending) = (writing.clone(), pending.clone());
        use_effect_with((), move |()| {
            let listener = upgrade::on_written(move |kind, file| {
                let Some(kind) = LaterFile::from_code(&kind) else { return };
                let mut p = pending.borrow_mut();
                p.0.retain(|k| *k != kind);
                match file {
                    Some((name, text)) => download.emit(FileOut { name, mime: kind.mime(), text }),
                    None => p.1 = true,
                }
                writing.set(match *p {
                    (ref on_way, _) if !on_way.is_empty() => Writing::Preparing,
                    (_, true) => Writing::Failed,
                    _ => Writing::Idle,
                });
            });
            move || drop(listener)
        });
    }
    let now = *writing;
    let request = Callback::from(move |(kind, package): (LaterFile, Rc<Package>)| {
        let mut p = pending.borrow_mut();
        if p.0.contains(&kind) {
            return;
        }
        p.1 = false;
        if upgrade::write_later(kind.code(), &hand(&package), lang) {
            p.0.push(kind);
            writing.set(Writing::Preparing);
        } else {
            writing.set(Writing::Failed);
        }
    });
    WriteLater { request, writing: now }
}
