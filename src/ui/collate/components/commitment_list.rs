use crate::model::collate::{CollationView, Filter};
use crate::model::i18n::labels::sdg_key;
use crate::model::i18n::CollateKey;
use crate::ui::collate::components::{CommitmentEntry, FilterSelect};
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// How many commitments are shown at a time.
const PAGE: usize = 25;

#[derive(Properties, PartialEq)]
pub struct CommitmentListProps {
    pub view: Rc<CollationView>,
    pub collation: Shared,
    pub filter: Filter,
    pub on_change: Callback<Filter>,
}

/// The commitments through the filters above (track, stakeholder group,
/// region), and by Sustainable Development Goal.
#[component]
pub fn CommitmentList(props: &CommitmentListProps) -> Html {
    let i18n = use_collate_i18n();
    let shown = use_state(|| PAGE);
    let on_sdg = {
        let (filter, on_change) = (props.filter.clone(), props.on_change.clone());
        Callback::from(move |v: String| on_change.emit(Filter { sdg: v.parse().ok(), ..filter.clone() }))
    };
    let items = &props.view.commitments;
    let more = items.len().saturating_sub(*shown).min(PAGE);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let sdgs: Vec<(AttrValue, AttrValue)> =
        (1..=17u8).map(|n| (n.to_string().into(), i18n.main.t(sdg_key(n)).into())).collect();
    html! {
        <section class="igf-desk-commitments" aria-labelledby="igf-commitments-title">
            <h2 id="igf-commitments-title">{ i18n.t(CollateKey::CommitmentsHeading) }</h2>
            <FilterSelect id="igf-filter-sdg" label={i18n.t(CollateKey::FilterSdg)} options={sdgs}
                selected={AttrValue::from(props.filter.sdg.map(|n| n.to_string()).unwrap_or_default())} on_change={on_sdg} />
            <p role="status" class="igf-hint">{ i18n.count(items.len(), CollateKey::CommitmentCountOne, CollateKey::CommitmentCountOther, &[]) }</p>
            <ol class="igf-desk-commitment-list">
                { for items.iter().take(*shown).map(|item| html! { <CommitmentEntry item={*item} collation={props.collation.clone()} /> }) }
            </ol>
            if more > 0 {
                <button type="button" class="igf-link-button" onclick={on_more}>{ i18n.tf(CollateKey::ShowMore, &[("n", &more.to_string())]) }</button>
            }
        </section>
    }
}
