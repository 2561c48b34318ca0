use crate::model::i18n::Key;
use crate::model::versions::Status;
use crate::ui::hooks::use_i18n;
use crate::ui::labels::message_number;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeBadgeProps {
    /// What the message is to the version before the one being read.
    pub status: Status,
}

/// "New", "Reworded" or "Moved from 2.5" on a message of a newer version; an
/// unchanged message has none.
#[component]
pub fn ChangeBadge(props: &ChangeBadgeProps) -> Html {
    let i18n = use_i18n();
    let (class, text) = match props.status {
        Status::Unchanged => return Html::default(),
        Status::New { .. } => ("igf-change-new", i18n.t(Key::BadgeNew).to_owned()),
        Status::Reworded { .. } => ("igf-change-reworded", i18n.t(Key::BadgeReworded).to_owned()),
        Status::Moved { from } => ("igf-change-moved", i18n.tf(Key::BadgeMovedFrom, &[("n", &message_number(from))])),
    };
    html! { <p class="igf-change"><span class={classes!("igf-change-badge", class)}>{ text }</span></p> }
}
