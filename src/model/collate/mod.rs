//! The Secretariat's collation (issue 17): read the emails and files people
//! sent, check and de-duplicate the packages, and tabulate and export the
//! comments and commitments. Pure and tested natively; the page is `collate.html`.
//!
//! The pipeline: [`read_input`] (mail decoding in [`mail`], then
//! [`body::read_body`] for an email's text, [`found::read_json`] for JSON) →
//! [`Collation::add`] (integrity, duplicates, superseded versions) →
//! [`Collation::tabulate`], [`Collation::commitments`], [`csv::write`],
//! [`report::write`].

pub mod body;
pub mod collation;
pub mod csv;
pub mod filter;
pub mod found;
pub mod input;
pub mod intake;
pub mod locate;
pub mod mail;
pub mod overview;
pub mod privacy;
pub mod repair;
pub mod report;
pub mod tabulate;
pub mod unreadable;
pub mod view;

pub use collation::{Added, Collation, Entry, Integrity, Status};
pub use filter::Filter;
pub use found::Found;
pub use input::{read_input, InputKind, Received, Source, MAX_FILE_BYTES};
pub use intake::Intake;
pub use locate::{located_message_id, quoted_text};
pub use overview::{Counts, MessageCount, Overview};
pub use tabulate::{CommentItem, CommitmentItem, DocumentTab, KindCounts, MessageTab, QuestionTab, Tabulation};
pub use unreadable::{Unreadable, UnreadableReason};
pub use view::{CollationView, DocumentView, ItemRef, MessageView, QuestionView};
