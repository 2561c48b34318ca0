use crate::model::comment::Comment;
use crate::model::document::Library;
use crate::model::i18n::{I18n, Key};
use crate::model::missing::missing_target;
use crate::model::profile::Profile;
use crate::model::route::{Route, Target};
use crate::model::store::Stored;
use crate::model::versions::Placements;
use crate::ui::components::{comment_card, contact_summary, drafts_heading, persistence_note, CommentCardProps};
use crate::ui::drafts::{DraftAction, DraftsState};
use std::rc::Rc;
use yew::prelude::*;

/// How many cards show at first, and come with each "Show more": thousands
/// at once would hold the page up.
pub const CARDS_PAGE: usize = 50;

pub struct MyCommentsProps<'a> {
    /// In the person's order.
    pub comments: &'a [Stored<Comment>],
    pub profile: Profile,
    /// Whether the browser agreed to keep storage (`None`: not known).
    pub persisted: Option<bool>,
    /// Whether drafts are kept on this device at all.
    pub kept: bool,
    /// A draft was just deleted and can be put back.
    pub can_undo: bool,
    pub dispatch: UseReducerDispatcher<DraftsState>,
    /// What the comments may be about: one about text it lacks needs attention.
    pub library: Rc<Library>,
    /// Where each comment's message is in the newest version of its track.
    pub placements: Rc<Placements>,
    /// Where "Back to the Messages" leads.
    pub reading: Target,
    /// How many cards are shown; "Show more" adds a page.
    pub shown: UseStateHandle<usize>,
    /// "Import drafts from a file", which the app builds: the whole app's,
    /// or the reader's build's file input that fetches it.
    pub import: Html,
}

/// Every draft comment across tracks, to edit, reorder, delete or send.
pub fn my_comments(i18n: &I18n, props: &MyCommentsProps) -> Html {
    let last = props.comments.len().saturating_sub(1);
    let shown = &props.shown;
    let rest = props.comments.len().saturating_sub(**shown);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + CARDS_PAGE))
    };
    let dispatch = |f: fn(String) -> DraftAction| {
        let drafts = props.dispatch.clone();
        Callback::from(move |id: String| drafts.dispatch(f(id)))
    };
    html! {
        <section class="igf-view">
            { drafts_heading(i18n, props.reading, (Key::MyCommentsTitle, Key::MyCommentsIntro, Key::Deleted, props.kept), props.can_undo.then_some((&props.dispatch, false))) }
            if props.kept {
                { persistence_note(i18n, props.persisted) }
            }
            { contact_summary(i18n, &props.profile) }
            if props.comments.is_empty() {
                <p class="igf-empty">{ i18n.t(Key::MyCommentsEmpty) }</p>
            } else {
                <p><a class="igf-button" href={Route::Send(None).href()}>{ i18n.t(Key::SendTitle) }</a></p>
                <ol class="igf-cards">
                    { for props.comments.iter().take(**shown).map(|c| &c.value).enumerate().map(|(i, c)| html! {
                        { comment_card(i18n, &CommentCardProps { number: i + 1, comment: c.clone(), first: i == 0, last: i == last, placement: props.placements.of_target(&c.target).cloned(), missing: missing_target(&props.library, &c.target), on_up: dispatch(|id| DraftAction::Move { id, up: true }), on_down: dispatch(|id| DraftAction::Move { id, up: false }), on_delete: dispatch(DraftAction::Delete) }) }
                    }) }
                </ol>
                if rest > 0 {
                    <p><button type="button" class="igf-button igf-button-secondary" onclick={more}>
                        { i18n.tf(Key::ShowMore, &[("n", &rest.min(CARDS_PAGE).to_string()), ("rest", &rest.to_string())]) }
                    </button></p>
                }
            }
            { props.import.clone() }
        </section>
    }
}
