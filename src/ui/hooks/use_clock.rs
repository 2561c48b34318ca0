use crate::shell::clock;
use yew::prelude::*;

/// The clock itself, for stamping what a person does at the moment they do it
/// ("marked as sent at …"), handed to components so they name no shell.
///
/// ```ignore
/// let now = use_clock();
/// let on_mark = Callback::from(move |_| dispatch.dispatch(DraftAction::MarkSent { sent: sent.clone(), at: now() }));
/// ```
#[hook]
pub fn use_clock() -> fn() -> i64 {
    clock::now_ms
}
