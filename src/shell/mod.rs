//! Thin wrappers over browser APIs. Every call the browser can refuse returns a
//! [`ShellError`]; nothing here panics.

pub mod charsets;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod dom;
pub mod download;
mod error;
pub mod file;
pub mod frame;
pub mod highlight;
pub mod i18n;
pub mod inputs;
pub mod intl;
pub mod journal;
pub mod local_storage;
pub mod location;
pub mod mail;
pub mod page_events;
pub mod perf;
pub mod persist;
pub mod print;
pub mod sources;
pub mod title;
pub mod upgrade;

pub use error::ShellError;
