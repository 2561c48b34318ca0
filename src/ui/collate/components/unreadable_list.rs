use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::unreadable_line;
use crate::ui::collate::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnreadableListProps {
    pub collation: Shared,
    /// The generation shown, so the list follows the collation.
    pub shown: u64,
}

/// One line for each email or file that could not be read: which, and why.
#[component]
pub fn UnreadableList(props: &UnreadableListProps) -> Html {
    let i18n = use_collate_i18n();
    let lines: Vec<String> = props
        .collation
        .with(|c| c.unreadable().iter().map(|u| unreadable_line(&i18n, u)).collect())
        .unwrap_or_default();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <section class="igf-unreadable igf-notice igf-notice-error" aria-labelledby="igf-unreadable-title">
            <h2 id="igf-unreadable-title">{ i18n.t(CollateKey::UnreadableHeading) }</h2>
            <p>{ i18n.count(lines.len(), CollateKey::UnreadableIntroOne, CollateKey::UnreadableIntroOther, &[]) }</p>
            <ul class="igf-unreadable-list">
                { for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </section>
    }
}
