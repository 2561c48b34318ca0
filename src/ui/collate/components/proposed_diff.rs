use crate::model::diff::{diff_words, Change};
use crate::model::i18n::{CollateKey, Key};
use crate::ui::collate::hooks::use_collate_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProposedDiffProps {
    /// The message as published; empty when the comment is not on a message.
    pub old: AttrValue,
    pub new: AttrValue,
    pub lang: Option<String>,
}

/// Proposed wording, word by word against the message. Many appear on one
/// page, so unlike the app's own diff it has no heading id of its own.
/// Removed and added words are announced as such, not only shown in colour.
#[component]
pub fn ProposedDiff(props: &ProposedDiffProps) -> Html {
    let i18n = use_collate_i18n();
    let changes = use_memo((props.old.clone(), props.new.clone()), |(old, new)| diff_words(old, new));
    let marked = |what: Key, text: &str| {
        html! { <><span class="igf-visually-hidden">{ format!("[{}: ", i18n.main.t(what)) }</span>{ text.to_owned() }<span class="igf-visually-hidden">{ "]" }</span></> }
    };
    html! {
        <div class="igf-diff">
            <p class="igf-label igf-label-small">{ i18n.t(CollateKey::ProposedHeading) }</p>
            <p class="igf-diff-text" lang={props.lang.clone()} dir="auto">
                if props.old.is_empty() {
                    { props.new.clone() }
                } else {
                    { for changes.iter().map(|c| match c {
                        Change::Same(t) => html! { { t.clone() } },
                        Change::Removed(t) => html! { <del>{ marked(Key::DiffRemoved, t) }</del> },
                        Change::Added(t) => html! { <ins>{ marked(Key::DiffAdded, t) }</ins> },
                    }) }
                }
            </p>
        </div>
    }
}
