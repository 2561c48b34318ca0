//! Translations, as plain `Key = text` files in `i18n/`, one per language.
//! English is compiled in; the others are fetched only when chosen.

use super::format::placeholders;
use super::keys::{CollateKey, Key};
use super::lang::Lang;

/// A page's set of interface strings: the public page's [`Key`], the
/// collation page's [`CollateKey`].
pub trait Keys: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    /// The key's name in translation files.
    fn name(self) -> &'static str;
    fn en(self) -> &'static str;
    /// Its position in [`Keys::all`].
    fn index(self) -> usize;
    /// Which list of keys this is: a fingerprint of every name, in order.
    /// Computed when the app is compiled, so the names themselves need not
    /// be in the wasm.
    const LIST_ID: u64;
}

/// A fingerprint of a list of key names, in order (FNV-1a over each name and
/// a separator), for [`Keys::LIST_ID`].
pub const fn list_id(names: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < names.len() {
        let bytes = names[i].as_bytes();
        let mut j = 0;
        while j <= bytes.len() {
            let b = if j < bytes.len() { bytes[j] } else { b'\n' };
            hash = (hash ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
            j += 1;
        }
        i += 1;
    }
    hash
}

/// The first line of a catalog as the app is served it, before the key
/// list's fingerprint in hex.
const SERVED_HEADER: &str = "# igf-messages catalog for keys ";

/// The key list's fingerprint as sixteen lowercase hex digits: how the served
/// catalogs' names and first lines give it.
pub fn list_hex<K: Keys>() -> String {
    // By hand: `{:016x}` would bring hex formatting into the wasm for this.
    (0..16).rev().filter_map(|i| char::from_digit(((K::LIST_ID >> (i * 4)) & 15) as u32, 16)).collect()
}

/// The name of the file the build serves `lang`'s catalog as, in `i18n/`:
/// `fr-<list_hex>.txt`. Named after the key list, so that a page asks only
/// for a catalog made for its own keys; a page opened before a deploy that
/// changed them finds its own while the host keeps the earlier build's files.
pub fn served_file<K: Keys>(lang: Lang) -> String {
    [lang.code(), "-", &list_hex::<K>(), ".txt"].concat()
}

/// One language's strings for one set of keys, in [`Keys::all`] order, and
/// the plural forms a language needs beyond one/other (`CountMessagesOther[few] = …`).
#[derive(Debug, PartialEq, Eq)]
pub struct Texts<K> {
    pub lang: Lang,
    texts: Vec<String>,
    forms: Vec<(K, Plural, String)>,
}

/// The public page's strings in one language (`i18n/<lang>.txt`).
pub type Catalog = Texts<Key>;

/// The collation page's strings in one language (`i18n/collate/<lang>.txt`).
pub type CollateCatalog = Texts<CollateKey>;

/// The CLDR plural categories, as `Intl.PluralRules` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }
}

/// Why a translation file was not accepted, with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// A line that is neither a comment nor `Key = text`.
    Malformed(usize),
    /// A key the app does not have.
    UnknownKey(usize, String),
    /// The same key twice.
    Duplicate(usize, String),
    /// A key with no line at all.
    Missing(String),
    /// A served catalog made for another version of the app's keys.
    OtherKeys,
    /// The text's `{placeholders}` differ from the English.
    Placeholders(usize, String),
}

/// Whether a translation has the English text's `{placeholders}`. A key
/// whose English this build lacks (one only the whole app shows, in the
/// reader's build) is never shown here, so it is not checked: the whole app
/// checks it when it reads the same file.
fn same_placeholders(value: &str, en: &str) -> bool {
    en.is_empty() || placeholders(value) == placeholders(en)
}

/// Whether a plural form has its key's placeholders. A form for none, one or
/// two may say its number in words and leave `{n}` out: Arabic's "تعليقان" is
/// "two comments", and "تعليقان (2)" said it twice.
fn form_fits(value: &str, en: &str, plural: Plural) -> bool {
    same_placeholders(value, en)
        || (matches!(plural, Plural::Zero | Plural::One | Plural::Two)
            && same_placeholders(&format!("{value}{{n}}"), en))
}

/// A line `Key[category] = text`: one plural form of a key, with the key's
/// placeholders. `None` for an ordinary line.
fn plural_form<K: Keys>(n: usize, name: &str, value: &str) -> Result<Option<(K, Plural, String)>, CatalogError> {
    let Some((key_name, rest)) = name.split_once('[') else { return Ok(None) };
    let plural = rest.strip_suffix(']').and_then(Plural::from_name).ok_or(CatalogError::Malformed(n))?;
    let key = *K::all()
        .iter()
        .find(|k| k.name() == key_name)
        .ok_or_else(|| CatalogError::UnknownKey(n, key_name.to_owned()))?;
    let value = value.trim().replace("\\n", "\n");
    if !form_fits(&value, key.en(), plural) {
        return Err(CatalogError::Placeholders(n, name.to_owned()));
    }
    Ok(Some((key, plural, value)))
}

impl<K: Keys> Texts<K> {
    /// Parses a translation file. Every key must be there, once, with the same
    /// placeholders as the English text.
    pub fn parse(lang: Lang, text: &str) -> Result<Texts<K>, CatalogError> {
        let all = K::all();
        let mut texts: Vec<Option<String>> = vec![None; all.len()];
        let mut forms = Vec::new();
        for (i, line) in text.strip_prefix('\u{feff}').unwrap_or(text).lines().enumerate() {
            let n = i + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line.split_once(" = ").ok_or(CatalogError::Malformed(n))?;
            if let Some(form) = plural_form(n, name.trim(), value)? {
                forms.push(form);
                continue;
            }
            let index = all
                .iter()
                .position(|k| k.name() == name.trim())
                .ok_or_else(|| CatalogError::UnknownKey(n, name.trim().to_owned()))?;
            let value = value.trim().replace("\\n", "\n");
            if !same_placeholders(&value, all[index].en()) {
                return Err(CatalogError::Placeholders(n, name.trim().to_owned()));
            }
            if texts[index].replace(value).is_some() {
                return Err(CatalogError::Duplicate(n, name.trim().to_owned()));
            }
        }
        let texts = texts
            .into_iter()
            .zip(all)
            .map(|(t, k)| t.ok_or_else(|| CatalogError::Missing(k.name().to_owned())))
            .collect::<Result<_, _>>()?;
        Ok(Texts { lang, texts, forms })
    }

    /// The catalog as the app is served it (the build writes it from the
    /// translators' file): a header naming the list of keys, one line per
    /// key in [`Keys::all`] order, then each plural form as
    /// `index[category] = text`. The app reads it by position, so the wasm
    /// carries no key names; a file for another list of keys is refused.
    pub fn to_served(&self) -> String {
        let mut out = [SERVED_HEADER, &list_hex::<K>(), "\n"].concat();
        for text in &self.texts {
            out.push_str(&text.replace('\n', "\\n"));
            out.push('\n');
        }
        for (key, plural, text) in &self.forms {
            out.push_str(&format!("{}[{}] = {}\n", key.index(), plural.name(), text.replace('\n', "\\n")));
        }
        out
    }

    /// Reads a catalog in the served form, with the same checks as
    /// [`Texts::parse`] on what the lines say.
    pub fn parse_served(lang: Lang, text: &str) -> Result<Texts<K>, CatalogError> {
        let all = K::all();
        let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
        let header = lines.next().and_then(|h| h.strip_prefix(SERVED_HEADER));
        if header.and_then(|h| u64::from_str_radix(h, 16).ok()) != Some(K::LIST_ID) {
            return Err(CatalogError::OtherKeys);
        }
        let mut texts = Vec::with_capacity(all.len());
        for (i, key) in all.iter().enumerate() {
            let value = lines.next().ok_or(CatalogError::Malformed(i + 2))?.replace("\\n", "\n");
            if !same_placeholders(&value, key.en()) {
                return Err(CatalogError::Placeholders(i + 2, i.to_string()));
            }
            texts.push(value);
        }
        let mut forms = Vec::new();
        for (i, line) in lines.enumerate() {
            let n = all.len() + 2 + i;
            let (name, value) = line.split_once(" = ").ok_or(CatalogError::Malformed(n))?;
            let (index, rest) = name.split_once('[').ok_or(CatalogError::Malformed(n))?;
            let key = index.parse::<usize>().ok().and_then(|i| all.get(i)).ok_or(CatalogError::Malformed(n))?;
            let plural = rest.strip_suffix(']').and_then(Plural::from_name).ok_or(CatalogError::Malformed(n))?;
            let value = value.replace("\\n", "\n");
            if !form_fits(&value, key.en(), plural) {
                return Err(CatalogError::Placeholders(n, name.to_owned()));
            }
            forms.push((*key, plural, value));
        }
        Ok(Texts { lang, texts, forms })
    }

    pub fn get(&self, key: K) -> &str {
        self.texts.get(key.index()).map_or(key.en(), String::as_str)
    }

    /// The text of `key` for the plural category `plural`, when the file
    /// gives that form.
    pub fn form(&self, key: K, plural: Plural) -> Option<&str> {
        self.forms.iter().find(|(k, p, _)| *k == key && *p == plural).map(|(_, _, t)| t.as_str())
    }

    /// The English catalog in the file format, for translators.
    pub fn english_file() -> String {
        let mut out = String::from("# IGF Messages interface strings: one `Key = text` per line.\n# {name} placeholders are filled in by the app; \\n is a line break.\n");
        for k in K::all() {
            out.push_str(&format!("{} = {}\n", k.name(), k.en().replace('\n', "\\n")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_complete_file_and_refuses_broken_ones() {
        let en = Catalog::english_file();
        let c = Catalog::parse(Lang::En, &en).unwrap();
        assert_eq!(c.get(Key::EmailPasteBody), Key::EmailPasteBody.en());
        let first = Key::ALL[0].name();
        assert_eq!(
            Catalog::parse(Lang::Fr, &en.replacen(&format!("{first} = "), &format!("{first} : "), 1)).unwrap_err(),
            CatalogError::Malformed(3)
        );
        assert!(
            matches!(Catalog::parse(Lang::Fr, &format!("{en}Nope = x\n")), Err(CatalogError::UnknownKey(_, k)) if k == "Nope")
        );
        assert!(matches!(
            Catalog::parse(Lang::Fr, &format!("{en}{first} = again\n")),
            Err(CatalogError::Duplicate(_, _))
        ));
        let without_last = en.lines().take(en.lines().count() - 1).collect::<Vec<_>>().join("\n");
        assert!(matches!(Catalog::parse(Lang::Fr, &without_last), Err(CatalogError::Missing(_))));
        let bad = en.replace("QuestionHeading = Policy question {n}", "QuestionHeading = Question {m}");
        assert!(
            matches!(Catalog::parse(Lang::Fr, &bad), Err(CatalogError::Placeholders(_, k)) if k == "QuestionHeading")
        );
    }

    #[test]
    fn a_served_catalog_is_named_after_its_key_list_as_its_first_line_gives_it() {
        assert_eq!(list_hex::<Key>(), format!("{:016x}", Key::LIST_ID));
        assert_eq!(served_file::<Key>(Lang::Fr), format!("fr-{:016x}.txt", Key::LIST_ID));
        assert_ne!(served_file::<Key>(Lang::Ar), served_file::<CollateKey>(Lang::Ar));
        let ru = Catalog::parse(Lang::Ru, &std::fs::read_to_string("i18n/ru.txt").expect("ru.txt")).expect("parses");
        let first = ru.to_served().lines().next().map(str::to_owned).unwrap_or_default();
        assert_eq!(first, format!("{SERVED_HEADER}{}", list_hex::<Key>()));
    }

    #[test]
    fn the_served_form_is_read_back_exactly_and_refused_when_made_for_other_keys() {
        let text = std::fs::read_to_string("i18n/ru.txt").expect("ru.txt");
        let ru = Catalog::parse(Lang::Ru, &text).expect("parses");
        assert!(!ru.forms.is_empty(), "Russian has plural forms beyond one and other");
        let served = ru.to_served();
        assert_eq!(Catalog::parse_served(Lang::Ru, &served), Ok(Catalog::parse(Lang::Ru, &text).expect("parses")));
        assert!(!served.contains("QuestionHeading"), "no key names in what the app reads");
        assert_eq!(
            Catalog::parse_served(Lang::Ru, &served.replacen(&format!("{:016x}", Key::LIST_ID), "0000000000000000", 1)),
            Err(CatalogError::OtherKeys)
        );
        assert_eq!(Catalog::parse_served(Lang::Ru, &text), Err(CatalogError::OtherKeys), "the translators' form");
        let truncated = served.lines().take(10).collect::<Vec<_>>().join("\n");
        assert_eq!(Catalog::parse_served(Lang::Ru, &truncated), Err(CatalogError::Malformed(11)));
        let heading = Key::QuestionHeading.index() + 2;
        let wrong: Vec<&str> =
            served.lines().enumerate().map(|(i, l)| if i + 1 == heading { "Вопрос {m}" } else { l }).collect();
        assert!(
            matches!(Catalog::parse_served(Lang::Ru, &wrong.join("\n")), Err(CatalogError::Placeholders(n, _)) if n == heading)
        );
        assert_ne!(Key::LIST_ID, CollateKey::LIST_ID);
    }

    proptest::proptest! {
        #[test]
        fn any_texts_survive_the_served_form(words in proptest::collection::vec("[^\\\\{}\r]{0,40}", 1..20)) {
            let mut c = Catalog::parse(Lang::Fr, &Catalog::english_file()).expect("parses");
            let free: Vec<usize> = (0..c.texts.len()).filter(|&i| placeholders(Key::ALL[i].en()).is_empty()).collect();
            for (i, w) in free.iter().zip(&words) {
                c.texts[*i] = w.clone();
            }
            proptest::prop_assert_eq!(Catalog::parse_served(Lang::Fr, &c.to_served()), Ok(c));
        }
    }
}
