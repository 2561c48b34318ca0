use crate::model::route::Route;
use crate::model::validate::FieldError;
use std::rc::Rc;
use yew::prelude::*;

/// How many times the person sent the form on screen while it had errors,
/// which errors it had then, and how to count one more. The count belongs to
/// that form: another form, or another draft's, starts from none.
#[derive(Clone)]
pub struct Attempts {
    pub attempt: u32,
    /// The errors the last submit found, each with its message.
    found: Rc<Vec<FieldError>>,
    bump: Callback<Rc<Vec<FieldError>>>,
}

impl Attempts {
    /// A form's submit in the GOV.UK manner: with no `errors`, `on_done`
    /// runs; with some, the attempt count goes up, which shows them and moves
    /// focus to their summary. Nothing typed is touched either way.
    pub fn onsubmit(&self, errors: Vec<FieldError>, on_done: Callback<()>) -> Callback<SubmitEvent> {
        let found = Rc::new(errors);
        let bump = self.bump.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if found.is_empty() {
                on_done.emit(());
            } else {
                bump.emit(found.clone());
            }
        })
    }

    /// The errors to show, of the form's `errors` now: none before a submit,
    /// and after one only those it found, while they stand. One fixed goes at
    /// once; one that comes or changes as the person types waits for the next
    /// submit, so the summary, an alert, never speaks up mid-action.
    pub fn shown(&self, mut errors: Vec<FieldError>) -> Vec<FieldError> {
        errors.retain(|e| self.attempt > 0 && self.found.contains(e));
        errors
    }
}

/// The attempts at the form `route` shows, if it shows one. They count from
/// none each time the person arrives at a form, as they did when each form
/// was a component of its own: a visit is a run of renders on one form.
///
/// ```ignore
/// let attempts = use_submit(&state.route);
/// html! { <form onsubmit={attempts.onsubmit(c.validate(), on_done)}>{ … }</form> }
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
    let counted = use_state(|| (current, 0u32, Rc::<Vec<FieldError>>::default()));
    let (attempt, found) = if counted.0 == current { (counted.1, counted.2.clone()) } else { (0, Rc::default()) };
    let bump = Callback::from(move |found| counted.set((current, attempt + 1, found)));
    Attempts { attempt, found, bump }
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
