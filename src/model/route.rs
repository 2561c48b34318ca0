//! Deep links. The app's place lives under one namespaced key in the URL
//! fragment (`#igf=trust/q2/m5`), so it can share a fragment with its host page.
//! A version may follow the track (`#igf=trust@1/q2/m5`); without one, a link
//! means the newest version, so links made before there were versions still work.

use crate::model::document::{parse_numbered, MessageId, Revision};
use crate::model::track::Track;

pub const HASH_KEY: &str = "igf";

/// The Secretariat's collation page, served beside the app's own page.
pub const COLLATION_PAGE: &str = "collate.html";

/// Whether the fragment holds `igf=collate`: an address for the collation
/// page, which is a page of its own rather than a screen of the app.
pub fn leads_to_collation(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').any(|pair| pair.strip_prefix(HASH_KEY).and_then(|r| r.strip_prefix('=')) == Some("collate"))
}

/// The element id a fragment points to, when it holds no key of the app's
/// (`#about`, a host's "skip to content"): if the page has that element, the
/// fragment is the page's own anchor, not a place in the app.
pub fn anchor_of(fragment: &str) -> Option<&str> {
    let id = fragment.strip_prefix('#').unwrap_or(fragment);
    let apps = id.split('&').any(|pair| matches!(pair.split('=').next(), Some(HASH_KEY | SEARCH_KEY)));
    (!apps && !id.is_empty()).then_some(id)
}

/// A place in the app a link can point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Track(Track),
    Question(Track, u32),
    Message(MessageId),
}

impl Target {
    pub fn track(self) -> Track {
        match self {
            Target::Track(t) | Target::Question(t, _) => t,
            Target::Message(id) => id.track,
        }
    }

    /// The value under [`HASH_KEY`]: `trust`, `trust/q2` or `trust/q2/m5`.
    pub fn path(self) -> String {
        match self {
            Target::Track(t) => t.slug().to_owned(),
            Target::Question(t, q) => format!("{}/q{q}", t.slug()),
            Target::Message(id) => format!("{}/q{}/m{}", id.track.slug(), id.question, id.number),
        }
    }

    /// The DOM id of the element the target points at.
    pub fn element_id(self) -> String {
        match self {
            Target::Track(t) => format!("igf-{}", t.slug()),
            Target::Question(t, q) => format!("igf-{}-q{q}", t.slug()),
            Target::Message(id) => format!("igf-{id}"),
        }
    }

    pub fn parse_path(path: &str) -> Option<Target> {
        let mut parts = path.split('/');
        let track = Track::from_slug(parts.next()?)?;
        let Some(q) = parts.next() else { return Some(Target::Track(track)) };
        let question = parse_numbered(q, 'q')?;
        let Some(m) = parts.next() else { return Some(Target::Question(track, question)) };
        let number = parse_numbered(m, 'm')?;
        parts.next().is_none().then_some(Target::Message(MessageId { track, question, number }))
    }

    /// Finds the app's key among `&`-separated pairs in a fragment such as
    /// `#section-2&igf=trust/q1`; whatever else the host keeps there is ignored.
    pub fn from_fragment(fragment: &str) -> Option<Target> {
        match Route::from_fragment(fragment)? {
            Route::Read(t, _) => Some(t),
            _ => None,
        }
    }

    /// `fragment` with the app's key set to this target, in the newest version,
    /// and every other pair kept.
    pub fn into_fragment(self, fragment: &str) -> String {
        Route::Read(self, None).into_fragment(fragment)
    }
}

/// A screen of the app, as named in the URL fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The reader, at a track, question or message of one version of the
    /// track (`None`: the newest).
    Read(Target, Option<Revision>),
    /// "Changes since Version N": what the newest version of the track changed
    /// since this one.
    Changes(Track, Revision),
    /// "My comments": every draft comment, across tracks.
    Comments,
    /// One comment, open for editing.
    Comment(String),
    /// The commenter's details.
    Details,
    /// "My commitments".
    Commitments,
    /// One commitment, open for editing; the field to focus, if any.
    Commitment(String, Option<String>),
    /// "Check your answers" for one commitment.
    CommitmentCheck(String),
    /// Review and send; a draft to preselect, if any.
    Send(Option<String>),
}

impl Route {
    /// The draft this route shows, if it shows one.
    pub fn draft(&self) -> Option<&str> {
        match self {
            Route::Comment(id) | Route::Commitment(id, _) | Route::CommitmentCheck(id) => Some(id),
            _ => None,
        }
    }

    pub fn path(&self) -> String {
        match self {
            Route::Read(t, None) => t.path(),
            Route::Read(t, Some(version)) => {
                let slug = t.track().slug();
                format!("{slug}@{}{}", version.key(), &t.path()[slug.len()..])
            }
            Route::Changes(track, since) => format!("{}@{}/changes", track.slug(), since.key()),
            Route::Comments => "comments".into(),
            Route::Comment(id) => format!("comments/{id}"),
            Route::Details => "details".into(),
            Route::Commitments => "commitments".into(),
            Route::Commitment(id, None) => format!("commitments/{id}"),
            Route::Commitment(id, Some(field)) => format!("commitments/{id}/{field}"),
            Route::CommitmentCheck(id) => format!("commitments/{id}/check"),
            Route::Send(None) => "send".into(),
            Route::Send(Some(id)) => format!("send/{id}"),
        }
    }

    pub fn parse_path(path: &str) -> Option<Route> {
        use crate::model::comment::valid_id;
        match path {
            "comments" => return Some(Route::Comments),
            "details" => return Some(Route::Details),
            "commitments" => return Some(Route::Commitments),
            "send" => return Some(Route::Send(None)),
            _ => {}
        }
        if let Some(id) = path.strip_prefix("send/") {
            return valid_id(id).then(|| Route::Send(Some(id.to_owned())));
        }
        if let Some(id) = path.strip_prefix("comments/") {
            return valid_id(id).then(|| Route::Comment(id.to_owned()));
        }
        if let Some(rest) = path.strip_prefix("commitments/") {
            let (id, field) = rest.split_once('/').map_or((rest, None), |(id, f)| (id, Some(f)));
            if !valid_id(id) {
                return None;
            }
            return match field {
                None => Some(Route::Commitment(id.to_owned(), None)),
                Some("check") => Some(Route::CommitmentCheck(id.to_owned())),
                Some(f) if valid_id(f) => Some(Route::Commitment(id.to_owned(), Some(f.to_owned()))),
                Some(_) => None,
            };
        }
        Route::parse_reading(path)
    }

    /// `trust`, `trust@2/q1/m3`, `trust@final/changes`: a track, perhaps at a
    /// version (its key exactly, as [`Revision::key`] writes it), then a place or
    /// `changes`.
    fn parse_reading(path: &str) -> Option<Route> {
        let (first, rest) = path.split_once('/').map_or((path, None), |(first, rest)| (first, Some(rest)));
        let (slug, version) = match first.split_once('@') {
            Some((slug, key)) => (slug, Some(Revision::parse(key).filter(|v| v.key() == key)?)),
            None => (first, None),
        };
        if rest == Some("changes") {
            return Some(Route::Changes(Track::from_slug(slug)?, version?));
        }
        let place = rest.map_or_else(|| slug.to_owned(), |rest| format!("{slug}/{rest}"));
        Target::parse_path(&place).map(|t| Route::Read(t, version))
    }

    pub fn from_fragment(fragment: &str) -> Option<Route> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        fragment.split('&').find_map(|pair| pair.strip_prefix(HASH_KEY)?.strip_prefix('=')).and_then(Route::parse_path)
    }

    /// `fragment` with the app's key set to this route and every other pair kept.
    pub fn into_fragment(&self, fragment: &str) -> String {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let ours = format!("{HASH_KEY}={}", self.path());
        let mut pairs: Vec<&str> =
            fragment.split('&').filter(|p| !p.is_empty() && p.split('=').next() != Some(HASH_KEY)).collect();
        pairs.push(&ours);
        format!("#{}", pairs.join("&"))
    }

    /// A link to this route from a page whose fragment is empty.
    pub fn href(&self) -> String {
        self.into_fragment("")
    }
}

/// The fragment key of the reader's search, beside [`HASH_KEY`]
/// (`#igf=trust&igf-q=covid%20trust`), so a reload or a shared link finds
/// what the person was searching for.
pub const SEARCH_KEY: &str = "igf-q";

/// The search in a fragment, decoded; empty when there is none.
pub fn search_from_fragment(fragment: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .find_map(|pair| pair.strip_prefix(SEARCH_KEY)?.strip_prefix('='))
        .map(percent_decode)
        .unwrap_or_default()
}

/// `fragment` with the search set to `query`, or taken out when `query` is
/// blank, and every other pair kept where it was.
pub fn with_search(fragment: &str, query: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut pairs: Vec<String> = fragment
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(SEARCH_KEY))
        .map(str::to_owned)
        .collect();
    if !query.trim().is_empty() {
        pairs.push(format!("{SEARCH_KEY}={}", percent_encode(query)));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("#{}", pairs.join("&"))
    }
}

/// Every byte but the unreserved ones as `%XX`, so that `&`, `=`, `#` and
/// spaces in a search cannot split or end the fragment.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            // Written by hand: the formatting machinery for hex costs the wasm more than this.
            for c in [b'%', HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]] {
                out.push(char::from(c));
            }
        }
    }
    out
}

/// `%XX` back to bytes; a `%` not followed by two hex digits stays as it is,
/// and bytes that are not UTF-8 become U+FFFD.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let digit = |i: usize| bytes.get(i).and_then(|&d| char::from(d).to_digit(16));
    while let Some(&b) = bytes.get(i) {
        let hex = if b == b'%' { digit(i + 1).zip(digit(i + 2)) } else { None };
        match hex.map(|(high, low)| (high * 16 + low) as u8) {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        let targets = [
            Target::Track(Track::Data),
            Target::Question(Track::Trust, 3),
            Target::Message(MessageId { track: Track::Trust, question: 2, number: 11 }),
        ];
        for t in targets {
            assert_eq!(Target::parse_path(&t.path()), Some(t));
            assert_eq!(Target::from_fragment(&t.into_fragment("")), Some(t));
        }
        assert_eq!(targets[2].element_id(), "igf-trust-q2-m11");
    }

    #[test]
    fn keeps_the_hosts_fragment() {
        let t = Target::Question(Track::Trust, 1);
        assert_eq!(t.into_fragment("#top&igf=data"), "#top&igf=trust/q1");
        assert_eq!(t.into_fragment("#igfx=1"), "#igfx=1&igf=trust/q1");
        assert_eq!(Target::from_fragment("#top&igf=trust/q1&x=y"), Some(t));
        assert_eq!(Target::from_fragment("#igfx=trust"), None);
    }

    #[test]
    fn a_fragment_without_the_apps_keys_may_be_an_anchor() {
        assert_eq!(anchor_of("#about"), Some("about"), "a host's anchor");
        assert_eq!(anchor_of("#igfx=1"), Some("igfx=1"), "a key that only starts like the app's");
        assert_eq!(anchor_of(""), None, "Back to a page opened with no fragment");
        assert_eq!(anchor_of("#"), None);
        assert_eq!(anchor_of("#igf-q=data"), None, "a search kept in the fragment");
        assert_eq!(anchor_of("#about&igf-q=data"), None);
        assert_eq!(anchor_of("#igf=nonsense"), None, "the app's key, even naming nothing");
        assert_eq!(anchor_of("#top&igf=collate"), None, "the collation page's address");
    }

    #[test]
    fn igf_collate_leads_to_the_collation_page() {
        assert!(leads_to_collation("#igf=collate"));
        assert!(leads_to_collation("#top&igf=collate"));
        assert!(!leads_to_collation("#igf=trust") && !leads_to_collation("#igfx=collate"));
        assert_eq!(Route::from_fragment("#igf=collate"), None, "no screen of the app");
    }

    #[test]
    fn routes_round_trip() {
        for r in [
            Route::Comments,
            Route::Details,
            Route::Comment("c-1x-ab".into()),
            Route::Read(Target::Track(Track::Trust), None),
            Route::Read(Target::Track(Track::Trust), Some(Revision::Numbered(1))),
            Route::Read(Target::Question(Track::Data, 2), Some(Revision::Final)),
            Route::Read(
                Target::Message(MessageId { track: Track::Trust, question: 2, number: 5 }),
                Some(Revision::Numbered(12)),
            ),
            Route::Changes(Track::Trust, Revision::Numbered(1)),
            Route::Changes(Track::Inclusion, Revision::Final),
            Route::Commitments,
            Route::Commitment("k-1".into(), None),
            Route::Commitment("k-1".into(), Some("action-2-due".into())),
            Route::CommitmentCheck("k-1".into()),
            Route::Send(None),
            Route::Send(Some("k-1".into())),
        ] {
            assert_eq!(Route::parse_path(&r.path()), Some(r.clone()));
            assert_eq!(Route::from_fragment(&r.into_fragment("#host")), Some(r.clone()));
        }
        assert_eq!(Route::parse_path("comments/../x"), None);
        assert_eq!(Route::parse_path("comments/"), None);
        assert_eq!(Route::parse_path("commitments/k/a/b"), None);
    }

    #[test]
    fn versions_sit_after_the_track_and_links_without_one_mean_the_newest() {
        let m5 = Target::Message(MessageId { track: Track::Trust, question: 2, number: 5 });
        let v1 = Some(Revision::Numbered(1));
        assert_eq!(Route::Read(m5, v1).path(), "trust@1/q2/m5");
        assert_eq!(Route::Read(Target::Track(Track::Trust), Some(Revision::Final)).path(), "trust@final");
        assert_eq!(Route::Changes(Track::Trust, Revision::Numbered(1)).path(), "trust@1/changes");
        assert_eq!(Route::from_fragment("#igf=trust@1/q2/m5"), Some(Route::Read(m5, v1)));
        // Links from before there were versions read as they always did.
        assert_eq!(Route::from_fragment("#igf=trust/q2/m5"), Some(Route::Read(m5, None)));
        assert_eq!(Route::from_fragment("#top&igf=trust"), Some(Route::Read(Target::Track(Track::Trust), None)));
        assert_eq!(Target::from_fragment("#igf=trust@1/q2/m5"), Some(m5));
        assert_eq!(m5.into_fragment("#top"), "#top&igf=trust/q2/m5");
        for bad in [
            "trust@",
            "trust@0",
            "trust@01",
            "trust@v1",
            "trust@Version 1",
            "trust@FINAL",
            "trust@1@2",
            "trust/changes",
            "trust@1/changes/x",
            "trust@1/q2/changes",
            "changes",
            "@1",
            "trust@1/",
            "trust/q1@1",
        ] {
            assert_eq!(Route::parse_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_search_rides_beside_the_route_and_round_trips() {
        let fragment = with_search("#top&igf=trust/q2", "Covid & trust #1 = 100% résilience");
        assert_eq!(fragment, "#top&igf=trust/q2&igf-q=Covid%20%26%20trust%20%231%20%3D%20100%25%20r%C3%A9silience");
        assert_eq!(search_from_fragment(&fragment), "Covid & trust #1 = 100% résilience");
        assert_eq!(Route::from_fragment(&fragment), Some(Route::Read(Target::Question(Track::Trust, 2), None)));
        // Moving to another place keeps the search, and a new search replaces the old one.
        let moved = Route::Comments.into_fragment(&fragment);
        assert_eq!(search_from_fragment(&moved), "Covid & trust #1 = 100% résilience");
        assert_eq!(with_search(&moved, "data"), "#top&igf=comments&igf-q=data");
        assert_eq!(with_search("#top&igf-q=x&igf=trust", "  "), "#top&igf=trust", "a blank search leaves no trace");
        assert_eq!(with_search("#igf-q=x", ""), "");
        assert_eq!(with_search("", "a b"), "#igf-q=a%20b");
        assert_eq!(search_from_fragment("#igf=trust"), "");
        assert_eq!(search_from_fragment("#igf-qx=a&igf-q=b"), "b", "only the exact key");
        assert_eq!(search_from_fragment("#igf-q=100%&x"), "100%", "a stray % stays");
        assert_eq!(search_from_fragment("#igf-q=%ff%zz"), "\u{fffd}%zz");
    }

    #[test]
    fn rejects_bad_paths() {
        for bad in ["", "security", "trust/", "trust/2", "trust/q0", "trust/q1/m", "trust/q1/m1/x", "trust/q01"] {
            assert_eq!(Target::parse_path(bad), None, "{bad}");
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn revision() -> impl Strategy<Value = Revision> {
            prop_oneof![(1..10_000u32).prop_map(Revision::Numbered), Just(Revision::Final)]
        }

        fn route() -> impl Strategy<Value = Route> {
            let track = proptest::sample::select(Track::ALL.to_vec());
            let target = prop_oneof![
                track.clone().prop_map(Target::Track),
                (track.clone(), 1..500u32).prop_map(|(t, q)| Target::Question(t, q)),
                (track.clone(), 1..500u32, 1..500u32)
                    .prop_map(|(track, question, number)| Target::Message(MessageId { track, question, number })),
            ];
            prop_oneof![
                (target, proptest::option::of(revision())).prop_map(|(t, v)| Route::Read(t, v)),
                (track, revision()).prop_map(|(t, v)| Route::Changes(t, v)),
                "[A-Za-z0-9_-]{1,64}".prop_map(Route::Comment),
                Just(Route::Comments),
            ]
        }

        proptest! {
            #[test]
            fn every_route_round_trips_through_a_fragment(r in route(), host in "[a-z0-9=&]{0,12}") {
                prop_assert_eq!(Route::parse_path(&r.path()), Some(r.clone()));
                let fragment = r.into_fragment(&host);
                prop_assert_eq!(Route::from_fragment(&fragment), Some(r));
            }

            #[test]
            fn any_search_round_trips_through_a_fragment(r in route(), query in "\\PC{0,40}", host in "[a-z0-9=]{0,12}") {
                let fragment = with_search(&r.into_fragment(&host), &query);
                let expected = if query.trim().is_empty() { String::new() } else { query.clone() };
                prop_assert_eq!(search_from_fragment(&fragment), expected);
                prop_assert_eq!(Route::from_fragment(&fragment), Some(r));
                prop_assert!(!fragment.get(1..).unwrap_or_default().contains('#'));
            }

            #[test]
            fn any_fragment_search_never_panics(fragment in "\\PC{0,40}") {
                let _ = search_from_fragment(&fragment);
            }

            #[test]
            fn any_path_never_panics_and_what_it_reads_prints_back(path in "[a-z0-9@/_-]{0,24}") {
                if let Some(r) = Route::parse_path(&path) {
                    prop_assert_eq!(r.path(), path);
                }
            }
        }
    }
}
