use crate::model::route::Route;
use crate::model::store::carry;
use crate::shell::{file, upgrade};
use crate::ui::drafts::DraftsState;
use crate::ui::later;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where fetching the whole app stands, for what waits for it.
pub struct Upgrade {
    /// A file to import was chosen, and the whole app is on its way for it.
    pub asked: bool,
    /// The whole app could not be fetched; the person may try again.
    pub failed: bool,
    pub retry: Callback<MouseEvent>,
    /// The import's file input: the file goes to the whole app.
    pub choose_file: Callback<Event>,
}

/// In the reader's build: asks for the whole app while `route` shows a screen
/// only it has, or once a file to import is chosen, which it hands over. The
/// whole app has everything, and this does nothing there.
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
    let asked = asked_on.as_ref() == Some(route);
    let missing = later::screens().is_none();
    let wanted = (missing && (later::needs_later(route) || asked)).then(|| route.path());
    {
        let failed = failed.clone();
        let drafts = drafts.clone();
        use_effect_with((wanted, lang, *attempt), move |(wanted, lang, _)| {
            // Without storage, the drafts go along with the request.
            let carried = |d: &DraftsState| carry(&d.comments, &d.commitments, &d.profile, &d.order());
            let asked = wanted.as_ref().and_then(|route| {
                upgrade::request(route, lang, (!has_storage).then(|| carried(&drafts)), move || failed.set(true))
            });
            move || {
                if asked.is_some() {
                    upgrade::withdraw();
                }
            }
        });
    }
    let retry = {
        let (failed, attempt) = (failed.clone(), attempt.clone());
        Callback::from(move |_| {
            failed.set(false);
            attempt.set(*attempt + 1);
        })
    };
    let choose_file = {
        let (route, failed, attempt) = (route.clone(), failed.clone(), attempt.clone());
        Callback::from(move |e: Event| {
            let Some(chosen) = file::chosen(&e.target_unchecked_into::<HtmlInputElement>()) else { return };
            upgrade::hand_file(&chosen);
            failed.set(false);
            attempt.set(*attempt + 1);
            asked_on.set(Some(route.clone()));
        })
    };
    Upgrade { asked: asked || (missing && later::needs_later(route)), failed: *failed, retry, choose_file }
}
