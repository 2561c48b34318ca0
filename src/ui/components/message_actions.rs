use crate::model::comment::CommentTarget;
use crate::model::commitment::Link;
use crate::model::document::{Document, MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use std::rc::Rc;
use yew::prelude::*;

pub struct MessageActionsProps {
    pub doc: Rc<Document>,
    pub id: MessageId,
    /// The version its permalink names (`None`: the newest).
    pub version: Option<Revision>,
    pub on_copy: Callback<Target>,
    /// Its link was the last one copied.
    pub copied: bool,
    pub on_comment: Callback<CommentTarget>,
    pub on_commit: Callback<Link>,
}

/// A message's buttons. A component of its own because its props do not change
/// while a search is typed, so a keystroke never re-renders them.
pub fn message_actions(i18n: &I18n, props: &MessageActionsProps) -> Html {
    let id = props.id;
    let target = Target::Message(id);
    // What a comment or a commitment quotes is copied from the document only
    // when the person asks for it, not at every render.
    let on_comment = {
        let (doc, on_comment) = (props.doc.clone(), props.on_comment.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = CommentTarget::message_of(&doc, id) {
                on_comment.emit(t);
            }
        })
    };
    let on_commit = {
        let (doc, on_commit) = (props.doc.clone(), props.on_commit.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(l) = Link::message_of(&doc, id) {
                on_commit.emit(l);
            }
        })
    };
    let on_copy = props.on_copy.reform(move |_: MouseEvent| target);
    let (q, n) = (id.question.to_string(), id.number.to_string());
    let label = format!("{q}.{n}");
    html! {
        <div class="igf-message-actions">
            <button type="button" class="igf-button igf-button-small" onclick={on_comment}
                aria-label={i18n.tf(Key::CommentOnMessageLabel, &[("q", &q), ("n", &n)])}>{ i18n.t(Key::CommentAction) }</button>
            <button type="button" class="igf-link-button" onclick={on_commit}
                aria-label={i18n.tf(Key::CommitToActMessageLabel, &[("q", &q), ("n", &n)])}>{ i18n.t(Key::CommitToAct) }</button>
            <a class="igf-permalink" href={Route::Read(target, props.version).href()}>{ i18n.tf(Key::MessageLabel, &[("n", &label)]) }</a>
            <button type="button" class="igf-link-button" onclick={on_copy}
                aria-label={i18n.tf(Key::CopyLinkToMessage, &[("q", &q), ("n", &n)])}>
                { i18n.t(Key::CopyLink) }
            </button>
            if props.copied {
                <span class="igf-copied" aria-hidden="true">{ i18n.t(Key::LinkCopied) }</span>
            }
        </div>
    }
}
