//! Cleaning text that goes into a header (subject, file names, a name on
//! import): a header is one line, and bidi controls there could make a
//! subject read differently from what it says.

/// First-strong isolate: the person's text inside it cannot reorder what is
/// around it, whatever its direction.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate: closes [`FSI`].
pub const PDI: char = '\u{2069}';

/// The explicit embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069). Marks (U+200E, U+200F) are left alone: they only nudge
/// neutral characters and Arabic text uses them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// One line of text: a run of line breaks or tabs becomes one space, other
/// control characters and bidi controls are dropped.
pub fn header_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\r' | '\n' | '\t' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    out
}

/// The person's text, cleaned to one line and isolated, for a subject line.
pub fn isolate(s: &str) -> String {
    format!("{FSI}{}{PDI}", header_text(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_text_is_one_line_without_controls() {
        assert_eq!(header_text("Amina\r\nDiallo\tX"), "Amina Diallo X");
        assert_eq!(header_text("a\u{0}b\u{7f}c\u{9b}d"), "abcd");
        assert_eq!(header_text("\u{202e}evil\u{202c} \u{2066}x\u{2069}"), "evil x");
        assert_eq!(header_text("مرحبا\u{200f}!"), "مرحبا\u{200f}!", "marks stay");
        assert_eq!(isolate("\u{2069}\u{202e}Bob\n"), "\u{2068}Bob \u{2069}");
    }
}
