use crate::model::comment::CommentTarget;
use crate::model::commitment::Link;
use crate::model::document::{Document, MessageId, Revision};
use crate::model::i18n::Key;
use crate::model::route::Route;
use crate::model::route::Target;
use crate::model::versions::Status;
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::{ChangeBadge, MessageActions};
use crate::ui::hooks::use_i18n;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageItemProps {
    pub doc: Rc<Document>,
    /// 0-based indices of the question and of the message under it.
    pub question: usize,
    pub index: usize,
    /// The version its permalink names (`None`: the newest).
    pub version: Option<Revision>,
    /// What it is to the version before, if there is one.
    pub change: Option<Status>,
    pub hidden: bool,
    pub on_copy: Callback<Target>,
    /// Ids of the person's draft comments on this message.
    pub drafts: Vec<String>,
    pub on_comment: Callback<CommentTarget>,
    pub on_commit: Callback<Link>,
}

/// The id of a message's text, where search marks are painted.
pub fn text_id(id: MessageId) -> String {
    format!("{}-text", Target::Message(id).element_id())
}

/// One numbered message. A search keystroke changes at most its `hidden`: the
/// marks are painted over its text (`use_search_marks`), and its actions are
/// a separate component that is left alone.
#[component]
pub fn MessageItem(props: &MessageItemProps) -> Html {
    let i18n = use_i18n();
    let Some(m) = props.doc.questions.get(props.question).and_then(|q| q.messages.get(props.index)) else {
        return Html::default();
    };
    html! {
        <li id={Target::Message(m.id).element_id()} class="igf-message" value={m.number.to_string()} tabindex="-1" hidden={props.hidden}
            data-fingerprint={m.fingerprint.clone()}>
            if let Some(status) = props.change {
                <ChangeBadge {status} />
            }
            <p id={text_id(m.id)} class="igf-message-text" lang={DOC_LANG}>{ AttrValue::from(m.text.clone()) }</p>
            if let Some(first) = props.drafts.first() {
                <p class="igf-draft-badge">
                    { i18n.count(props.drafts.len(), Key::DraftBadgeOne, Key::DraftBadgeOther, &[]) }{ " " }
                    <a href={Route::Comment(first.clone()).href()}>{ i18n.t(Key::EditYourComment) }</a>
                </p>
            }
            <MessageActions doc={props.doc.clone()} id={m.id} version={props.version} on_copy={props.on_copy.clone()}
                on_comment={props.on_comment.clone()} on_commit={props.on_commit.clone()} />
        </li>
    }
}
