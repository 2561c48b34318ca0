use crate::model::diff::{diff_words, Change};
use crate::model::i18n::{I18n, Key};
use crate::ui::markup::hint;
use yew::prelude::*;

#[derive(Default)]
pub struct WordDiffProps {
    pub old: AttrValue,
    pub new: AttrValue,
    /// The heading; "Your change, word by word" unless given.
    pub heading: Option<AttrValue>,
    /// The heading's id, unique on the page: several diffs can be shown at
    /// once. `igf-diff-heading` unless given.
    pub id: Option<AttrValue>,
}

/// One wording against another, word by word. Removed and added words are
/// announced as such, not only shown in colour.
pub fn word_diff(i18n: &I18n, props: &WordDiffProps) -> Html {
    let changes = diff_words(&props.old, &props.new);
    let id = props.id.clone().unwrap_or(AttrValue::Static("igf-diff-heading"));
    let changed = changes.iter().any(|c| !matches!(c, Change::Same(_)));
    let heading = props.heading.clone().unwrap_or_else(|| AttrValue::from(i18n.t(Key::DiffHeading).to_owned()));
    html! {
        <div class="igf-diff" aria-labelledby={id.clone()}>
            <h3 {id} class="igf-label">{ heading }</h3>
            if changed {
                <p class="igf-diff-text" lang="en" dir="ltr">
                    { for changes.iter().enumerate().map(|(i, c)| match c {
                        Change::Same(t) => html! { { t.clone() } },
                        Change::Removed(t) => html! { <del>{ marker(i18n, Key::DiffRemoved) }{ t.clone() }<span class="igf-visually-hidden">{ "]" }</span></del> },
                        // A word replaced: without a space between them, the two
                        // ran together on screen ("trustrely").
                        Change::Added(t) => html! {
                            <>
                                if i > 0 && matches!(changes[i - 1], Change::Removed(_)) { { " " } }
                                <ins>{ marker(i18n, Key::DiffAdded) }{ t.clone() }<span class="igf-visually-hidden">{ "]" }</span></ins>
                            </>
                        },
                    }) }
                </p>
            } else {
                { hint(i18n.t(Key::DiffNone)) }
            }
        </div>
    }
}

/// What a screen reader says before a removed or added passage, in the
/// interface's language and voice: the passage itself is the document's English.
fn marker(i18n: &I18n, key: Key) -> Html {
    html! { <span class="igf-visually-hidden" lang={i18n.lang.code()}>{ format!("[{}{}", i18n.t(key), i18n.lang.colon()) }</span> }
}
