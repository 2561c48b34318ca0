use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::track::Track;
use crate::ui::components::track_key;
use yew::prelude::*;

pub struct TrackNavProps {
    /// The track being read, when the reader is open.
    pub current: Option<Track>,
    /// Tracks that have a document loaded.
    pub available: Vec<Track>,
    /// How many draft comments and commitments are not yet sent as they are.
    pub comments: usize,
    pub commitments: usize,
    pub route: Route,
}

/// Links to the four tracks and to the person's drafts. Plain links, so they
/// work before the app loads. Where the person is, `aria-current` marks and
/// the stylesheet shows: a class set from an expression would bring Yew's
/// `Classes` set into the wasm.
pub fn track_nav(i18n: &I18n, props: &TrackNavProps) -> Html {
    let mine = matches!(props.route, Route::Comments | Route::Comment(_));
    let pledges = matches!(props.route, Route::Commitments | Route::Commitment(..) | Route::CommitmentCheck(_));
    html! {
        <nav class="igf-tracks" aria-label={i18n.t(Key::TracksNavLabel)}>
            <ul>
                { for Track::ALL.into_iter().map(|track| {
                    let current = props.current == Some(track);
                    html! {
                        <li>
                            <a href={Target::Track(track).into_fragment("")} aria-current={current.then_some("page")}
                                class="igf-track-link">
                                { i18n.t(track_key(track)) }
                                if !props.available.contains(&track) {
                                    <span class="igf-muted">{ i18n.lang.sentence_gap() }{ i18n.t(Key::TrackNotLoadedBadge) }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
                <li class="igf-nav-mine">
                    <a href={Route::Comments.href()} aria-current={mine.then_some("page")} class="igf-track-link">
                        { i18n.t(Key::NavMyComments) }{ " " }<span class="igf-count-badge">{ props.comments }<span class="igf-visually-hidden">{ " " }{ i18n.t(Key::NavUnsent) }</span></span>
                    </a>
                </li>
                <li class="igf-nav-mine">
                    <a href={Route::Commitments.href()} aria-current={pledges.then_some("page")} class="igf-track-link">
                        { i18n.t(Key::NavMyCommitments) }{ " " }<span class="igf-count-badge">{ props.commitments }<span class="igf-visually-hidden">{ " " }{ i18n.t(Key::NavUnsent) }</span></span>
                    </a>
                </li>
                <li>
                    <a href={Route::Send(None).href()} aria-current={matches!(props.route, Route::Send(_)).then_some("page")}
                        class="igf-track-link">{ i18n.t(Key::NavSend) }</a>
                </li>
                <li>
                    <a href={Route::Details.href()} aria-current={(props.route == Route::Details).then_some("page")}
                        class="igf-track-link">{ i18n.t(Key::NavDetails) }</a>
                </li>
            </ul>
        </nav>
    }
}
