use crate::model::document::{MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::versions::QuestionChanges;
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::WordDiff;
use crate::ui::hooks::use_i18n;
use crate::ui::labels::{message_number, version_label};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeGroupProps {
    /// One question's changes, between the newest version and `since`.
    pub group: QuestionChanges,
    pub since: Revision,
}

/// What changed under one policy question: added, removed (with the old text),
/// moved, and reworded messages, each list only when it has any.
#[component]
pub fn ChangeGroup(props: &ChangeGroupProps) -> Html {
    let i18n = use_i18n();
    let g = &props.group;
    let since = version_label(&i18n, props.since);
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
                <p>{ i18n.t(Key::ChangesQuestionReworded) }</p>
            }
            if g.is_empty() {
                <p class="igf-hint">{ i18n.t(Key::ChangesNone) }</p>
            }
            { list(&i18n, Key::ChangesAdded, g.added.iter().map(|a| {
                let from = a.split_from.map(|f| i18n.tf(Key::ChangesSplitFrom, &[("n", &message_number(f))]));
                html! { <>{ link(&i18n, a.id, None) }{ note(from) }{ text(&a.text) }</> }
            })) }
            { list(&i18n, Key::ChangesRemoved, g.removed.iter().map(|r| {
                let into = r.merged_into.map(|m| i18n.tf(Key::ChangesMergedInto, &[("n", &message_number(m))]));
                let label = i18n.tf(Key::ChangesRemovedItem, &[("n", &message_number(r.id)), ("version", &since)]);
                html! { <><strong>{ label }</strong>{ note(into) }{ text(&r.text) }</> }
            })) }
            { list(&i18n, Key::ChangesMoved, g.moved.iter().map(|m| {
                let label = i18n.tf(Key::ChangesMovedItem, &[("from", &message_number(m.from)), ("to", &message_number(m.to))]);
                html! { <a href={Route::Read(Target::Message(m.to), None).href()}>{ label }</a> }
            })) }
            { list(&i18n, Key::ChangesReworded, g.reworded.iter().map(|r| html! {
                <>
                    { link(&i18n, r.to, (r.from != r.to).then_some(r.from)) }
                    <WordDiff old={AttrValue::from(r.old_text.clone())} new={AttrValue::from(r.new_text.clone())}
                        heading={AttrValue::from(i18n.t(Key::DiffHeadingVersion).to_owned())} id={format!("igf-diff-{}", r.to)} />
                </>
            })) }
        </section>
    }
}

/// A titled list of items, or nothing when there are none.
fn list(i18n: &I18n, title: Key, items: impl Iterator<Item = Html>) -> Html {
    let items: Vec<Html> = items.collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3>{ i18n.t(title) }</h3>
            <ul class="igf-change-list">{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul>
        </>
    }
}

/// A link to a message of the newest version; `from`: where it was before.
fn link(i18n: &I18n, id: MessageId, from: Option<MessageId>) -> Html {
    let label = match from {
        Some(from) => i18n.tf(Key::ChangesRewordedItem, &[("n", &message_number(id)), ("from", &message_number(from))]),
        None => i18n.tf(Key::MessageLabel, &[("n", &message_number(id))]),
    };
    html! { <a href={Route::Read(Target::Message(id), None).href()}>{ label }</a> }
}

fn note(text: Option<String>) -> Html {
    text.map_or_else(Html::default, |t| html! { <>{ " " }<span class="igf-muted">{ t }</span></> })
}

/// A message's text, as published: English, left to right in any interface.
fn text(text: &str) -> Html {
    html! { <p class="igf-change-text" lang={DOC_LANG} dir="ltr">{ text.to_owned() }</p> }
}
