use crate::core::i18n::Key;
use crate::core::route::Target;
use crate::core::track::Track;
use crate::ui::components::track_key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackNavProps {
    pub current: Track,
    /// Tracks that have a document loaded.
    pub available: Vec<Track>,
}

/// Links to the four tracks. Plain links, so they work before the app loads.
#[component]
pub fn TrackNav(props: &TrackNavProps) -> Html {
    let i18n = use_i18n();
    html! {
        <nav class="igf-tracks" aria-label={i18n.t(Key::TracksNavLabel)}>
            <ul>
                { for Track::ALL.into_iter().map(|track| {
                    let current = track == props.current;
                    html! {
                        <li>
                            <a href={Target::Track(track).into_fragment("")} aria-current={current.then_some("page")}
                                class={classes!("igf-track-link", current.then_some("igf-current"))}>
                                { i18n.t(track_key(track)) }
                                if !props.available.contains(&track) {
                                    <span class="igf-muted">{ " " }{ i18n.t(Key::TrackNotLoadedBadge) }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
