//! The Secretariat's collation (issue 17): read the emails and files people
//! sent, check and de-duplicate the packages, and tabulate and export the
//! comments and commitments. Pure and tested natively; no interface yet.
//!
//! The pipeline: [`read_input`] (mail decoding in [`mail`], then
//! [`body::read_body`] for an email's text, [`found::read_json`] for JSON) →
//! [`Collation::add`] (integrity, duplicates, superseded versions) →
//! [`Collation::tabulate`], [`Collation::commitments`], [`csv::write`],
//! [`report::write`].

pub mod body;
pub mod found;
pub mod input;
pub mod mail;
pub mod repair;
pub mod unreadable;

pub use found::Found;
pub use input::{read_input, InputKind, Received, Source, MAX_FILE_BYTES};
pub use unreadable::{Unreadable, UnreadableReason};
