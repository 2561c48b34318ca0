//! What the Secretariat narrows the collation to.

use crate::model::comment::{Comment, CommentKind};
use crate::model::commitment::Commitment;
use crate::model::people::{Region, StakeholderGroup};
use crate::model::profile::Profile;
use crate::model::track::Track;

/// A filter; `None` lets everything through. `question` and `kind` apply to
/// comments only, `sdg` to commitments only; the others to both, by the
/// sender's details (a commitment by its tracks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub track: Option<Track>,
    pub question: Option<u32>,
    pub kind: Option<CommentKind>,
    pub stakeholder: Option<StakeholderGroup>,
    pub region: Option<Region>,
    pub sdg: Option<u8>,
    /// Whether drafts from packages whose receipt no longer matches count.
    pub include_changed: bool,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter {
            track: None,
            question: None,
            kind: None,
            stakeholder: None,
            region: None,
            sdg: None,
            include_changed: true,
        }
    }
}

impl Filter {
    fn sender(&self, s: &Profile) -> bool {
        self.stakeholder.is_none_or(|g| s.stakeholder == Some(g)) && self.region.is_none_or(|r| s.region == Some(r))
    }

    pub fn comment(&self, c: &Comment, sender: &Profile) -> bool {
        self.track.is_none_or(|t| c.target.track() == t)
            && self.question.is_none_or(|q| c.target.question() == Some(q))
            && self.kind.is_none_or(|k| c.kind == Some(k))
            && self.sender(sender)
    }

    pub fn commitment(&self, k: &Commitment, sender: &Profile) -> bool {
        self.track.is_none_or(|t| k.tracks.contains(&t))
            && self.sdg.is_none_or(|n| k.sdgs.contains(&n))
            && self.sender(sender)
    }
}
