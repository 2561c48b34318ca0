use crate::model::comment::{Comment, CommentTarget};
use crate::model::commitment::{Commitment, Link};
use crate::model::document::{Anchor, AnchorKey};
use crate::model::fold::fnv1a64;
use crate::model::json::{self, Json};
use crate::model::profile::Profile;
use crate::model::track::Track;
use crate::model::versions::{Located, Placements};

/// Names the JSON format, so a program can tell an export from any other file.
pub const FORMAT: &str = "igf-messages";
/// The JSON schema this version writes; see docs/export-format.md.
pub const PACKAGE_SCHEMA: i64 = 1;

/// What is sent or exported together: some comments, commitments, and who sends them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Package {
    pub comments: Vec<Comment>,
    pub commitments: Vec<Commitment>,
    pub sender: Profile,
    pub recipient: String,
    /// Where the messages of anchors written against an older version are in
    /// the newest one, by anchor, in the order of [`Package::anchors`]; written
    /// next to the original target, which stays as it was ([`Package::locate`]).
    pub located: Vec<(AnchorKey, Located)>,
}

impl Package {
    /// Every message anchor in the package: comment targets, then commitment links.
    pub fn anchors(&self) -> impl Iterator<Item = &Anchor> {
        let targets = self.comments.iter().filter_map(|c| match &c.target {
            CommentTarget::Message(a) => Some(a),
            _ => None,
        });
        let links = self.commitments.iter().flat_map(|k| &k.links).filter_map(|l| match l {
            Link::Message(a) => Some(a),
            Link::Question { .. } => None,
        });
        targets.chain(links)
    }

    /// Fills [`Package::located`] from the drafts' placements.
    pub fn locate(mut self, placements: &Placements) -> Package {
        self.located = located_list(self.anchors(), |a| placements.located(a));
        self
    }

    /// Where an anchor's message is now, if the package says.
    pub fn located_of(&self, anchor: &Anchor) -> Option<Located> {
        find_located(&self.located, anchor)
    }

    pub fn is_empty(&self) -> bool {
        self.comments.is_empty() && self.commitments.is_empty()
    }

    /// The tracks the package touches, in IGF order.
    pub fn tracks(&self) -> Vec<Track> {
        let mut tracks: Vec<Track> = self
            .comments
            .iter()
            .map(|c| c.target.track())
            .chain(self.commitments.iter().flat_map(|k| k.tracks.iter().copied()))
            .collect();
        crate::model::sort::sort(&mut tracks);
        tracks.dedup();
        tracks
    }

    /// A short id derived from the content, so the Secretariat can match and
    /// de-duplicate packages: computed over the email's data lines, which a
    /// reader of the email can recompute. Marking drafts as sent, the times of
    /// editing and the quoted text do not change it.
    pub fn receipt(&self) -> String {
        let hash = fnv1a64(super::email::receipt_basis(self).as_bytes());
        // Crockford base32: no I, L, O or U, so it reads aloud and types safely.
        const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let code: String = (0..10).map(|i| char::from(DIGITS[((hash >> (60 - 5 * i)) & 31) as usize])).collect();
        format!("IGF-{}-{}", &code[..5], &code[5..])
    }

    /// The full export: the content plus its receipt and the time of export.
    pub fn to_json(&self, exported_at: i64) -> Json {
        json::obj([
            ("format", json::str(FORMAT)),
            ("schema", Json::Int(PACKAGE_SCHEMA)),
            ("receipt", json::str(&self.receipt())),
            ("exportedAt", Json::Int(exported_at)),
            ("recipient", json::str(&self.recipient)),
            ("sender", self.sender.to_json()),
            ("comments", Json::Arr(self.comments.iter().map(|c| self.comment_json(c)).collect())),
            ("commitments", Json::Arr(self.commitments.iter().map(|k| self.commitment_json(k)).collect())),
        ])
    }

    /// A comment as stored, its target carrying `located` when the package has it.
    fn comment_json(&self, c: &Comment) -> Json {
        let mut json = c.to_json();
        if let (CommentTarget::Message(a), Json::Obj(pairs)) = (&c.target, &mut json) {
            if let Some((_, target)) = pairs.iter_mut().find(|(k, _)| k == "target") {
                self.add_located(target, a);
            }
        }
        json
    }

    /// A commitment as stored, each message link carrying `located` when the package has it.
    fn commitment_json(&self, k: &Commitment) -> Json {
        let mut json = k.to_json();
        if let Json::Obj(pairs) = &mut json {
            if let Some((_, Json::Arr(links))) = pairs.iter_mut().find(|(key, _)| key == "links") {
                for (link, out) in k.links.iter().zip(links) {
                    if let Link::Message(a) = link {
                        self.add_located(out, a);
                    }
                }
            }
        }
        json
    }

    fn add_located(&self, target: &mut Json, anchor: &Anchor) {
        if let (Some(l), Json::Obj(pairs)) = (self.located_of(anchor), target) {
            let message = l.message.map_or(Json::Null, |m| json::str(&m.to_string()));
            let located = json::obj([("messageId", message), ("version", json::str(&l.version.label()))]);
            pairs.push(("located".to_owned(), located));
        }
    }
}

/// The first entry for `anchor` in a list of located anchors.
pub(crate) fn find_located(list: &[(AnchorKey, Located)], anchor: &Anchor) -> Option<Located> {
    list.iter().find(|(key, _)| key.is_of(anchor)).map(|&(_, l)| l)
}

/// One entry per distinct anchor, in the order given, for those `located` places.
pub(crate) fn located_list<'a>(
    anchors: impl Iterator<Item = &'a Anchor>,
    located: impl Fn(&Anchor) -> Option<Located>,
) -> Vec<(AnchorKey, Located)> {
    let mut list: Vec<(AnchorKey, Located)> = Vec::new();
    for anchor in anchors {
        if find_located(&list, anchor).is_none() {
            if let Some(l) = located(anchor) {
                list.push((anchor.key(), l));
            }
        }
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::comment::CommentTarget;

    fn package() -> Package {
        let mut c =
            Comment::new("c1".into(), CommentTarget::Document { track: Track::Trust, version: "Version 1".into() }, 1);
        c.text = "Hello".into();
        Package { comments: vec![c], recipient: "igf@un.org".into(), ..Package::default() }
    }

    #[test]
    fn the_receipt_follows_content_not_time_or_sending() {
        let p = package();
        let r = p.receipt();
        assert!(r.starts_with("IGF-") && r.len() == 15, "{r}");
        assert_eq!(r, p.clone().receipt());
        let mut sent = p.clone();
        sent.comments[0].sent = Some(99);
        assert_eq!(sent.receipt(), r);
        let mut edited = p.clone();
        edited.comments[0].text.push('!');
        assert_ne!(edited.receipt(), r);
        let mut later = p.clone();
        later.comments[0].updated = 5;
        assert_eq!(later.receipt(), r, "the email does not carry times, so the receipt cannot depend on them");
        let j = p.to_json(5);
        assert_eq!(j.get("receipt").and_then(Json::as_str), Some(r.as_str()));
        assert_eq!(j.get("format").and_then(Json::as_str), Some(FORMAT));
    }
}
