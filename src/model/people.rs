//! How the IGF counts the people taking part (IGF 2020 statistics; see
//! shared/seeds/000 and 001).

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $slug:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// Stable value for storage and exports.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug,)* }
            }

            pub fn from_slug(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.slug() == s)
            }
        }
    };
}

choice! {
    /// The IGF's stakeholder groups, as it counts registrations.
    StakeholderGroup {
        Government = "government",
        IntergovernmentalOrganization = "intergovernmental-organization",
        CivilSociety = "civil-society",
        TechnicalCommunity = "technical-community",
        PrivateSector = "private-sector",
        PressMedia = "press-media",
    }
}

choice! {
    /// The UN regional groups the IGF reports participation by, plus IGOs.
    Region {
        African = "african",
        AsiaPacific = "asia-pacific",
        EasternEuropean = "eastern-european",
        Grulac = "grulac",
        Weog = "weog",
        Igo = "igo",
    }
}

choice! {
    /// Gender as the IGF records it.
    Gender {
        Female = "female",
        Male = "male",
        Other = "other",
        PreferNotToSay = "prefer-not-to-say",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        assert_eq!(StakeholderGroup::ALL.len(), 6);
        assert_eq!(Region::ALL.len(), 6);
        assert_eq!(Gender::ALL.len(), 4);
        for g in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::from_slug(g.slug()), Some(*g));
        }
        for r in Region::ALL {
            assert_eq!(Region::from_slug(r.slug()), Some(*r));
        }
        assert_eq!(Gender::from_slug("unknown"), None);
    }
}
