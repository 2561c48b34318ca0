use crate::model::i18n::{I18n, Key};
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::profile::Profile;
use crate::ui::components::form::{
    error_for, error_summary, radios, text_field, FormState, RadioOption, RadiosProps, TextField,
};
use crate::ui::components::privacy_notice;
use crate::ui::labels::{gender_key, region_key, stakeholder_key};
use crate::ui::markup::para;
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

const NAME: TextField = TextField::input("name", Key::NameLabel).autocomplete("name");
const EMAIL: TextField =
    TextField::input("email", Key::EmailLabel).hint(Key::EmailHint).input_type("email").autocomplete("email");
const ORGANISATION: TextField = TextField::input("organisation", Key::OrganisationLabel).autocomplete("organization");
const COUNTRY: TextField = TextField::input("country", Key::CountryLabel).autocomplete("country-name");

pub struct DetailsViewProps {
    pub profile: Profile,
    /// Every change, as typed: the profile autosaves like a draft.
    pub on_change: Callback<Profile>,
    /// Called after "Save details" found nothing wrong.
    pub on_done: Callback<()>,
    /// Where emails go, which the privacy notice names.
    pub recipient: AttrValue,
}

/// The commenter's details, asked once and reused.
pub fn details_view(i18n: &I18n, props: &DetailsViewProps, form: &FormState) -> Html {
    let p = &props.profile;
    let onsubmit = form.attempts.onsubmit(p.validate(), props.on_done.clone());
    let errors = form.attempts.shown(p.validate());
    let error = |field: &str| error_for(i18n, &errors, field);
    let set = |f: fn(&mut Profile, String)| {
        let profile = p.clone();
        props.on_change.reform(move |v: String| {
            let mut next = profile.clone();
            f(&mut next, v);
            next
        })
    };
    let choice = |f: fn(&mut Profile, &str)| {
        let profile = p.clone();
        props.on_change.reform(move |v: AttrValue| {
            let mut next = profile.clone();
            f(&mut next, &v);
            next
        })
    };
    let options = |items: Vec<(&'static str, Key)>| {
        items.into_iter().map(|(v, k)| RadioOption { value: v.into(), label: i18n.t(k).into() }).collect::<Vec<_>>()
    };
    html! {
        <section class="igf-view">
            { error_summary(i18n, &errors, &form.focus) }
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::DetailsTitle) }</h1>
            { para(i18n.t(Key::DetailsIntro)) }
            { privacy_notice(i18n, &props.recipient) }
            <form class="igf-form" novalidate=true {onsubmit}>
                { text_field(i18n, &NAME, &p.name, &errors, set(|p, v| p.name = v)) }
                { text_field(i18n, &EMAIL, &p.email, &errors, set(|p, v| p.email = v)) }
                { text_field(i18n, &ORGANISATION, &p.organisation, &errors, set(|p, v| p.organisation = v)) }
                { radios(i18n, &RadiosProps { field: "stakeholder".into(), legend: i18n.t(Key::StakeholderLegend).into(), error: error("stakeholder"), options: options(StakeholderGroup::ALL.iter().map(|g| (g.slug(), stakeholder_key(*g))).collect()), selected: p.stakeholder.map(|g| AttrValue::from(g.slug())), on_change: choice(|p, v| p.stakeholder = StakeholderGroup::from_slug(v)) }) }
                { radios(i18n, &RadiosProps { field: "region".into(), legend: i18n.t(Key::RegionLegend).into(), error: error("region"), options: options(Region::ALL.iter().map(|r| (r.slug(), region_key(*r))).collect()), selected: p.region.map(|r| AttrValue::from(r.slug())), on_change: choice(|p, v| p.region = Region::from_slug(v)) }) }
                { text_field(i18n, &COUNTRY, &p.country, &errors, set(|p, v| p.country = v)) }
                { radios(i18n, &RadiosProps { field: "gender".into(), legend: i18n.t(Key::GenderLegend).into(), options: options(Gender::ALL.iter().map(|g| (g.slug(), gender_key(*g))).collect()), selected: p.gender.map(|g| AttrValue::from(g.slug())), on_change: choice(|p, v| p.gender = Gender::from_slug(v)), ..Default::default() }) }
                { radios(i18n, &RadiosProps { field: "publish".into(), legend: i18n.t(Key::PublishLegend).into(), error: error("publish"), options: options(vec![("yes", Key::PublishYes), ("no", Key::PublishNo)]), selected: p.publish_name.map(|b| AttrValue::from(if b { "yes" } else { "no" })), on_change: choice(|p, v| p.publish_name = Some(v == "yes")) }) }
                <button type="submit" class="igf-button">{ i18n.t(Key::SaveDetails) }</button>
            </form>
        </section>
    }
}
