//! Pure logic: no `web-sys`, no browser. Everything here is tested natively.

pub mod date;
pub mod deadline;
pub mod document;
pub mod i18n;
pub mod route;
pub mod search;
pub mod text;
pub mod track;
