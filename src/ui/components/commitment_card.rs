use crate::model::commitment::Commitment;
use crate::model::i18n::{I18n, Key};
use crate::model::missing::Missing;
use crate::model::route::Route;
use crate::model::sending::Sendable;
use crate::ui::components::card_heading_id;
use crate::ui::labels::{status_tag, track_key};
use yew::prelude::*;

pub struct CommitmentCardProps {
    pub number: usize,
    pub commitment: Commitment,
    /// What one of its links is about, when this app does not have it.
    pub missing: Option<Missing>,
    pub on_duplicate: Callback<String>,
    pub on_delete: Callback<String>,
}

/// One commitment in "My commitments".
pub fn commitment_card(i18n: &I18n, props: &CommitmentCardProps) -> Html {
    let c = &props.commitment;
    let n = props.number.to_string();
    let emit = |cb: &Callback<String>| {
        let id = c.id.clone();
        cb.reform(move |_: MouseEvent| id.clone())
    };
    let (tag, status) = status_tag(i18n, c.sending(), c.is_finished(), props.missing.is_some());
    let heading_id = card_heading_id(&c.id);
    let smart = c.smart();
    let met = [smart.specific, smart.measurable, smart.achievable, smart.relevant, smart.time_bound]
        .iter()
        .filter(|&&m| m)
        .count();
    // "Commitment 1: Clinics", not "Commitment 1: The commitment “Clinics”".
    let title = match c.title.trim() {
        "" => i18n.t(Key::UntitledCommitment),
        title => title,
    };
    html! {
        <li key={c.id.clone()} class="igf-card" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="igf-card-title" tabindex="-1">{ i18n.tf(Key::CommitmentNumber, &[("n", &n)]) }{ i18n.lang.colon() }<bdi>{ title }</bdi></h2>
            <p>
                <strong class="igf-tag" data-tag={tag}>{ status }</strong>{ " " }
                <span class="igf-muted">{ c.tracks.iter().map(|t| i18n.t(track_key(*t))).collect::<Vec<_>>().join(i18n.lang.list_separator()) }{ " · SMART " }{ met }{ "/5" }</span>
            </p>
            if let Some(missing) = &props.missing {
                <p class="igf-warning">{ missing.reason(i18n) }</p>
            }
            <div class="igf-card-actions">
                <a class="igf-button igf-button-secondary" href={Route::Commitment(c.id.clone(), None).href()} aria-label={i18n.tf(Key::EditCommitmentLabel, &[("n", &n)])}>{ i18n.t(Key::Edit) }</a>
                <a class="igf-link-button" href={Route::CommitmentCheck(c.id.clone()).href()} aria-label={i18n.tf(Key::CheckAnswersLabel, &[("n", &n)])}>{ i18n.t(Key::CheckAnswers) }</a>
                <button type="button" class="igf-link-button" aria-label={i18n.tf(Key::DuplicateLabel, &[("n", &n)])} onclick={emit(&props.on_duplicate)}>{ i18n.t(Key::Duplicate) }</button>
                <button type="button" class="igf-link-button igf-danger" aria-label={i18n.tf(Key::DeleteCommitmentLabel, &[("n", &n)])} onclick={emit(&props.on_delete)}>{ i18n.t(Key::Delete) }</button>
            </div>
        </li>
    }
}
