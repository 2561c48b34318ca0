//! What the system's mail app can be handed.

use crate::model::export::mailto::{ROOMY_LENGTH, SAFE_LENGTH};

/// The longest `mailto:` link that reaches the mail app whole here: short on
/// Windows, and wherever the system cannot be told, longer elsewhere (phones
/// above all, where the three steps of copy, open and paste are the hardest).
pub fn link_limit() -> usize {
    let user_agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok());
    match user_agent {
        Some(ua) if !ua.contains("Windows") => ROOMY_LENGTH,
        _ => SAFE_LENGTH,
    }
}
