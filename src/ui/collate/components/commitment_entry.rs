use crate::model::collate::{ItemRef, Status};
use crate::model::commitment::Capacity;
use crate::model::i18n::labels::track_key;
use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::sender_line;
use crate::ui::collate::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommitmentEntryProps {
    pub item: ItemRef,
    pub collation: Shared,
}

/// One commitment: title, who makes it, what it is, its actions with their
/// dates, its tracks and goals, and whether it may be published.
#[component]
pub fn CommitmentEntry(props: &CommitmentEntryProps) -> Html {
    let i18n = use_collate_i18n();
    let item = props.item;
    let found = props.collation.with(|c| {
        let entry = c.entries().get(item.entry)?;
        let k = entry.received.package.commitments.get(item.index)?.clone();
        Some((k, sender_line(&i18n, &entry.received.package.sender)))
    });
    let Some(Some((k, sender))) = found else { return Html::default() };
    let by = match k.capacity {
        Some(Capacity::Organisation) if !k.org_name.trim().is_empty() => format!("{} ({sender})", k.org_name.trim()),
        _ => sender,
    };
    let comma = i18n.main.lang.list_separator();
    let tracks = k.tracks.iter().map(|&t| i18n.main.t(track_key(t))).collect::<Vec<_>>().join(comma);
    let sdgs = k.sdgs.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(comma);
    html! {
        <li class="igf-desk-commitment">
            <h3 class="igf-card-title" dir="auto">{ k.title.clone() }</h3>
            <p class="igf-hint">
                { i18n.tf(CollateKey::CommitmentBy, &[("who", &by)]) }
                if !k.may_publish() {
                    { " " }<span class="igf-tag" data-tag="incomplete">{ i18n.t(CollateKey::TagNotForPublication) }</span>
                }
                if item.status == Status::Changed {
                    { " " }<span class="igf-tag" data-tag="changed">{ i18n.t(CollateKey::TagChanged) }</span>
                }
            </p>
            <p dir="auto">{ k.description.clone() }</p>
            if !k.actions.is_empty() {
                <ul class="igf-desk-actions">
                    { for k.actions.iter().map(|a| html! {
                        <li dir="auto">{ i18n.tf(CollateKey::ActionDue, &[("action", &a.description), ("due", &a.due)]) }</li>
                    }) }
                </ul>
            }
            <p class="igf-hint">{ i18n.tf(CollateKey::CommitmentTracks, &[("tracks", &tracks)]) }</p>
            if !sdgs.is_empty() {
                <p class="igf-hint">{ i18n.tf(CollateKey::CommitmentSdgs, &[("sdgs", &sdgs)]) }</p>
            }
        </li>
    }
}
