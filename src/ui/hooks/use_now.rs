use crate::shell::clock;
use yew::prelude::*;

/// The time when the component first rendered, in milliseconds since 1970. It
/// stays put, so what is derived from it does not change under the person.
///
/// ```ignore
/// let opened_at = use_now();
/// ```
#[hook]
pub fn use_now() -> i64 {
    *use_state(clock::now_ms)
}
