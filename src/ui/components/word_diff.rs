use crate::model::diff::{diff_words, Change};
use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WordDiffProps {
    pub old: AttrValue,
    pub new: AttrValue,
    /// The heading; "Your change, word by word" unless given.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// The heading's id, unique on the page: several diffs can be shown at once.
    #[prop_or(AttrValue::Static("igf-diff-heading"))]
    pub id: AttrValue,
}

/// One wording against another, word by word. Removed and added words are
/// announced as such, not only shown in colour.
#[component]
pub fn WordDiff(props: &WordDiffProps) -> Html {
    let i18n = use_i18n();
    let changes = use_memo((props.old.clone(), props.new.clone()), |(old, new)| diff_words(old, new));
    let changed = changes.iter().any(|c| !matches!(c, Change::Same(_)));
    let heading = props.heading.clone().unwrap_or_else(|| AttrValue::from(i18n.t(Key::DiffHeading).to_owned()));
    html! {
        <div class="igf-diff" aria-labelledby={props.id.clone()}>
            <h3 id={props.id.clone()} class="igf-label">{ heading }</h3>
            if changed {
                <p class="igf-diff-text" lang="en" dir="ltr">
                    { for changes.iter().map(|c| match c {
                        Change::Same(t) => html! { { t.clone() } },
                        Change::Removed(t) => html! { <del><span class="igf-visually-hidden">{ format!("[{}: ", i18n.t(Key::DiffRemoved)) }</span>{ t.clone() }<span class="igf-visually-hidden">{ "]" }</span></del> },
                        Change::Added(t) => html! { <ins><span class="igf-visually-hidden">{ format!("[{}: ", i18n.t(Key::DiffAdded)) }</span>{ t.clone() }<span class="igf-visually-hidden">{ "]" }</span></ins> },
                    }) }
                </p>
            } else {
                { crate::ui::markup::hint(i18n.t(Key::DiffNone)) }
            }
        </div>
    }
}
