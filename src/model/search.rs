//! Case- and accent-insensitive search over a document's messages and the
//! questions they answer.

use crate::model::document::Document;
use crate::model::fold::fold_char;
use std::ops::Range;

/// A search as typed: every whitespace-separated term must appear in a message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn new(input: &str) -> Query {
        let mut terms: Vec<String> =
            input.split_whitespace().map(crate::model::fold::fold).filter(|t| !t.is_empty()).collect();
        // A term inside a longer one adds nothing to matching, only to highlighting work.
        crate::model::sort::sort_by_key(&mut terms, |t| std::cmp::Reverse(t.len()));
        let mut kept: Vec<String> = Vec::with_capacity(terms.len());
        for t in terms {
            if !kept.iter().any(|k| k.contains(t.as_str())) {
                kept.push(t);
            }
        }
        Query { terms: kept }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether a message matches, given its precomputed folded text.
    pub fn matches(&self, folded: &str) -> bool {
        self.terms.iter().all(|t| folded.contains(t.as_str()))
    }

    /// Whether a message matches when its question's text counts as part of
    /// it: each term in one or the other, both folded. A search for words of
    /// a question finds every message under it.
    pub fn matches_with_question(&self, message: &str, question: &str) -> bool {
        self.terms.iter().all(|t| message.contains(t.as_str()) || question.contains(t.as_str()))
    }

    /// Byte ranges of `text` to highlight, sorted and merged. Single letters
    /// still filter but are not marked: one matches nearly everywhere, so
    /// marking every one tells the reader nothing, and re-marking a whole
    /// document costs a phone a visible pause on the first keystroke.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        self.highlights_in(text, &crate::model::fold::fold(text))
    }

    /// [`Query::highlights`], given `folded`, which must be `fold(text)`: the
    /// document model keeps it, so marking a whole document folds nothing again.
    pub fn highlights_in(&self, text: &str, folded: &str) -> Vec<Range<usize>> {
        // Each match as its first and last byte in the folded text.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for term in self.terms.iter().filter(|t| t.chars().nth(1).is_some()) {
            let mut from = 0;
            while let Some(pos) = folded.get(from..).and_then(|rest| rest.find(term.as_str())) {
                let start = from + pos;
                spans.push((start, start + term.len() - 1));
                from = start + term.chars().next().map_or(1, char::len_utf8);
            }
        }
        if spans.is_empty() {
            return Vec::new();
        }
        let mut points: Vec<usize> = spans.iter().flat_map(|&(first, last)| [first, last]).collect();
        crate::model::sort::sort(&mut points);
        points.dedup();
        let origin = origins(text, &points);
        let source = |p: usize| points.binary_search(&p).ok().and_then(|i| origin.get(i).copied());
        let mut ranges: Vec<Range<usize>> = spans
            .into_iter()
            .filter_map(|(first, last)| {
                let (start, last) = (source(first)?, source(last)?);
                Some(start..last + text.get(last..)?.chars().next()?.len_utf8())
            })
            .collect();
        crate::model::sort::sort_by_key(&mut ranges, |r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// For each of the sorted folded-text byte `points`, the byte offset of the
/// char of `text` it was folded from, found in one walk.
fn origins(text: &str, points: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(points.len());
    let mut buf = String::new();
    let mut folded_len = 0;
    for (i, c) in text.char_indices() {
        if out.len() == points.len() {
            break;
        }
        buf.clear();
        fold_char(c, &mut buf);
        folded_len += buf.len();
        while out.len() < points.len() && points[out.len()] < folded_len {
            out.push(i);
        }
    }
    out
}

/// Byte ranges of `text` as UTF-16 offsets, which is how the DOM counts.
/// `ranges` must be sorted and on char boundaries, as [`Query::highlights`] gives them.
pub fn utf16_ranges(text: &str, ranges: &[Range<usize>]) -> Vec<Range<u32>> {
    let mut out = Vec::with_capacity(ranges.len());
    let (mut byte, mut unit) = (0usize, 0u32);
    let advance = |to: usize, byte: &mut usize, unit: &mut u32| {
        *unit += text.get(*byte..to).map_or(0, |s| s.encode_utf16().count() as u32);
        *byte = to;
    };
    for r in ranges {
        advance(r.start, &mut byte, &mut unit);
        let start = unit;
        advance(r.end, &mut byte, &mut unit);
        out.push(start..unit);
    }
    out
}

/// Which messages of a document match, question by question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    /// `matched[q][m]`: whether message `m` of question `q` (both 0-based) matches.
    pub matched: Vec<Vec<bool>>,
}

impl Results {
    pub fn run(doc: &Document, query: &Query) -> Results {
        Results {
            matched: doc
                .questions
                .iter()
                .map(|q| {
                    let question = crate::model::fold::fold(&q.text);
                    q.messages.iter().map(|m| query.matches_with_question(&m.folded, &question)).collect()
                })
                .collect(),
        }
    }

    pub fn count_in(&self, question_index: usize) -> usize {
        self.matched.get(question_index).map_or(0, |q| q.iter().filter(|&&b| b).count())
    }

    pub fn total(&self) -> usize {
        (0..self.matched.len()).map(|i| self.count_in(i)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn marked(q: &str, text: &str) -> Vec<String> {
        Query::new(q).highlights(text).into_iter().map(|r| text[r].to_owned()).collect()
    }

    #[test]
    fn matches_ignoring_case_and_accents() {
        let q = Query::new("  COVID  résilience ");
        assert!(q.matches(&crate::model::fold::fold("Covid-19 and resilience")));
        assert!(!q.matches(&crate::model::fold::fold("Covid-19 only")));
        assert!(Query::new("   ").is_empty());
    }

    #[test]
    fn a_questions_text_finds_its_messages() {
        let doc = crate::model::document::parse(
            "IGF 2020 Messages\nTrust\nVersion 1: 17 November 2020\n\
             Messages related to Overarching Policy Question 1\nWhat building blocks are essential?\n\
             - Connectivity matters.\n- Trust matters.\n\
             Messages related to Overarching Policy Question 2\nHow can resilience be built?\n\
             - Connectivity again.\n",
        )
        .expect("a valid document");
        let found = |q: &str| Results::run(&doc, &Query::new(q)).matched;
        assert_eq!(found("BUILDING blocks"), [vec![true, true], vec![false]], "words of question 1 only");
        assert_eq!(found("résilience connectivity"), [vec![false, false], vec![true]], "one term in each");
        assert_eq!(found("trust"), [vec![false, true], vec![false]], "the document's track is no question text");
        assert_eq!(found("building resilience"), [vec![false, false], vec![false]], "two questions' words are not one");
    }

    #[test]
    fn highlights_original_text() {
        assert_eq!(marked("resilience", "Résilience and RESILIENCE"), vec!["Résilience", "RESILIENCE"]);
        assert_eq!(marked("strasse", "Große Straße"), vec!["Straße"]);
        assert_eq!(marked("in inter", "international interest"), vec!["inter", "inter"]);
        assert_eq!(marked("aa", "aaa"), vec!["aaa"]);
        assert!(marked("x", "").is_empty());
    }

    #[test]
    fn a_single_letter_filters_but_is_not_marked() {
        let q = Query::new("s");
        assert!(q.matches(&crate::model::fold::fold("Stakeholders")));
        assert!(marked("s", "Stakeholders").is_empty());
        assert_eq!(marked("s st", "Stakeholders"), vec!["St"]);
        assert_eq!(marked("ß", "Straße"), vec!["ß"], "a letter that folds to two is marked");
    }

    #[test]
    fn utf16_offsets_count_what_the_dom_counts() {
        let text = "Straße 🙂 résilience";
        let ranges = Query::new("résilience strasse").highlights(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        let marked: Vec<String> = utf16_ranges(text, &ranges)
            .into_iter()
            .map(|r| String::from_utf16_lossy(&units[r.start as usize..r.end as usize]))
            .collect();
        assert_eq!(marked, ["Straße", "résilience"]);
    }

    /// The folded text, and for each of its bytes the byte offset of the source char.
    fn fold_with_origin(text: &str) -> (String, Vec<usize>) {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            fold_char(c, &mut folded);
            origin.resize(folded.len(), i);
        }
        (folded, origin)
    }

    /// The plain way: a full byte-by-byte map from folded to original text.
    fn oracle(q: &Query, text: &str) -> Vec<Range<usize>> {
        let (folded, origin) = fold_with_origin(text);
        let mut ranges = Vec::new();
        for term in q.terms.iter().filter(|t| t.chars().count() > 1) {
            // Every occurrence, overlapping ones too ("aa" twice in "aaa").
            for start in
                (0..folded.len()).filter(|&i| folded.is_char_boundary(i) && folded[i..].starts_with(term.as_str()))
            {
                let last = origin[start + term.len() - 1];
                ranges.push(origin[start]..last + text[last..].chars().next().unwrap().len_utf8());
            }
        }
        ranges.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    proptest! {
        #[test]
        fn marks_agree_with_a_full_folded_to_original_map(text in "[abAB ßéü’]{0,40}", q in "[abßeu’ ]{1,5}") {
            let query = Query::new(&q);
            prop_assert_eq!(query.highlights(&text), oracle(&query, &text));
        }

        #[test]
        fn utf16_ranges_mark_the_same_text(text in "\\PC{0,60}", q in "\\PC{1,4}") {
            let ranges = Query::new(&q).highlights(&text);
            let units: Vec<u16> = text.encode_utf16().collect();
            for (bytes, utf16) in ranges.iter().zip(utf16_ranges(&text, &ranges)) {
                prop_assert_eq!(&text[bytes.clone()], String::from_utf16_lossy(&units[utf16.start as usize..utf16.end as usize]));
            }
        }

        #[test]
        fn highlights_are_char_boundaries_and_sorted(text in "\\PC{0,80}", q in "\\PC{0,6}") {
            let ranges = Query::new(&q).highlights(&text);
            for w in ranges.windows(2) {
                prop_assert!(w[0].end < w[1].start);
            }
            for r in ranges {
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end) && r.start < r.end);
            }
        }
    }
}
