use crate::model::i18n::Key;
use crate::model::route::Target;
use crate::model::track::Track;
use crate::ui::components::track_key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyTrackProps {
    pub track: Track,
    pub available: Vec<Track>,
}

/// A track with no document: says so in public words, and points to the
/// tracks that can be read now. How to add a document is the README's job.
#[component]
pub fn EmptyTrack(props: &EmptyTrackProps) -> Html {
    let i18n = use_i18n();
    let name = i18n.t(track_key(props.track));
    html! {
        <section class="igf-empty-track" aria-labelledby={Target::Track(props.track).element_id()}>
            <h1 id={Target::Track(props.track).element_id()} tabindex="-1">{ i18n.tf(Key::EmptyTrackTitle, &[("track", name)]) }</h1>
            <p>{ i18n.tf(Key::EmptyTrackBody, &[("track", name)]) }</p>
            if !props.available.is_empty() {
                <p>{ i18n.t(Key::EmptyTrackOthers) }</p>
                <ul>
                    { for props.available.iter().map(|&t| html! {
                        <li><a href={Target::Track(t).into_fragment("")}>{ i18n.t(track_key(t)) }</a></li>
                    }) }
                </ul>
            }
        </section>
    }
}
