//! What the system's mail app can be handed.

use crate::model::export::mailto::{ROOMY_LENGTH, SAFE_LENGTH};

/// Systems whose browsers hand the mail app a long link whole: Android
/// (whose user agent names Linux too), iOS, macOS, ChromeOS and Linux.
const ROOMY_SYSTEMS: [&str; 6] = ["Linux", "X11", "iPhone", "iPad", "Macintosh", "CrOS"];

/// The longest `mailto:` link that reaches the mail app whole here: longer on
/// a system known to take it (phones above all, where the three steps of
/// copy, open and paste are the hardest), short on Windows and wherever the
/// user agent is blank, unread or unknown.
pub fn link_limit() -> usize {
    let user_agent = web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default();
    let roomy = !user_agent.contains("Windows") && ROOMY_SYSTEMS.iter().any(|s| user_agent.contains(s));
    if roomy {
        ROOMY_LENGTH
    } else {
        SAFE_LENGTH
    }
}
