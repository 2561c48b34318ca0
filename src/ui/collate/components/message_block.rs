use crate::model::collate::MessageView;
use crate::model::i18n::CollateKey;
use crate::ui::collate::components::CommentList;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::{counts_line, message_anchor};
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageBlockProps {
    pub message: MessageView,
    pub version: AttrValue,
    pub collation: Shared,
}

/// One message: its text, where it is now, its counts by kind, and its
/// comments on request (a message can have hundreds).
#[component]
pub fn MessageBlock(props: &MessageBlockProps) -> Html {
    let i18n = use_collate_i18n();
    let open = use_state(|| false);
    let m = &props.message;
    let id = message_anchor(&props.version, m.message_id);
    let number = [("q", m.message_id.question.to_string()), ("n", m.message_id.number.to_string())];
    let number: Vec<(&str, &str)> = number.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let located = match m.located {
        Some(now) if now == m.message_id => None,
        Some(now) => {
            Some(i18n.tf(CollateKey::MessageMoved, &[("q", &now.question.to_string()), ("n", &now.number.to_string())]))
        }
        None => Some(i18n.t(CollateKey::MessageGone).to_owned()),
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let label = if *open {
        i18n.t(CollateKey::HideComments).to_owned()
    } else {
        i18n.count(m.comments.len(), CollateKey::ShowCommentsOne, CollateKey::ShowCommentsOther, &[])
    };
    html! {
        <section class="igf-desk-message" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h5 id={format!("{id}-title")}>{ i18n.tf(CollateKey::MessageHeading, &number) }</h5>
            if !m.text.is_empty() {
                <p class="igf-message-text" lang="en" dir="ltr">{ m.text.clone() }</p>
            }
            if let Some(note) = located {
                <p class="igf-hint">{ note }</p>
            }
            <p class="igf-hint">{ counts_line(&i18n, &m.counts) }</p>
            <button type="button" class="igf-button igf-button-secondary igf-button-small" aria-expanded={open.to_string()}
                aria-controls={format!("{id}-comments")} onclick={toggle}>{ label }</button>
            <div id={format!("{id}-comments")}>
                if *open {
                    <CommentList items={Rc::new(m.comments.clone())} collation={props.collation.clone()}
                        message={AttrValue::from(m.text.clone())} id={format!("{id}-list")} />
                }
            </div>
        </section>
    }
}
