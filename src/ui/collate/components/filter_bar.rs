use crate::model::collate::{Filter, Overview};
use crate::model::comment::CommentKind;
use crate::model::document::Library;
use crate::model::i18n::labels::{region_key, stakeholder_key, track_key};
use crate::model::i18n::{CollateKey, Key};
use crate::model::people::{Region, StakeholderGroup};
use crate::model::track::Track;
use crate::ui::collate::components::FilterSelect;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::kind_label;
use crate::ui::events::checked;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    pub filter: Filter,
    pub on_change: Callback<Filter>,
    pub library: Rc<Library>,
    /// The counts through the current filter, said as they change.
    pub overview: Rc<Overview>,
}

/// Narrows the comments (track, question, kind, stakeholder group, region)
/// and says how many are left.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let i18n = use_collate_i18n();
    let f = &props.filter;
    let set = |update: fn(&mut Filter, &str)| {
        let (filter, on_change) = (f.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = filter.clone();
            update(&mut next, &value);
            on_change.emit(next);
        })
    };
    let questions = props.library.documents.iter().map(|d| d.questions.len()).max().unwrap_or(0) as u32;
    let slug = |s: Option<&'static str>| AttrValue::from(s.unwrap_or_default());
    let on_changed = {
        let (filter, on_change) = (f.clone(), props.on_change.clone());
        Callback::from(move |e: Event| on_change.emit(Filter { include_changed: checked(&e), ..filter.clone() }))
    };
    let on_reset = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(Filter::default()))
    };
    let o = &props.overview;
    let counts = [("comments", o.comments), ("commitments", o.commitments), ("people", o.people)]
        .map(|(name, n)| (name, n.to_string()));
    let counts: Vec<(&str, &str)> = counts.iter().map(|(name, n)| (*name, n.as_str())).collect();
    html! {
        <section class="igf-filters" aria-labelledby="igf-filters-title">
            <h2 id="igf-filters-title">{ i18n.t(CollateKey::FiltersHeading) }</h2>
            <div class="igf-filter-row">
                <FilterSelect id="igf-filter-track" label={i18n.t(CollateKey::FilterTrack)} selected={slug(f.track.map(Track::slug))}
                    options={Track::ALL.iter().map(|&t| (t.slug().into(), i18n.main.t(track_key(t)).into())).collect::<Vec<_>>()}
                    on_change={set(|f, v| f.track = Track::from_slug(v))} />
                <FilterSelect id="igf-filter-question" label={i18n.t(CollateKey::FilterQuestion)} selected={AttrValue::from(f.question.map(|q| q.to_string()).unwrap_or_default())}
                    options={(1..=questions).map(|q| (q.to_string().into(), i18n.main.tf(Key::QuestionHeading, &[("n", &q.to_string())]).into())).collect::<Vec<_>>()}
                    on_change={set(|f, v| f.question = v.parse().ok())} />
                <FilterSelect id="igf-filter-kind" label={i18n.t(CollateKey::ColumnKind)} selected={slug(f.kind.map(CommentKind::slug))}
                    options={CommentKind::ALL.iter().map(|&k| (k.slug().into(), kind_label(&i18n, Some(k)).into())).collect::<Vec<_>>()}
                    on_change={set(|f, v| f.kind = CommentKind::from_slug(v))} />
                <FilterSelect id="igf-filter-group" label={i18n.main.t(Key::StakeholderLegend)} selected={slug(f.stakeholder.map(StakeholderGroup::slug))}
                    options={StakeholderGroup::ALL.iter().map(|&g| (g.slug().into(), i18n.main.t(stakeholder_key(g)).into())).collect::<Vec<_>>()}
                    on_change={set(|f, v| f.stakeholder = StakeholderGroup::from_slug(v))} />
                <FilterSelect id="igf-filter-region" label={i18n.main.t(Key::RegionLegend)} selected={slug(f.region.map(Region::slug))}
                    options={Region::ALL.iter().map(|&r| (r.slug().into(), i18n.main.t(region_key(r)).into())).collect::<Vec<_>>()}
                    on_change={set(|f, v| f.region = Region::from_slug(v))} />
            </div>
            <div class="igf-radio">
                <input id="igf-filter-changed" type="checkbox" checked={f.include_changed} onchange={on_changed} />
                <label for="igf-filter-changed">{ i18n.t(CollateKey::FilterIncludeChanged) }</label>
            </div>
            <p class="igf-filter-summary" role="status" aria-live="polite">{ i18n.tf(CollateKey::FilteredCounts, &counts) }</p>
            if *f != Filter::default() {
                <button type="button" class="igf-link-button" onclick={on_reset}>{ i18n.t(CollateKey::FilterReset) }</button>
            }
        </section>
    }
}
