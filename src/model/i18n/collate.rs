//! The collation page's interface text: its own strings ([`CollateKey`]), and
//! the public page's for what both pages show (comment kinds, stakeholder
//! groups, regions, tracks, language names).

use super::catalog::CollateCatalog;
use super::keys::CollateKey;
use super::lang::Lang;
use super::{fill, I18n, Plural};

thread_local! {
    static LOADED: std::cell::RefCell<Vec<&'static CollateCatalog>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The collation page's text in one language.
#[derive(Clone, Debug, Default)]
pub struct CollateI18n {
    /// The public page's strings in the same language.
    pub main: I18n,
    /// `None` for English, which is compiled in.
    own: Option<&'static CollateCatalog>,
}

impl PartialEq for CollateI18n {
    fn eq(&self, other: &Self) -> bool {
        self.main == other.main && self.own.map(std::ptr::from_ref) == other.own.map(std::ptr::from_ref)
    }
}

impl CollateI18n {
    /// Both catalogs of a language. As for [`I18n::with`], one catalog per
    /// language is kept for the page's life.
    pub fn with(main: I18n, own: CollateCatalog) -> CollateI18n {
        if let Some(kept) = CollateI18n::loaded(main.clone()) {
            return kept;
        }
        let own: &'static CollateCatalog = Box::leak(Box::new(own));
        LOADED.with(|loaded| loaded.borrow_mut().push(own));
        CollateI18n { main, own: Some(own) }
    }

    /// The page in `main`'s language, if its catalog was loaded before (or
    /// the language is English).
    pub fn loaded(main: I18n) -> Option<CollateI18n> {
        if main.lang == Lang::En {
            return Some(CollateI18n { main: I18n::default(), own: None });
        }
        let own = LOADED.with(|loaded| loaded.borrow().iter().copied().find(|c| c.lang == main.lang))?;
        Some(CollateI18n { main, own: Some(own) })
    }

    pub fn lang(&self) -> Lang {
        self.main.lang
    }

    pub fn t(&self, key: CollateKey) -> &'static str {
        match self.own {
            Some(c) => c.get(key),
            None => key.en(),
        }
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn tf(&self, key: CollateKey, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// The text for `n` in the language's plural category for it, filling
    /// `{n}`, as [`I18n::count`] chooses.
    pub fn count(&self, n: usize, one: CollateKey, other: CollateKey, args: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        let plural = self.main.plural_of(n);
        if let Some(form) = self.own.and_then(|c| c.form(other, plural)) {
            return fill(form, &all);
        }
        // A `one` text without the number is about exactly one ("tomorrow",
        // "a draft"): in Russian 21 and 31 are "one" too.
        let exactly = plural == Plural::One && (n == 1 || self.t(one).contains("{n}"));
        self.tf(if exactly { one } else { other }, &all)
    }
}
