//! Quote marks from replies and forwards: `> `, `>> `, `> > `.

use std::borrow::Cow;

/// Forwards are rarely nested deeper; past this, quote marks are text, and a
/// line of thousands of `>` cannot make a reader try thousands of readings.
pub const MAX_DEPTH: usize = 8;

/// How many quote marks start the line: `>`, `>>` and `> >` each count.
pub fn depth(line: &str) -> usize {
    let mut n = 0;
    let mut rest = line;
    while let Some(after) = rest.strip_prefix('>') {
        n += 1;
        rest = after.strip_prefix(' ').filter(|r| r.starts_with('>')).unwrap_or(after);
    }
    n
}

/// The line without up to `levels` quote marks, each with one space after it.
pub fn strip(line: &str, levels: usize) -> &str {
    let mut rest = line;
    for _ in 0..levels {
        match rest.strip_prefix('>') {
            Some(after) => rest = after.strip_prefix(' ').unwrap_or(after),
            None => break,
        }
    }
    rest
}

/// The deepest quoting in the text.
pub fn max_depth(text: &str) -> usize {
    text.lines().map(depth).max().unwrap_or(0)
}

/// The text with `levels` quote marks taken off each line. Lines quoted less
/// deeply lose the marks they have, so a quoted line that a mail program
/// re-wrapped onto a less-quoted line still joins its paragraph.
pub fn unquote(text: &str, levels: usize) -> String {
    text.lines().map(|l| strip(l, levels)).collect::<Vec<_>>().join("\n")
}

/// The text as it is, then with one, two… levels of quoting removed, up to
/// the deepest (at most [`MAX_DEPTH`]): a reader tries each until one holds
/// the data, so a forward of a forward is read as well as the original.
pub fn candidates(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let deepest = max_depth(text).min(MAX_DEPTH);
    std::iter::once(Cow::Borrowed(text)).chain((1..=deepest).map(move |n| Cow::Owned(unquote(text, n))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_every_style_of_quote_mark() {
        assert_eq!(depth("plain"), 0);
        assert_eq!(depth("> a"), 1);
        assert_eq!(depth(">> a"), 2);
        assert_eq!(depth("> > a"), 2);
        assert_eq!(depth(">"), 1);
    }

    #[test]
    fn unquoting_strips_consistent_prefixes() {
        let text = "On Monday A wrote:\n> > {\"a\":\n> > 1}\n>> x\n> lazy\nend";
        assert_eq!(unquote(text, 2), "On Monday A wrote:\n{\"a\":\n1}\nx\nlazy\nend");
        let all: Vec<_> = candidates(text).collect();
        assert_eq!(all.len(), 3);
        assert_eq!(all[1], "On Monday A wrote:\n> {\"a\":\n> 1}\n> x\nlazy\nend");
    }
}
