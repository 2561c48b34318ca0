//! The Messages document: its model, its plain-text parser, and how comments
//! find their message again in a later version.

mod anchor;
mod library;
mod model;
mod parse;
pub mod sources;

pub use anchor::{Anchor, AnchorKey, Location, Words, MIN_SIMILARITY};
pub use library::Library;
pub(crate) use model::parse_numbered;
pub use model::{Document, Message, MessageId, Question, Revision};
pub use parse::{parse, ParseError};
