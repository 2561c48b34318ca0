/// The four thematic tracks of IGF 2020, in the order the IGF lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Track {
    Data,
    Environment,
    Inclusion,
    Trust,
}

impl Track {
    pub const ALL: [Track; 4] = [Track::Data, Track::Environment, Track::Inclusion, Track::Trust];

    /// The slug used in ids, URLs and storage keys. Never changes once published.
    pub fn slug(self) -> &'static str {
        match self {
            Track::Data => "data",
            Track::Environment => "environment",
            Track::Inclusion => "inclusion",
            Track::Trust => "trust",
        }
    }

    /// The track's name exactly as the IGF documents spell it.
    pub fn name(self) -> &'static str {
        match self {
            Track::Data => "Data",
            Track::Environment => "Environment",
            Track::Inclusion => "Inclusion",
            Track::Trust => "Trust",
        }
    }

    pub fn from_slug(s: &str) -> Option<Track> {
        Track::ALL.into_iter().find(|t| t.slug() == s)
    }

    /// Accepts the track as a document names it, ignoring case and surrounding space.
    pub fn from_name(s: &str) -> Option<Track> {
        let s = s.trim();
        Track::ALL.into_iter().find(|t| t.name().eq_ignore_ascii_case(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_names_round_trip() {
        for t in Track::ALL {
            assert_eq!(Track::from_slug(t.slug()), Some(t));
            assert_eq!(Track::from_name(t.name()), Some(t));
            assert_eq!(Track::from_name(&format!("  {} ", t.name().to_uppercase())), Some(t));
        }
        assert_eq!(Track::from_slug("Trust"), None);
        assert_eq!(Track::from_name("Security"), None);
    }
}
