use crate::model::commitment::Commitment;
use crate::model::document::Library;
use crate::model::i18n::{I18n, Key};
use crate::model::missing::missing_in_commitment;
use crate::model::route::Target;
use crate::model::store::Stored;
use crate::ui::components::{commitment_card, drafts_heading, CommitmentCardProps};
use crate::ui::drafts::{DraftAction, DraftsState};
use std::rc::Rc;
use yew::prelude::*;

pub struct MyCommitmentsProps<'a> {
    /// In the person's order.
    pub commitments: &'a [Stored<Commitment>],
    /// A commitment was just deleted and can be put back.
    pub can_undo: bool,
    pub dispatch: UseReducerDispatcher<DraftsState>,
    /// Whether drafts are kept on this device at all.
    pub kept: bool,
    /// What the commitments link to: a link to text it lacks needs attention.
    pub library: Rc<Library>,
    pub reading: Target,
    pub on_new: Callback<()>,
    /// Copies the commitment with this id as a template.
    pub on_duplicate: Callback<String>,
}

/// Every draft commitment: edit, use as a template, delete.
pub fn my_commitments(i18n: &I18n, props: &MyCommitmentsProps) -> Html {
    let on_delete = {
        let drafts = props.dispatch.clone();
        Callback::from(move |id: String| drafts.dispatch(DraftAction::Delete(id)))
    };
    html! {
        <section class="igf-view">
            { drafts_heading(i18n, props.reading, (Key::MyCommitmentsTitle, Key::MyCommitmentsIntro, Key::CommitmentDeleted, props.kept), props.can_undo.then_some((&props.dispatch, true))) }
            <p><button type="button" class="igf-button" onclick={props.on_new.reform(|_: MouseEvent| ())}>{ i18n.t(Key::NewCommitment) }</button></p>
            if props.commitments.is_empty() {
                <p class="igf-empty">{ i18n.t(Key::MyCommitmentsEmpty) }</p>
            } else {
                <ol class="igf-cards">
                    { for props.commitments.iter().map(|c| &c.value).enumerate().map(|(i, c)| html! {
                        { commitment_card(i18n, &CommitmentCardProps { number: i + 1, commitment: c.clone(), missing: missing_in_commitment(&props.library, c), on_duplicate: props.on_duplicate.clone(), on_delete: on_delete.clone() }) }
                    }) }
                </ol>
            }
        </section>
    }
}
