use crate::model::collate::CollationView;
use crate::model::i18n::labels::track_key;
use crate::model::i18n::{CollateKey, Key};
use crate::ui::collate::components::{CommentList, MessageBlock};
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::labels::counts_line;
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentSectionProps {
    pub view: Rc<CollationView>,
    /// Which of the view's documents.
    pub index: usize,
    pub collation: Shared,
}

/// One track's Messages in one version: comments on the whole document,
/// then each policy question with its messages and points missing.
#[component]
pub fn DocumentSection(props: &DocumentSectionProps) -> Html {
    let i18n = use_collate_i18n();
    let Some(doc) = props.view.documents.get(props.index) else { return Html::default() };
    let title = i18n
        .tf(CollateKey::DocumentHeading, &[("track", i18n.main.t(track_key(doc.track))), ("version", &doc.version)]);
    let list = |items: &Vec<crate::model::collate::ItemRef>, id: String| {
        html! { <CommentList items={Rc::new(items.clone())} collation={props.collation.clone()} message={AttrValue::default()} {id} /> }
    };
    let base = format!("igf-desk-{}-{}", doc.track.slug(), props.index);
    html! {
        <section class="igf-desk-document" aria-labelledby={format!("{base}-title")}>
            <h3 id={format!("{base}-title")}>{ title }</h3>
            <p class="igf-hint">{ counts_line(&i18n, &doc.counts) }</p>
            if !doc.whole_document.is_empty() {
                <h4>{ i18n.t(CollateKey::WholeDocumentHeading) }</h4>
                { list(&doc.whole_document, format!("{base}-whole")) }
            }
            { for doc.questions.iter().map(|q| html! {
                <section class="igf-desk-question" aria-labelledby={format!("{base}-q{}", q.number)}>
                    <h4 id={format!("{base}-q{}", q.number)}>{ i18n.main.tf(Key::QuestionHeading, &[("n", &q.number.to_string())]) }</h4>
                    if !q.text.is_empty() {
                        <p class="igf-question-text" lang="en" dir="ltr">{ q.text.clone() }</p>
                    }
                    <p class="igf-hint">{ counts_line(&i18n, &q.counts) }</p>
                    if !q.on_question.is_empty() {
                        <h5>{ i18n.t(CollateKey::OnQuestionHeading) }</h5>
                        { list(&q.on_question, format!("{base}-q{}-on", q.number)) }
                    }
                    { for q.messages.iter().map(|m| html! {
                        <MessageBlock message={m.clone()} version={AttrValue::from(doc.version.clone())} collation={props.collation.clone()} />
                    }) }
                    if !q.missing.is_empty() {
                        <h5>{ i18n.t(CollateKey::MissingHeading) }</h5>
                        { list(&q.missing, format!("{base}-q{}-missing", q.number)) }
                    }
                </section>
            }) }
        </section>
    }
}
