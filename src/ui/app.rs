use crate::model::date::Date;
use crate::model::document::{Library, MessageId};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::search::{Query, Results};
use crate::model::store::{load_from, Loaded};
use crate::model::track::Track;
use crate::shell::{clock, config::Config};
use crate::ui::components::{
    CommentView, CommitmentCheck, CommitmentView, CopyStatusLine, DetailsView, DocumentView, EmptyTrack, LangPicker,
    LoadErrors, MyComments, MyCommitments, SendView, StorageStatus, TrackNav,
};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::hooks::{
    use_adopt_prerender, use_autosave, use_copy_link, use_draft_commands, use_focus_link, use_focus_target, use_go,
    use_hash_route, use_language, use_link_clicks, use_report_height, DraftCommands,
};
use crate::ui::services::Services;
use crate::ui::state::{Action, AppState};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: Rc<Library>,
    pub config: Config,
    pub today: Date,
    /// The route the page was opened with.
    pub initial: Option<Route>,
    pub services: Services,
    pub start: Start,
    /// The interface language of the first render: English, or the one
    /// `embed.js` built its view in and handed over the catalog of.
    pub i18n: I18n,
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
    let AppProps { library, config, today, initial, services, start, i18n } = props;
    let hydrating = matches!(start, Start::Hydrate { .. });
    let state = {
        let fallback = config.track.or_else(|| library.documents.first().map(|d| d.track)).unwrap_or(Track::Trust);
        let initial = if hydrating { None } else { initial.clone() };
        use_reducer(move || AppState::new(fallback, initial))
    };
    let drafts = {
        let storage = services.storage.clone();
        use_reducer(move || {
            DraftsState::from_loaded(if hydrating { Ok(Loaded::default()) } else { load_from(storage.as_deref()) })
        })
    };
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
    use_focus_target(state.focus_request, state.focus_id());
    use_autosave(&drafts, services, i18n.lang.code());
    use_discard_abandoned(&state.route, &drafts);
    let on_copy = use_copy_link(state.dispatcher());
    // Stable for the page's life, like every callback handed to the reader's
    // messages: equal props keep a search keystroke from re-rendering them.
    let go = use_go(state.dispatcher(), config.url_links);
    let on_link_click = use_link_clicks(state.dispatcher(), go.clone(), config.url_links);
    use_report_height(config.parent_origin.clone(), "igf-app");
    let commands = use_draft_commands(&drafts, state.dispatcher(), go.clone());
    let on_skip = {
        let id = state.focus_id();
        use_focus_link().reform(move |e| (e, id.clone()))
    };
    let reader = use_reader(ReaderInputs {
        library,
        state: &state,
        drafts: &drafts,
        on_copy,
        commands: &commands,
        deadline: config.comment_deadline.filter(|_| settled),
        today: *today,
    });
    let reading = state.target().unwrap_or(Target::Track(state.track));
    let view = match &state.route {
        Route::Read(_) => reader,
        route => screen(route, reading, library, &drafts, &commands, &go, config),
    };
    let available = available(library);
    html! {
        <ContextProvider<I18n> context={i18n.clone()}>
            <div id="igf-app" class="igf-app" onclick={on_link_click} lang={i18n.lang.code()} dir={if i18n.lang.is_rtl() { "rtl" } else { "ltr" }}>
                <a class="igf-skip" href={format!("#{}", state.focus_id())} onclick={on_skip}>{ i18n.t(Key::SkipToContent) }</a>
                <header class="igf-banner">
                    <div class="igf-brand-row">
                        <p class="igf-brand">{ i18n.t(Key::AppTitle) }</p>
                        <LangPicker on_choose={language.choose.clone()} />
                    </div>
                    <TrackNav current={state.target().map(|t| t.track())} {available}
                        comments={drafts.comments.len()} commitments={drafts.commitments.len()} route={state.route.clone()} />
                </header>
                <main class="igf-main">
                    if language.failed {
                        <p class="igf-notice" role="status">{ i18n.t(Key::TranslationFailed) }</p>
                    }
                    <StorageStatus drafts={drafts.clone()} on_export={commands.export.clone()} on_download_quarantined={commands.download_quarantined.clone()} />
                    <LoadErrors errors={library.errors.iter().map(|(f, e)| (f.clone(), e.to_string())).collect::<Vec<_>>()} />
                    <CopyStatusLine status={state.copy.clone()} />
                    { view }
                </main>
                <footer class="igf-footer"><p>{ i18n.t(Key::FooterFeedback) }</p></footer>
            </div>
        </ContextProvider<I18n>>
    }
}

/// The reader for the track in `state`: its search results and the messages
/// that have drafts are memoised, so a keystroke redoes only what it changes.
#[hook]
fn use_reader(reader: ReaderInputs<'_>) -> Html {
    let ReaderInputs { library, state, drafts, on_copy, commands, deadline, today } = reader;
    let on_search = {
        let d = state.dispatcher();
        use_callback((), move |q: String, ()| d.dispatch(Action::Search(q)))
    };
    let on_clear = {
        let d = state.dispatcher();
        use_callback((), move |(), ()| d.dispatch(Action::ClearSearch))
    };
    let doc = library.get(state.track).cloned();
    let query = use_memo(state.query.clone(), |q| Query::new(q));
    let results = use_memo((doc.clone(), query.clone()), |(doc, query)| doc.as_ref().map(|d| Results::run(d, query)));
    let pairs: Vec<(MessageId, String)> =
        drafts.comments.iter().filter_map(|d| Some((d.value.target.message_id()?, d.value.id.clone()))).collect();
    let drafted = use_memo(pairs, |pairs| {
        let mut map: BTreeMap<MessageId, Vec<String>> = BTreeMap::new();
        for (id, draft) in pairs {
            map.entry(*id).or_default().push(draft.clone());
        }
        map
    });
    let Some(doc) = doc else {
        return html! { <EmptyTrack track={state.track} available={available(library)} /> };
    };
    html! {
        <DocumentView {doc} {deadline} {today} query_text={AttrValue::from(state.query.clone())} {query} {results}
            target={state.target()} {on_search} {on_clear} {on_copy} {drafted}
            on_comment={commands.comment.clone()} on_commit={commands.commit_to.clone()} />
    }
}

/// What the reader is built from.
struct ReaderInputs<'a> {
    library: &'a Library,
    state: &'a UseReducerHandle<AppState>,
    drafts: &'a DraftsState,
    on_copy: Callback<Target>,
    commands: &'a DraftCommands,
    deadline: Option<Date>,
    today: Date,
}

fn available(library: &Library) -> Vec<Track> {
    library.documents.iter().map(|d| d.track).collect()
}

/// Every screen but the reader, for the route the person is on.
fn screen(
    route: &Route,
    reading: Target,
    library: &Rc<Library>,
    drafts: &UseReducerHandle<DraftsState>,
    commands: &DraftCommands,
    go: &Callback<Route>,
    config: &Config,
) -> Html {
    match route {
        Route::Read(_) => Html::default(),
        Route::Comments => html! { <MyComments drafts={drafts.clone()} {reading} /> },
        Route::Comment(id) => {
            let on_edit = edit_callback(drafts, id, |id, edit, now| DraftAction::Edit { id, edit, now });
            html! { <CommentView comment={drafts.comment(id).cloned()} {on_edit} on_done={go.reform(|()| Route::Comments)} /> }
        }
        Route::Commitments => html! {
            <MyCommitments drafts={drafts.clone()} {reading} on_new={commands.commit.reform(|()| None)} on_duplicate={commands.duplicate.clone()} />
        },
        Route::Commitment(id, _) => {
            let on_edit = edit_callback(drafts, id, |id, edit, now| DraftAction::EditCommitment { id, edit, now });
            let check = Route::CommitmentCheck(id.clone());
            html! {
                <CommitmentView commitment={drafts.commitment(id).cloned()} library={library.clone()} profile={drafts.profile.clone()}
                    {on_edit} on_check={go.reform(move |()| check.clone())} />
            }
        }
        Route::Send(preselect) => html! {
            <SendView drafts={drafts.clone()} library={library.clone()} recipient={AttrValue::from(config.recipient().to_owned())} preselect={preselect.clone()} />
        },
        Route::CommitmentCheck(id) => {
            html! { <CommitmentCheck commitment={drafts.commitment(id).cloned()} profile={drafts.profile.clone()} /> }
        }
        Route::Details => {
            let drafts_dispatch = drafts.dispatcher();
            let on_change = Callback::from(move |p| drafts_dispatch.dispatch(DraftAction::SetProfile(p)));
            html! { <DetailsView profile={drafts.profile.clone()} {on_change} on_done={go.reform(|()| Route::Comments)} /> }
        }
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
        let still_on = |id: &str| match route {
            Route::Comment(r) | Route::Commitment(r, _) | Route::CommitmentCheck(r) => r == id,
            _ => false,
        };
        if let Route::Comment(id) | Route::Commitment(id, _) = left {
            if !still_on(&id) {
                dispatch.dispatch(DraftAction::DiscardIfEmpty(id));
            }
        }
    });
}
