//! IGF Messages: read the living IGF 2020 Messages, comment on them, and draft
//! voluntary commitments. `model` is pure logic, `shell` talks to the browser,
//! `ui` is Yew components that only render state and send actions.

pub mod model;
pub mod shell;
pub mod ui;

/// The Messages documents compiled in from `documents/`.
pub mod documents {
    include!(concat!(env!("OUT_DIR"), "/documents.rs"));
}
