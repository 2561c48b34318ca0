use crate::model::document::Document;
use crate::model::route::Target;
use crate::model::search::{utf16_ranges, Query, Results};
use crate::shell::highlight;
use crate::ui::components::{question_text_id, text_id};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Marks the search's matches in the messages it shows and in their questions' text, after each render that
/// changes the results, and removes the marks when the reader closes, which
/// `doc` being `None` says. Browsers without the CSS Custom Highlight API
/// filter without marks.
///
/// ```ignore
/// use_search_marks(reading.then(|| doc.clone()), query.clone(), results.clone());
/// ```
#[hook]
pub fn use_search_marks(doc: Option<Rc<Document>>, query: Rc<Query>, results: Rc<Option<Results>>) {
    use_effect_with((doc, query, results), |(doc, query, results)| {
        let shown =
            |q: usize, m: usize| (**results).as_ref().and_then(|r| r.matched.get(q)?.get(m).copied()).unwrap_or(false);
        let shown_any = |q: usize| (**results).as_ref().is_some_and(|r| r.count_in(q) > 0);
        let marks: Vec<(String, Vec<Range<u32>>)> = match doc.as_ref().filter(|_| !query.is_empty()) {
            None => Vec::new(),
            Some(doc) => doc
                .questions
                .iter()
                .enumerate()
                .flat_map(|(q, question)| {
                    question.messages.iter().enumerate().filter(move |&(m, _)| shown(q, m)).map(|(_, message)| message)
                })
                .filter_map(|m| {
                    let ranges = query.highlights_in(&m.text, &m.folded);
                    (!ranges.is_empty()).then(|| (text_id(m.id), utf16_ranges(&m.text, &ranges)))
                })
                .chain(doc.questions.iter().enumerate().filter(|&(q, _)| shown_any(q)).filter_map(|(_, question)| {
                    let ranges = query.highlights(&question.text);
                    let id = question_text_id(Target::Question(doc.track, question.number));
                    (!ranges.is_empty()).then(|| (id, utf16_ranges(&question.text, &ranges)))
                }))
                .collect(),
        };
        if !marks.is_empty() {
            // Without the API there are no marks; the search still filters.
            let _ = highlight::paint(&marks);
        }
        move || {
            if !marks.is_empty() {
                let _ = highlight::clear();
            }
        }
    });
}
