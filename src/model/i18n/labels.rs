//! The interface key for each choice the core defines, shared by the
//! interface and the exports.

use crate::model::comment::{CommentKind, CommentTarget};
use crate::model::commitment::Link;
use crate::model::document::{MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::people::{Gender, Region, StakeholderGroup};
use crate::model::track::Track;
use crate::model::versions::Located;

pub fn track_key(track: Track) -> Key {
    match track {
        Track::Data => Key::TrackData,
        Track::Environment => Key::TrackEnvironment,
        Track::Inclusion => Key::TrackInclusion,
        Track::Trust => Key::TrackTrust,
    }
}

pub fn kind_key(kind: CommentKind) -> Key {
    match kind {
        CommentKind::Support => Key::KindSupport,
        CommentKind::SuggestChange => Key::KindSuggestChange,
        CommentKind::Disagree => Key::KindDisagree,
        CommentKind::PointMissing => Key::KindPointMissing,
        CommentKind::Question => Key::KindQuestion,
    }
}

pub fn stakeholder_key(g: StakeholderGroup) -> Key {
    match g {
        StakeholderGroup::Government => Key::StakeholderGovernment,
        StakeholderGroup::IntergovernmentalOrganization => Key::StakeholderIgo,
        StakeholderGroup::CivilSociety => Key::StakeholderCivilSociety,
        StakeholderGroup::TechnicalCommunity => Key::StakeholderTechnical,
        StakeholderGroup::PrivateSector => Key::StakeholderPrivate,
        StakeholderGroup::PressMedia => Key::StakeholderPress,
    }
}

pub fn region_key(r: Region) -> Key {
    match r {
        Region::African => Key::RegionAfrican,
        Region::AsiaPacific => Key::RegionAsiaPacific,
        Region::EasternEuropean => Key::RegionEastern,
        Region::Grulac => Key::RegionGrulac,
        Region::Weog => Key::RegionWeog,
        Region::Igo => Key::RegionIgo,
    }
}

pub fn gender_key(g: Gender) -> Key {
    match g {
        Gender::Female => Key::GenderFemale,
        Gender::Male => Key::GenderMale,
        Gender::Other => Key::GenderOther,
        Gender::PreferNotToSay => Key::GenderPreferNot,
    }
}

/// "Message 2.3, Trust": what a comment is about, in a few words.
pub fn target_label(i18n: &I18n, target: &CommentTarget) -> String {
    let track = i18n.t(track_key(target.track()));
    match target {
        CommentTarget::Document { .. } => i18n.tf(Key::TargetDocument, &[("track", track)]),
        CommentTarget::Question { question, .. } => {
            i18n.tf(Key::TargetQuestion, &[("n", &question.to_string()), ("track", track)])
        }
        CommentTarget::MissingPoint { question, .. } => {
            i18n.tf(Key::TargetMissing, &[("n", &question.to_string()), ("track", track)])
        }
        CommentTarget::Message(a) => i18n.tf(
            Key::TargetMessage,
            &[("q", &a.message_id.question.to_string()), ("n", &a.message_id.number.to_string()), ("track", track)],
        ),
    }
}

/// A form's label as the heading of its answer, where the form is not: "Partners",
/// not "Partners (optional)". Only the whole app shows answers back.
pub fn answer_label(i18n: &I18n, label: Key) -> &str {
    let label = i18n.t(label);
    label.strip_suffix(i18n.t(Key::OptionalSuffix)).map_or(label, str::trim_end)
}

/// "Country: Senegal", or "May the IGF publish your name? Yes": a question
/// takes its answer after it, not after a colon.
pub fn answer_line(i18n: &I18n, label: Key, answer: &str) -> String {
    let label = answer_label(i18n, label);
    if label.ends_with(['?', '？', '؟']) {
        format!("{label}{}{answer}", i18n.lang.sentence_gap())
    } else {
        format!("{label}{}{answer}", i18n.lang.colon())
    }
}

/// "Version 2" or "Final version", in the interface language.
pub fn version_label(i18n: &I18n, version: Revision) -> String {
    match version {
        Revision::Numbered(n) => i18n.tf(Key::VersionNumbered, &[("n", &n.to_string())]),
        Revision::Final => i18n.t(Key::VersionFinal).to_owned(),
    }
}

/// `2.5`: a message's question and position, as the reader numbers it.
pub fn message_number(id: MessageId) -> String {
    format!("{}.{}", id.question, id.number)
}

/// "Now message 1.7 in Version 2" or "Removed in Version 2": where an export
/// says a draft's message is in the newest version.
pub fn located_label(i18n: &I18n, located: Located) -> String {
    let version = version_label(i18n, located.version);
    match located.message {
        Some(id) => i18n.tf(Key::PlaceNow, &[("n", &message_number(id)), ("version", &version)]),
        None => i18n.tf(Key::PlaceRemoved, &[("version", &version)]),
    }
}

/// The SDG's number and name, 1–17.
pub fn sdg_key(n: u8) -> Key {
    const KEYS: [Key; 17] = [
        Key::Sdg1,
        Key::Sdg2,
        Key::Sdg3,
        Key::Sdg4,
        Key::Sdg5,
        Key::Sdg6,
        Key::Sdg7,
        Key::Sdg8,
        Key::Sdg9,
        Key::Sdg10,
        Key::Sdg11,
        Key::Sdg12,
        Key::Sdg13,
        Key::Sdg14,
        Key::Sdg15,
        Key::Sdg16,
        Key::Sdg17,
    ];
    KEYS[usize::from(n.clamp(1, 17) - 1)]
}

/// "Question 2: …" or "Message 2.3: …", for lists of linked places.
pub fn link_label(i18n: &I18n, link: &Link) -> String {
    // The quote is English inside the interface language: isolated, so that in
    // Arabic its full stop stays at its end.
    let quote = crate::model::export::isolate(link.quote());
    match link {
        Link::Question { question, .. } => {
            i18n.tf(Key::LinkQuestionOption, &[("n", &question.to_string()), ("text", &quote)])
        }
        Link::Message(a) => i18n.tf(
            Key::LinkMessageOption,
            &[("q", &a.message_id.question.to_string()), ("n", &a.message_id.number.to_string()), ("text", &quote)],
        ),
    }
}
