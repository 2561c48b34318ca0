use crate::model::comment::CommentTarget;
use crate::model::commitment::Link;
use crate::model::document::{Document, MessageId, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::Target;
use crate::model::versions::VersionDiff;
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::toc::TOC_ID;
use crate::ui::components::MessageItem;
use std::rc::Rc;
use yew::prelude::*;

/// The id of a question's text, where the search paints its marks.
pub fn question_text_id(question: Target) -> String {
    format!("{}-text", question.element_id())
}

#[derive(Properties, PartialEq)]
pub struct QuestionSectionProps {
    /// The interface language.
    pub i18n: I18n,
    pub doc: Rc<Document>,
    /// 0-based index of the question in the document.
    pub index: usize,
    /// The version its links name (`None`: the newest).
    pub version: Option<Revision>,
    /// How this version continues the one before, for the messages' badges.
    pub changes: Option<Rc<VersionDiff>>,
    /// While searching: which of its messages match.
    pub matched: Option<Vec<bool>>,
    pub on_copy: Callback<Target>,
    /// The place in this question (itself or a message) whose link was the last one copied.
    pub copied: Option<Target>,
    pub drafted: Rc<Vec<(MessageId, String)>>,
    pub on_comment: Callback<CommentTarget>,
    pub on_commit: Callback<Link>,
}

/// One overarching policy question with its numbered messages. Messages that do
/// not match a search are hidden, not removed, so clearing it costs no re-render;
/// and since the list never changes order, it needs no keys to diff.
#[component]
pub fn QuestionSection(props: &QuestionSectionProps) -> Html {
    let i18n = props.i18n.clone();
    let Some(question) = props.doc.questions.get(props.index) else { return Html::default() };
    let target = Target::Question(props.doc.track, question.number);
    let heading_id = target.element_id();
    let number = question.number.to_string();
    let is_shown = |i: usize| props.matched.as_ref().is_none_or(|m| m.get(i).copied().unwrap_or(false));
    let any_shown = (0..question.messages.len()).any(is_shown);
    let onclick = props.on_copy.reform(move |_: MouseEvent| target);
    let commit = {
        let link = Link::question_of(&props.doc, question.number);
        let on_commit = props.on_commit.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(l) = &link {
                on_commit.emit(l.clone());
            }
        })
    };
    let comment_on = |missing: bool| {
        let target = CommentTarget::question_of(&props.doc, question.number, missing);
        {
            let on_comment = props.on_comment.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(t) = &target {
                    on_comment.emit(t.clone());
                }
            })
        }
    };
    html! {
        <section class="igf-question" aria-labelledby={heading_id.clone()} hidden={!any_shown}>
            <div class="igf-question-head">
                <h2 id={heading_id} tabindex="-1">{ i18n.tf(Key::QuestionHeading, &[("n", &number)]) }</h2>
                <button type="button" class="igf-link-button" {onclick}
                    aria-label={i18n.tf(Key::CopyLinkToQuestion, &[("n", &number)])}>{ i18n.t(Key::CopyLink) }</button>
            </div>
            if props.copied == Some(target) {
                <p class="igf-copied" aria-hidden="true">{ i18n.t(Key::LinkCopied) }</p>
            }
            <p id={question_text_id(target)} class="igf-question-text" lang={DOC_LANG} dir="ltr">{ &question.text }</p>
            <ol class="igf-messages">
                { for question.messages.iter().enumerate().map(|(i, message)| html! {
                    <MessageItem i18n={i18n.clone()}
                        doc={props.doc.clone()}
                        question={props.index}
                        index={i}
                        version={props.version}
                        change={props.changes.as_ref().and_then(|c| c.status(message.id))}
                        hidden={!is_shown(i)}
                        on_copy={props.on_copy.clone()}
                        copied={props.copied == Some(Target::Message(message.id))}
                        drafts={drafts_on(&props.drafted, message.id)}
                        on_comment={props.on_comment.clone()}
                        on_commit={props.on_commit.clone()}
                    />
                }) }
            </ol>
            // After the messages: what to say about them follows reading them, and on a
            // phone the first message is on the first screen.
            <div class="igf-question-actions">
                <button type="button" class="igf-link-button" onclick={comment_on(false)}>{ i18n.tf(Key::CommentOnQuestion, &[("n", &number)]) }</button>
                <button type="button" class="igf-link-button" onclick={comment_on(true)}>{ i18n.tf(Key::SuggestMissingPoint, &[("n", &number)]) }</button>
                <button type="button" class="igf-link-button" onclick={commit}>{ i18n.tf(Key::CommitToActQuestion, &[("n", &number)]) }</button>
            </div>
            <p class="igf-back"><a href={format!("#{TOC_ID}")}>{ i18n.t(Key::BackToContents) }</a></p>
        </section>
    }
}

/// The ids of the drafts on `message`, in the person's order. A list, not a
/// map: a map's code cost the reader's wasm 1.6 KB gzip, and a render looks
/// through it once per message (the Trust Messages have 30), so even 5,000
/// drafts make 150,000 comparisons.
fn drafts_on(drafted: &[(MessageId, String)], message: MessageId) -> Vec<String> {
    drafted.iter().filter(|(on, _)| *on == message).map(|(_, id)| id.clone()).collect()
}
