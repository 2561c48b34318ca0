//! Text folding shared by search, fingerprints and anchors.
//!
//! Folding is deliberately small and table-driven: a Unicode normalisation crate
//! would cost more wasm than the whole reader.

/// Appends the case- and accent-folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_latin(c) {
        Some(s) => out.push_str(s),
        None if is_combining_mark(c) => {}
        None => match c {
            // Typographic variants that people type in their plain ASCII form.
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => out.push('\''),
            '\u{201c}' | '\u{201d}' => out.push('"'),
            '\u{2010}'..='\u{2015}' => out.push('-'),
            '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' => out.push(' '),
            // Full-width Latin letters, digits and signs, as an East Asian
            // keyboard may type them, are their ASCII forms.
            '\u{ff01}'..='\u{ff5e}' => {
                out.extend(char::from_u32(u32::from(c) - 0xfee0).map(|a| a.to_ascii_lowercase()))
            }
            'ё' | 'Ё' => out.push('е'),
            'й' | 'Й' => out.push('и'),
            // The lowercase is folded in turn (ẞ → ß → ss, Å → å → a), so folding
            // twice changes nothing.
            _ => match lowercase(c) {
                Lower::Same => out.push(c),
                Lower::One(l) => fold_char(l, out),
                Lower::Longer(s) => s.chars().for_each(|l| fold_char(l, out)),
            },
        },
    }
}

include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

enum Lower {
    Same,
    One(char),
    Longer(&'static str),
}

/// What `char::to_lowercase` gives beyond ASCII, read from the runs build.rs
/// wrote, which cost an eighth of the standard library's table in the wasm.
fn lowercase(c: char) -> Lower {
    let code = u32::from(c);
    let first = |packed: u32| packed & 0x1f_ffff;
    let at = LOWER_RUNS.partition_point(|&(packed, _)| first(packed) <= code);
    if let Some(&(packed, delta)) = at.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) {
        let (count, step) = ((packed >> 21 & 0x7f) + 1, (packed >> 28) + 1);
        let offset = code - first(packed);
        if offset % step == 0 && offset / step < count {
            return code.checked_add_signed(delta).and_then(char::from_u32).map_or(Lower::Same, Lower::One);
        }
    }
    LOWER_LONGER.iter().find(|(from, _)| *from == c).map_or(Lower::Same, |(_, to)| Lower::Longer(to))
}

/// Case- and accent-folds a whole string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The words of `s`, folded: runs of letters and digits.
pub fn words(s: &str) -> Vec<String> {
    fold(s).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Whether `c` can be part of a word: a letter or a digit, in any script.
///
/// `char::is_alphanumeric` answers from Unicode tables that cost 1.8 KB of
/// gzipped wasm, in the first load. Here ASCII is exact, and beyond it
/// everything is a letter or digit except spaces and the blocks of
/// punctuation and symbols people meet in text. Every character of the
/// shipped Messages gets the same answer as from the tables, so no
/// fingerprint changes; a rarer symbol (™, ♥) joins the word it touches.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let code = u32::from(c);
    // A list scanned, not a `match`, which compiles to a branch per range.
    !c.is_whitespace() && !SEPARATORS.iter().any(|&(from, to)| from <= code && code <= to)
}

/// The blocks of `is_word_char`'s separators, first and last.
const SEPARATORS: &[(u32, u32)] = &[
    // Latin-1 punctuation and signs, but not ª ² ³ µ ¹ º ¼ ½ ¾
    (0x80, 0xa9),
    (0xab, 0xb1),
    (0xb4, 0xb4),
    (0xb6, 0xb8),
    (0xbb, 0xbb),
    (0xbf, 0xbf),
    (0xd7, 0xd7),
    (0xf7, 0xf7),
    // Arabic punctuation
    (0x60c, 0x60c),
    (0x61b, 0x61b),
    (0x61f, 0x61f),
    (0x66a, 0x66d),
    (0x6d4, 0x6d4),
    // General punctuation, currency signs, arrows, mathematical and technical
    // signs, box drawing, shapes and dingbats, but not the circled and
    // parenthesised numbers
    (0x2000, 0x206f),
    (0x20a0, 0x20cf),
    (0x2190, 0x245f),
    (0x2500, 0x2775),
    (0x2794, 0x2bff),
    // CJK, vertical, small and fullwidth punctuation
    (0x3000, 0x3004),
    (0x3008, 0x3020),
    (0xfe10, 0xfe19),
    (0xfe30, 0xfe6f),
    (0xff01, 0xff0f),
    (0xff1a, 0xff20),
    (0xff3b, 0xff40),
    (0xff5b, 0xff65),
    // Emoji and pictographs
    (0x1f300, 0x1faff),
];

/// Folded words joined by single spaces: what fingerprints are computed over, so
/// that punctuation, case, accents and line wrapping never change a fingerprint.
pub fn canonical(s: &str) -> String {
    words(s).join(" ")
}

/// 64-bit FNV-1a. Not cryptographic: it only has to tell texts apart.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Sixteen lowercase hex digits of the canonical text's hash.
pub fn fingerprint(s: &str) -> String {
    format!("{:016x}", fnv1a64(canonical(s).as_bytes()))
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => {
            "u"
        }
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' | 'Ŷ' | 'ŷ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        _ => return None,
    })
}

/// The first `max` characters of `s`, with an ellipsis where it was cut.
pub fn excerpt(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn full_width_latin_folds_to_ascii() {
        assert_eq!(fold("ＩＮＴＥＲＮＥＴ ２０２０"), "internet 2020");
        assert_eq!(words("ＩＧＦ，Ｔｒｕｓｔ！"), ["igf", "trust"]);
    }

    #[test]
    fn the_runs_give_the_standard_librarys_lowercase_of_every_character() {
        for c in '\u{80}'..=char::MAX {
            let ours: String = match lowercase(c) {
                Lower::Same => c.to_string(),
                Lower::One(l) => l.to_string(),
                Lower::Longer(s) => s.to_owned(),
            };
            assert_eq!(ours, c.to_lowercase().to_string(), "the lowercase of {c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn no_letter_or_digit_in_any_script_splits_a_word() {
        let all = (0..=0x10_ffff).filter_map(char::from_u32);
        let split: Vec<char> = all.filter(|c| !is_word_char(*c) && c.is_alphanumeric()).collect();
        assert!(split.is_empty(), "letters or digits taken for separators: {split:?}");
    }

    #[test]
    fn word_characters_are_the_unicode_tables_own_in_latin_and_in_every_shipped_text() {
        let latin = ('\0'..='\u{24f}').collect::<String>();
        let texts = [
            latin.as_str(),
            include_str!("../../documents/trust.txt"),
            include_str!("../../tests/fixtures/trust-v2-test-fixture.txt"),
            "Доверие, данные: 数据。信任、安全！ الثقة، البيانات؟ … «» — • € © ° § × ÷ → ✓ ½ ²",
        ];
        for c in texts.iter().flat_map(|t| t.chars()) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Économie ÇA Straße"), "economie ca strasse");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("Ёлка ЙОД"), "елка иод");
        assert_eq!(fold("isn\u{2019}t \u{201c}x\u{201d} \u{2013}"), "isn't \"x\" -");
        assert_eq!(fold("数据"), "数据");
        assert_eq!(fold("\u{1e9e} \u{212b}"), "ss a", "capital sharp s and the angstrom sign fold like ß and å");
    }

    #[test]
    fn canonical_ignores_punctuation_and_wrapping() {
        assert_eq!(canonical("  Trust,   legitimacy\nand — the  pillars. "), "trust legitimacy and the pillars");
        assert_eq!(fingerprint("Trust, legitimacy"), fingerprint("trust   LEGITIMACY!"));
        assert_ne!(fingerprint("Trust, legitimacy"), fingerprint("Trust legitimacies"));
        assert_eq!(fingerprint("x").len(), 16);
    }

    #[test]
    fn fnv_matches_reference_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,60}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert_eq!(canonical(&canonical(&s)), canonical(&s));
        }
    }
}
