use crate::model::document::{Library, MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::track::Track;
use crate::model::versions::{QuestionChanges, VersionDiff};
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::{word_diff, WordDiffProps};
use crate::ui::labels::{fmt_date, message_number, track_key, version_label};
use crate::ui::markup::{hint, para};
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

pub struct ChangesViewProps {
    pub library: Rc<Library>,
    pub track: Track,
    /// The older version the newest is compared with.
    pub since: Revision,
}

/// "Changes since Version N": question by question, the messages the newest
/// version added, removed (with their old text), moved, and reworded (word by
/// word).
pub fn changes_view(i18n: &I18n, props: &ChangesViewProps) -> Html {
    let since = version_label(i18n, props.since);
    let older = props.library.versions(props.track).iter().find(|d| d.revision == props.since);
    let body = match (props.library.get(props.track), older) {
        (Some(newest), Some(_)) if newest.revision == props.since => {
            html! { <p class="igf-notice">{ i18n.tf(Key::ChangesNewest, &[("version", &since)]) }</p> }
        }
        (Some(_), Some(_)) => match props.library.changes_since(props.track, props.since) {
            Some(diff) => changes(i18n, &diff, props.since),
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
            { for groups.iter().map(|g| group(i18n, g, since)) }
        </>
    }
}

/// What changed under one policy question: added, removed (with the old text),
/// moved, and reworded messages, each list only when it has any.
fn group(i18n: &I18n, g: &QuestionChanges, since: Revision) -> Html {
    let since = version_label(i18n, since);
    let (heading, id) = match (g.number, g.old_number) {
        (Some(n), Some(old)) if n == old => (i18n.tf(Key::QuestionHeading, &[("n", &n.to_string())]), n.to_string()),
        (Some(n), Some(old)) => {
            (i18n.tf(Key::ChangesQuestionWas, &[("n", &n.to_string()), ("old", &old.to_string())]), n.to_string())
        }
        (Some(n), None) => (i18n.tf(Key::ChangesQuestionNew, &[("n", &n.to_string())]), n.to_string()),
        (None, Some(old)) => (
            i18n.tf(Key::ChangesQuestionRemoved, &[("old", &old.to_string()), ("version", &since)]),
            format!("old-{old}"),
        ),
        (None, None) => return Html::default(),
    };
    let id = format!("igf-changes-q{id}");
    html! {
        <section class="igf-change-group" aria-labelledby={id.clone()}>
            <h2 {id}>{ heading }</h2>
            if g.question_reworded {
                { para(i18n.t(Key::ChangesQuestionReworded)) }
            }
            if g.is_empty() {
                { hint(i18n.t(Key::ChangesNone)) }
            }
            { for entries(i18n, g, &since).iter().map(|(title, list)| entry_list(i18n, *title, list)) }
        </section>
    }
}

/// One item of a list of changes, as data, so that one function renders all four lists.
struct Entry {
    label: String,
    /// The message it links to in the newest version, if it is there.
    link: Option<MessageId>,
    note: Option<String>,
    /// The message's text, for added and removed ones.
    text: Option<Rc<str>>,
    /// Old and new text, for reworded ones.
    diff: Option<(Rc<str>, Rc<str>)>,
}

/// The added, removed, moved and reworded messages under a question.
fn entries(i18n: &I18n, g: &QuestionChanges, since: &str) -> [(Key, Vec<Entry>); 4] {
    let n = |key: Key, id: MessageId| i18n.tf(key, &[("n", &message_number(id))]);
    let entry = |label: String, link: Option<MessageId>| Entry { label, link, note: None, text: None, diff: None };
    let added = (g.added.iter())
        .map(|a| Entry {
            note: a.split_from.map(|f| n(Key::ChangesSplitFrom, f)),
            text: Some(a.text.clone()),
            ..entry(n(Key::MessageLabel, a.id), Some(a.id))
        })
        .collect();
    let removed = (g.removed.iter())
        .map(|r| Entry {
            note: r.merged_into.map(|m| n(Key::ChangesMergedInto, m)),
            text: Some(r.text.clone()),
            ..entry(i18n.tf(Key::ChangesRemovedItem, &[("n", &message_number(r.id)), ("version", since)]), None)
        })
        .collect();
    let moved = (g.moved.iter())
        .map(|m| {
            let (from, to) = (message_number(m.from), message_number(m.to));
            entry(i18n.tf(Key::ChangesMovedItem, &[("from", &from), ("to", &to)]), Some(m.to))
        })
        .collect();
    let reworded = (g.reworded.iter())
        .map(|r| {
            let label = if r.from == r.to {
                n(Key::MessageLabel, r.to)
            } else {
                i18n.tf(Key::ChangesRewordedItem, &[("n", &message_number(r.to)), ("from", &message_number(r.from))])
            };
            Entry { diff: Some((r.old_text.clone(), r.new_text.clone())), ..entry(label, Some(r.to)) }
        })
        .collect();
    [
        (Key::ChangesAdded, added),
        (Key::ChangesRemoved, removed),
        (Key::ChangesMoved, moved),
        (Key::ChangesReworded, reworded),
    ]
}

/// A titled list of changes, or nothing when there are none. Message texts are
/// as published: English, left to right in any interface.
fn entry_list(i18n: &I18n, title: Key, entries: &[Entry]) -> Html {
    if entries.is_empty() {
        return Html::default();
    }
    let heading = AttrValue::from(i18n.t(Key::DiffHeadingVersion).to_owned());
    html! {
        <>
            <h3>{ i18n.t(title) }</h3>
            <ul class="igf-change-list">
                { for entries.iter().map(|e| html! {
                    <li>
                        if let Some(id) = e.link {
                            <a href={Route::Read(Target::Message(id), None).href()}>{ e.label.clone() }</a>
                        } else {
                            <strong>{ e.label.clone() }</strong>
                        }
                        if let Some(note) = &e.note {
                            { " " }<span class="igf-muted">{ note.clone() }</span>
                        }
                        if let Some(text) = &e.text {
                            <p class="igf-change-text" lang={DOC_LANG} dir="ltr">{ AttrValue::from(text.clone()) }</p>
                        }
                        if let Some((old, new)) = &e.diff {
                            { word_diff(i18n, &WordDiffProps { old: old.clone().into(), new: new.clone().into(), heading: Some(heading.clone()),
                                id: Some(format!("igf-diff-{}", e.link.map(|id| id.to_string()).unwrap_or_default()).into()) }) }
                        }
                    </li>
                }) }
            </ul>
        </>
    }
}
