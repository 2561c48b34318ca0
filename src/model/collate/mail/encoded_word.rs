//! RFC 2047 encoded words in headers: `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=`.

use super::charset;
use crate::model::export::base64;

/// The header value with its encoded words decoded. Whitespace between two
/// encoded words is dropped (it only separates them); a word that does not
/// decode is kept as written.
pub fn decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, candidate) = rest.split_at(start);
        match word(candidate) {
            Some((text, len)) => {
                if !(after_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &candidate[len..];
                after_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &candidate[2..];
                after_word = false;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The decoded text of the encoded word at the start of `s`, and its length.
fn word(s: &str) -> Option<(String, usize)> {
    let inner = s.strip_prefix("=?")?;
    let (label, rest) = inner.split_once('?')?;
    let (encoding, rest) = rest.split_once('?')?;
    let end = rest.find("?=")?;
    let encoded = &rest[..end];
    if encoded.contains(char::is_whitespace) {
        return None;
    }
    // RFC 2231 lets a language follow the charset: `UTF-8*en`.
    let label = label.split('*').next().unwrap_or(label);
    let bytes = match encoding {
        "B" | "b" => base64::decode(encoded)?,
        "Q" | "q" => q_decode(encoded),
        _ => return None,
    };
    let text = charset::decode(&bytes, label).ok()?;
    Some((text, 2 + inner.len() - rest.len() + end + 2))
}

fn q_decode(s: &str) -> Vec<u8> {
    let underscores_as_spaces: Vec<u8> = s.bytes().map(|b| if b == b'_' { b' ' } else { b }).collect();
    super::quoted_printable::decode(&underscores_as_spaces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b_and_q_words_decode_and_join() {
        assert_eq!(decode("=?UTF-8?B?0JDQvNC40L3QsA==?= =?utf-8?b?INCU0LjQsNC70LvQvg==?="), "Амина Диалло");
        assert_eq!(decode("Re: =?ISO-8859-1?Q?S=E9n=E9gal_ok?= [IGF-1]"), "Re: Sénégal ok [IGF-1]");
        assert_eq!(decode("=?UTF-8*en?Q?caf=C3=A9?="), "café");
    }

    #[test]
    fn what_is_not_an_encoded_word_stays() {
        assert_eq!(decode("a =? b ?= c"), "a =? b ?= c");
        assert_eq!(decode("=?x-unknown?Q?=E9?= after"), "=?x-unknown?Q?=E9?= after");
        assert_eq!(decode("plain"), "plain");
    }
}
