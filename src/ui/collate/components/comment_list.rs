use crate::model::collate::ItemRef;
use crate::model::i18n::CollateKey;
use crate::ui::collate::components::CommentEntry;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// How many comments are shown at a time.
const PAGE: usize = 25;

#[derive(Properties, PartialEq)]
pub struct CommentListProps {
    pub items: Rc<Vec<ItemRef>>,
    pub collation: Shared,
    /// The message the comments are on, to show proposed wording against; empty otherwise.
    pub message: AttrValue,
    /// A prefix for the ids of the list's elements.
    pub id: AttrValue,
}

/// Comments, a page at a time.
#[component]
pub fn CommentList(props: &CommentListProps) -> Html {
    let i18n = use_collate_i18n();
    let shown = use_state(|| PAGE);
    let more = props.items.len().saturating_sub(*shown).min(PAGE);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <>
            <ol class="igf-desk-comments">
                { for props.items.iter().take(*shown).enumerate().map(|(i, item)| html! {
                    <CommentEntry item={*item} collation={props.collation.clone()} message={props.message.clone()} id={format!("{}-{i}", props.id)} />
                }) }
            </ol>
            if more > 0 {
                <button type="button" class="igf-link-button" onclick={on_more}>{ i18n.tf(CollateKey::ShowMore, &[("n", &more.to_string())]) }</button>
            }
        </>
    }
}
