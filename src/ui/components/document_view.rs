use crate::model::comment::CommentTarget;
use crate::model::commitment::Link;
use crate::model::deadline::Period;
use crate::model::document::{Document, MessageId};
use crate::model::i18n::{I18n, Key};
use crate::model::route::Target;
use crate::model::search::{Query, Results};
use crate::model::versions::Reading;
use crate::ui::components::{
    doc_header, search_box, search_empty, toc, version_nav, DocHeaderProps, QuestionSection, SearchBoxProps, TocProps,
    VersionNavProps,
};
use crate::ui::state::NOT_FOUND_ID;
use std::rc::Rc;
use yew::prelude::*;

pub struct DocumentViewProps {
    /// The version being read, and how it continues the one before.
    pub reading: Reading,
    /// Every version of its track, oldest first.
    pub versions: Vec<Rc<Document>>,
    pub period: Period,
    pub query_text: AttrValue,
    pub query: Rc<Query>,
    pub results: Rc<Option<Results>>,
    pub target: Option<Target>,
    pub on_search: Callback<String>,
    pub on_clear: Callback<()>,
    pub on_copy: Callback<Target>,
    /// The question or message whose link was the last one copied.
    pub copied: Option<Target>,
    /// Each draft comment's id, with the message it is on.
    pub drafted: Rc<Vec<(MessageId, String)>>,
    pub on_comment: Callback<CommentTarget>,
    pub on_commit: Callback<Link>,
    /// The search box, and how many times it was cleared: the reader's hooks
    /// keep them, so focus can go back to the box after a clear.
    pub search_input: NodeRef,
    pub cleared: UseStateHandle<u32>,
}

/// Messages beyond which a document counts as long, and rendering skips what
/// is off screen.
const LONG_DOCUMENT: usize = 150;

/// One Messages document: header, search, contents and every question.
pub fn document_view(i18n: &I18n, props: &DocumentViewProps) -> Html {
    let doc = &props.reading.doc;
    let version = props.reading.link_version();
    let searching = !props.query.is_empty();
    let results = (*props.results).as_ref();
    let total = results.map_or(0, Results::total);
    let summary = searching.then(|| {
        i18n.count(total, Key::SearchSummaryOne, Key::SearchSummaryOther, &[("query", props.query_text.trim())])
    });
    let missing_target = props.target.filter(|t| t.track() == doc.track).and_then(|t| match t {
        Target::Track(_) => None,
        Target::Question(_, q) => {
            doc.question(q).is_none().then(|| i18n.tf(Key::QuestionHeading, &[("n", &q.to_string())]))
        }
        Target::Message(id) => doc
            .message(id)
            .is_none()
            .then(|| i18n.tf(Key::MessageLabel, &[("n", &format!("{}.{}", id.question, id.number))])),
    });

    html! {
        <article class="igf-doc" data-long={(doc.questions.iter().map(|q| q.messages.len()).sum::<usize>() > LONG_DOCUMENT).then_some("true")} aria-labelledby={Target::Track(doc.track).element_id()}>
            { doc_header(i18n, &DocHeaderProps { doc: doc.clone(), period: props.period }) }
            { version_nav(i18n, &VersionNavProps { versions: props.versions.clone(), current: doc.revision, missing: props.reading.missing }) }
            <p>
                <button type="button" class="igf-button igf-button-secondary"
                    onclick={{ let target = CommentTarget::document(doc); props.on_comment.reform(move |_: MouseEvent| target.clone()) }}>
                    { i18n.t(Key::CommentOnDocument) }
                </button>
            </p>
            if let Some(what) = missing_target {
                <p class="igf-notice" id={NOT_FOUND_ID} tabindex="-1">{ i18n.tf(Key::NotFoundTarget, &[("target", &what)]) }</p>
            }
            { search_box(i18n, &SearchBoxProps { query: props.query_text.clone(), summary, all: doc.message_count(), on_input: props.on_search.clone(), on_clear: props.on_clear.clone(), input: props.search_input.clone(), cleared: props.cleared.clone() }) }
            if searching && total == 0 {
                { search_empty(i18n, &props.query_text) }
            }
            { toc(i18n, &TocProps { doc: doc.clone(), version, results: searching.then(|| props.results.clone()) }) }
            {
                for doc.questions.iter().enumerate().map(|(index, q)| html! {
                    <QuestionSection i18n={i18n.clone()}
                        doc={doc.clone()}
                        {index}
                        {version}
                        changes={props.reading.changes.clone()}
                        matched={if searching { results.and_then(|r| r.matched.get(index).cloned()) } else { None }}
                        on_copy={props.on_copy.clone()}
                        copied={props.copied.filter(|t| in_question(*t, q.number))}
                        drafted={props.drafted.clone()}
                        on_comment={props.on_comment.clone()}
                        on_commit={props.on_commit.clone()}
                    />
                })
            }
        </article>
    }
}

/// Whether `target` is question `number` or one of its messages: only that
/// question's section re-renders when its link, or a message's, is copied.
fn in_question(target: Target, number: u32) -> bool {
    match target {
        Target::Question(_, n) => n == number,
        Target::Message(id) => id.question == number,
        Target::Track(_) => false,
    }
}
