use crate::model::document::MessageId;
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::versions::{Basis, Place, Placement};
use crate::ui::components::{word_diff, WordDiffProps};
use crate::ui::labels::{message_number, version_label};
use yew::prelude::*;

pub struct PlaceNoteProps {
    /// Where the draft's message is in the newest version.
    pub placement: Placement,
    /// The message the draft was written on, in the version it was written on.
    pub original: MessageId,
    /// The id of the word diff's heading, unique on the page.
    pub id: AttrValue,
}

/// What became of a draft's message in a later version: where it is now (a
/// link), reworded (with the words that changed), or removed; and a link to
/// the draft in place in the version it was written on. Nothing when the
/// message is unchanged or the draft is on the newest version.
pub fn place_note(i18n: &I18n, props: &PlaceNoteProps) -> Html {
    let p = &props.placement;
    if !p.is_news() {
        return Html::default();
    }
    let version = version_label(i18n, p.newest);
    let at = |key: Key, id: MessageId| i18n.tf(key, &[("n", &message_number(id)), ("version", &version)]);
    let (text, now) = match &p.place {
        Place::Unchanged { .. } => return Html::default(),
        Place::Moved { now } => (at(Key::PlaceNow, *now), Some(*now)),
        Place::Reworded { now, .. } if *now == props.original => {
            (i18n.tf(Key::PlaceReworded, &[("version", &version)]), Some(*now))
        }
        Place::Reworded { now, .. } => (at(Key::PlaceRewordedNow, *now), Some(*now)),
        Place::Removed { merged_into: Some(into), .. } => (at(Key::PlaceMerged, *into), Some(*into)),
        Place::Removed { merged_into: None, .. } => (i18n.tf(Key::PlaceRemoved, &[("version", &version)]), None),
    };
    // Only a version the app has can show the draft in place.
    let written = p.written.filter(|_| p.basis == Basis::Matching);
    let diff = match (&p.place, &p.text_now) {
        (Place::Reworded { old_text, .. }, Some(new)) => {
            Some((AttrValue::from(old_text.clone()), AttrValue::from(new.clone())))
        }
        _ => None,
    };
    html! {
        <div class="igf-place-note">
            <p>
                if let Some(now) = now {
                    <a href={Route::Read(Target::Message(now), None).href()}><strong>{ text }</strong></a>
                } else {
                    <strong>{ text }</strong>
                }
                if let Some(written) = written {
                    { " · " }
                    <a href={Route::Read(Target::Message(props.original), Some(written)).href()}>
                        { i18n.tf(Key::PlaceSeeInVersion, &[("version", &version_label(i18n, written))]) }
                    </a>
                }
            </p>
            if let Some((old, new)) = diff {
                <details class="igf-place-diff">
                    <summary>{ i18n.t(Key::PlaceShowChanges) }</summary>
                    { word_diff(i18n, &WordDiffProps { old, new, heading: Some(i18n.t(Key::DiffHeadingVersion).into()), id: Some(props.id.clone()) }) }
                </details>
            }
        </div>
    }
}
