use crate::core::date::Date;
use crate::core::document::Library;
use crate::core::i18n::{I18n, Key};
use crate::core::route::Target;
use crate::core::search::{Query, Results};
use crate::core::track::Track;
use crate::shell::config::Config;
use crate::ui::components::{CopyStatusLine, DocumentView, EmptyTrack, LoadErrors, TrackNav};
use crate::ui::hooks::{use_copy_link, use_focus_target, use_hash_route};
use crate::ui::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: Rc<Library>,
    pub config: Config,
    pub today: Date,
    /// The deep link the page was opened with.
    pub initial: Option<Target>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { library, config, today, initial } = props;
    let state = {
        let fallback = config.track.or_else(|| library.documents.first().map(|d| d.track)).unwrap_or(Track::Trust);
        let initial = *initial;
        use_reducer(move || AppState::new(initial.map_or(fallback, Target::track), initial))
    };
    use_hash_route(state.dispatcher());
    use_focus_target(state.focus_request, state.target);
    let on_copy = use_copy_link(state.dispatcher());
    let i18n = I18n::default();

    let doc = library.get(state.track).cloned();
    let query = use_memo(state.query.clone(), |q| Query::new(q));
    let results = use_memo((doc.clone(), query.clone()), |(doc, query)| doc.as_ref().map(|d| Results::run(d, query)));

    let on_search = {
        let dispatch = state.dispatcher();
        Callback::from(move |q: String| dispatch.dispatch(Action::Search(q)))
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ClearSearch))
    };
    let available: Vec<Track> = library.documents.iter().map(|d| d.track).collect();

    html! {
        <ContextProvider<I18n> context={i18n.clone()}>
            <div class="igf-app" lang={i18n.lang.code()} dir={if i18n.lang.is_rtl() { "rtl" } else { "ltr" }}>
                <a class="igf-skip" href={format!("#{}", Target::Track(state.track).element_id())}>{ i18n.t(Key::SkipToContent) }</a>
                <header class="igf-banner">
                    <p class="igf-brand">{ i18n.t(Key::AppTitle) }</p>
                    <TrackNav current={state.track} available={available.clone()} />
                </header>
                <main class="igf-main">
                    <LoadErrors errors={library.errors.iter().map(|(f, e)| (f.clone(), e.to_string())).collect::<Vec<_>>()} />
                    <CopyStatusLine status={state.copy.clone()} />
                    {
                        match doc {
                            Some(doc) => html! {
                                <DocumentView
                                    {doc}
                                    deadline={config.comment_deadline}
                                    today={*today}
                                    query_text={AttrValue::from(state.query.clone())}
                                    {query}
                                    {results}
                                    target={state.target}
                                    {on_search}
                                    {on_clear}
                                    {on_copy}
                                />
                            },
                            None => html! { <EmptyTrack track={state.track} {available} /> },
                        }
                    }
                </main>
                <footer class="igf-footer"><p>{ i18n.t(Key::FooterFeedback) }</p></footer>
            </div>
        </ContextProvider<I18n>>
    }
}
