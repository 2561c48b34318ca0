//! The package as Markdown, for reading and for pasting into documents.

use super::package::Package;
use crate::model::i18n::I18n;

/// Escapes what Markdown would read as markup or HTML, so people's text stays text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut at_start = true;
        for c in line.chars() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' | '-' | '+' | '=' if at_start => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
            at_start &= c.is_whitespace();
        }
    }
    out
}

/// Markdown made from the same plain text as the email, so the two never differ
/// in substance: headings become headings, quotes stay quotes, the rest is escaped.
pub fn write(p: &Package, i18n: &I18n, receipt: &str) -> String {
    let text = super::email::readable(p, i18n, receipt);
    let mut out = String::new();
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("== ").and_then(|l| l.strip_suffix(" ==")) {
            out.push_str(&format!("\n## {}\n", escape(heading)));
        } else if let Some(quote) = line.strip_prefix("> ") {
            out.push_str(&format!("> {}\n", escape(quote)));
        } else if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&escape(line));
            out.push_str("  \n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peoples_text_cannot_become_markup() {
        assert_eq!(escape("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(escape("# not a heading\n- not a list\n a - b"), "\\# not a heading\n\\- not a list\n a - b");
        assert_eq!(escape("[link](javascript:x) *bold* `code`"), "\\[link\\](javascript:x) \\*bold\\* \\`code\\`");
    }
}
