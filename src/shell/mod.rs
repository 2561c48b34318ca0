//! Thin wrappers over browser APIs. Every call the browser can refuse returns a
//! [`ShellError`]; nothing here panics.

pub mod clipboard;
pub mod clock;
pub mod config;
pub mod dom;
mod error;
pub mod location;

pub use error::ShellError;
