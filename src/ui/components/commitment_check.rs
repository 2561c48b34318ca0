use crate::model::commitment::{Capacity, Commitment};
use crate::model::i18n::labels::answer_label;
use crate::model::i18n::{I18n, Key, Lang};
use crate::model::profile::Profile;
use crate::model::route::Route;
use crate::ui::components::form::error_for;
use crate::ui::components::{date_warning, link_label, smart_check};
use crate::ui::labels::{fmt_date, sdg_key, stakeholder_key, track_key};
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

pub struct CommitmentCheckProps {
    pub commitment: Option<Commitment>,
    pub profile: Profile,
}

/// "Check your answers": every answer, each with a "Change" link to its field.
pub fn commitment_check(i18n: &I18n, props: &CommitmentCheckProps) -> Html {
    let Some(c) = &props.commitment else {
        return html! {
            <section class="igf-view">
                <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::MyCommitmentsTitle) }</h1>
                <p class="igf-notice">{ i18n.t(Key::CommitmentNotFound) }</p>
            </section>
        };
    };
    let errors = c.validate();
    let p = &props.profile;
    let change = |field: &str| Route::Commitment(c.id.clone(), Some(field.to_owned()));
    let rows = answer_rows(i18n, c, p);
    html! {
        <section class="igf-view">
            <p><a class="igf-back-link" href={Route::Commitment(c.id.clone(), None).href()}>{ i18n.t(Key::Back) }</a></p>
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::CheckTitle) }</h1>
            if !errors.is_empty() || !p.is_complete() {
                <div class="igf-error-summary" aria-labelledby="igf-check-fix">
                    <h2 id="igf-check-fix">{ i18n.t(Key::CheckFix) }</h2>
                    <ul>
                        { for errors.iter().map(|e| html! {
                            <li><a href={change(&e.field).href()}>{ error_for(i18n, std::slice::from_ref(e), &e.field).unwrap_or_default() }</a></li>
                        }) }
                        if !p.is_complete() {
                            <li><a href={Route::Details.href()}>{ i18n.t(Key::DetailsMissing) }</a></li>
                        }
                    </ul>
                </div>
            }
            <dl class="igf-summary-list">
                { for rows.into_iter().map(|Row { label, value, route }| html! {
                    <div class="igf-summary-row">
                        <dt>{ label.clone() }</dt>
                        <dd>{ value }</dd>
                        <dd class="igf-summary-action">
                            <a href={route.href()}>{ i18n.t(Key::Change) }<span class="igf-visually-hidden">{ " " }{ label }</span></a>
                        </dd>
                    </div>
                }) }
            </dl>
            { smart_check(i18n, c.smart()) }
            <p class="igf-inline-actions">
                if errors.is_empty() && p.is_complete() {
                    <a class="igf-button" href={Route::Send(Some(c.id.clone())).href()}>{ i18n.t(Key::SendTitle) }</a>{ " " }
                }
                <a class="igf-button igf-button-secondary" href={Route::Commitments.href()}>{ i18n.t(Key::SaveAndReturn) }</a>
            </p>
        </section>
    }
}

/// One answer: its question, the answer, and where to change it.
struct Row {
    label: String,
    value: Html,
    route: Route,
}

/// The words shown for answers, with "Not given" for what is empty.
struct Words<'a> {
    i18n: &'a I18n,
}

impl Words<'_> {
    fn not_given(&self) -> String {
        self.i18n.t(Key::NotGiven).to_owned()
    }

    fn or_not_given(&self, s: &str) -> String {
        if s.trim().is_empty() {
            self.not_given()
        } else {
            s.to_owned()
        }
    }

    /// "Yes", "No", or "Not given" for a question left unanswered.
    fn yes_no(&self, b: Option<bool>) -> String {
        self.i18n.t(b.map_or(Key::NotGiven, |b| if b { Key::Yes } else { Key::No })).to_owned()
    }

    /// A list of answers, or "Not given".
    fn list(&self, items: Vec<Html>) -> Html {
        if items.is_empty() {
            html! { { self.not_given() } }
        } else {
            html! { <ul>{ for items }</ul> }
        }
    }
}

/// Every answer of the commitment, in the form's order, then the contact.
fn answer_rows(i18n: &I18n, c: &Commitment, p: &Profile) -> Vec<Row> {
    let w = Words { i18n };
    let row = |label: Key, value: Html, field: &str| Row {
        label: answer_label(i18n, label).into(),
        value,
        route: Route::Commitment(c.id.clone(), Some(field.to_owned())),
    };
    let text = |label: Key, value: &str, field: &str| row(label, html! { { w.or_not_given(value) } }, field);
    let capacity = match c.capacity {
        None => w.not_given(),
        Some(Capacity::Individual) => i18n.t(Key::CapacityIndividual).to_owned(),
        Some(Capacity::Organisation) => i18n.t(Key::CapacityOrganisation).to_owned(),
    };
    let mut rows = vec![row(Key::CapacityLegend, html! { { capacity } }, "capacity")];
    if c.capacity == Some(Capacity::Organisation) {
        let group = c.org_group.map_or_else(|| w.not_given(), |g| i18n.t(stakeholder_key(g)).to_owned());
        rows.push(text(Key::OrgNameLabel, &c.org_name, "org-name"));
        rows.push(row(Key::OrgGroupLegend, html! { { group } }, "org-group"));
        rows.push(row(Key::OrgAuthorisedLabel, html! { { w.yes_no(Some(c.org_authorised)) } }, "org-authorised"));
    }
    rows.push(text(Key::TitleLabel, &c.title, "title"));
    let description = html! { <span class="igf-pre">{ w.or_not_given(&c.description) }</span> };
    rows.push(row(Key::DescriptionLabel, description, "description"));
    let tracks: Vec<&str> = c.tracks.iter().map(|t| i18n.t(track_key(*t))).collect();
    rows.push(text(Key::TracksLegend, &tracks.join(i18n.lang.list_separator()), "tracks"));
    let links = c.links.iter().map(|l| html! { <li lang="en">{ link_label(i18n, l) }</li> }).collect();
    rows.push(row(Key::LinksLegend, w.list(links), "links"));
    for (i, a) in c.actions.iter().enumerate() {
        let n = (i + 1).to_string();
        let due = a.due_date().map_or_else(|| w.or_not_given(&a.due), |d| fmt_date(i18n, d));
        rows.push(Row {
            label: i18n.tf(Key::ActionHeading, &[("n", &n)]),
            value: html! {
                <>
                    { w.or_not_given(&a.description) }<br />{ i18n.t(Key::ActionDueLabel) }{ i18n.lang.colon() }{ due }
                    { date_warning(i18n, a) }
                </>
            },
            route: Route::Commitment(c.id.clone(), Some(format!("action-{n}-description"))),
        });
    }
    rows.push(text(Key::MeasurementLabel, &c.measurement, "measurement"));
    rows.push(text(Key::PartnersLabel, &c.partners, "partners"));
    rows.push(text(Key::ResourcesLabel, &c.resources, "resources"));
    let sdgs = c.sdgs.iter().map(|n| html! { <li>{ i18n.t(sdg_key(*n)) }</li> }).collect();
    rows.push(row(Key::SdgLegend, w.list(sdgs), "sdgs"));
    let contact = if p.is_complete() {
        // Chinese brackets the address with its full-width marks, which carry their own space.
        let (open, close) = if i18n.lang == Lang::Zh { ("（", "）") } else { (" (", ")") };
        html! { <><bdi>{ p.name.clone() }</bdi>{ open }<bdi>{ p.email.trim().to_owned() }</bdi>{ close }</> }
    } else {
        html! { { w.not_given() } }
    };
    rows.push(Row { label: i18n.t(Key::ContactHeading).into(), value: contact, route: Route::Details });
    rows.push(row(Key::ConsentLabel, html! { { w.yes_no(c.consent_publish) } }, "consent"));
    rows
}
