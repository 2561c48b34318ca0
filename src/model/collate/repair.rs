//! Undoing what mail programs do to a JSON data block: lines broken to fit 72
//! to 78 columns. Raw line breaks are never valid inside a JSON string, so
//! each one there was added on the way; outside strings they are white space.

pub use super::mail::unwrap::Join;

/// The JSON with every line break removed: outside strings (where removing
/// it also heals a number or a `true` split across lines) and inside them,
/// joined as `join` says.
pub fn rejoin_json(text: &str, join: Join) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    let mut line_len = 0usize;
    for c in text.chars() {
        match c {
            '\r' => continue,
            '\n' => {
                let ends_in_space = out.ends_with(' ');
                let restore = match join {
                    Join::Space => true,
                    Join::Nothing => false,
                    Join::ByWidth(width) => line_len < width,
                };
                if in_string && !escaped && !ends_in_space && restore {
                    out.push(' ');
                }
                line_len = 0;
                continue;
            }
            '"' if !escaped => in_string = !in_string,
            _ => {}
        }
        escaped = in_string && c == '\\' && !escaped;
        line_len += 1;
        out.push(c);
    }
    out
}

/// The ways to try, most likely first.
pub fn joins(text: &str) -> Vec<Join> {
    let mut joins = vec![Join::Space];
    joins.extend(super::mail::unwrap::wrap_width(text).map(Join::ByWidth));
    joins.push(Join::Nothing);
    joins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_in_strings_are_joined_and_others_removed() {
        assert_eq!(rejoin_json("{\"a\":\"one\ntwo\",\n\"b\":tr\nue}", Join::Space), "{\"a\":\"one two\",\"b\":true}");
        assert_eq!(rejoin_json("{\"a\":\"one \ntwo\"}", Join::Space), "{\"a\":\"one two\"}");
        assert_eq!(rejoin_json("{\"a\":\"lo\r\nng\"}", Join::Nothing), "{\"a\":\"long\"}");
        assert_eq!(rejoin_json("{\"a\":\"x\\\"\ny\"}", Join::Space), "{\"a\":\"x\\\" y\"}");
        assert_eq!(rejoin_json("\"abcde\nf gh\nij\"", Join::ByWidth(6)), "\"abcdef gh ij\"");
    }
}
