use crate::model::commitment::Link;
use crate::model::document::{Anchor, AnchorKey, Library};
use crate::model::versions::Placements;
use crate::shell::perf;
use crate::ui::drafts::DraftsState;
use std::rc::Rc;
use yew::prelude::*;

/// Where every draft's message is in the newest version of its track:
/// comment targets and commitment links, re-anchored once when the drafts
/// load, and again only when the set of anchors changes, never because a
/// draft's text did. The work is recorded as the `igf-reanchor` measure.
///
/// ```ignore
/// let placements = use_placements(&library, &drafts);
/// let note = placements.of_target(&comment.target);
/// ```
#[hook]
pub fn use_placements(library: &Rc<Library>, drafts: &UseReducerHandle<DraftsState>) -> Rc<Placements> {
    let keys: Vec<AnchorKey> = anchors(drafts).map(Anchor::key).collect();
    let (library, drafts) = (library.clone(), drafts.clone());
    use_memo(keys, move |_| perf::measure("igf-reanchor", || Placements::new(anchors(&drafts), &library)))
}

fn anchors(drafts: &DraftsState) -> impl Iterator<Item = &Anchor> {
    let targets = drafts.comments.iter().filter_map(|d| match &d.value.target {
        crate::model::comment::CommentTarget::Message(a) => Some(a),
        _ => None,
    });
    let links = drafts.commitments.iter().flat_map(|d| &d.value.links).filter_map(|l| match l {
        Link::Message(a) => Some(a),
        Link::Question { .. } => None,
    });
    targets.chain(links)
}
