//! Word-level differences between a message and the wording proposed for it.

/// One run of the diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Removed(String),
    Added(String),
}

/// Inputs longer than this many tokens are shown as one replacement: the
/// quadratic table would cost more than the picture is worth.
const MAX_TOKENS: usize = 1500;

/// The words and spaces of `old` and `new`, aligned by their longest common
/// subsequence. Joining the `Same` and `Removed` runs gives back `old`; joining
/// `Same` and `Added` gives `new`.
pub fn diff_words(old: &str, new: &str) -> Vec<Change> {
    let a = tokens(old);
    let b = tokens(new);
    if a.len() > MAX_TOKENS || b.len() > MAX_TOKENS {
        let mut out = Vec::new();
        if !old.is_empty() {
            out.push(Change::Removed(old.to_owned()));
        }
        if !new.is_empty() {
            out.push(Change::Added(new.to_owned()));
        }
        return out;
    }
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let w = b.len() + 1;
    let mut lcs = vec![0u16; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * w + j] =
                if a[i] == b[j] { lcs[(i + 1) * w + j + 1] + 1 } else { lcs[(i + 1) * w + j].max(lcs[i * w + j + 1]) };
        }
    }
    let mut out: Vec<Change> = Vec::new();
    let push = |out: &mut Vec<Change>, change: Change| match (out.last_mut(), &change) {
        (Some(Change::Same(s)), Change::Same(t))
        | (Some(Change::Removed(s)), Change::Removed(t))
        | (Some(Change::Added(s)), Change::Added(t)) => s.push_str(t),
        _ => out.push(change),
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            push(&mut out, Change::Same(a[i].to_owned()));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
            push(&mut out, Change::Removed(a[i].to_owned()));
            i += 1;
        } else {
            push(&mut out, Change::Added(b[j].to_owned()));
            j += 1;
        }
    }
    out
}

/// What a character is, for splitting: a word's, a space, or punctuation.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Word,
    Space,
    /// Each mark a token of its own: a comma added after a word showed as the
    /// whole word removed and added again.
    Mark,
}

fn class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_ascii_punctuation() || matches!(c, '‘' | '’' | '“' | '”' | '«' | '»' | '–' | '—' | '…')
    {
        Class::Mark
    } else {
        Class::Word
    }
}

/// Splits into words, runs of space and marks, so spacing survives the diff.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<Class> = None;
    for (i, c) in s.char_indices() {
        let now = class(c);
        if prev.is_some_and(|p| p != now || p == Class::Mark) {
            out.push(&s[start..i]);
            start = i;
        }
        prev = Some(now);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn side(changes: &[Change], old: bool) -> String {
        changes
            .iter()
            .filter_map(|c| match c {
                Change::Same(s) => Some(s.as_str()),
                Change::Removed(s) if old => Some(s.as_str()),
                Change::Added(s) if !old => Some(s.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn marks_changed_words_only() {
        let d = diff_words(
            "Trust among stakeholders will foster good practice.",
            "Trust among all stakeholders will foster shared practice.",
        );
        assert_eq!(
            d,
            vec![
                Change::Same("Trust among ".into()),
                Change::Added("all ".into()),
                Change::Same("stakeholders will foster ".into()),
                Change::Removed("good".into()),
                Change::Added("shared".into()),
                Change::Same(" practice.".into()),
            ]
        );
        assert_eq!(diff_words("same", "same"), vec![Change::Same("same".into())]);
        assert_eq!(
            diff_words("well-protected and fortified", "well-protected, fortified"),
            vec![
                Change::Same("well-protected".into()),
                Change::Removed(" and".into()),
                Change::Added(",".into()),
                Change::Same(" fortified".into()),
            ],
            "a comma added is only a comma"
        );
        assert_eq!(diff_words("", "new"), vec![Change::Added("new".into())]);
        assert!(diff_words("", "").is_empty());
    }

    #[test]
    fn long_inputs_fall_back_to_one_replacement() {
        let old = "word ".repeat(2000);
        let d = diff_words(&old, "short");
        assert_eq!(d.len(), 2);
        assert_eq!(side(&d, true), old);
    }

    proptest! {
        #[test]
        fn both_sides_are_reconstructed(old in "[a-c ,.—]{0,40}", new in "[a-c ,.—]{0,40}") {
            let d = diff_words(&old, &new);
            prop_assert_eq!(side(&d, true), old);
            prop_assert_eq!(side(&d, false), new);
        }
    }
}
