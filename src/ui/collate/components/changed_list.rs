use crate::model::collate::Integrity;
use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangedListProps {
    pub collation: Shared,
    /// The generation shown, so the list follows the collation.
    pub shown: u64,
}

/// Which packages no longer match their receipt, and the two receipts, so the
/// Secretariat can ask the sender.
#[component]
pub fn ChangedList(props: &ChangedListProps) -> Html {
    let i18n = use_collate_i18n();
    let lines: Vec<String> = props
        .collation
        .with(|c| {
            c.entries()
                .iter()
                .filter_map(|e| match &e.integrity {
                    Integrity::Intact => None,
                    Integrity::Changed { stated: Some(stated) } => Some(i18n.tf(
                        CollateKey::ChangedItem,
                        &[("file", &e.received.file), ("stated", stated), ("computed", &e.receipt)],
                    )),
                    Integrity::Changed { stated: None } => {
                        Some(i18n.tf(CollateKey::ChangedNoReceipt, &[("file", &e.received.file)]))
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="igf-changed-list">
            { for lines.into_iter().map(|line| html! { <li dir="auto">{ line }</li> }) }
        </ul>
    }
}
