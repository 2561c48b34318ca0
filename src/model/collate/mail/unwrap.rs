//! Hard wrapping: some mail programs break every line at 72 to 78 columns.
//! This rejoins the lines they broke, and only those, wherever the reader of
//! a format says a break may be undone.

/// The column the text seems wrapped at: the longest line of at most 80
/// characters, if at least two lines are 60 or longer; `None` when the text
/// does not look wrapped.
pub fn wrap_width(text: &str) -> Option<usize> {
    let lengths: Vec<usize> = text.lines().map(|l| l.chars().count()).filter(|&n| (60..=80).contains(&n)).collect();
    (lengths.len() >= 2).then(|| lengths.into_iter().max().unwrap_or(0))
}

/// Rejoins wrapped lines with the default rule: a break is kept before a list
/// item, a quote, a heading or a blank line.
pub fn rejoin(text: &str) -> String {
    rejoin_with(text, keeps_break)
}

/// Rejoins each line to the next when the next line's first word would not
/// have fitted on it: that is the only reason a wrapping program breaks a line,
/// while a person's own line break leaves room. `keep(line, next)` vetoes a
/// join where the format needs the break. A line ending in a space (left by
/// the wrapper) is joined without another.
pub fn rejoin_with(text: &str, keep: impl Fn(&str, &str) -> bool) -> String {
    match wrap_width(text) {
        Some(width) => rejoin_at(text, width, keep, Join::Space),
        None => text.to_owned(),
    }
}

/// How a broken line is joined to the next. A wrapping program breaks at a
/// space and drops it (`Space` restores it), or breaks a long word where the
/// line is full (`Nothing`); `ByWidth` tells the two apart by the line's
/// length. A line that still ends in its space is joined as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    Space,
    Nothing,
    /// Lines this long or longer were broken inside a word.
    ByWidth(usize),
}

/// As [`rejoin_with`], for a text wrapped at `width` columns; with a width
/// of 0 every break `keep` allows is undone, for formats where any other
/// break can only be the wrapper's.
pub fn rejoin_at(text: &str, width: usize, keep: impl Fn(&str, &str) -> bool, join: Join) -> String {
    let mut out = String::with_capacity(text.len());
    let mut current_len = 0usize;
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            let first_word = line.split(' ').next().unwrap_or("").chars().count();
            let joins = !prev.trim().is_empty()
                && !line.trim().is_empty()
                && current_len + 1 + first_word > width
                && !keep(prev, line);
            let glue = match join {
                _ if prev.ends_with(' ') => false,
                Join::Space => true,
                Join::Nothing => false,
                Join::ByWidth(w) => current_len < w,
            };
            if !joins {
                out.push('\n');
            } else if glue {
                out.push(' ');
            }
        }
        out.push_str(line);
        current_len = line.chars().count();
        previous = Some(line);
    }
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Breaks that carry meaning in plain text: before a list item (`- `, `* `,
/// `1. `), a quote, or a `== heading ==`.
pub fn keeps_break(_line: &str, next: &str) -> bool {
    let next = next.trim_start();
    let numbered = next
        .split_once(['.', ')'])
        .is_some_and(|(n, rest)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(' '));
    numbered || ["- ", "* ", "• ", "> ", "== "].iter().any(|m| next.starts_with(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> String {
        let mut out = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                if !line.is_empty() && line.len() + 1 + word.len() > width {
                    out.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push(line);
        }
        out.join("\n")
    }

    const TEXT: &str = "The COVID-19 pandemic has shown how much everyone depends on the Internet, \
        and how unequal access to it remains across regions and within countries.\n\n\
        - A short list item\n- Another item that is short\n\n\
        Short line one\nShort line two\n\n\
        Trust in the Internet requires that users feel safe, that their data is protected, and that the \
        systems they rely on are resilient against attacks and failures of every kind.";

    #[test]
    fn wrapped_paragraphs_rejoin_and_real_breaks_stay() {
        for width in [72, 76, 78] {
            let wrapped = wrap(TEXT, width);
            assert!(wrapped.lines().all(|l| l.len() <= width));
            assert_ne!(wrapped, TEXT);
            assert_eq!(rejoin(&wrapped), TEXT, "width {width}");
        }
    }

    #[test]
    fn unwrapped_text_is_left_alone() {
        assert_eq!(rejoin("one\ntwo\n"), "one\ntwo\n");
        assert_eq!(wrap_width("short\nlines"), None);
    }

    #[test]
    fn a_wrapper_that_keeps_the_space_is_joined_without_another() {
        let wrapped = format!("{} \n{}", "a".repeat(70), "b".repeat(10));
        let joined = format!("{} {}", "a".repeat(70), "b".repeat(10));
        assert_eq!(rejoin(&format!("{wrapped}\n\n{wrapped}")), format!("{joined}\n\n{joined}"));
    }
}
