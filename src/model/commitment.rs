//! A voluntary commitment: an action a person or organisation commits to for the
//! next IGF cycle, to further the aims of the IGF (Tunis Agenda para. 72).

use crate::model::date::{Date, DateParts, DateProblem};
use crate::model::document::{Anchor, Document, Library, MessageId};
use crate::model::i18n::Key;
use crate::model::json::{self, Json};
use crate::model::people::StakeholderGroup;
use crate::model::route::Target;
use crate::model::track::Track;
use crate::model::validate::{char_count, FieldError};

pub const MAX_TITLE: usize = 150;
pub const MAX_TEXT: usize = 3000;
pub const MAX_ACTIONS: usize = 20;

/// IGF 2020 closed on 17 November 2020 (its second phase ran 9–17 November),
/// the day Messages Version 1 came out: the IGF 2021 cycle starts then.
pub const CYCLE_START: Date = Date { year: 2020, month: 11, day: 17 };

/// IGF 2021 in Katowice, 6–10 December 2021, closes the IGF 2021 cycle.
pub const CYCLE_END: Date = Date { year: 2021, month: 12, day: 10 };

/// The 17 Sustainable Development Goals, numbered 1 to 17.
pub const SDG_COUNT: u8 = 17;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    Individual,
    Organisation,
}

impl Capacity {
    pub fn slug(self) -> &'static str {
        match self {
            Capacity::Individual => "individual",
            Capacity::Organisation => "organisation",
        }
    }

    pub fn from_slug(s: &str) -> Option<Capacity> {
        match s {
            "individual" => Some(Capacity::Individual),
            "organisation" => Some(Capacity::Organisation),
            _ => None,
        }
    }
}

/// A policy question or message a commitment answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Question { track: Track, question: u32, version: String, quote: String },
    Message(Anchor),
}

impl Link {
    pub fn question_of(doc: &Document, question: u32) -> Option<Link> {
        let q = doc.question(question)?;
        Some(Link::Question { track: doc.track, question, version: doc.version.clone(), quote: q.text.clone() })
    }

    pub fn message_of(doc: &Document, id: MessageId) -> Option<Link> {
        let m = doc.message(id)?;
        Some(Link::Message(Anchor {
            message_id: id,
            fingerprint: m.fingerprint.clone(),
            version: doc.version.clone(),
            quote: m.text.to_string(),
        }))
    }

    /// The place in the reader this link is shown at.
    pub fn place(&self) -> Target {
        match self {
            Link::Question { track, question, .. } => Target::Question(*track, *question),
            Link::Message(a) => Target::Message(a.message_id),
        }
    }

    /// A short stable name for pickers: `q:trust:2` or `m:trust-q2-m3`.
    pub fn key(&self) -> String {
        match self {
            Link::Question { track, question, .. } => format!("q:{}:{question}", track.slug()),
            Link::Message(a) => format!("m:{}", a.message_id),
        }
    }

    /// The link a picker key names, read from the loaded documents.
    pub fn from_key(key: &str, library: &Library) -> Option<Link> {
        if let Some(id) = key.strip_prefix("m:").and_then(MessageId::parse) {
            return Link::message_of(library.get(id.track)?, id);
        }
        let (track, q) = key.strip_prefix("q:")?.split_once(':')?;
        let track = Track::from_slug(track)?;
        Link::question_of(library.get(track)?, q.parse().ok()?)
    }

    pub fn track(&self) -> Track {
        match self {
            Link::Question { track, .. } => *track,
            Link::Message(a) => a.message_id.track,
        }
    }

    pub fn quote(&self) -> &str {
        match self {
            Link::Question { quote, .. } => quote,
            Link::Message(a) => &a.quote,
        }
    }

    /// Same place, ignoring version and text.
    pub fn same_place(&self, other: &Link) -> bool {
        match (self, other) {
            (Link::Question { track: a, question: q, .. }, Link::Question { track: b, question: r, .. }) => {
                a == b && q == r
            }
            (Link::Message(a), Link::Message(b)) => a.message_id == b.message_id,
            _ => false,
        }
    }

    fn to_json(&self) -> Json {
        match self {
            Link::Question { track, question, version, quote } => json::obj([
                ("type", json::str("question")),
                ("track", json::str(track.slug())),
                ("question", Json::Int(i64::from(*question))),
                ("version", json::str(version)),
                ("quote", json::str(quote)),
            ]),
            Link::Message(a) => json::obj([
                ("type", json::str("message")),
                ("track", json::str(a.message_id.track.slug())),
                ("question", Json::Int(i64::from(a.message_id.question))),
                ("messageId", json::str(&a.message_id.to_string())),
                ("fingerprint", json::str(&a.fingerprint)),
                ("version", json::str(&a.version)),
                ("quote", json::str(&a.quote)),
            ]),
        }
    }

    fn from_json(v: &Json) -> Option<Link> {
        let text = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
        let track = Track::from_slug(v.get("track")?.as_str()?)?;
        match v.get("type")?.as_str()? {
            "question" => Some(Link::Question {
                track,
                question: u32::try_from(v.get("question")?.as_i64()?).ok().filter(|&q| q > 0)?,
                version: text("version")?,
                quote: text("quote")?,
            }),
            "message" => Some(Link::Message(Anchor {
                message_id: MessageId::parse(v.get("messageId")?.as_str()?).filter(|id| id.track == track)?,
                fingerprint: text("fingerprint")?,
                version: text("version")?,
                quote: text("quote")?,
            })),
            _ => None,
        }
    }
}

/// One action or deliverable, with its target date as typed (ISO, from a date field).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionItem {
    pub description: String,
    pub due: String,
}

impl ActionItem {
    /// No date is filled in for the person: they choose it.
    pub fn new() -> ActionItem {
        ActionItem { description: String::new(), due: String::new() }
    }

    pub fn due_parts(&self) -> DateParts {
        DateParts::from_stored(&self.due)
    }

    pub fn due_date(&self) -> Option<Date> {
        self.due_parts().check().ok()
    }

    /// Before the IGF 2021 cycle began, so already past when the commitment
    /// was made: most likely a wrong year. Allowed, with a warning, and the
    /// commitment is not time-bound until it is fixed.
    pub fn is_before_cycle(&self) -> bool {
        self.due_date().is_some_and(|d| d < CYCLE_START)
    }

    /// After the IGF 2021 cycle: allowed, with a gentle warning.
    pub fn is_after_cycle(&self) -> bool {
        self.due_date().is_some_and(|d| d > CYCLE_END)
    }
}

impl Default for ActionItem {
    fn default() -> Self {
        ActionItem::new()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    pub id: String,
    /// `None` until the person chooses: GOV.UK asks, never assumes.
    pub capacity: Option<Capacity>,
    pub org_name: String,
    pub org_group: Option<StakeholderGroup>,
    /// The person confirms they may commit on the organisation's behalf.
    pub org_authorised: bool,
    pub title: String,
    pub description: String,
    pub tracks: Vec<Track>,
    pub links: Vec<Link>,
    pub actions: Vec<ActionItem>,
    /// How progress will be measured and reported.
    pub measurement: String,
    pub partners: String,
    pub resources: String,
    /// SDG numbers, 1–17, ascending.
    pub sdgs: Vec<u8>,
    /// Whether the IGF may publish it; `None` until the person answers.
    pub consent_publish: Option<bool>,
    pub created: i64,
    pub updated: i64,
    pub sent: Option<i64>,
}

/// The SMART check: each is true when the draft meets it. It never blocks saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Smart {
    /// At least one concrete action.
    pub specific: bool,
    /// An indicator is stated.
    pub measurable: bool,
    /// Resources or partners are named.
    pub achievable: bool,
    /// Linked to a track.
    pub relevant: bool,
    /// Every action has a date, none of them before the cycle began.
    pub time_bound: bool,
}

impl Smart {
    pub fn all(self) -> bool {
        self.specific && self.measurable && self.achievable && self.relevant && self.time_bound
    }
}

impl Commitment {
    pub fn new(id: String, now: i64) -> Commitment {
        Commitment {
            id,
            capacity: None,
            org_name: String::new(),
            org_group: None,
            org_authorised: false,
            title: String::new(),
            description: String::new(),
            tracks: Vec::new(),
            links: Vec::new(),
            actions: vec![ActionItem::new()],
            measurement: String::new(),
            partners: String::new(),
            resources: String::new(),
            sdgs: Vec::new(),
            consent_publish: None,
            created: now,
            updated: now,
            sent: None,
        }
    }

    /// A commitment that starts from a question or message, and its track.
    pub fn linked_to(id: String, link: Link, now: i64) -> Commitment {
        let mut c = Commitment::new(id, now);
        c.tracks.push(link.track());
        c.links.push(link);
        c
    }

    /// Whether nobody has typed or chosen anything in it: what it was opened
    /// from (its tracks and links) and its dates do not count.
    pub fn is_pristine(&self) -> bool {
        let blank = Commitment {
            id: self.id.clone(),
            tracks: self.tracks.clone(),
            links: self.links.clone(),
            created: self.created,
            updated: self.updated,
            ..Commitment::new(String::new(), 0)
        };
        *self == blank
    }

    /// A copy to use as a template: same content, new id, not sent, and
    /// consent to publish asked again, as it is given for one commitment.
    pub fn duplicate(&self, id: String, now: i64) -> Commitment {
        Commitment { id, created: now, updated: now, sent: None, consent_publish: None, ..self.clone() }
    }

    pub fn smart(&self) -> Smart {
        let concrete: Vec<&ActionItem> = self.actions.iter().filter(|a| !a.description.trim().is_empty()).collect();
        Smart {
            specific: !concrete.is_empty(),
            measurable: !self.measurement.trim().is_empty(),
            achievable: !self.partners.trim().is_empty() || !self.resources.trim().is_empty(),
            relevant: !self.tracks.is_empty(),
            time_bound: !concrete.is_empty() && concrete.iter().all(|a| a.due_date().is_some() && !a.is_before_cycle()),
        }
    }

    /// The commitment as it is sent: each real target date written
    /// `YYYY-MM-DD`, whatever the person typed ("30 6 2021" is stored as they
    /// typed it, `2021-6-30`, so that the form keeps their digits while they
    /// type). A date that is not one stays as typed.
    pub fn as_sent(&self) -> Commitment {
        let mut c = self.clone();
        for a in &mut c.actions {
            if let Some(d) = a.due_date() {
                a.due = d.to_iso();
            }
        }
        c
    }

    /// What must be fixed before the commitment can be sent. Fields are named as
    /// the form names them; actions as `action-<n>-description` and `action-<n>-due`.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.capacity.is_none() {
            errors.push(FieldError::new("capacity", Key::ErrCapacityMissing));
        }
        if self.capacity == Some(Capacity::Organisation) {
            if self.org_name.trim().is_empty() {
                errors.push(FieldError::new("org-name", Key::ErrOrgNameMissing));
            }
            if self.org_group.is_none() {
                errors.push(FieldError::new("org-group", Key::ErrOrgGroupMissing));
            }
            if !self.org_authorised {
                errors.push(FieldError::new("org-authorised", Key::ErrOrgAuthorised));
            }
        }
        if self.title.trim().is_empty() {
            errors.push(FieldError::new("title", Key::ErrTitleMissing));
        } else if char_count(&self.title) > MAX_TITLE {
            errors.push(FieldError::too_long("title", Key::TitleLabel, MAX_TITLE));
        }
        if self.description.trim().is_empty() {
            errors.push(FieldError::new("description", Key::ErrDescriptionMissing));
        } else if char_count(&self.description) > MAX_TEXT {
            errors.push(FieldError::too_long("description", Key::DescriptionLabel, MAX_TEXT));
        }
        if self.tracks.is_empty() {
            errors.push(FieldError::new("tracks", Key::ErrTracksMissing));
        }
        if self.actions.is_empty() {
            errors.push(FieldError::new("actions", Key::ErrActionsMissing));
        }
        for (i, a) in self.actions.iter().enumerate() {
            let n = i + 1;
            if a.description.trim().is_empty() {
                errors.push(FieldError::with(format!("action-{n}-description"), Key::ErrActionMissing, n.to_string()));
            }
            let problem = match a.due_parts().check() {
                Ok(_) => None,
                Err(DateProblem::Missing) => Some(Key::ErrActionDateMissing),
                Err(DateProblem::Incomplete) => Some(Key::ErrActionDateIncomplete),
                Err(DateProblem::NotReal) => Some(Key::ErrActionDateInvalid),
            };
            if let Some(key) = problem {
                errors.push(FieldError::with(format!("action-{n}-due"), key, n.to_string()));
            }
        }
        for (field, label, text) in [
            ("measurement", Key::MeasurementLabel, &self.measurement),
            ("partners", Key::PartnersLabel, &self.partners),
            ("resources", Key::ResourcesLabel, &self.resources),
        ] {
            if char_count(text) > MAX_TEXT {
                errors.push(FieldError::too_long(field, label, MAX_TEXT));
            }
        }
        if self.consent_publish.is_none() {
            errors.push(FieldError::new("consent", Key::ErrConsentMissing));
        }
        errors
    }

    /// Whether the person agreed that the IGF may publish it: an unanswered
    /// question is a no.
    pub fn may_publish(&self) -> bool {
        self.consent_publish == Some(true)
    }

    pub fn to_json(&self) -> Json {
        json::obj([
            ("id", json::str(&self.id)),
            ("capacity", self.capacity.map_or(Json::Null, |c| json::str(c.slug()))),
            (
                "organisation",
                json::obj([
                    ("name", json::str(&self.org_name)),
                    ("stakeholderGroup", json::opt_str(self.org_group.map(StakeholderGroup::slug))),
                    ("authorised", Json::Bool(self.org_authorised)),
                ]),
            ),
            ("title", json::str(&self.title)),
            ("description", json::str(&self.description)),
            ("tracks", Json::Arr(self.tracks.iter().map(|t| json::str(t.slug())).collect())),
            ("links", Json::Arr(self.links.iter().map(Link::to_json).collect())),
            (
                "actions",
                Json::Arr(
                    self.actions
                        .iter()
                        .map(|a| json::obj([("description", json::str(&a.description)), ("due", json::str(&a.due))]))
                        .collect(),
                ),
            ),
            ("measurement", json::str(&self.measurement)),
            ("partners", json::str(&self.partners)),
            ("resources", json::str(&self.resources)),
            ("sdgs", Json::Arr(self.sdgs.iter().map(|&n| Json::Int(i64::from(n))).collect())),
            ("consentToPublish", self.consent_publish.map_or(Json::Null, Json::Bool)),
            ("created", Json::Int(self.created)),
            ("updated", Json::Int(self.updated)),
            ("sent", self.sent.map_or(Json::Null, Json::Int)),
        ])
    }

    /// Reads a commitment, naming the first field that is missing or wrong.
    pub fn from_json(v: &Json) -> Result<Commitment, String> {
        let text = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned).ok_or_else(|| k.to_owned());
        let int = |k: &str| v.get(k).and_then(Json::as_i64).ok_or_else(|| k.to_owned());
        let list = |k: &str| v.get(k).and_then(Json::as_array).ok_or_else(|| k.to_owned());
        let org = v.get("organisation").ok_or("organisation")?;
        let id = text("id")?;
        if !crate::model::comment::valid_id(&id) {
            return Err("id".into());
        }
        let mut sdgs: Vec<u8> = list("sdgs")?
            .iter()
            .map(|n| {
                n.as_i64().and_then(|n| u8::try_from(n).ok()).filter(|n| (1..=SDG_COUNT).contains(n)).ok_or("sdgs")
            })
            .collect::<Result<_, _>>()?;
        crate::model::sort::sort(&mut sdgs);
        sdgs.dedup();
        Ok(Commitment {
            id,
            capacity: match v.get("capacity") {
                None | Some(Json::Null) => None,
                Some(c) => Some(c.as_str().and_then(Capacity::from_slug).ok_or("capacity")?),
            },
            org_name: org.get("name").and_then(Json::as_str).ok_or("organisation.name")?.to_owned(),
            org_group: match org.get("stakeholderGroup") {
                None | Some(Json::Null) => None,
                Some(g) => {
                    Some(g.as_str().and_then(StakeholderGroup::from_slug).ok_or("organisation.stakeholderGroup")?)
                }
            },
            org_authorised: org.get("authorised").and_then(Json::as_bool).ok_or("organisation.authorised")?,
            title: text("title")?,
            description: text("description")?,
            tracks: list("tracks")?
                .iter()
                .map(|t| t.as_str().and_then(Track::from_slug).ok_or("tracks".to_owned()))
                .collect::<Result<_, _>>()?,
            links: list("links")?
                .iter()
                .map(|l| Link::from_json(l).ok_or("links".to_owned()))
                .collect::<Result<_, _>>()?,
            actions: list("actions")?
                .iter()
                .map(|a| read_action(a).ok_or("actions".to_owned()))
                .collect::<Result<_, _>>()?,
            measurement: text("measurement")?,
            partners: text("partners")?,
            resources: text("resources")?,
            sdgs,
            // Older versions always wrote `true` or `false`; `null` is unanswered.
            consent_publish: match v.get("consentToPublish") {
                None | Some(Json::Null) => None,
                Some(b) => Some(b.as_bool().ok_or("consentToPublish")?),
            },
            created: int("created")?,
            updated: int("updated")?,
            sent: match v.get("sent") {
                None | Some(Json::Null) => None,
                Some(s) => Some(s.as_i64().ok_or("sent")?),
            },
        })
    }
}

fn read_action(a: &Json) -> Option<ActionItem> {
    Some(ActionItem {
        description: a.get("description")?.as_str()?.to_owned(),
        due: a.get("due")?.as_str()?.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Commitment {
        let mut c = Commitment::new("k1".into(), 1);
        c.capacity = Some(Capacity::Individual);
        c.title = "Open IoT security guide".into();
        c.description = "Publish a plain-language guide.".into();
        c.tracks = vec![Track::Trust];
        c.actions = vec![
            ActionItem { description: "Draft the guide".into(), due: "2021-06-30".into() },
            ActionItem { description: "Present it at IGF 2021".into(), due: "2021-12-08".into() },
        ];
        c.measurement = "Downloads and translations".into();
        c.partners = "Two national CERTs".into();
        c.sdgs = vec![9, 16];
        c.consent_publish = Some(false);
        c
    }

    #[test]
    fn unanswered_consent_is_null_and_older_answers_still_read() {
        let unanswered = Commitment { consent_publish: None, ..full() };
        let json = unanswered.to_json();
        assert_eq!(json.get("consentToPublish"), Some(&Json::Null));
        assert_eq!(Commitment::from_json(&json), Ok(unanswered.clone()));
        assert!(!unanswered.may_publish() && !full().may_publish());
        for (older, read) in [("true", Some(true)), ("false", Some(false))] {
            let text = full()
                .to_json()
                .to_text()
                .replace("\"consentToPublish\":false", &format!("\"consentToPublish\":{older}"));
            let k = Commitment::from_json(&Json::parse(&text).expect("valid JSON")).expect("an older commitment");
            assert_eq!(k.consent_publish, read);
        }
        let text = full().to_json().to_text().replace("\"consentToPublish\":false", "\"consentToPublish\":\"yes\"");
        assert_eq!(Commitment::from_json(&Json::parse(&text).expect("valid JSON")), Err("consentToPublish".into()));
    }

    #[test]
    fn smart_reflects_each_criterion() {
        let c = full();
        assert!(c.smart().all());
        let mut blank = Commitment::new("k".into(), 0);
        assert_eq!(
            blank.smart(),
            Smart { specific: false, measurable: false, achievable: false, relevant: false, time_bound: false }
        );
        blank.actions[0].description = "Do it".into();
        assert!(blank.smart().specific && !blank.smart().time_bound, "a new action has no date until one is typed");
        blank.actions[0].due = "2021-6-30".into();
        assert!(blank.smart().time_bound);
        blank.actions[0].due = "2012-6-30".into();
        assert!(!blank.smart().time_bound, "a date before the cycle began is not a deadline still to meet");
        blank.actions[0].due = "2020-11-17".into();
        assert!(blank.smart().time_bound, "the day the cycle began counts");
        blank.actions.push(ActionItem { description: "Undated".into(), due: String::new() });
        assert!(!blank.smart().time_bound);
        blank.resources = "Staff time".into();
        assert!(blank.smart().achievable);
    }

    #[test]
    fn a_target_date_is_sent_in_full_and_a_broken_one_as_typed() {
        let mut c = Commitment::new("k".into(), 0);
        c.actions[0].due = "2021-6-3".into();
        c.actions.push(ActionItem { description: "x".into(), due: "2021-٦-30".into() });
        c.actions.push(ActionItem { description: "y".into(), due: "2021-2-30".into() });
        c.actions.push(ActionItem::new());
        let sent: Vec<String> = c.as_sent().actions.into_iter().map(|a| a.due).collect();
        assert_eq!(sent, ["2021-06-03", "2021-06-30", "2021-2-30", ""]);
        assert_eq!(c.actions[0].due, "2021-6-3", "the draft keeps what was typed");
    }

    #[test]
    fn no_date_is_filled_in_and_dates_after_the_cycle_are_flagged() {
        let a = ActionItem::new();
        assert_eq!(a.due, "", "GOV.UK: no pre-filled date");
        assert!(!a.is_after_cycle());
        assert!(ActionItem { description: String::new(), due: "2021-12-11".into() }.is_after_cycle());
        assert!(!ActionItem { description: String::new(), due: "not a date".into() }.is_after_cycle());
    }

    #[test]
    fn dates_before_the_cycle_are_flagged() {
        let due = |d: &str| ActionItem { description: String::new(), due: d.into() };
        assert!(due("2020-11-16").is_before_cycle());
        assert!(due("2012-06-30").is_before_cycle(), "a year typed wrong");
        assert!(!due("2020-11-17").is_before_cycle());
        assert!(!due("").is_before_cycle() && !due("not a date").is_before_cycle());
    }

    #[test]
    fn validation_names_every_field() {
        let mut c = Commitment::new("k".into(), 0);
        c.capacity = Some(Capacity::Organisation);
        c.actions[0].due = "2021-02-30".into();
        c.actions.push(ActionItem { description: "x".into(), due: String::new() });
        let fields: Vec<String> = c.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "org-name",
                "org-group",
                "org-authorised",
                "title",
                "description",
                "tracks",
                "action-1-description",
                "action-1-due",
                "action-2-due",
                "consent"
            ]
        );
        assert!(full().validate().is_empty());
        let late = Commitment {
            actions: vec![ActionItem { description: "Later".into(), due: "2022-06-01".into() }],
            ..full()
        };
        assert!(late.validate().is_empty(), "a later date warns, it does not block");
    }

    #[test]
    fn links_are_picked_by_key_from_the_loaded_documents() {
        let library = Library::from_sources([("trust.txt", include_str!("../../documents/trust.txt"))]);
        let m = Link::from_key("m:trust-q2-m3", &library).unwrap();
        assert!(m.quote().starts_with("Fact-checking requires"));
        assert_eq!(Link::from_key(&m.key(), &library), Some(m));
        let q = Link::from_key("q:trust:3", &library).unwrap();
        assert!(q.quote().starts_with("How to create an environment"));
        for bad in ["", "q:trust:9", "q:data:1", "m:trust-q9-m1", "x:trust:1", "q:trust"] {
            assert_eq!(Link::from_key(bad, &library), None, "{bad}");
        }
    }

    #[test]
    fn json_round_trips_and_duplicates_are_fresh() {
        let mut c = full();
        c.capacity = Some(Capacity::Organisation);
        c.org_name = "Example Foundation".into();
        c.org_group = Some(StakeholderGroup::CivilSociety);
        c.org_authorised = true;
        c.links = vec![Link::Question {
            track: Track::Trust,
            question: 3,
            version: "Version 1".into(),
            quote: "How to create…".into(),
        }];
        c.sent = Some(5);
        assert_eq!(Commitment::from_json(&Json::parse(&c.to_json().to_text()).unwrap()), Ok(c.clone()));
        let copy = c.duplicate("k2".into(), 9);
        assert_eq!((copy.id.as_str(), copy.sent, copy.created, copy.title.as_str()), ("k2", None, 9, c.title.as_str()));
        assert_eq!(copy.consent_publish, None, "consent is not carried over");
        let bad = Json::parse(&c.to_json().to_text().replace("[9,16]", "[9,18]")).unwrap();
        assert_eq!(Commitment::from_json(&bad), Err("sdgs".into()));
    }
}
