//! The Messages document: its model, its plain-text parser, and how comments
//! find their message again in a later version.

mod anchor;
mod library;
mod model;
mod parse;

pub use anchor::{Anchor, Location};
pub use library::Library;
pub(crate) use model::parse_numbered;
pub use model::{Document, Message, MessageId, Question};
pub use parse::{parse, ParseError};
