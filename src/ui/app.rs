use crate::model::comment::{Comment, CommentTarget};
use crate::model::commitment::{Commitment, Link};
use crate::model::date::Date;
use crate::model::document::{Library, MessageId};
use crate::model::export::Package;
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::search::{Query, Results};
use crate::model::store::{load_from, Draft, Loaded};
use crate::model::track::Track;
use crate::shell::{clock, config::Config, download, location};
use crate::ui::components::{
    CommentView, CommitmentCheck, CommitmentView, CopyStatusLine, DetailsView, DocumentView, EmptyTrack, LangPicker,
    LoadErrors, MyComments, MyCommitments, SendView, StorageStatus, TrackNav,
};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::hooks::{
    use_adopt_prerender, use_autosave, use_copy_link, use_focus_target, use_hash_route, use_language, use_link_clicks,
    use_report_height,
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
}

/// How the app meets the markup already on the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Start {
    /// Renders from scratch with everything known at start.
    #[default]
    Fresh,
    /// Adopts the prerendered first view in place, so the text the person is
    /// already reading is never replaced. The first render must match it
    /// exactly, so the route, the stored drafts and any search typed before
    /// the wasm arrived are applied just after.
    Hydrate { typed_query: String },
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { library, config, today, initial, services, start } = props;
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
    use_adopt_prerender(start, initial.clone(), state.dispatcher(), drafts.dispatcher(), services.storage.clone());
    let language = use_language(config.lang, !config.embedded);
    let i18n = language.i18n.clone();
    use_hash_route(state.dispatcher(), config.url_links);
    use_focus_target(state.focus_request, state.focus_id());
    use_autosave(&drafts, services, i18n.lang.code());
    use_discard_abandoned(&state.route, &drafts);
    let on_copy = use_copy_link(state.dispatcher());

    // Stable for the page's life, like every callback handed to the reader's
    // messages: equal props keep a search keystroke from re-rendering them.
    let go = {
        let dispatch = state.dispatcher();
        use_callback(config.url_links, move |route: Route, url_links| {
            // Where the page may not, or cannot, change its URL, navigate in place.
            if !*url_links || location::go(&route).is_err() {
                dispatch.dispatch(Action::Navigate { route, focus: true });
            }
        })
    };
    let on_link_click = use_link_clicks(state.dispatcher(), go.clone(), config.url_links);
    use_report_height(config.parent_origin.clone(), "igf-app");
    let on_comment = {
        let drafts = drafts.dispatcher();
        use_callback(go.clone(), move |target: CommentTarget, go| {
            let id = clock::new_id("c");
            drafts.dispatch(DraftAction::Create(Draft::Comment(Comment::new(id.clone(), target, clock::now_ms()))));
            go.emit(Route::Comment(id));
        })
    };
    let on_commit = {
        let drafts = drafts.dispatcher();
        use_callback(go.clone(), move |link: Option<Link>, go| {
            let id = clock::new_id("k");
            let now = clock::now_ms();
            let commitment = match link {
                Some(link) => Commitment::linked_to(id.clone(), link, now),
                None => Commitment::new(id.clone(), now),
            };
            drafts.dispatch(DraftAction::Create(Draft::Commitment(commitment)));
            go.emit(Route::Commitment(id, None));
        })
    };
    let on_duplicate = {
        let drafts = drafts.dispatcher();
        let go = go.clone();
        Callback::from(move |id: String| {
            let new_id = clock::new_id("k");
            drafts.dispatch(DraftAction::Duplicate { id, new_id: new_id.clone(), now: clock::now_ms() });
            go.emit(Route::Commitment(new_id, None));
        })
    };
    let on_export = {
        let drafts = drafts.clone();
        Callback::from(move |()| {
            let package = Package {
                comments: drafts.comments.iter().map(|d| d.value.clone()).collect(),
                commitments: drafts.commitments.iter().map(|d| d.value.clone()).collect(),
                sender: drafts.profile.clone(),
                recipient: String::new(),
            };
            let _ = download::download(
                &format!("igf-messages-drafts-{}.json", package.receipt()),
                "application/json",
                &package.to_json(clock::now_ms()).to_pretty(),
            );
        })
    };
    let on_download_quarantined = {
        let drafts = drafts.clone();
        Callback::from(move |()| {
            let text: String = drafts.quarantined.iter().map(|q| format!("{}\n{}\n\n", q.key, q.raw)).collect();
            let _ = download::download("igf-messages-unreadable.txt", "text/plain", &text);
        })
    };

    let on_search = {
        let d = state.dispatcher();
        use_callback((), move |q: String, ()| d.dispatch(Action::Search(q)))
    };
    let on_clear = {
        let d = state.dispatcher();
        use_callback((), move |(), ()| d.dispatch(Action::ClearSearch))
    };
    let on_commit_link = {
        let on_commit = on_commit.clone();
        use_callback(on_commit, |link: Link, on_commit| on_commit.emit(Some(link)))
    };
    let doc = library.get(state.track).cloned();
    let query = use_memo(state.query.clone(), |q| Query::new(q));
    let results = use_memo((doc.clone(), query.clone()), |(doc, query)| doc.as_ref().map(|d| Results::run(d, query)));
    let drafted = use_memo(
        drafts
            .comments
            .iter()
            .filter_map(|d| Some((d.value.target.message_id()?, d.value.id.clone())))
            .collect::<Vec<_>>(),
        |pairs| {
            let mut map: BTreeMap<MessageId, Vec<String>> = BTreeMap::new();
            for (id, draft) in pairs {
                map.entry(*id).or_default().push(draft.clone());
            }
            map
        },
    );
    let available: Vec<Track> = library.documents.iter().map(|d| d.track).collect();
    let reading = state.target().unwrap_or(Target::Track(state.track));

    let view = match &state.route {
        Route::Read(_) => match doc {
            Some(doc) => html! {
                <DocumentView
                    {doc}
                    deadline={config.comment_deadline}
                    today={*today}
                    query_text={AttrValue::from(state.query.clone())}
                    {query}
                    {results}
                    target={state.target()}
                    {on_search}
                    {on_clear}
                    {on_copy}
                    drafted={drafted.clone()}
                    {on_comment}
                    on_commit={on_commit_link.clone()}
                />
            },
            None => html! { <EmptyTrack track={state.track} available={available.clone()} /> },
        },
        Route::Comments => html! { <MyComments drafts={drafts.clone()} {reading} /> },
        Route::Comment(id) => {
            let on_edit = {
                let drafts = drafts.dispatcher();
                let id = id.clone();
                Callback::from(move |edit| {
                    drafts.dispatch(DraftAction::Edit { id: id.clone(), edit, now: clock::now_ms() })
                })
            };
            html! { <CommentView comment={drafts.comment(id).cloned()} {on_edit} on_done={go.reform(|()| Route::Comments)} /> }
        }
        Route::Commitments => {
            html! { <MyCommitments drafts={drafts.clone()} {reading} on_new={on_commit.reform(|()| None)} {on_duplicate} /> }
        }
        Route::Commitment(id, _) => {
            let on_edit = {
                let drafts = drafts.dispatcher();
                let id = id.clone();
                Callback::from(move |edit| {
                    drafts.dispatch(DraftAction::EditCommitment { id: id.clone(), edit, now: clock::now_ms() })
                })
            };
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
            let on_change = {
                let drafts = drafts.dispatcher();
                Callback::from(move |p| drafts.dispatch(DraftAction::SetProfile(p)))
            };
            html! { <DetailsView profile={drafts.profile.clone()} {on_change} on_done={go.reform(|()| Route::Comments)} /> }
        }
    };

    html! {
        <ContextProvider<I18n> context={i18n.clone()}>
            <div id="igf-app" class="igf-app" onclick={on_link_click} lang={i18n.lang.code()} dir={if i18n.lang.is_rtl() { "rtl" } else { "ltr" }}>
                <a class="igf-skip" href={format!("#{}", state.focus_id())}
                    onclick={{ let id = state.focus_id(); Callback::from(move |e: MouseEvent| { e.prevent_default(); let _ = crate::shell::dom::focus(&id); }) }}>
                    { i18n.t(Key::SkipToContent) }
                </a>
                <header class="igf-banner">
                    <div class="igf-brand-row">
                        <p class="igf-brand">{ i18n.t(Key::AppTitle) }</p>
                        <LangPicker on_choose={language.choose.clone()} />
                    </div>
                    <TrackNav current={state.target().map(|t| t.track())} available={available.clone()}
                        comments={drafts.comments.len()} commitments={drafts.commitments.len()} route={state.route.clone()} />
                </header>
                <main class="igf-main">
                    if language.failed {
                        <p class="igf-notice" role="status">{ i18n.t(Key::TranslationFailed) }</p>
                    }
                    <StorageStatus drafts={drafts.clone()} {on_export} {on_download_quarantined} />
                    <LoadErrors errors={library.errors.iter().map(|(f, e)| (f.clone(), e.to_string())).collect::<Vec<_>>()} />
                    <CopyStatusLine status={state.copy.clone()} />
                    { view }
                </main>
                <footer class="igf-footer"><p>{ i18n.t(Key::FooterFeedback) }</p></footer>
            </div>
        </ContextProvider<I18n>>
    }
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
