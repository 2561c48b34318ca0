//! Interface strings. English is compiled in; every string a component shows
//! comes from here, looked up by [`Key`].

mod format;
mod keys;
mod lang;
pub mod labels;

pub use format::{fill, placeholders};
pub use keys::Key;
pub use lang::Lang;

/// The interface text in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct I18n {
    pub lang: Lang,
}

impl Default for I18n {
    fn default() -> Self {
        I18n { lang: Lang::En }
    }
}

impl I18n {
    pub fn t(&self, key: Key) -> &'static str {
        key.en()
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// Picks the singular or plural key for `n` and fills `{n}`.
    pub fn count(&self, n: usize, one: Key, other: Key, args: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        self.tf(if n == 1 { one } else { other }, &all)
    }
}
