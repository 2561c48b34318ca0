use crate::model::comment::{Comment, CommentTarget};
use crate::model::commitment::Commitment;
use crate::model::date::Date;
use crate::model::deadline::Period;
use crate::model::document::{Library, MessageId};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::search::{Query, Results};
use crate::model::store::{load_at_start, Loaded};
use crate::model::track::Track;
use crate::model::validate::FieldError;
use crate::model::versions::{Placements, Reading};
use crate::shell::{clock, config::Config};
use crate::ui::components::form::{use_error_summary, FormState};
use crate::ui::components::{
    app_footer, banner, comment_view, copy_status_line, details_view, document_view, empty_track, load_errors,
    my_comments, storage_status, unsent_banner, AppFooterProps, BannerProps, ChangesViewProps, CommentViewProps,
    CommitmentCheckProps, CommitmentViewProps, DetailsViewProps, DocumentViewProps, MyCommentsProps,
    MyCommitmentsProps, SendView, StorageStatusProps, CARDS_PAGE,
};
use crate::ui::components::{import_later, upgrading, ImportDraftsProps};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::hooks::{
    use_adopt_prerender, use_autosave, use_close_menu_outside, use_copy_link, use_draft_commands, use_focus_link,
    use_focus_node_on, use_focus_target, use_go, use_hash_route, use_journal_recovery, use_language, use_link_clicks,
    use_page_title, use_placements, use_report_height, use_search_in_url, use_search_marks, use_submit, use_upgrade,
    DraftCommands, Upgrade,
};
use crate::ui::labels::form_title;
use crate::ui::later;
use crate::ui::services::Services;
use crate::ui::state::{Action, AppState, CopyStatus};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: Rc<Library>,
    pub config: Config,
    pub today: Date,
    /// The route the page was opened with.
    pub initial: Option<Route>,
    /// The search the page was opened with (`igf-q` in the fragment).
    pub search: String,
    pub services: Services,
    pub start: Start,
    /// The interface language of the first render: English, or the one
    /// `embed.js` built its view in and handed over the catalog of.
    pub i18n: I18n,
    /// The drafts the reader's build handed over (`model::store::carry`)
    /// because storage did not hold them all; read instead of storage.
    pub carried: Option<String>,
}

/// How the app meets the markup already on the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Start {
    /// Renders from scratch with everything known at start.
    #[default]
    Fresh,
    /// Adopts the prerendered first view in place, so the text the person is
    /// already reading is never replaced. The first render must match it
    /// exactly, so the route, the stored drafts, any search typed before the
    /// wasm arrived, the host's comment deadline and, unless the view is
    /// already in it, the preferred language are applied just after.
    Hydrate { typed_query: String },
}

/// Whether the app's first render under `config` is the view the build
/// prerendered with `Config::default()`. Only the track changes it; the
/// language, the deadline, the recipient, the URL mode and the parent frame
/// change nothing in it or are applied after it.
pub fn first_render_is_prerendered(config: &Config, library: &Library) -> bool {
    config.track.is_none() || config.track == library.documents.first().map(|d| d.track)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { library, config, today, initial, services, start, i18n, .. } = props;
    let (state, drafts) = use_app_reducers(props);
    let settled = use_adopt_prerender(
        start,
        initial.clone(),
        state.dispatcher(),
        drafts.dispatcher(),
        services.storage.clone(),
        config.comment_deadline.is_some(),
    );
    let language = use_language(config.lang, !config.embedded, i18n.clone());
    let i18n = language.i18n.clone();
    use_hash_route(state.dispatcher(), config.url_links);
    use_search_in_url(&state.query, &state.route, config.url_links);
    use_focus_target(state.focus_request, state.focus_id());
    use_focus_target(drafts.focus.0, drafts.focus.1.clone());
    use_autosave(&drafts, services);
    use_journal_recovery(drafts.dispatcher(), services.storage.clone());
    use_discard_abandoned(&state.route, &drafts);
    let placements = use_placements(library, &drafts);
    // Callbacks for the messages stay equal, so a search keystroke re-renders none.
    let go = use_go(state.dispatcher(), config.url_links);
    let on_link_click = use_link_clicks(state.dispatcher(), go.clone(), config.url_links);
    use_report_height(config.parent_origin.clone(), "igf-app");
    let reader = (config.url_links, state.version());
    let commands = use_draft_commands(&drafts, placements.clone(), state.dispatcher(), go.clone(), reader);
    let focus_id = state.focus_id();
    let on_skip = use_focus_link().reform(move |e| (e, focus_id.clone()));
    let reader = use_reader(ReaderInputs {
        library,
        state: &state,
        drafts: &drafts,
        placements: &placements,
        commands: &commands,
        deadline: config.comment_deadline.filter(|_| settled),
        today: *today,
        i18n: &i18n,
    });
    let kept = use_screen_state(&state.route, &drafts);
    let unsent = drafts.unsent();
    let title = view_title(&i18n, &state.route, &drafts);
    let upgrade = use_upgrade(&state.route, i18n.lang.code(), &drafts, services.storage.is_some());
    let screens = Screens {
        library,
        drafts: &drafts,
        placements: &placements,
        commands: &commands,
        go: &go,
        config,
        today: *today,
        i18n: &i18n,
        kept,
        waiting: (title.clone(), upgrade),
    };
    let view = match &state.route {
        Route::Read(..) => reader,
        route => screens.show(route, state.reading(), state.after_details()),
    };
    use_page_title(&i18n, title, !config.embedded);
    use_close_menu_outside();
    html! {
            <div id="igf-app" class="igf-app" onclick={on_link_click} data-igf-wait={i18n.t(Key::ScreenLoading)} lang={i18n.lang.code()} dir={i18n.lang.dir()}>
                <a class="igf-skip" href={format!("#{}", state.focus_id())} onclick={on_skip}>{ i18n.t(Key::SkipToContent) }</a>
                { banner(&i18n, &BannerProps { on_choose: language.choose.clone(), current: state.target().map(|t| t.track()), available: available(library), unsent, route: state.route.clone() }) }
                // A host page has its own `main`, and one landmark cannot hold
                // another. (A dynamic tag name costs 0.5 KB gzip; a role, nothing.)
                <div class="igf-main" role={(!config.embedded).then_some("main")}>
                    if language.failed { <p class="igf-notice" role="status">{ i18n.t(Key::TranslationFailed) }</p> }
                    { storage_line(&i18n, &drafts, &commands) }
                    { load_errors(&i18n, &library.errors) }
                    { copy_status_line(&i18n, &state.copy) }
                    { view }
                    if matches!(state.route, Route::Read(..)) { { unsent_banner(&i18n, unsent.0, unsent.1) } }
                </div>
                { app_footer(&i18n, &AppFooterProps { recipient: AttrValue::from(config.recipient().to_owned()) }) }
            </div>
    }
}

/// Whether the drafts are safe, with the time of the last save in the
/// language of the moment, not the one it was made in.
fn storage_line(i18n: &I18n, drafts: &UseReducerHandle<DraftsState>, commands: &DraftCommands) -> Html {
    let (health, corrupt, newer, saved_at, notices) = StorageStatusProps::of(i18n, drafts);
    let saved_at = saved_at.map(|ms| clock::time_of_day(ms, i18n.lang.code()));
    let (dispatch, on_export) = (drafts.dispatcher(), commands.export.clone());
    let on_download_quarantined = commands.download_quarantined.clone();
    storage_status(
        i18n,
        &StorageStatusProps { health, corrupt, newer, saved_at, notices, dispatch, on_export, on_download_quarantined },
    )
}

/// The two reducers. A page adopting the prerendered view starts as a first
/// visitor, as the prerender did; the route and the stored drafts follow.
#[hook]
fn use_app_reducers(props: &AppProps) -> (UseReducerHandle<AppState>, UseReducerHandle<DraftsState>) {
    let AppProps { library, config, initial, search, services, start, carried, .. } = props;
    let hydrating = matches!(start, Start::Hydrate { .. });
    let state = {
        let fallback = config.track.or_else(|| library.documents.first().map(|d| d.track)).unwrap_or(Track::Trust);
        let (initial, search) = if hydrating { (None, String::new()) } else { (initial.clone(), search.clone()) };
        use_reducer(move || AppState { query: search, ..AppState::new(fallback, initial) })
    };
    let drafts = {
        let storage = services.storage.clone();
        let carried = carried.clone();
        let open = initial.as_ref().and_then(Route::draft).map(str::to_owned);
        use_reducer(move || match (carried, later::screens()) {
            (Some(text), Some(later)) if !hydrating => (later.carried)(&text, storage.is_some()),
            _ if hydrating => DraftsState::from_loaded(Ok(Loaded::default())),
            _ => DraftsState::from_loaded(load_at_start(storage.as_deref(), open.as_deref())),
        })
    };
    (state, drafts)
}

/// The reader for the track and version in `state`: its search results and
/// the messages that have drafts are memoised, so a keystroke redoes only what
/// it changes. In the newest version a draft shows at the message it was
/// re-anchored to; in an older one, only where it was written.
#[hook]
fn use_reader(reader: ReaderInputs<'_>) -> Html {
    let ReaderInputs { library, state, drafts, placements, commands, deadline, today, i18n } = reader;
    let reading = Reading::of(library, state.track, state.version());
    // A shared link names its version: a message's number belongs to it.
    let on_copy = use_copy_link(state.dispatcher(), reading.as_ref().map(|r| r.doc.revision));
    let on_search = {
        let d = state.dispatcher();
        use_callback((), move |q: String, ()| d.dispatch(Action::Search(q)))
    };
    let on_clear = {
        let d = state.dispatcher();
        use_callback((), move |(), ()| d.dispatch(Action::ClearSearch))
    };
    let doc = reading.as_ref().map(|r| r.doc.clone());
    let query = use_memo(state.query.clone(), |q| Query::new(q));
    let results = use_memo((doc.clone(), query.clone()), |(doc, query)| doc.as_ref().map(|d| Results::run(d, query)));
    let on_reader = matches!(state.route, Route::Read(..));
    use_search_marks(doc.clone().filter(|_| on_reader), query.clone(), results.clone());
    let search_input = use_node_ref();
    let cleared = use_state(|| 0u32);
    use_focus_node_on(search_input.clone(), *cleared);
    let pairs: Vec<(MessageId, String)> = match &reading {
        Some(reading) => (drafts.comments.iter())
            .filter_map(|d| match &d.value.target {
                CommentTarget::Message(a) => Some((placements.message_in(a, reading)?, d.value.id.clone())),
                _ => None,
            })
            .collect(),
        None => Vec::new(),
    };
    // Held in a memo so that the sections see the same list until it changes.
    let drafted = use_memo(pairs, Clone::clone);
    let Some(reading) = reading else {
        return empty_track(i18n, state.track, &available(library));
    };
    let period = Period::of(&reading.doc, reading.newest, deadline, today);
    let versions = library.versions(state.track).to_vec();
    document_view(
        i18n,
        &DocumentViewProps {
            reading,
            versions,
            period,
            query_text: AttrValue::from(state.query.clone()),
            query,
            results,
            target: state.target(),
            on_search,
            on_clear,
            on_copy,
            copied: match state.copy {
                CopyStatus::Copied(target) => Some(target),
                _ => None,
            },
            drafted,
            on_comment: commands.comment.clone(),
            on_commit: commands.commit_to.clone(),
            search_input,
            cleared,
        },
    )
}

/// What the reader is built from.
struct ReaderInputs<'a> {
    library: &'a Library,
    state: &'a UseReducerHandle<AppState>,
    drafts: &'a DraftsState,
    placements: &'a Placements,
    commands: &'a DraftCommands,
    deadline: Option<Date>,
    today: Date,
    i18n: &'a I18n,
}

/// The heading of each view but the reader, which the page is named after.
fn view_title(i18n: &I18n, route: &Route, drafts: &DraftsState) -> Option<String> {
    let key = match route {
        Route::Read(..) => return None,
        Route::Changes(_, since) => return Some(i18n.tf(Key::ChangesSince, &[("version", &since.label())])),
        Route::Comment(id) => {
            return Some(
                drafts
                    .comment(id)
                    .map_or_else(|| i18n.t(Key::MyCommentsTitle).to_owned(), |c| form_title(i18n, &c.target)),
            )
        }
        Route::Comments => Key::MyCommentsTitle,
        Route::Commitments => Key::MyCommitmentsTitle,
        Route::Commitment(..) => Key::CommitmentFormTitle,
        Route::CommitmentCheck(_) => Key::CheckTitle,
        Route::Send(_) => Key::SendTitle,
        Route::Details => Key::DetailsTitle,
    };
    Some(i18n.t(key).to_owned())
}

fn available(library: &Library) -> Vec<Track> {
    library.documents.iter().map(|d| d.track).collect()
}

/// What every screen but the reader is built from.
struct Screens<'a> {
    library: &'a Rc<Library>,
    drafts: &'a UseReducerHandle<DraftsState>,
    placements: &'a Rc<Placements>,
    commands: &'a DraftCommands,
    go: &'a Callback<Route>,
    config: &'a Config,
    today: Date,
    i18n: &'a I18n,
    kept: ScreenState,
    /// The heading of the screen on show, and where fetching the whole app
    /// stands, for a screen the reader's build leaves out.
    waiting: (Option<String>, Upgrade),
}

/// What the screens other than the reader keep between renders, which the
/// app holds, as the screens are plain functions. The import keeps its own
/// component: its progress re-renders that section alone, not the app.
struct ScreenState {
    /// How many of "My comments" are shown, kept while the person is away.
    comments_shown: UseStateHandle<usize>,
    /// The state of the form on screen, if one is.
    form: FormState,
}

#[hook]
fn use_screen_state(route: &Route, drafts: &UseReducerHandle<DraftsState>) -> ScreenState {
    let comments_shown = use_state(|| CARDS_PAGE);
    let attempts = use_submit(route);
    let shown = attempts.shown(form_errors(route, drafts));
    let focus = use_error_summary(attempts.attempt, !shown.is_empty());
    ScreenState { comments_shown, form: FormState { attempts, focus } }
}

impl Screens<'_> {
    /// The screen for `route`; `reading` is where "Back to the Messages"
    /// leads, and `after_details` where "Save details" does.
    fn show(&self, route: &Route, reading: Target, after_details: Route) -> Html {
        let Screens { library, drafts, placements, commands, go, config, i18n, kept, .. } = self;
        match route {
            Route::Read(..) => Html::default(),
            Route::Changes(track, since) => self.later(|later| {
                (later.changes)(i18n, &ChangesViewProps { library: (*library).clone(), track: *track, since: *since })
            }),
            Route::Comments => {
                let can_undo = drafts.undo_of(false).is_some();
                my_comments(
                    i18n,
                    &MyCommentsProps {
                        comments: &drafts.comments,
                        profile: drafts.profile.clone(),
                        persisted: drafts.persisted,
                        kept: drafts.kept_here(),
                        can_undo,
                        dispatch: drafts.dispatcher(),
                        library: (*library).clone(),
                        placements: (*placements).clone(),
                        reading,
                        shown: kept.comments_shown.clone(),
                        import: self.import(),
                    },
                )
            }
            Route::Comment(id) => self.comment(id),
            Route::Commitments => self.later(|later| {
                (later.my_commitments)(
                    i18n,
                    &MyCommitmentsProps {
                        commitments: &drafts.commitments,
                        can_undo: drafts.undo_of(true).is_some(),
                        dispatch: drafts.dispatcher(),
                        kept: drafts.kept_here(),
                        library: (*library).clone(),
                        reading,
                        on_new: commands.commit.reform(|()| None),
                        on_duplicate: commands.duplicate.clone(),
                    },
                )
            }),
            Route::Commitment(id, _) => self.later(|later| (later.commitment)(i18n, &self.commitment(id), &kept.form)),
            Route::Send(preselect) => html! {
                <SendView i18n={(*i18n).clone()} comments={drafts.comments.iter().map(|d| d.value.clone()).collect::<Vec<_>>()}
                    commitments={drafts.commitments.iter().map(|d| d.value.clone()).collect::<Vec<_>>()} profile={drafts.profile.clone()} library={(*library).clone()} placements={(*placements).clone()}
                    recipient={AttrValue::from(config.recipient().to_owned())} preselect={preselect.clone()} on_mark_sent={commands.mark_sent.clone()}
                    on_focus={drafts.dispatcher().to_callback().reform(DraftAction::Focus)} />
            },
            Route::CommitmentCheck(id) => self.later(|later| {
                let props = CommitmentCheckProps {
                    commitment: drafts.commitment(id).cloned(),
                    profile: drafts.profile.clone(),
                };
                (later.commitment_check)(i18n, &props)
            }),
            Route::Details => {
                let drafts_dispatch = drafts.dispatcher();
                let on_change = Callback::from(move |p| drafts_dispatch.dispatch(DraftAction::SetProfile(p)));
                let recipient = AttrValue::from(config.recipient().to_owned());
                let on_done = go.reform(move |()| after_details.clone());
                details_view(
                    i18n,
                    &DetailsViewProps { profile: drafts.profile.clone(), on_change, on_done, recipient },
                    &self.kept.form,
                )
            }
        }
    }

    /// A screen only the whole app has, drawn by `draw` once it is here;
    /// until then the screen's heading, waiting for it.
    fn later(&self, draw: impl FnOnce(&later::Later) -> Html) -> Html {
        match later::screens() {
            Some(later) => draw(later),
            None => {
                let (title, upgrade) = &self.waiting;
                upgrading(self.i18n, title.clone().unwrap_or_default(), upgrade)
            }
        }
    }

    /// "Import drafts from a file": in the reader's build, its file input,
    /// which hands the file chosen to the whole app.
    fn import(&self) -> Html {
        let Some(later) = later::screens() else { return import_later(self.i18n, &self.waiting.1) };
        let drafts = (*self.drafts).clone();
        (later.import)(ImportDraftsProps {
            i18n: self.i18n.clone(),
            drafts_here: Callback::from(move |()| drafts.changed_times()),
            dispatch: self.drafts.dispatcher(),
        })
    }

    /// One commitment's form: what the whole app draws it from.
    fn commitment(&self, id: &str) -> CommitmentViewProps {
        let on_edit = edit_callback(self.drafts, id, |id, edit, now| DraftAction::EditCommitment { id, edit, now });
        let check = Route::CommitmentCheck(id.to_owned());
        CommitmentViewProps {
            commitment: self.drafts.commitment(id).cloned(),
            library: (*self.library).clone(),
            placements: (*self.placements).clone(),
            profile: self.drafts.profile.clone(),
            kept: self.drafts.kept_here(),
            on_edit,
            on_check: self.go.reform(move |()| check.clone()),
        }
    }

    /// One comment's form, with where its message is now and whether its
    /// track's newest version still takes comments.
    fn comment(&self, id: &str) -> Html {
        let comment = self.drafts.comment(id).cloned();
        let placement = comment.as_ref().and_then(|c| self.placements.of_target(&c.target)).cloned();
        let closed = comment.as_ref().and_then(|c| self.library.get(c.target.track())).and_then(|newest| {
            let open = Period::of(newest, true, self.config.comment_deadline, self.today).is_open();
            (!open).then_some(newest.revision)
        });
        let on_edit = edit_callback(self.drafts, id, |id, edit, now| DraftAction::Edit { id, edit, now });
        let on_done = self.go.reform(|()| Route::Comments);
        let kept = self.drafts.kept_here();
        comment_view(
            self.i18n,
            &CommentViewProps { comment, placement, closed, kept, on_edit, on_done },
            &self.kept.form,
        )
    }
}

/// Whether the form `route` shows has anything to fix.
fn form_errors(route: &Route, drafts: &DraftsState) -> Vec<FieldError> {
    match route {
        Route::Comment(id) => drafts.comment(id).map(Comment::validate).unwrap_or_default(),
        Route::Commitment(id, _) => drafts.commitment(id).map(Commitment::validate).unwrap_or_default(),
        Route::Details => drafts.profile.validate(),
        _ => Vec::new(),
    }
}

/// A callback that sends one draft's edits, stamped with the time.
fn edit_callback<E: 'static>(
    drafts: &UseReducerHandle<DraftsState>,
    id: &str,
    action: fn(String, E, i64) -> DraftAction,
) -> Callback<E> {
    let (drafts, id) = (drafts.dispatcher(), id.to_owned());
    Callback::from(move |edit| drafts.dispatch(action(id.clone(), edit, clock::now_ms())))
}

/// Drops a comment draft nobody typed into once the person leaves its form.
#[hook]
fn use_discard_abandoned(route: &Route, drafts: &UseReducerHandle<DraftsState>) {
    let previous = use_mut_ref(|| route.clone());
    let dispatch = drafts.dispatcher();
    let route = route.clone();
    use_effect_with(route, move |route| {
        let left = std::mem::replace(&mut *previous.borrow_mut(), route.clone());
        if let Route::Comment(id) | Route::Commitment(id, _) = left {
            if route.draft() != Some(&id) {
                dispatch.dispatch(DraftAction::DiscardIfEmpty(id));
            }
        }
    });
}
