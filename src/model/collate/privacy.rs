//! What a published report must not show.

/// Shown where an email address was.
pub const REMOVED: &str = "[email address removed]";

/// The text with anything shaped like an email address (`local@domain.tld`)
/// replaced, so a report never shows one, even one typed into a comment.
pub fn redact_emails(text: &str) -> String {
    let local = |c: char| c.is_alphanumeric() || "._%+-'".contains(c);
    let domain = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let start =
            rest[..at].rfind(|c: char| !local(c)).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        let end = rest[at + 1..].find(|c: char| !domain(c)).map_or(rest.len(), |i| at + 1 + i);
        let host = rest[at + 1..end].trim_end_matches(['.', '-']);
        let is_address =
            start < at && host.rsplit_once('.').is_some_and(|(name, tld)| !name.is_empty() && tld.chars().count() >= 2);
        if is_address {
            out.push_str(&rest[..start]);
            out.push_str(REMOVED);
            rest = &rest[at + 1 + host.len()..];
        } else {
            out.push_str(&rest[..=at]);
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_go_and_other_ats_stay() {
        assert_eq!(redact_emails("Write to amina.d+igf@example.org."), format!("Write to {REMOVED}."));
        assert_eq!(redact_emails("a@b.cc, x@y.org"), format!("{REMOVED}, {REMOVED}"));
        assert_eq!(redact_emails("@handle and 3 @ 5 and me@localhost"), "@handle and 3 @ 5 and me@localhost");
    }
}
