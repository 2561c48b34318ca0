use crate::model::i18n::{I18n, Key};
use crate::model::route::Target;
use crate::model::track::Track;
use crate::ui::components::track_key;
use crate::ui::markup::para;
use yew::prelude::*;

/// A track with no document: says so in public words, and points to the
/// tracks that can be read now. How to add a document is the README's job.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn empty_track(i18n: &I18n, track: Track, available: &[Track]) -> Html {
    let name = i18n.t(track_key(track));
    html! {
        <section class="igf-empty-track" aria-labelledby={Target::Track(track).element_id()}>
            <h1 id={Target::Track(track).element_id()} tabindex="-1">{ i18n.tf(Key::EmptyTrackTitle, &[("track", name)]) }</h1>
            <p>{ i18n.tf(Key::EmptyTrackBody, &[("track", name)]) }</p>
            if !available.is_empty() {
                { para(i18n.t(Key::EmptyTrackOthers)) }
                <ul>
                    { for available.iter().map(|&t| html! {
                        <li><a href={Target::Track(t).into_fragment("")}>{ i18n.t(track_key(t)) }</a></li>
                    }) }
                </ul>
            }
        </section>
    }
}
