use crate::model::commitment::{Capacity, Commitment};
use crate::model::i18n::Key;
use crate::model::profile::Profile;
use crate::model::route::Route;
use crate::ui::components::form::error_for;
use crate::ui::components::{link_label, SmartCheck};
use crate::ui::hooks::use_i18n;
use crate::ui::labels::{fmt_date, sdg_key, stakeholder_key, track_key};
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommitmentCheckProps {
    pub commitment: Option<Commitment>,
    pub profile: Profile,
}

/// "Check your answers": every answer, each with a "Change" link to its field.
#[component]
pub fn CommitmentCheck(props: &CommitmentCheckProps) -> Html {
    let i18n = use_i18n();
    let Some(c) = &props.commitment else {
        return html! {
            <section class="igf-view">
                <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::MyCommitmentsTitle) }</h1>
                <p class="igf-notice">{ i18n.t(Key::CommitmentNotFound) }</p>
            </section>
        };
    };
    let errors = c.validate();
    let not_given = || i18n.t(Key::NotGiven).to_owned();
    let or_not_given = |s: &str| if s.trim().is_empty() { not_given() } else { s.to_owned() };
    let yes_no = |b: bool| i18n.t(if b { Key::Yes } else { Key::No }).to_owned();
    let change = |field: &str| Route::Commitment(c.id.clone(), Some(field.to_owned()));
    let mut rows: Vec<(String, Html, Route)> = vec![(
        i18n.t(Key::CapacityLegend).into(),
        html! { { i18n.t(if c.capacity == Capacity::Organisation { Key::CapacityOrganisation } else { Key::CapacityIndividual }) } },
        change("capacity"),
    )];
    if c.capacity == Capacity::Organisation {
        rows.push((i18n.t(Key::OrgNameLabel).into(), html! { { or_not_given(&c.org_name) } }, change("org-name")));
        rows.push((
            i18n.t(Key::OrgGroupLegend).into(),
            html! { { c.org_group.map_or_else(not_given, |g| i18n.t(stakeholder_key(g)).to_owned()) } },
            change("org-group"),
        ));
        rows.push((
            i18n.t(Key::OrgAuthorisedLabel).into(),
            html! { { yes_no(c.org_authorised) } },
            change("org-authorised"),
        ));
    }
    rows.push((i18n.t(Key::TitleLabel).into(), html! { { or_not_given(&c.title) } }, change("title")));
    rows.push((
        i18n.t(Key::DescriptionLabel).into(),
        html! { <span class="igf-pre">{ or_not_given(&c.description) }</span> },
        change("description"),
    ));
    rows.push((
        i18n.t(Key::TracksLegend).into(),
        html! { { if c.tracks.is_empty() { not_given() } else { c.tracks.iter().map(|t| i18n.t(track_key(*t))).collect::<Vec<_>>().join(", ") } } },
        change("tracks"),
    ));
    rows.push((
        i18n.t(Key::LinksLegend).into(),
        if c.links.is_empty() {
            html! { { not_given() } }
        } else {
            html! { <ul>{ for c.links.iter().map(|l| html! { <li lang="en">{ link_label(&i18n, l) }</li> }) }</ul> }
        },
        change("links"),
    ));
    for (i, a) in c.actions.iter().enumerate() {
        let n = (i + 1).to_string();
        let due = a.due_date().map_or_else(|| or_not_given(&a.due), |d| fmt_date(&i18n, d));
        rows.push((
            i18n.tf(Key::ActionHeading, &[("n", &n)]),
            html! { <>{ or_not_given(&a.description) }<br />{ i18n.t(Key::ActionDueLabel) }{ ": " }{ due }</> },
            change(&format!("action-{n}-description")),
        ));
    }
    rows.push((
        i18n.t(Key::MeasurementLabel).into(),
        html! { { or_not_given(&c.measurement) } },
        change("measurement"),
    ));
    rows.push((i18n.t(Key::PartnersLabel).into(), html! { { or_not_given(&c.partners) } }, change("partners")));
    rows.push((i18n.t(Key::ResourcesLabel).into(), html! { { or_not_given(&c.resources) } }, change("resources")));
    rows.push((
        i18n.t(Key::SdgLegend).into(),
        if c.sdgs.is_empty() {
            html! { { not_given() } }
        } else {
            html! { <ul>{ for c.sdgs.iter().map(|n| html! { <li>{ i18n.t(sdg_key(*n)) }</li> }) }</ul> }
        },
        change("sdgs"),
    ));
    let p = &props.profile;
    rows.push((
        i18n.t(Key::ContactHeading).into(),
        html! { { if p.is_complete() { format!("{} ({})", p.name, p.email.trim()) } else { not_given() } } },
        Route::Details,
    ));
    rows.push((i18n.t(Key::ConsentLabel).into(), html! { { yes_no(c.consent_publish) } }, change("consent")));

    html! {
        <section class="igf-view">
            <p><a class="igf-back-link" href={Route::Commitment(c.id.clone(), None).href()}>{ i18n.t(Key::Back) }</a></p>
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::CheckTitle) }</h1>
            if !errors.is_empty() || !p.is_complete() {
                <div class="igf-error-summary" aria-labelledby="igf-check-fix">
                    <h2 id="igf-check-fix">{ i18n.t(Key::CheckFix) }</h2>
                    <ul>
                        { for errors.iter().map(|e| html! {
                            <li><a href={change(&e.field).href()}>{ error_for(&i18n, std::slice::from_ref(e), &e.field).unwrap_or_default() }</a></li>
                        }) }
                        if !p.is_complete() {
                            <li><a href={Route::Details.href()}>{ i18n.t(Key::DetailsMissing) }</a></li>
                        }
                    </ul>
                </div>
            }
            <dl class="igf-summary-list">
                { for rows.into_iter().map(|(label, value, route)| html! {
                    <div class="igf-summary-row">
                        <dt>{ label.clone() }</dt>
                        <dd>{ value }</dd>
                        <dd class="igf-summary-action">
                            <a href={route.href()}>{ i18n.t(Key::Change) }<span class="igf-visually-hidden">{ " " }{ label }</span></a>
                        </dd>
                    </div>
                }) }
            </dl>
            <SmartCheck smart={c.smart()} />
            <p class="igf-inline-actions">
                if errors.is_empty() && p.is_complete() {
                    <a class="igf-button" href={Route::Send(Some(c.id.clone())).href()}>{ i18n.t(Key::SendTitle) }</a>{ " " }
                }
                <a class="igf-button igf-button-secondary" href={Route::Commitments.href()}>{ i18n.t(Key::SaveAndReturn) }</a>
            </p>
        </section>
    }
}
