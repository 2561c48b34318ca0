/// The six official UN languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// BCP 47 tag, as used in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, for pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// What goes between a label and what it labels, as the catalogs write it:
    /// French sets a no-break space before the colon, Chinese a full-width one.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => "\u{a0}: ",
            Lang::Zh => "：",
            _ => ": ",
        }
    }

    /// What goes between two sentences, or after a label or before a note in
    /// brackets: Chinese sets none, as its full-width marks carry their own.
    pub fn sentence_gap(self) -> &'static str {
        if self == Lang::Zh {
            ""
        } else {
            " "
        }
    }

    /// What separates the items of a list in running text: Arabic has its
    /// own comma, and Chinese lists with the enumeration comma.
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Ar => "، ",
            Lang::Zh => "、",
            _ => ", ",
        }
    }

    /// What separates a number's whole part from its tenths, where the core
    /// writes one itself (the browser's `Intl` writes the rest).
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Fr | Lang::Es | Lang::Ru => ',',
            _ => '.',
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The `dir` attribute its text takes.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Matches a tag such as "fr-CA" or "zh-Hans" on its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // Trimmed as web/prefer.js trims, so the page's first script and the app agree.
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_on_primary_subtag() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ZH_hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag(" ar\n"), Some(Lang::Ar), "as web/prefer.js reads a stored choice");
    }

    #[test]
    fn sentences_and_labels_are_joined_as_each_language_writes_them() {
        assert_eq!(Lang::Zh.sentence_gap(), "");
        assert_eq!(Lang::Fr.colon(), "\u{a0}: ", "as the French catalog writes \"Référence : \"");
        assert_eq!(Lang::Ar.sentence_gap(), " ");
        assert!(Lang::Ar.is_rtl() && !Lang::En.is_rtl());
    }

    #[test]
    fn lists_are_separated_as_each_language_writes_them() {
        let list = |l: Lang| ["a", "b"].join(l.list_separator());
        assert_eq!(list(Lang::Ar), "a، b", "the Arabic comma");
        assert_eq!(list(Lang::Zh), "a、b", "the enumeration comma, no space");
        assert_eq!(list(Lang::Fr), "a, b");
    }
}
