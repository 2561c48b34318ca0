//! The commenter's details: asked once, reused for every comment and commitment.

use crate::model::i18n::Key;
use crate::model::json::{self, Json};
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::validate::{char_count, is_email, FieldError};

pub const MAX_NAME: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub stakeholder: Option<StakeholderGroup>,
    pub region: Option<Region>,
    pub country: String,
    pub gender: Option<Gender>,
    /// Whether the name may be published with the comments; `None` until the
    /// person answers, as nothing may be assumed for them.
    pub publish_name: Option<bool>,
}

impl Profile {
    /// Everything wrong with the details, in the order the form shows the fields.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(FieldError::new("name", Key::ErrNameMissing));
        } else if char_count(&self.name) > MAX_NAME {
            errors.push(FieldError::too_long("name", Key::NameLabel, MAX_NAME));
        }
        if self.email.trim().is_empty() {
            errors.push(FieldError::new("email", Key::ErrEmailMissing));
        } else if !is_email(&self.email) {
            errors.push(FieldError::new("email", Key::ErrEmailInvalid));
        }
        if char_count(&self.organisation) > MAX_NAME {
            errors.push(FieldError::too_long("organisation", Key::OrganisationLabel, MAX_NAME));
        }
        if self.stakeholder.is_none() {
            errors.push(FieldError::new("stakeholder", Key::ErrStakeholderMissing));
        }
        if self.region.is_none() {
            errors.push(FieldError::new("region", Key::ErrRegionMissing));
        }
        if self.country.trim().is_empty() {
            errors.push(FieldError::new("country", Key::ErrCountryMissing));
        } else if char_count(&self.country) > MAX_NAME {
            errors.push(FieldError::too_long("country", Key::CountryLabel, MAX_NAME));
        }
        if self.publish_name.is_none() {
            errors.push(FieldError::new("publish", Key::ErrPublishMissing));
        }
        errors
    }

    /// Whether the person said yes to publishing their name: an unanswered
    /// question is a no.
    pub fn may_publish_name(&self) -> bool {
        self.publish_name == Some(true)
    }

    pub fn is_complete(&self) -> bool {
        self.validate().is_empty()
    }

    /// Whether any of the typed details is filled in: a file whose sender has
    /// none offers nothing to take over.
    pub fn has_text(&self) -> bool {
        !self.label().is_empty()
    }

    /// What names these details in a sentence: the name, or else the first
    /// detail typed in.
    pub fn label(&self) -> &str {
        [&self.name, &self.email, &self.organisation, &self.country]
            .into_iter()
            .map(|f| f.trim())
            .find(|f| !f.is_empty())
            .unwrap_or_default()
    }

    /// These details with every one that `file` holds taken from it, and the
    /// rest kept: a file with only some details never blanks the others.
    pub fn taking(self, file: Profile) -> Profile {
        let text = |mine: String, theirs: String| if theirs.trim().is_empty() { mine } else { theirs };
        Profile {
            name: text(self.name, file.name),
            email: text(self.email, file.email),
            organisation: text(self.organisation, file.organisation),
            country: text(self.country, file.country),
            stakeholder: file.stakeholder.or(self.stakeholder),
            region: file.region.or(self.region),
            gender: file.gender.or(self.gender),
            publish_name: file.publish_name.or(self.publish_name),
        }
    }

    pub fn to_json(&self) -> Json {
        json::obj([
            ("name", json::str(&self.name)),
            ("email", json::str(self.email.trim())),
            ("organisation", json::str(&self.organisation)),
            ("stakeholderGroup", json::opt_str(self.stakeholder.map(StakeholderGroup::slug))),
            ("region", json::opt_str(self.region.map(Region::slug))),
            ("country", json::str(&self.country)),
            ("gender", json::opt_str(self.gender.map(Gender::slug))),
            ("publishName", self.publish_name.map_or(Json::Null, Json::Bool)),
        ])
    }

    /// Reads what [`Profile::to_json`] wrote, and what older versions wrote
    /// (`publishName` always `true` or `false`). Unknown choices become "not
    /// given", so a profile is never lost over one bad field.
    pub fn from_json(v: &Json) -> Option<Profile> {
        let text = |k: &str| v.get(k).and_then(Json::as_str).unwrap_or_default().to_owned();
        let slug = |k: &str| v.get(k).and_then(Json::as_str);
        matches!(v, Json::Obj(_)).then(|| Profile {
            name: text("name"),
            email: text("email"),
            organisation: text("organisation"),
            stakeholder: slug("stakeholderGroup").and_then(StakeholderGroup::from_slug),
            region: slug("region").and_then(Region::from_slug),
            country: text("country"),
            gender: slug("gender").and_then(Gender::from_slug),
            publish_name: v.get("publishName").and_then(Json::as_bool),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn complete() -> Profile {
        Profile {
            name: "Amina Diallo".into(),
            email: "amina@example.org".into(),
            organisation: String::new(),
            stakeholder: Some(StakeholderGroup::CivilSociety),
            region: Some(Region::African),
            country: "Senegal".into(),
            gender: None,
            publish_name: Some(true),
        }
    }

    #[test]
    fn a_complete_profile_passes_and_round_trips() {
        let p = complete();
        assert!(p.validate().is_empty());
        assert_eq!(Profile::from_json(&p.to_json()), Some(p));
    }

    #[test]
    fn an_unanswered_publish_question_is_null_and_older_answers_still_read() {
        let unanswered = Profile { publish_name: None, ..complete() };
        let json = unanswered.to_json();
        assert_eq!(json.get("publishName"), Some(&Json::Null));
        assert_eq!(Profile::from_json(&json), Some(unanswered.clone()));
        assert!(!unanswered.may_publish_name());
        let older = |b: bool| {
            let text = complete().to_json().to_text().replace("\"publishName\":true", &format!("\"publishName\":{b}"));
            Profile::from_json(&Json::parse(&text).expect("valid JSON")).map(|p| p.publish_name)
        };
        assert_eq!((older(true), older(false)), (Some(Some(true)), Some(Some(false))));
    }

    #[test]
    fn names_each_missing_or_wrong_field() {
        let fields: Vec<String> = Profile::default().validate().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "email", "stakeholder", "region", "country", "publish"]);
        let unanswered = Profile { publish_name: None, ..complete() };
        assert_eq!(unanswered.validate(), vec![FieldError::new("publish", Key::ErrPublishMissing)]);
        let p = Profile { email: "not-an-email".into(), ..complete() };
        assert_eq!(p.validate(), vec![FieldError::new("email", Key::ErrEmailInvalid)]);
        let p = Profile { name: "x".repeat(201), ..complete() };
        assert_eq!(p.validate()[0].key, Key::ErrTooLong);
    }
}
