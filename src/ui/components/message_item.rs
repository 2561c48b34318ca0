use crate::core::document::Document;
use crate::core::i18n::Key;
use crate::core::route::Target;
use crate::core::search::Query;
use crate::ui::components::doc_header::DOC_LANG;
use crate::ui::components::Highlighted;
use crate::ui::hooks::use_i18n;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageItemProps {
    pub doc: Rc<Document>,
    /// 0-based indices of the question and of the message under it.
    pub question: usize,
    pub index: usize,
    pub hidden: bool,
    pub query: Rc<Query>,
    pub on_copy: Callback<Target>,
}

#[component]
pub fn MessageItem(props: &MessageItemProps) -> Html {
    let i18n = use_i18n();
    let Some(m) = props.doc.questions.get(props.question).and_then(|q| q.messages.get(props.index)) else { return Html::default() };
    let target = Target::Message(m.id);
    let label = format!("{}.{}", m.id.question, m.number);
    let onclick = props.on_copy.reform(move |_: MouseEvent| target);
    let highlights = if props.hidden { Vec::new() } else { props.query.highlights(&m.text) };
    html! {
        <li id={target.element_id()} class="igf-message" value={m.number.to_string()} tabindex="-1" hidden={props.hidden}
            data-fingerprint={m.fingerprint.clone()}>
            <p class="igf-message-text" lang={DOC_LANG}>
                <Highlighted text={AttrValue::from(m.text.clone())} ranges={highlights} />
            </p>
            <div class="igf-message-actions">
                <a class="igf-permalink" href={target.into_fragment("")}>{ i18n.tf(Key::MessageLabel, &[("n", &label)]) }</a>
                <button type="button" class="igf-link-button" {onclick}
                    aria-label={i18n.tf(Key::CopyLinkToMessage, &[("q", &m.id.question.to_string()), ("n", &m.number.to_string())])}>
                    { i18n.t(Key::CopyLink) }
                </button>
            </div>
        </li>
    }
}
