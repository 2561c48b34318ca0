use crate::model::route::Route;
use yew::prelude::*;

/// How many times the person sent the form on screen while it had errors,
/// and how to count one more. The count belongs to that form: another form,
/// or another draft's, starts from none.
#[derive(Clone)]
pub struct Attempts {
    pub attempt: u32,
    bump: Callback<()>,
}

impl Attempts {
    /// A form's submit in the GOV.UK manner: when `valid`, `on_done` runs;
    /// when not, the attempt count goes up, which shows the errors and moves
    /// focus to their summary. Nothing typed is touched either way.
    pub fn onsubmit(&self, valid: bool, on_done: Callback<()>) -> Callback<SubmitEvent> {
        let bump = self.bump.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if valid {
                on_done.emit(());
            } else {
                bump.emit(());
            }
        })
    }
}

/// The attempts at the form `route` shows, if it shows one. They count from
/// none each time the person arrives at a form, as they did when each form
/// was a component of its own: a visit is a run of renders on one form.
///
/// ```ignore
/// let attempts = use_submit(&state.route);
/// html! { <form onsubmit={attempts.onsubmit(c.validate().is_empty(), on_done)}>{ … }</form> }
/// ```
#[hook]
pub fn use_submit(route: &Route) -> Attempts {
    let form = form_of(route);
    // The form of the last render and how many visits there have been, kept
    // without re-rendering: the count is of the visit it was made in.
    let visit = use_mut_ref(|| (form.clone(), 0u32));
    let current = {
        let mut visit = visit.borrow_mut();
        if visit.0 != form {
            *visit = (form, visit.1.wrapping_add(1));
        }
        visit.1
    };
    let counted = use_state(|| (current, 0u32));
    let attempt = if counted.0 == current { counted.1 } else { 0 };
    let bump = Callback::from(move |()| counted.set((current, attempt + 1)));
    Attempts { attempt, bump }
}

/// Which form a route shows: a comment's, a commitment's (whichever field
/// it starts at), or the person's details.
fn form_of(route: &Route) -> Option<(u8, String)> {
    match route {
        Route::Comment(id) => Some((0, id.clone())),
        Route::Commitment(id, _) => Some((1, id.clone())),
        Route::Details => Some((2, String::new())),
        _ => None,
    }
}
