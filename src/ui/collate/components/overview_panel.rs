use crate::model::collate::{Counts, Overview};
use crate::model::comment::CommentKind;
use crate::model::i18n::labels::{gender_key, region_key, stakeholder_key, track_key};
use crate::model::i18n::{CollateI18n, CollateKey, Key};
use crate::ui::collate::components::TallyTable;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::{kind_label, message_anchor};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewPanelProps {
    pub overview: Rc<Overview>,
}

/// The totals, what was set aside or changed, and who commented, for the
/// filters chosen below.
#[component]
pub fn OverviewPanel(props: &OverviewPanelProps) -> Html {
    let i18n = use_collate_i18n();
    let o = &props.overview;
    let stats = [
        (CollateKey::StatPackages, o.packages),
        (CollateKey::StatPeople, o.people),
        (CollateKey::StatComments, o.comments),
        (CollateKey::StatCommitments, o.commitments),
        (CollateKey::StatDuplicates, o.duplicates),
        (CollateKey::StatChanged, o.changed),
        (CollateKey::StatSuperseded, o.superseded),
        (CollateKey::StatUnreadable, o.unreadable),
    ];
    let mut kinds: Vec<(AttrValue, usize)> =
        CommentKind::ALL.iter().map(|&k| (kind_label(&i18n, Some(k)).into(), o.by_kind.get(k))).collect();
    if o.by_kind.without_kind() > 0 {
        kinds.push((kind_label(&i18n, None).into(), o.by_kind.without_kind()));
    }
    html! {
        <section class="igf-overview" aria-labelledby="igf-overview-title">
            <h2 id="igf-overview-title">{ i18n.t(CollateKey::OverviewHeading) }</h2>
            <dl class="igf-stats">
                { for stats.iter().map(|(k, n)| html! {
                    <div class="igf-stat"><dt>{ i18n.t(*k) }</dt><dd>{ n.to_string() }</dd></div>
                }) }
            </dl>
            if o.duplicates > 0 {
                <p class="igf-notice" id="igf-duplicates-notice">{ i18n.count(o.duplicates, CollateKey::DuplicatesOne, CollateKey::DuplicatesOther, &[]) }</p>
            }
            if o.changed > 0 {
                <p class="igf-notice igf-warning">{ i18n.count(o.changed, CollateKey::ChangedOne, CollateKey::ChangedOther, &[]) }</p>
            }
            <div class="igf-tallies">
                <TallyTable caption={i18n.t(CollateKey::ByKindHeading)} what={i18n.t(CollateKey::ColumnKind)} rows={kinds} />
                <TallyTable caption={i18n.t(CollateKey::ByGroupHeading)} what={i18n.main.t(Key::StakeholderLegend)} rows={tally(&i18n, &o.by_stakeholder, stakeholder_key)} />
                <TallyTable caption={i18n.t(CollateKey::ByRegionHeading)} what={i18n.main.t(Key::RegionLegend)} rows={tally(&i18n, &o.by_region, region_key)} />
                <TallyTable caption={i18n.t(CollateKey::ByGenderHeading)} what={i18n.t(CollateKey::ColumnGender)} rows={tally(&i18n, &o.by_gender, gender_key)} />
            </div>
            if !o.most_commented.is_empty() {
                <h3>{ i18n.t(CollateKey::MostCommentedHeading) }</h3>
                <ol class="igf-most-commented">
                    { for o.most_commented.iter().map(|m| {
                        let id = m.message_id;
                        let place = i18n.tf(CollateKey::MessagePlace, &[
                            ("track", i18n.main.t(track_key(id.track))), ("version", &m.version),
                            ("q", &id.question.to_string()), ("n", &id.number.to_string()),
                        ]);
                        let count = i18n.count(m.comments, CollateKey::CommentsOne, CollateKey::CommentsOther, &[]);
                        html! { <li><a href={format!("#{}", message_anchor(&m.version, id))}>{ place }</a>{ format!(": {count}") }</li> }
                    }) }
                </ol>
            }
        </section>
    }
}

fn tally<T: Copy>(i18n: &CollateI18n, counts: &Counts<T>, key: fn(T) -> Key) -> Vec<(AttrValue, usize)> {
    let mut rows: Vec<(AttrValue, usize)> =
        counts.given.iter().map(|&(v, n)| (i18n.main.t(key(v)).into(), n)).collect();
    rows.push((i18n.t(CollateKey::NotGiven).into(), counts.not_given));
    rows
}
