use crate::model::collate::{ItemRef, Status};
use crate::model::comment::CommentKind;
use crate::model::i18n::CollateKey;
use crate::ui::collate::components::ProposedDiff;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::{kind_label, sender_line};
use crate::ui::collate::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommentEntryProps {
    pub item: ItemRef,
    pub collation: Shared,
    /// The message's text, for the proposed wording's word diff.
    pub message: AttrValue,
    pub id: AttrValue,
}

/// One comment as received: its kind, text, proposed wording against the
/// message, references, and who sent it as far as they agreed to be named.
#[component]
pub fn CommentEntry(props: &CommentEntryProps) -> Html {
    let i18n = use_collate_i18n();
    let item = props.item;
    let found = props.collation.with(|c| {
        let entry = c.entries().get(item.entry)?;
        let comment = entry.received.package.comments.get(item.index)?.clone();
        Some((comment, sender_line(&i18n, &entry.received.package.sender), entry.received.file.clone()))
    });
    let Some(Some((c, sender, file))) = found else { return Html::default() };
    let lang = (!c.language.trim().is_empty()).then(|| c.language.clone());
    let proposed = c.kind == Some(CommentKind::SuggestChange) && !c.proposed.trim().is_empty();
    html! {
        <li class="igf-desk-comment" id={props.id.clone()}>
            <p class="igf-desk-comment-head">
                <strong>{ kind_label(&i18n, c.kind) }</strong>
                if item.status == Status::Changed {
                    { " " }<span class="igf-tag" data-tag="changed">{ i18n.t(CollateKey::TagChanged) }</span>
                }
            </p>
            <p class="igf-desk-comment-text" lang={lang.clone()} dir="auto">{ c.text.clone() }</p>
            if proposed {
                <ProposedDiff old={props.message.clone()} new={AttrValue::from(c.proposed.clone())} {lang} />
            }
            if c.references.iter().any(|r| !r.trim().is_empty()) {
                <p class="igf-hint">{ i18n.t(CollateKey::ReferencesLabel) }</p>
                <ul class="igf-desk-references">
                    { for c.references.iter().filter(|r| !r.trim().is_empty()).map(|r| html! { <li dir="ltr">{ r.trim().to_owned() }</li> }) }
                </ul>
            }
            <p class="igf-hint">{ i18n.tf(CollateKey::SentBy, &[("who", &sender), ("file", &file)]) }</p>
        </li>
    }
}
