//! The email text's labels and fixed values. They are English and never change
//! once published: programs read them.

/// The first data line: the format and its version.
pub const START: &str = "igf-messages-email: 1";
pub const FORMAT: &str = "igf-messages-email";
pub const VERSION_1: &str = "1";
/// The last data line's label.
pub const RECEIPT: &str = "receipt";

pub const TO: &str = "to";
pub const NAME: &str = "name";
pub const EMAIL: &str = "email";
pub const ORGANISATION: &str = "organisation";
pub const STAKEHOLDER_GROUP: &str = "stakeholder-group";
pub const REGION: &str = "region";
pub const COUNTRY: &str = "country";
pub const GENDER: &str = "gender";
pub const PUBLISH_NAME: &str = "publish-name";

pub const COMMENT: &str = "comment";
pub const TARGET: &str = "target";
pub const FINGERPRINT: &str = "fingerprint";
pub const VERSION: &str = "version";
/// Where an anchor's message is in the newest version, when that is a later one.
pub const NOW: &str = "now";
pub const KIND: &str = "kind";
pub const TEXT: &str = "text";
pub const PROPOSED: &str = "proposed-wording";
pub const REFERENCE: &str = "reference";
pub const LANGUAGE: &str = "language";
pub const STATUS: &str = "status";

pub const COMMITMENT: &str = "commitment";
pub const CAPACITY: &str = "capacity";
pub const ORGANISATION_NAME: &str = "organisation-name";
pub const ORGANISATION_GROUP: &str = "organisation-group";
pub const ORGANISATION_AUTHORISED: &str = "organisation-authorised";
pub const TITLE: &str = "title";
pub const DESCRIPTION: &str = "description";
pub const TRACKS: &str = "tracks";
pub const LINK: &str = "link";
pub const ACTION: &str = "action";
pub const DUE: &str = "due";
pub const MEASUREMENT: &str = "measurement";
pub const PARTNERS: &str = "partners";
pub const RESOURCES: &str = "resources";
pub const SDGS: &str = "sdgs";
pub const CONSENT: &str = "consent-to-publish";

/// Every label a data line can start with.
pub const LABELS: &[&str] = &[
    FORMAT,
    RECEIPT,
    TO,
    NAME,
    EMAIL,
    ORGANISATION,
    STAKEHOLDER_GROUP,
    REGION,
    COUNTRY,
    GENDER,
    PUBLISH_NAME,
    COMMENT,
    TARGET,
    FINGERPRINT,
    VERSION,
    KIND,
    TEXT,
    PROPOSED,
    REFERENCE,
    LANGUAGE,
    STATUS,
    COMMITMENT,
    CAPACITY,
    ORGANISATION_NAME,
    ORGANISATION_GROUP,
    ORGANISATION_AUTHORISED,
    TITLE,
    DESCRIPTION,
    TRACKS,
    LINK,
    ACTION,
    DUE,
    MEASUREMENT,
    PARTNERS,
    RESOURCES,
    SDGS,
    CONSENT,
];

pub const YES: &str = "yes";
pub const NO: &str = "no";
/// A yes-or-no question the person has not answered yet (a draft saved or
/// exported before it was finished).
pub const UNANSWERED: &str = "unanswered";
pub const NOT_FINISHED: &str = "not finished";
pub const DOCUMENT: &str = "document";
pub const QUESTION: &str = "question";
pub const MISSING_POINT: &str = "missing-point";
pub const MESSAGE: &str = "message";
/// The place of a message the newest version no longer has.
pub const REMOVED: &str = "removed";
pub const INDIVIDUAL: &str = "individual";
pub const ORGANISATION_CAPACITY: &str = "organisation";
