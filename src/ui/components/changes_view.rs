use crate::model::document::{Library, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::track::Track;
use crate::model::versions::VersionDiff;
use crate::ui::components::ChangeGroup;
use crate::ui::hooks::use_i18n;
use crate::ui::labels::{fmt_date, track_key, version_label};
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesViewProps {
    pub library: Rc<Library>,
    pub track: Track,
    /// The older version the newest is compared with.
    pub since: Revision,
}

/// "Changes since Version N": question by question, the messages the newest
/// version added, removed (with their old text), moved, and reworded (word by
/// word).
#[component]
pub fn ChangesView(props: &ChangesViewProps) -> Html {
    let i18n = use_i18n();
    let since = version_label(&i18n, props.since);
    let older = props.library.versions(props.track).iter().find(|d| d.revision == props.since);
    let body = match (props.library.get(props.track), older) {
        (Some(newest), Some(_)) if newest.revision == props.since => {
            html! { <p class="igf-notice">{ i18n.tf(Key::ChangesNewest, &[("version", &since)]) }</p> }
        }
        (Some(_), Some(_)) => match props.library.changes_since(props.track, props.since) {
            Some(diff) => changes(&i18n, &diff, props.since),
            None => Html::default(),
        },
        _ => html! { <p class="igf-notice">{ i18n.tf(Key::VersionNotFound, &[("version", &since)]) }</p> },
    };
    html! {
        <section class="igf-view igf-changes">
            <p><a class="igf-back-link" href={Route::Read(Target::Track(props.track), None).href()}>{ i18n.t(Key::BackToReading) }</a></p>
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.tf(Key::ChangesSince, &[("version", &since)]) }</h1>
            { body }
        </section>
    }
}

/// The comparison: what it compares, the counts, then each question's changes.
fn changes(i18n: &I18n, diff: &Rc<VersionDiff>, since: Revision) -> Html {
    let newer = &diff.newer;
    let intro = i18n.tf(
        Key::ChangesIntro,
        &[
            ("track", i18n.t(track_key(newer.track))),
            ("newest", &version_label(i18n, newer.revision)),
            ("date", &fmt_date(i18n, newer.date)),
            ("version", &version_label(i18n, since)),
        ],
    );
    if diff.is_unchanged() {
        let nothing = i18n.tf(Key::ChangesNothing, &[("version", &version_label(i18n, since))]);
        return html! { <><p>{ intro }</p><p class="igf-notice">{ nothing }</p></> };
    }
    let groups = diff.by_question();
    let count =
        |f: fn(&crate::model::versions::QuestionChanges) -> usize| groups.iter().map(f).sum::<usize>().to_string();
    let summary = i18n.tf(
        Key::ChangesSummary,
        &[
            ("added", &count(|g| g.added.len())),
            ("removed", &count(|g| g.removed.len())),
            ("moved", &count(|g| g.moved.len())),
            ("reworded", &count(|g| g.reworded.len())),
        ],
    );
    html! {
        <>
            <p>{ intro }</p>
            <p class="igf-changes-summary">{ summary }</p>
            { for groups.into_iter().map(|group| html! { <ChangeGroup {group} {since} /> }) }
        </>
    }
}
