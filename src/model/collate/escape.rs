//! People's text inside a Markdown report. One small function, so that it
//! can give way to a shared one in `export::markdown`.

/// The text as Markdown that shows it literally: `<`, `>` and `&` become HTML
/// entities; inline markup (`\ * _ ` [ ] | ~`) is backslash-escaped; at a line
/// start, indentation (a code block) is dropped and a heading, list, quote or
/// rule marker (`# - + = >`, `1.` `1)`) is escaped. Lines stay lines.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line = line.trim_start();
        let list_number =
            line.find(|c: char| !c.is_ascii_digit()).filter(|&i| i > 0 && line[i..].starts_with(['.', ')']));
        for (i, c) in line.char_indices() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' | '-' | '+' | '=' if i == 0 => {
                    out.push('\\');
                    out.push(c);
                }
                '.' | ')' if Some(i) == list_number => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_stays_text() {
        assert_eq!(escape_markdown("<script>&amp;"), "&lt;script&gt;&amp;amp;");
        assert_eq!(
            escape_markdown("# h\n- l\n> q\n1. n\n    code\n=== "),
            "\\# h\n\\- l\n&gt; q\n1\\. n\ncode\n\\=== "
        );
        assert_eq!(
            escape_markdown("[x](javascript:y) *b* `c` a|b ~~s~~"),
            "\\[x\\](javascript:y) \\*b\\* \\`c\\` a\\|b \\~\\~s\\~\\~"
        );
        assert_eq!(escape_markdown("a - b 2. c"), "a - b 2. c");
    }
}
