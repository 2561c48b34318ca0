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

/// The clock itself, for stamping what a person does at the moment they do it
/// ("marked as sent at …"), handed to components so they name no shell.
///
/// ```ignore
/// let now = use_clock();
/// let on_mark = Callback::from(move |_| dispatch.dispatch(DraftAction::MarkSent { ids: ids.clone(), at: now() }));
/// ```
#[hook]
pub fn use_clock() -> fn() -> i64 {
    clock::now_ms
}
