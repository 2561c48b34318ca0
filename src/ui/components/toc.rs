use crate::model::document::{Document, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::model::search::Results;
use std::rc::Rc;
use yew::prelude::*;

pub const TOC_ID: &str = "igf-contents";

pub struct TocProps {
    pub doc: Rc<Document>,
    /// The version its links name (`None`: the newest).
    pub version: Option<Revision>,
    /// Present while searching: counts then show matches out of the total.
    pub results: Option<Rc<Option<Results>>>,
}

/// The policy questions, each with its message count.
pub fn toc(i18n: &I18n, props: &TocProps) -> Html {
    let doc = &props.doc;
    html! {
        <nav class="igf-toc" aria-labelledby={TOC_ID}>
            <h2 id={TOC_ID} tabindex="-1">{ i18n.t(Key::ContentsHeading) }</h2>
            <ol>
                { for doc.questions.iter().enumerate().map(|(index, q)| {
                    let total = q.messages.len();
                    let total_text = total.to_string();
                    let matched = props.results.as_ref().and_then(|r| (**r).as_ref()).map(|r| r.count_in(index));
                    let count = match matched {
                        Some(n) => i18n.count(n, Key::CountMatchedOne, Key::CountMatchedOther, &[("total", &total_text)]),
                        None => i18n.count(total, Key::CountMessagesOne, Key::CountMessagesOther, &[]),
                    };
                    let target = Target::Question(doc.track, q.number);
                    // On a phone only the number shows; the title stays the link's name.
                    let title = html! {
                        <>
                            <span class="igf-toc-num" aria-hidden="true">{ q.number }</span>
                            <span class="igf-toc-title">{ i18n.tf(Key::QuestionHeading, &[("n", &q.number.to_string())]) }</span>
                            <span class="igf-toc-question" lang="en" dir="ltr">{ &q.text }</span>
                        </>
                    };
                    html! {
                        <li value={q.number.to_string()}>
                            // A question the search leaves empty is hidden, so it is no link.
                            if matched == Some(0) {
                                <span class="igf-toc-none">{ title }</span>
                            } else {
                                <a href={Route::Read(target, props.version).href()}>{ title }</a>
                            }
                            <span class="igf-count">{ count }</span>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
