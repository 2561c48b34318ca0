use crate::model::i18n::Key;
use crate::model::route::{Route, Target};
use crate::model::versions::Placements;
use crate::ui::components::{CommentCard, ContactSummary, ImportDrafts, PersistenceNote};
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::hooks::use_i18n;
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MyCommentsProps {
    pub drafts: UseReducerHandle<DraftsState>,
    /// Where each comment's message is in the newest version of its track.
    pub placements: Rc<Placements>,
    /// Where "Back to the Messages" leads.
    pub reading: Target,
}

/// Every draft comment across tracks, to edit, reorder, delete or send.
#[component]
pub fn MyComments(props: &MyCommentsProps) -> Html {
    let i18n = use_i18n();
    let drafts = &props.drafts;
    let last = drafts.comments.len().saturating_sub(1);
    let dispatch = |f: fn(String) -> DraftAction| {
        let drafts = drafts.clone();
        Callback::from(move |id: String| drafts.dispatch(f(id)))
    };
    let on_undo = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.dispatch(DraftAction::Undo))
    };
    let profile = &drafts.profile;
    html! {
        <section class="igf-view">
            <p><a class="igf-back-link" href={Route::Read(props.reading, None).href()}>{ i18n.t(Key::BackToReading) }</a></p>
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::MyCommentsTitle) }</h1>
            <p>{ i18n.t(Key::MyCommentsIntro) }</p>
            <PersistenceNote persisted={drafts.persisted} />
            <ContactSummary profile={profile.clone()} />
            if drafts.undo.is_some() {
                <p class="igf-toast" role="status">{ i18n.t(Key::Deleted) }{ " " }
                    <button type="button" class="igf-button igf-button-secondary" onclick={on_undo}>{ i18n.t(Key::Undo) }</button>
                </p>
            }
            if drafts.comments.is_empty() {
                <p class="igf-empty">{ i18n.t(Key::MyCommentsEmpty) }</p>
            } else {
                <p><a class="igf-button" href={Route::Send(None).href()}>{ i18n.t(Key::SendTitle) }</a></p>
                <ol class="igf-cards">
                    { for drafts.comments.iter().enumerate().map(|(i, d)| html! {
                        <CommentCard key={d.value.id.clone()} number={i + 1} comment={d.value.clone()} first={i == 0} last={i == last}
                            placement={props.placements.of_target(&d.value.target).cloned()}
                            on_up={dispatch(|id| DraftAction::Move { id, up: true })}
                            on_down={dispatch(|id| DraftAction::Move { id, up: false })}
                            on_delete={dispatch(DraftAction::Delete)} />
                    }) }
                </ol>
            }
            <ImportDrafts drafts={drafts.clone()} />
        </section>
    }
}
