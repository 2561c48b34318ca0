//! Interface strings. English is compiled in; every string a component shows
//! comes from here, looked up by [`Key`].

mod catalog;
pub mod collate;
mod format;
mod keys;
pub mod labels;
mod lang;

pub use catalog::{list_hex, served_file, Catalog, CatalogError, CollateCatalog, Keys, Plural, Texts};
pub use collate::CollateI18n;
pub use format::{fill, placeholders};
pub use keys::{CollateKey, Key};
pub use lang::Lang;

thread_local! {
    static LOADED: std::cell::RefCell<Vec<&'static Catalog>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Chooses the plural category of a number in a language: the browser's
/// `Intl.PluralRules` in the app, English's rule where there is none.
pub type PluralRule = fn(usize, Lang) -> Plural;

/// English's rule, and the fallback for every language.
pub fn english_plural(n: usize, _: Lang) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// The interface text in one language.
#[derive(Clone, Debug)]
pub struct I18n {
    pub lang: Lang,
    /// `None` for English, which is compiled in.
    catalog: Option<&'static Catalog>,
    plural: PluralRule,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.catalog.map(std::ptr::from_ref) == other.catalog.map(std::ptr::from_ref)
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n { lang: Lang::En, catalog: None, plural: english_plural }
    }
}

impl I18n {
    /// The interface in a loaded language. Catalogs live as long as the page,
    /// so every string can be handed to components as `&'static str`; one per
    /// language is kept, and a second catalog of a language already kept is
    /// dropped in favour of the first, so switching back and forth costs no
    /// memory.
    pub fn with(catalog: Catalog) -> I18n {
        if let Some(kept) = I18n::loaded(catalog.lang) {
            return kept;
        }
        let catalog: &'static Catalog = Box::leak(Box::new(catalog));
        LOADED.with(|loaded| loaded.borrow_mut().push(catalog));
        I18n { lang: catalog.lang, catalog: Some(catalog), plural: english_plural }
    }

    /// The same interface, choosing plural forms with `rule`.
    pub fn with_plural(self, rule: PluralRule) -> I18n {
        I18n { plural: rule, ..self }
    }

    /// The plural category of `n` in this language, by the rule in use.
    pub fn plural_of(&self, n: usize) -> Plural {
        (self.plural)(n, self.lang)
    }

    /// The interface in `lang` if its catalog was loaded before.
    pub fn loaded(lang: Lang) -> Option<I18n> {
        let catalog = LOADED.with(|loaded| loaded.borrow().iter().copied().find(|c| c.lang == lang))?;
        Some(I18n { lang, catalog: Some(catalog), plural: english_plural })
    }

    pub fn t(&self, key: Key) -> &'static str {
        match self.catalog {
            Some(c) => c.get(key),
            None => key.en(),
        }
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// The text for `n` in the language's plural category for it, filling
    /// `{n}`: the catalog's form for that category when it gives one (Arabic
    /// has six, Russian four), else the `one` or `other` key.
    pub fn count(&self, n: usize, one: Key, other: Key, args: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        let plural = (self.plural)(n, self.lang);
        if let Some(form) = self.catalog.and_then(|c| c.form(other, plural)) {
            return fill(form, &all);
        }
        // A `one` text without the number is about exactly one ("tomorrow",
        // "a draft"): in Russian 21 and 31 are "one" too.
        let exactly = plural == Plural::One && (n == 1 || self.t(one).contains("{n}"));
        self.tf(if exactly { one } else { other }, &all)
    }
}
