//! Bytes to text in the character sets mail still arrives in.

use std::sync::OnceLock;

/// Decodes `bytes` in the charset named by a lower-case label, if it knows it.
pub type Decoder = fn(&[u8], &str) -> Option<String>;

/// The page's decoder for the charsets with no table here. Mail from Arabic,
/// Russian and Chinese mail programs still comes in windows-1256, koi8-r,
/// gbk or big5; tables for them all would be megabytes, and the browser's
/// `TextDecoder` already knows every one. Natively there is none, and such
/// text is refused with the charset's name.
static OTHERS: OnceLock<Decoder> = OnceLock::new();

/// Installs the decoder for the charsets with no table here; once, at start.
pub fn install(decoder: Decoder) {
    // A second install would be the same decoder: the first stays.
    let _ = OTHERS.set(decoder);
}

/// Decodes `bytes` in the named charset (a MIME label, any case). UTF-8 with
/// invalid bytes is decoded with replacement characters rather than refused:
/// a changed byte inside the data shows up as a receipt mismatch instead.
/// `Err` carries the label of a charset this reader does not know, and is
/// only returned when the text is not plain ASCII, since every charset mail
/// uses reads ASCII the same way.
pub fn decode(bytes: &[u8], label: &str) -> Result<String, String> {
    let name = label.trim().trim_matches('"').to_ascii_lowercase();
    match name.as_str() {
        "" | "utf-8" | "utf8" | "us-ascii" | "ascii" | "ansi_x3.4-1968" | "iso646-us" => Ok(utf8_or_latin(bytes)),
        "iso-8859-1" | "iso8859-1" | "iso_8859-1" | "latin1" | "latin-1" | "l1" | "cp819" => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        "windows-1252" | "cp1252" | "x-cp1252" => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
        "iso-8859-15" | "iso8859-15" | "latin-9" | "latin9" => Ok(bytes.iter().map(|&b| latin_9(b)).collect()),
        n if bytes.is_ascii() && !n.starts_with("utf-16") && !n.starts_with("utf-32") && n != "utf-7" => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        _ => OTHERS.get().and_then(|others| others(bytes, &name)).ok_or(name),
    }
}

/// Text without a declared charset: UTF-8 when it is valid, else Windows-1252,
/// which is what unlabelled 8-bit mail nearly always is.
pub fn utf8_or_latin(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) if mostly_utf8(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// Whether invalid sequences are rare among the multi-byte ones, i.e. the text
/// is UTF-8 with a few damaged bytes rather than an 8-bit charset.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.chars().filter(|&c| c == '\u{fffd}').count();
    let good = lossy.chars().filter(|&c| !c.is_ascii() && c != '\u{fffd}').count();
    good > bad * 4
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn latin_9(b: u8) -> char {
    match b {
        0xa4 => '€',
        0xa6 => 'Š',
        0xa8 => 'š',
        0xb4 => 'Ž',
        0xb8 => 'ž',
        0xbc => 'Œ',
        0xbd => 'œ',
        0xbe => 'Ÿ',
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_charsets_decode_and_unknown_ones_are_named() {
        assert_eq!(decode("Sénégal".as_bytes(), "UTF-8").unwrap(), "Sénégal");
        assert_eq!(decode(b"S\xe9n\xe9gal", "ISO-8859-1").unwrap(), "Sénégal");
        assert_eq!(decode(b"\x93quoted\x94 \x80", "windows-1252").unwrap(), "“quoted” €");
        assert_eq!(decode(b"\xa4", "iso-8859-15").unwrap(), "€");
        assert_eq!(decode(b"plain", "koi8-r").unwrap(), "plain", "ASCII reads the same in any charset");
        assert_eq!(decode(b"\xf0\xf2", "KOI8-R"), Err("koi8-r".to_owned()));
        assert_eq!(decode(b"a\0b\0", "UTF-16LE"), Err("utf-16le".to_owned()));
    }

    #[test]
    fn unlabelled_text_is_utf8_or_else_windows_1252() {
        assert_eq!(utf8_or_latin("中文".as_bytes()), "中文");
        assert_eq!(utf8_or_latin(b"caf\xe9"), "café");
    }
}
