//! `format=flowed` (RFC 3676): lines ending in a space continue on the next.

/// Rejoins flowed lines into the paragraphs they were written as. Quote marks
/// (`>`) are kept, written `> ` per level; a flowed paragraph only continues
/// at the same quote depth. The space-stuffing space is removed; with `DelSp=yes`
/// the space that marks a flowed line is removed too, since the sender added it.
pub fn unflow(text: &str, delsp: bool) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for line in text.split('\n') {
        let depth = line.bytes().take_while(|&b| b == b'>').count();
        let content = &line[depth..];
        let content = content.strip_prefix(' ').unwrap_or(content);
        let flowed = content.ends_with(' ') && content != "-- ";
        if open.as_ref().is_some_and(|(d, _)| *d != depth) {
            lines.extend(open.take().map(|(d, p)| quoted(d, &p)));
        }
        let piece = if flowed && delsp { &content[..content.len() - 1] } else { content };
        let (_, paragraph) = open.get_or_insert_with(|| (depth, String::new()));
        paragraph.push_str(piece);
        if !flowed {
            lines.extend(open.take().map(|(d, p)| quoted(d, &p)));
        }
    }
    lines.extend(open.map(|(d, p)| quoted(d, &p)));
    lines.join("\n")
}

fn quoted(depth: usize, text: &str) -> String {
    let mut line = "> ".repeat(depth);
    line.push_str(text);
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flowed_lines_join_and_fixed_ones_stay() {
        let text = "This is a \nflowed paragraph.\nFixed line\n From stuffed\n-- \nsig";
        assert_eq!(unflow(text, false), "This is a flowed paragraph.\nFixed line\nFrom stuffed\n-- \nsig");
    }

    #[test]
    fn delsp_removes_the_marker_space_and_quotes_do_not_mix() {
        assert_eq!(unflow("long\u{20}\nword", true), "longword");
        assert_eq!(unflow(">> quoted \n>> on\n> other", false), "> > quoted on\n> other");
        assert_eq!(unflow("> ends flowed \nnot quoted\n", false), "> ends flowed \nnot quoted\n");
    }
}
