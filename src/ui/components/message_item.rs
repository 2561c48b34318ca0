use crate::model::comment::CommentTarget;
use crate::model::commitment::Link;
use crate::model::document::{Document, MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::Route;
use crate::model::route::Target;
use crate::model::versions::Status;
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::{message_actions, MessageActionsProps};
use crate::ui::labels::message_number;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageItemProps {
    /// The interface language.
    pub i18n: I18n,
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
    /// Its link was the last one copied.
    pub copied: bool,
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
    let i18n = props.i18n.clone();
    let Some(m) = props.doc.questions.get(props.question).and_then(|q| q.messages.get(props.index)) else {
        return Html::default();
    };
    // One draft opens; several are listed in "My comments", where each can be.
    let edit = match props.drafts.as_slice() {
        [one] => (Route::Comment(one.clone()), Key::EditYourComment),
        _ => (Route::Comments, Key::NavMyComments),
    };
    html! {
        <li id={Target::Message(m.id).element_id()} class="igf-message" value={m.number.to_string()} tabindex="-1" hidden={props.hidden}
            data-fingerprint={m.fingerprint.clone()}>
            { props.change.map(|status| change_badge(&i18n, status)).unwrap_or_default() }
            <p id={text_id(m.id)} class="igf-message-text" lang={DOC_LANG} dir="ltr">{ AttrValue::from(m.text.clone()) }</p>
            if !props.drafts.is_empty() {
                <p class="igf-draft-badge">
                    { i18n.count(props.drafts.len(), Key::DraftBadgeOne, Key::DraftBadgeOther, &[]) }{ " " }
                    <a href={edit.0.href()}>{ i18n.t(edit.1) }</a>
                </p>
            }
            { message_actions(&i18n, &MessageActionsProps { doc: props.doc.clone(), id: m.id, version: props.version, on_copy: props.on_copy.clone(), copied: props.copied, on_comment: props.on_comment.clone(), on_commit: props.on_commit.clone() }) }
        </li>
    }
}

/// "New", "Reworded" or "Moved from 2.5": what a message is to the version
/// before the one being read. An unchanged message has no badge. A function,
/// not a component: each component costs the wasm its own machinery.
fn change_badge(i18n: &I18n, status: Status) -> Html {
    let (change, text) = match status {
        Status::Unchanged => return Html::default(),
        Status::New { .. } => ("new", i18n.t(Key::BadgeNew).to_owned()),
        Status::Reworded { .. } => ("reworded", i18n.t(Key::BadgeReworded).to_owned()),
        Status::Moved { from } => ("moved", i18n.tf(Key::BadgeMovedFrom, &[("n", &message_number(from))])),
    };
    html! { <p class="igf-change"><span class="igf-change-badge" data-change={change}>{ text }</span></p> }
}
