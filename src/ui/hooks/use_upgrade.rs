use crate::model::route::Route;
use crate::model::store::carry;
use crate::shell::{dom, file, upgrade};
use crate::ui::drafts::DraftsState;
use crate::ui::later;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where fetching the whole app stands, for what waits for it.
pub struct Upgrade {
    /// The whole app is on its way for the screen on show or a file chosen.
    pub asked: bool,
    /// The whole app could not be fetched; the person may try again.
    pub failed: bool,
    pub retry: Callback<MouseEvent>,
    /// The import's file input: the file goes to the whole app.
    pub choose_file: Callback<Event>,
}

/// Where the state of the request is shown, and focus goes after "Try again".
pub const UPGRADE_STATUS_ID: &str = "igf-upgrade-status";

/// In the reader's build: asks for the whole app while `route` shows a screen
/// only it has, or once a file to import is chosen, which it hands over. Just
/// before the reader stops, the drafts go along if storage does not hold them
/// all. The whole app has everything, and this does nothing there.
///
/// ```ignore
/// let upgrade = use_upgrade(&state.route, i18n.lang.code(), &drafts, services.storage.is_some());
/// ```
#[hook]
pub fn use_upgrade(
    route: &Route,
    lang: &'static str,
    drafts: &UseReducerHandle<DraftsState>,
    has_storage: bool,
) -> Upgrade {
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    // The route a file to import was chosen on: leaving it drops the request.
    let asked_on = use_state(|| None::<Route>);
    let missing = later::screens().is_none();
    let asked = missing && (later::needs_later(route) || asked_on.as_ref() == Some(route));
    use_hand_over(drafts, has_storage);
    {
        let (failed, asked_on) = (failed.clone(), asked_on.clone());
        use_effect_with((asked.then(|| route.path()), lang, *attempt), move |(wanted, lang, _)| {
            // A file chosen and walked away from never comes back.
            if wanted.is_none() && asked_on.is_some() {
                upgrade::drop_file();
                asked_on.set(None);
            }
            let asked = wanted.as_ref().and_then(|route| {
                failed.set(false);
                upgrade::request(route, lang, move || failed.set(true))
            });
            move || {
                if asked.is_some() {
                    upgrade::withdraw();
                }
            }
        });
    }
    // "Try again" goes as it is pressed: focus moves to the news of the retry.
    use_effect_with(*attempt, |&attempt| {
        if attempt > 0 {
            let _ = dom::focus(UPGRADE_STATUS_ID);
        }
    });
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    let choose_file = {
        let route = route.clone();
        Callback::from(move |e: Event| {
            let Some(chosen) = file::chosen(&e.target_unchecked_into::<HtmlInputElement>()) else { return };
            upgrade::hand_file(&chosen);
            asked_on.set(Some(route.clone()));
        })
    };
    Upgrade { asked, failed: *failed, retry, choose_file }
}

/// Hands the drafts over as the reader stops, from the state of that moment,
/// when storage does not hold them all: there is none, or a save failed.
#[hook]
fn use_hand_over(drafts: &UseReducerHandle<DraftsState>, has_storage: bool) {
    let latest = use_mut_ref(|| drafts.clone());
    *latest.borrow_mut() = drafts.clone();
    use_effect_with((), move |_| {
        crate::ui::before_stop(Box::new(move || {
            let d = latest.borrow();
            if !has_storage || d.has_unsaved() {
                upgrade::hand_drafts(&carry(&d.comments, &d.commitments, (&d.profile, d.profile_rev), &d.order()));
            }
        }));
    });
}
