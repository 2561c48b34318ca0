//! The drafts as one JSON document, for safe keeping and for moving devices.

use crate::core::comment::Comment;
use crate::core::commitment::Commitment;
use crate::core::json::{self, Json};
use crate::core::profile::Profile;

pub const FORMAT: &str = "igf-messages-drafts";
pub const EXPORT_SCHEMA: i64 = 1;

/// Everything the person has drafted, ready to write to a file.
pub fn drafts_json<'a>(comments: impl IntoIterator<Item = &'a Comment>, commitments: impl IntoIterator<Item = &'a Commitment>, profile: &Profile, now: i64) -> Json {
    json::obj([
        ("format", json::str(FORMAT)),
        ("schema", Json::Int(EXPORT_SCHEMA)),
        ("exportedAt", Json::Int(now)),
        ("profile", profile.to_json()),
        ("comments", Json::Arr(comments.into_iter().map(Comment::to_json).collect())),
        ("commitments", Json::Arr(commitments.into_iter().map(Commitment::to_json).collect())),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::comment::CommentTarget;
    use crate::core::track::Track;

    #[test]
    fn holds_every_comment_and_the_profile() {
        let c = Comment::new("c1".into(), CommentTarget::Document { track: Track::Trust, version: "Version 1".into() }, 5);
        let p = Profile { name: "N".into(), ..Profile::default() };
        let k = Commitment::new("k1".into(), 5);
        let v = Json::parse(&drafts_json([&c], [&k], &p, 9).to_pretty()).unwrap();
        assert_eq!(Commitment::from_json(&v.get("commitments").unwrap().as_array().unwrap()[0]), Ok(k));
        assert_eq!(v.get("format").and_then(Json::as_str), Some(FORMAT));
        assert_eq!(Comment::from_json(&v.get("comments").unwrap().as_array().unwrap()[0]), Ok(c));
        assert_eq!(Profile::from_json(v.get("profile").unwrap()), Some(p));
    }
}
