//! How a value is framed in the email text. A value starts on its labelled line,
//! `label: first line`, and each further line of it starts with `| ` (an empty
//! one is a bare `|`). The person's text therefore never begins a line, so it
//! can never pass for a label, the start line or the receipt.
//!
//! Inside a value, `\` is written `\\`, and `\uXXXX` (four hex digits) stands
//! for a control character (CR, tab, …), a bidi embedding, override or isolate
//! control, or a space that would otherwise end the line: mail clients drop
//! trailing spaces and the reader ignores them.

use crate::model::export::clean::is_bidi_control;

/// Starts each line of a value after its first.
pub const CONTINUE: &str = "| ";

/// Appends `label: value` and its continuation lines, each ending in `\n`.
pub fn push_field(out: &mut String, label: &str, value: &str) {
    out.push_str(label);
    out.push(':');
    for (i, line) in value.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(CONTINUE.trim_end());
        }
        if !line.is_empty() {
            out.push(' ');
            escape_line(line, out);
        }
    }
    out.push('\n');
}

fn escape_line(line: &str, out: &mut String) {
    for (i, c) in line.char_indices() {
        let last = i + c.len_utf8() == line.len();
        if c == '\\' {
            out.push_str("\\\\");
        } else if c.is_control() || is_bidi_control(c) || (last && c == ' ') {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
}

/// The text of one line of a value, or `None` for an escape other than `\\`
/// and `\uXXXX`.
pub fn unescape_line(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                if hex.len() != 4 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

/// A continuation line's text, escaped, if `line` is one.
pub fn continuation(line: &str) -> Option<&str> {
    if line == CONTINUE.trim_end() {
        Some("")
    } else {
        line.strip_prefix(CONTINUE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(value: &str) -> String {
        let mut out = String::new();
        push_field(&mut out, "text", value);
        out
    }

    #[test]
    fn frames_every_line_after_the_first() {
        assert_eq!(field("one"), "text: one\n");
        assert_eq!(field(""), "text:\n");
        assert_eq!(field("a\n\nreceipt: X\n"), "text: a\n|\n| receipt: X\n|\n");
        assert_eq!(field("\nb"), "text:\n| b\n");
    }

    #[test]
    fn escapes_what_mail_or_the_reader_would_change() {
        assert_eq!(field("a\\b"), "text: a\\\\b\n");
        assert_eq!(field("x\r\ny\t"), "text: x\\u000D\n| y\\u0009\n");
        assert_eq!(field("ends in spaces  "), "text: ends in spaces \\u0020\n");
        assert_eq!(field("\u{202e}gnp.exe"), "text: \\u202Egnp.exe\n");
        assert_eq!(field(" لا "), "text:  لا\\u0020\n");
    }

    #[test]
    fn unescapes_exactly_and_refuses_unknown_escapes() {
        assert_eq!(unescape_line("a\\\\b\\u000D\\u202e").as_deref(), Some("a\\b\r\u{202e}"));
        for bad in ["\\", "\\n", "\\u12", "\\uD800", "\\u12G4"] {
            assert_eq!(unescape_line(bad), None, "{bad}");
        }
        assert_eq!(continuation("|"), Some(""));
        assert_eq!(continuation("| x"), Some("x"));
        assert_eq!(continuation("|x"), None);
    }
}
