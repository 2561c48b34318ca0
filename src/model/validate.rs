//! Field checks shared by every form, and the error type forms report.

use crate::model::fold::is_word_char;
use crate::model::i18n::Key;

/// One problem with one field, in the GOV.UK style: the summary links to
/// `field` and shows `message`; the same text appears by the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name; its element id is `igf-field-<field>`.
    pub field: String,
    pub key: Key,
    /// Fills `{n}` or `{value}` in the message, where it has one.
    pub arg: Option<String>,
    /// The field's label, which fills `{field}`: a message that would not
    /// say which field it is about on its own, as in the error summary.
    pub label: Option<Key>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, key: Key) -> FieldError {
        FieldError { field: field.into(), key, arg: None, label: None }
    }

    pub fn with(field: impl Into<String>, key: Key, arg: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), key, arg: Some(arg.into()), label: None }
    }

    /// Over the limit of `max` characters; `label` names the field in the message.
    pub fn too_long(field: impl Into<String>, label: Key, max: usize) -> FieldError {
        FieldError { label: Some(label), ..FieldError::with(field, Key::ErrTooLong, max.to_string()) }
    }
}

/// A plausible email address: one `@`, a local part, and a dotted domain
/// whose last label (the top-level domain) has at least two characters: no
/// top-level domain has one, so `marie@exemple.f` is a typo to be caught
/// here, not a message that never arrives.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else { return false };
    s.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | ':' | '"' | '[' | ']' | '\\')
        })
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain.rsplit('.').next().is_some_and(|tld| tld.chars().nth(1).is_some())
}

/// A recipient a deployment may set: a plain ASCII address, so that no
/// lookalike letter from another script can pass for `un.org`.
pub fn is_recipient(s: &str) -> bool {
    s.is_ascii() && is_email(s)
}

/// Why a link was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not `http://` or `https://`: `javascript:`, `data:`, `ftp:`, a bare word…
    Scheme,
    /// A web address without its `https://`, as people copy it from a page
    /// or a card: `www.example.org/report`. The form says what to add.
    NoScheme,
    /// The scheme is right but the rest is not a web address.
    Malformed,
}

/// Checks a link a person supplies: web addresses only, so that nothing they
/// paste can run as script when someone opens it.
pub fn check_link(s: &str) -> Result<(), LinkProblem> {
    let s = s.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return Err(without_scheme(s));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host_name = host.split(':').next().unwrap_or_default();
    let ok = !host_name.is_empty()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`' | '\\'))
        && host_name.chars().all(|c| is_word_char(c) || matches!(c, '.' | '-' | '[' | ']'));
    if ok {
        Ok(())
    } else {
        Err(LinkProblem::Malformed)
    }
}

/// Why a link with no `http(s)://` is refused: a dotted host with no scheme
/// at all is an address missing its start; anything else is no web link.
fn without_scheme(s: &str) -> LinkProblem {
    let host = s.split(['/', '?', '#']).next().unwrap_or_default();
    let dotted = host.split('.').filter(|label| !label.is_empty()).count() > 1;
    if dotted && !host.contains(':') && check_link(&format!("https://{s}")).is_ok() {
        LinkProblem::NoScheme
    } else {
        LinkProblem::Scheme
    }
}

/// Length as people count it: characters, not bytes.
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in ["a@b.org", "first.last+igf@un.org", " spaced@example.com ", "名前@例え.jp", "a@пример.рф"]
        {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@@b.org",
            "a b@c.org",
            "a@b..org",
            "a@-b.org",
            "a@b.org>",
            "a@b.org;c@d.org",
            "marie@exemple.f",
            ".jeanne@exemple.fr",
            "jeanne.@exemple.fr",
            "jean..ne@exemple.fr",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn links_are_web_addresses_only() {
        for ok in [
            "https://www.intgovforum.org/en",
            "http://example.org",
            "HTTPS://Example.org/a?b=c#d",
            "https://user@host.org:8080/x",
            "https://例え.jp",
        ] {
            assert_eq!(check_link(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("javascript:alert(1)", LinkProblem::Scheme),
            ("JaVaScRiPt:alert(1)", LinkProblem::Scheme),
            ("data:text/html,<script>", LinkProblem::Scheme),
            ("ftp://example.org", LinkProblem::Scheme),
            ("www.example.org", LinkProblem::NoScheme),
            ("itu.int/en/report?a=1", LinkProblem::NoScheme),
            ("localhost", LinkProblem::Scheme),
            ("mailto:a@b.org", LinkProblem::Scheme),
            ("example.org:8080", LinkProblem::Scheme),
            ("www.exa mple.org", LinkProblem::Scheme),
            ("//example.org", LinkProblem::Scheme),
            ("https://", LinkProblem::Malformed),
            ("https:///path", LinkProblem::Malformed),
            ("https://exa mple.org", LinkProblem::Malformed),
            ("https://example.org/\"onmouseover=", LinkProblem::Malformed),
            ("https://a<b>.org", LinkProblem::Malformed),
        ] {
            assert_eq!(check_link(bad), Err(why), "{bad}");
        }
    }
}
