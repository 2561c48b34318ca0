/// Replaces each `{name}` in `template` with its value from `args`. Unknown
/// placeholders stay visible rather than vanish, so a missing argument shows up.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], &after[end + 1..])) {
            Some((name, tail)) => {
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names a template uses, sorted and deduplicated.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> =
        template.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect();
    crate::model::sort::sort(&mut names);
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{n} of {total} match", &[("n", "3"), ("total", "11")]), "3 of 11 match");
        assert_eq!(fill("keep {missing} and {", &[]), "keep {missing} and {");
        assert_eq!(fill("{a}{a}", &[("a", "{b}"), ("b", "x")]), "{b}{b}");
        assert_eq!(placeholders("{b} {a} {b}"), vec!["a", "b"]);
    }
}
