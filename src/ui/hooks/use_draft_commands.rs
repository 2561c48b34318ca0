use crate::model::comment::{Comment, CommentTarget};
use crate::model::commitment::{Commitment, Link};
use crate::model::document::Revision;
use crate::model::export::Package;
use crate::model::route::{Route, Target};
use crate::model::store::Draft;
use crate::model::versions::Placements;
use crate::shell::{clock, download, location};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::state::{Action, AppState, CopyStatus};
use std::rc::Rc;
use yew::prelude::*;

/// What the app's screens can ask of the drafts, each a stable callback.
#[derive(Clone, PartialEq)]
pub struct DraftCommands {
    /// Starts a comment on a target and opens its form.
    pub comment: Callback<CommentTarget>,
    /// Starts a commitment, linked to a message or not, and opens its form.
    pub commit: Callback<Option<Link>>,
    /// "Commit to act on this" from a message.
    pub commit_to: Callback<Link>,
    /// Copies a commitment under a new id and opens the copy.
    pub duplicate: Callback<String>,
    /// Marks these drafts as sent, now.
    pub mark_sent: Callback<Vec<(String, i64)>>,
    /// Downloads every draft as JSON (storage trouble's way out).
    pub export: Callback<()>,
    /// Downloads the records that could not be read.
    pub download_quarantined: Callback<()>,
}

/// The draft commands, on the pattern of `function_todomvc`'s `make_callback`:
/// ids and times come from the shell here, so reducers stay pure.
///
/// ```ignore
/// let commands = use_draft_commands(&drafts, placements.clone(), state.dispatcher(), go.clone(), (config.url_links, state.version()));
/// my_commitments(&i18n, &MyCommitmentsProps { on_new: commands.commit.reform(|()| None), on_duplicate: commands.duplicate, .. })
/// ```
#[hook]
pub fn use_draft_commands(
    drafts: &UseReducerHandle<DraftsState>,
    placements: Rc<Placements>,
    app: UseReducerDispatcher<AppState>,
    go: Callback<Route>,
    // Whether the app may use the URL, and the version the reader shows.
    reader: (bool, Option<Revision>),
) -> DraftCommands {
    let (url_links, version) = reader;
    let comment = {
        let (drafts, app) = (drafts.dispatcher(), app.clone());
        use_callback((go.clone(), url_links, version), move |target: CommentTarget, (go, url_links, version)| {
            leave_reader_at(&app, *url_links, target.place(), *version);
            let id = clock::new_id("c");
            drafts.dispatch(DraftAction::Create(Draft::Comment(Comment::new(id.clone(), target, clock::now_ms()))));
            go.emit(Route::Comment(id));
        })
    };
    let commit = {
        let drafts = drafts.dispatcher();
        use_callback(go.clone(), move |link: Option<Link>, go| {
            let (id, now) = (clock::new_id("k"), clock::now_ms());
            let commitment = match link {
                Some(link) => Commitment::linked_to(id.clone(), link, now),
                None => Commitment::new(id.clone(), now),
            };
            drafts.dispatch(DraftAction::Create(Draft::Commitment(commitment)));
            go.emit(Route::Commitment(id, None));
        })
    };
    let commit_to = {
        let app = app.clone();
        use_callback((commit.clone(), url_links, version), move |link: Link, (commit, url_links, version)| {
            leave_reader_at(&app, *url_links, link.place(), *version);
            commit.emit(Some(link))
        })
    };
    let duplicate = {
        let drafts = drafts.dispatcher();
        use_callback(go, move |id: String, go| {
            let new_id = clock::new_id("k");
            drafts.dispatch(DraftAction::Duplicate { id, new_id: new_id.clone(), now: clock::now_ms() });
            go.emit(Route::Commitment(new_id, None));
        })
    };
    let mark_sent = {
        let drafts = drafts.dispatcher();
        use_callback((), move |sent: Vec<(String, i64)>, ()| {
            drafts.dispatch(DraftAction::MarkSent { sent, at: clock::now_ms() })
        })
    };
    let (export, download_quarantined) = use_draft_downloads(drafts, placements, app);
    DraftCommands { comment, commit, commit_to, duplicate, mark_sent, export, download_quarantined }
}

/// Remembers where in the reader the person leaves it, to comment on a
/// message or commit to act on it, so that the browser's Back and "Back to
/// the Messages" return there, not to the top of the track: on a phone that
/// was screens of scrolling after each comment. The address changes only
/// where the host lets the app use it, and keeps the version the reader shows.
fn leave_reader_at(app: &UseReducerDispatcher<AppState>, url_links: bool, target: Target, version: Option<Revision>) {
    if url_links {
        location::mark(&Route::Read(target, version));
    }
    app.dispatch(Action::LeftAt(target));
}

/// The two ways storage trouble offers out: every draft as JSON, and the
/// records that could not be read. A refused download is said, not dropped.
#[hook]
fn use_draft_downloads(
    drafts: &UseReducerHandle<DraftsState>,
    placements: Rc<Placements>,
    app: UseReducerDispatcher<AppState>,
) -> (Callback<()>, Callback<()>) {
    let latest = use_mut_ref(|| (drafts.clone(), placements.clone()));
    *latest.borrow_mut() = (drafts.clone(), placements);
    let save = {
        let app = app.clone();
        move |name: &str, mime: &str, text: &str| {
            if download::download(name, mime, text).is_err() {
                app.dispatch(Action::Copied(CopyStatus::DownloadFailed));
            }
        }
    };
    let export = {
        let (latest, save) = (latest.clone(), save.clone());
        use_callback((), move |(), ()| {
            let (drafts, placements) = &*latest.borrow();
            let package = Package {
                comments: drafts.comments.iter().map(|d| d.value.clone()).collect(),
                commitments: drafts.commitments.iter().map(|d| d.value.clone()).collect(),
                sender: drafts.profile.clone(),
                ..Package::default()
            }
            .locate(placements);
            let json = package.to_json(clock::now_ms()).to_pretty();
            save(&format!("igf-messages-drafts-{}.json", package.receipt()), "application/json", &json);
        })
    };
    let download_quarantined = use_callback((), move |(), ()| {
        let text: String = latest.borrow().0.quarantined.iter().map(|q| format!("{}\n{}\n\n", q.key, q.raw)).collect();
        save("igf-messages-unreadable.txt", "text/plain", &text);
    });
    (export, download_quarantined)
}
