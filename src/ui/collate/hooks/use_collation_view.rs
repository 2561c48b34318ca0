use crate::model::collate::{Collation, CollationView, Overview};
use crate::model::document::Library;
use crate::shell::perf;
use crate::ui::collate::state::CollateState;
use std::rc::Rc;
use yew::prelude::*;

/// The collation through the filter, counted again only when the shown
/// collation or the filter changes (timed as `igf-collate-tabulate`).
///
/// ```ignore
/// let view = use_collation_view(&state, &library);
/// html! { <OverviewPanel overview={Rc::new(view.overview.clone())} /> }
/// ```
#[hook]
pub fn use_collation_view(state: &CollateState, library: &Rc<Library>) -> Rc<CollationView> {
    let library = library.clone();
    use_memo((state.collation.clone(), state.shown, state.filter.clone()), move |(c, _, filter)| {
        perf::measure("igf-collate-tabulate", || {
            c.with(|c| CollationView::new(c, filter, &library)).unwrap_or_else(|| {
                let empty = Collation::new();
                CollationView {
                    overview: Overview::new(&empty, &[], &[]),
                    documents: Vec::new(),
                    commitments: Vec::new(),
                }
            })
        })
    })
}
