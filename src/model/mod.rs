//! Pure logic: no `web-sys`, no browser. Everything here is tested natively.

pub mod collate;
pub mod comment;
pub mod commitment;
pub mod date;
pub mod deadline;
pub mod diff;
pub mod document;
pub mod export;
pub mod fold;
pub mod i18n;
pub mod json;
pub mod missing;
pub mod people;
pub mod profile;
pub mod route;
pub mod search;
pub mod sending;
pub mod share;
pub mod sort;
pub mod store;
pub mod track;
pub mod validate;
pub mod versions;
