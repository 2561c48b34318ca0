use crate::model::commitment::{Capacity, Commitment, MAX_TEXT, MAX_TITLE, SDG_COUNT};
use crate::model::document::Library;
use crate::model::i18n::{I18n, Key};
use crate::model::people::StakeholderGroup;
use crate::model::profile::Profile;
use crate::model::route::Route;
use crate::model::track::Track;
use crate::model::versions::Placements;
use crate::ui::components::form::{
    checkbox, checkboxes, error_for, error_summary, radios, text_field, CheckboxProps, CheckboxesProps, FormState,
    RadioOption, RadiosProps, TextField,
};
use crate::ui::components::{
    actions_field, contact_summary, links_field, smart_check, ActionsFieldProps, LinksFieldProps,
};
use crate::ui::drafts::CommitmentEdit;
use crate::ui::labels::{sdg_key, stakeholder_key, track_key};
use crate::ui::markup::{hint, para};
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

const ORG_NAME: TextField = TextField::input("org-name", Key::OrgNameLabel).autocomplete("organization");
const TITLE: TextField = TextField::input("title", Key::TitleLabel).hint(Key::TitleHint);
const DESCRIPTION: TextField = TextField::area("description", Key::DescriptionLabel, 6).max(MAX_TEXT);
const MEASUREMENT: TextField = TextField::area("measurement", Key::MeasurementLabel, 3).hint(Key::MeasurementHint);
const PARTNERS: TextField = TextField::area("partners", Key::PartnersLabel, 2);
const RESOURCES: TextField = TextField::area("resources", Key::ResourcesLabel, 2);

pub struct CommitmentViewProps {
    /// `None` when the id in the URL is not among the drafts.
    pub commitment: Option<Commitment>,
    pub library: Rc<Library>,
    /// Where each linked message is in the newest version of its track.
    pub placements: Rc<Placements>,
    pub profile: Profile,
    /// Whether drafts are kept on this device: if not, saying that what is typed is saved would mislead.
    pub kept: bool,
    pub on_edit: Callback<CommitmentEdit>,
    /// Called when "Check your answers" found nothing to fix.
    pub on_check: Callback<()>,
}

/// The commitment form, with the SMART check after the fields it judges. Every change goes to
/// the draft, which autosaves; nothing here blocks saving.
pub fn commitment_view(i18n: &I18n, props: &CommitmentViewProps, form: &FormState) -> Html {
    let errors = || props.commitment.as_ref().map(Commitment::validate).unwrap_or_default();
    let onsubmit = form.attempts.onsubmit(errors(), props.on_check.clone());
    let errors = form.attempts.shown(errors());
    let Some(c) = &props.commitment else { return not_found(i18n) };
    let error = |field: &str| error_for(i18n, &errors, field);
    let edit = |f: fn(String) -> CommitmentEdit| props.on_edit.reform(f);
    let options = |items: Vec<(String, String)>| {
        items
            .into_iter()
            .map(|(value, label)| RadioOption { value: value.into(), label: label.into() })
            .collect::<Vec<_>>()
    };
    html! {
        <section class="igf-view igf-with-aside">
            <div class="igf-main-column">
                <p><a class="igf-back-link" href={Route::Commitments.href()}>{ i18n.t(Key::MyCommitmentsTitle) }</a></p>
                { error_summary(i18n, &errors, &form.focus) }
                <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::CommitmentFormTitle) }</h1>
                { para(i18n.t(Key::CommitmentIntro)) }
                <form class="igf-form" novalidate=true {onsubmit}>
                    { radios(i18n, &RadiosProps { field: "capacity".into(), legend: i18n.t(Key::CapacityLegend).into(), options: options(vec![("individual".into(), i18n.t(Key::CapacityIndividual).into()), ("organisation".into(), i18n.t(Key::CapacityOrganisation).into())]), selected: c.capacity.map(|k| AttrValue::from(k.slug())), on_change: props.on_edit.reform(|v: AttrValue| CommitmentEdit::Capacity(Capacity::from_slug(&v))), ..Default::default() }) }
                    if c.capacity == Some(Capacity::Organisation) {
                        <div class="igf-conditional">
                            { text_field(i18n, &ORG_NAME, &c.org_name, &errors, edit(CommitmentEdit::OrgName)) }
                            { radios(i18n, &RadiosProps { field: "org-group".into(), legend: i18n.t(Key::OrgGroupLegend).into(), error: error("org-group"), options: options(StakeholderGroup::ALL.iter().map(|g| (g.slug().to_owned(), i18n.t(stakeholder_key(*g)).to_owned())).collect()), selected: c.org_group.map(|g| AttrValue::from(g.slug())), on_change: props.on_edit.reform(|v: AttrValue| CommitmentEdit::OrgGroup(StakeholderGroup::from_slug(&v))) }) }
                            { checkbox(i18n, &CheckboxProps { field: "org-authorised".into(), label: i18n.t(Key::OrgAuthorisedLabel).into(), checked: c.org_authorised, error: error("org-authorised"), on_change: props.on_edit.reform(CommitmentEdit::OrgAuthorised) }) }
                        </div>
                    }
                    { text_field(i18n, &TITLE, &c.title, &errors, edit(CommitmentEdit::Title)) }
                    if c.title.chars().count() > MAX_TITLE { <p class="igf-hint igf-count-message" data-over="true">{ i18n.count(c.title.chars().count() - MAX_TITLE, Key::CountOverOne, Key::CountOverOther, &[]) }</p> }
                    { text_field(i18n, &DESCRIPTION, &c.description, &errors, edit(CommitmentEdit::Description)) }
                    { checkboxes(i18n, &CheckboxesProps { field: "tracks".into(), legend: i18n.t(Key::TracksLegend).into(), error: error("tracks"), options: options(Track::ALL.iter().map(|t| (t.slug().to_owned(), i18n.t(track_key(*t)).to_owned())).collect()), checked: c.tracks.iter().map(|t| AttrValue::from(t.slug())).collect::<Vec<_>>(), on_toggle: props.on_edit.reform(|(v, on): (AttrValue, bool)| CommitmentEdit::Track(Track::from_slug(&v).unwrap_or(Track::Trust), on)) }) }
                    { links_field(i18n, &LinksFieldProps { links: c.links.clone(), library: props.library.clone(), placements: props.placements.clone(), on_edit: props.on_edit.clone() }) }
                    { actions_field(i18n, &ActionsFieldProps { actions: c.actions.clone(), errors: errors.clone(), on_edit: props.on_edit.clone() }) }
                    { text_field(i18n, &MEASUREMENT, &c.measurement, &errors, edit(CommitmentEdit::Measurement)) }
                    { text_field(i18n, &PARTNERS, &c.partners, &errors, edit(CommitmentEdit::Partners)) }
                    { text_field(i18n, &RESOURCES, &c.resources, &errors, edit(CommitmentEdit::Resources)) }
                    // Straight after the last field it judges, so that on a phone it is read
                    // before the submit button; on a wide screen the stylesheet puts it beside the form.
                    { smart_check(i18n, c.smart()) }
                    { checkboxes(i18n, &CheckboxesProps { field: "sdgs".into(), legend: i18n.t(Key::SdgLegend).into(), options: options((1..=SDG_COUNT).map(|n| (n.to_string(), i18n.t(sdg_key(n)).to_owned())).collect()), checked: c.sdgs.iter().map(|n| AttrValue::from(n.to_string())).collect::<Vec<_>>(), on_toggle: props.on_edit.reform(|(v, on): (AttrValue, bool)| CommitmentEdit::Sdg(v.parse().unwrap_or(0), on)), ..Default::default() }) }
                    <h2 class="igf-label">{ i18n.t(Key::ContactHeading) }</h2>
                    { contact_summary(i18n, &props.profile) }
                    { radios(i18n, &RadiosProps { field: "consent".into(), legend: i18n.t(Key::ConsentLabel).into(), error: error("consent"), selected: c.consent_publish.map(|b| AttrValue::from(if b { "yes" } else { "no" })), options: options(vec![("yes".into(), i18n.t(Key::Yes).into()), ("no".into(), i18n.t(Key::No).into())]), on_change: props.on_edit.reform(|v: AttrValue| CommitmentEdit::Consent(v == "yes")) }) }
                    if props.kept {
                        { hint(i18n.t(Key::AutosaveHint)) }
                    }
                    <button type="submit" class="igf-button">{ i18n.t(Key::CheckAnswers) }</button>
                </form>
            </div>
        </section>
    }
}

/// The form's page when no draft has its id.
fn not_found(i18n: &crate::model::i18n::I18n) -> Html {
    html! {
        <section class="igf-view">
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::MyCommitmentsTitle) }</h1>
            <p class="igf-notice">{ i18n.t(Key::CommitmentNotFound) }</p>
            <p><a href={Route::Commitments.href()}>{ i18n.t(Key::MyCommitmentsTitle) }</a></p>
        </section>
    }
}
