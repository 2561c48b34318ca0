use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::state::VIEW_TITLE_ID;
use yew::prelude::*;

/// The id of "Deleted. Undo", where focus goes after a deletion.
pub const UNDO_ID: &str = "igf-undo";

/// The top of "My comments" and "My commitments": the way back to `reading`,
/// the title and its introduction (that the drafts stay in this browser, when
/// they are `kept` here), and "Undo" while a deletion can be undone, which
/// says what was deleted: with the drafts' dispatcher and whether the page
/// lists commitments, whose last deletion it undoes.
pub fn drafts_heading(
    i18n: &I18n,
    reading: Target,
    (title, intro, deleted, kept): (Key, Key, Key, bool),
    undo: Option<(&UseReducerDispatcher<DraftsState>, bool)>,
) -> Html {
    let on_undo = undo.map(|(d, commitments)| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(DraftAction::Undo { commitments }))
    });
    html! {
        <>
            <p><a class="igf-back-link" href={Route::Read(reading, None).href()}>{ i18n.t(Key::BackToReading) }</a></p>
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(title) }</h1>
            <p>{ i18n.t(intro) }if kept { { i18n.lang.sentence_gap() }{ i18n.t(Key::DraftsStay) } }</p>
            if let Some(onclick) = on_undo {
                <p id={UNDO_ID} class="igf-toast" role="status" tabindex="-1">{ i18n.t(deleted) }{ " " }
                    <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(Key::Undo) }</button>
                </p>
            }
        </>
    }
}
