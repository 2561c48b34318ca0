use crate::model::collate::CollationView;
use crate::model::i18n::CollateKey;
use crate::ui::collate::components::DocumentSection;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommentsByDocumentProps {
    pub view: Rc<CollationView>,
    pub collation: Shared,
}

/// The comments, one section per track and version of the Messages.
#[component]
pub fn CommentsByDocument(props: &CommentsByDocumentProps) -> Html {
    let i18n = use_collate_i18n();
    html! {
        <section class="igf-by-document" aria-labelledby="igf-comments-title">
            <h2 id="igf-comments-title">{ i18n.t(CollateKey::CommentsHeading) }</h2>
            if props.view.documents.is_empty() {
                <p class="igf-empty">{ i18n.t(CollateKey::NoComments) }</p>
            }
            { for (0..props.view.documents.len()).map(|index| html! {
                <DocumentSection view={props.view.clone()} {index} collation={props.collation.clone()} />
            }) }
        </section>
    }
}
