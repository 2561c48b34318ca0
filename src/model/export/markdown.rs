//! The package as Markdown, for reading and for pasting into documents. Every
//! line is escaped (see [`escape`]): a person's text stays text, whatever
//! Markdown or HTML it looks like.

use super::package::Package;
use crate::model::comment::CommentTarget;
use crate::model::comment::{Comment, CommentKind};
use crate::model::commitment::{Capacity, Commitment, Link};
use crate::model::date::Date;
use crate::model::document::Revision;
use crate::model::i18n::labels::{
    answer_label, answer_line, gender_key as gender, kind_key as kind, link_label, located_label, region_key as region,
    sdg_key, stakeholder_key as stakeholder, target_label as target_text, track_key as track, version_label,
};
use crate::model::i18n::{I18n, Key, Lang};

/// Escapes text so that no line of it is Markdown or HTML: `&`, `<`, `>` become
/// entities (so even renderers without backslash escapes make no element);
/// `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|`, `#` are backslash-escaped
/// anywhere; at the start of a line, so is `-`, `+` or `=` (lists, setext
/// underlines, thematic breaks) and the `.` or `)` after digits (ordered lists);
/// leading spaces and tabs become `&nbsp;`, so nothing is indented code.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    // A lone carriage return ends a line for Markdown too: an imported text
    // could start a list or a heading with one.
    for (i, line) in s.replace("\r\n", "\n").split(['\n', '\r']).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        escape_line(line, &mut out);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    let body = line.trim_start_matches([' ', '\t']);
    for _ in 0..line.len() - body.len() {
        out.push_str("&nbsp;");
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in body.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i == digits && digits > 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
}

/// One line of the document before it is rendered.
enum Line {
    Heading(String),
    /// Marks a draft that does not pass its checks yet.
    Strong(String),
    /// Text that may run over several lines, kept as its own lines.
    Text(String),
    Quote(String),
    Item(String),
    Blank,
}

/// The package as Markdown: the same content as the email's, with headings for
/// each comment and commitment and the text commented on quoted. `date`
/// writes a day in the interface language (the browser's `Intl`).
pub fn write(p: &Package, i18n: &I18n, receipt: &str, date: &dyn Fn(Date) -> String) -> String {
    let mut lines = vec![
        Line::Text(i18n.t(Key::EmailIntro).to_owned()),
        Line::Text(i18n.tf(Key::EmailReceipt, &[("receipt", receipt)])),
        Line::Blank,
    ];
    lines.extend(sender_lines(p, i18n));
    for (i, c) in p.comments.iter().enumerate() {
        lines.extend(comment_lines(i + 1, c, p, i18n));
    }
    for (i, k) in p.commitments.iter().enumerate() {
        lines.extend(commitment_lines(i + 1, k, p, i18n, date));
    }
    let mut out = String::new();
    for line in lines {
        match line {
            Line::Heading(h) => out.push_str(&format!("\n## {}\n\n", escape(&h.replace(['\r', '\n'], " ")))),
            Line::Strong(s) => out.push_str(&format!("**{}**\n\n", escape(&s))),
            Line::Text(t) => escape(&t).split('\n').for_each(|l| out.push_str(&format!("{l}  \n"))),
            Line::Quote(q) => escape(&q).split('\n').for_each(|l| out.push_str(&format!("> {l}\n"))),
            Line::Item(t) => out.push_str(&format!("- {}\n", escape(&t.replace(['\r', '\n'], " ")))),
            Line::Blank => out.push('\n'),
        }
    }
    out
}

fn field(i18n: &I18n, label: Key, value: &str) -> Line {
    Line::Text(answer_line(i18n, label, value))
}

fn sender_lines(p: &Package, i18n: &I18n) -> Vec<Line> {
    let s = &p.sender;
    let mut lines = vec![Line::Text(i18n.tf(Key::EmailSender, &[("name", s.name.trim()), ("email", s.email.trim())]))];
    if !s.organisation.trim().is_empty() {
        lines.push(field(i18n, Key::OrganisationLabel, s.organisation.trim()));
    }
    let given = [
        (Key::StakeholderLegend, s.stakeholder.map(|g| i18n.t(stakeholder(g)))),
        (Key::RegionLegend, s.region.map(|r| i18n.t(region(r)))),
        (Key::CountryLabel, Some(s.country.trim()).filter(|c| !c.is_empty())),
        (Key::GenderLegend, s.gender.map(|g| i18n.t(gender(g)))),
    ];
    lines.extend(given.into_iter().filter_map(|(label, value)| Some(field(i18n, label, value?))));
    lines.push(field(i18n, Key::PublishLegend, i18n.t(answer(s.publish_name))));
    lines
}

fn heading(lines: &mut Vec<Line>, text: String, unfinished: bool, i18n: &I18n) {
    lines.push(Line::Heading(text));
    if unfinished {
        lines.push(Line::Strong(i18n.t(Key::CommentIncomplete).to_owned()));
    }
}

fn comment_lines(n: usize, c: &Comment, p: &Package, i18n: &I18n) -> Vec<Line> {
    let mut lines = Vec::new();
    let target = target_text(i18n, &c.target);
    let version =
        Revision::parse(c.target.version()).map_or_else(|| c.target.version().to_owned(), |r| version_label(i18n, r));
    let title = i18n.tf(Key::EmailCommentHeading, &[("n", &n.to_string()), ("target", &target), ("version", &version)]);
    heading(&mut lines, title, !c.validate().is_empty(), i18n);
    if let Some(located) = match &c.target {
        CommentTarget::Message(a) => p.located_of(a),
        _ => None,
    } {
        lines.extend([Line::Text(located_label(i18n, located)), Line::Blank]);
    }
    if !c.target.quote().is_empty() {
        lines.push(Line::Text(i18n.t(Key::EmailAbout).to_owned()));
        lines.push(Line::Quote(c.target.quote().to_owned()));
        lines.push(Line::Blank);
    }
    if let Some(k) = c.kind {
        lines.push(Line::Text(i18n.tf(Key::EmailKind, &[("kind", i18n.t(kind(k)))])));
    }
    lines.push(Line::Text(i18n.t(Key::EmailCommentText).to_owned()));
    lines.push(Line::Text(c.text.clone()));
    if c.kind == Some(CommentKind::SuggestChange) {
        lines.extend([Line::Blank, Line::Text(i18n.t(Key::EmailProposed).to_owned())]);
        lines.extend([Line::Quote(c.proposed.clone()), Line::Blank]);
    }
    let refs: Vec<&str> = c.references.iter().map(|r| r.trim()).filter(|r| !r.is_empty()).collect();
    if !refs.is_empty() {
        lines.extend([Line::Blank, Line::Text(i18n.t(Key::EmailReferences).to_owned())]);
        lines.extend(refs.iter().map(|r| Line::Item((*r).to_owned())));
        lines.push(Line::Blank);
    }
    if !c.language.is_empty() {
        let name = Lang::from_tag(&c.language).map_or(i18n.t(Key::LanguageOther), Lang::native_name);
        lines.push(Line::Text(i18n.tf(Key::EmailLanguage, &[("lang", name)])));
    }
    lines
}

/// A linked place, with where the message is now when a later version moved it.
fn located_link_label(link: &Link, p: &Package, i18n: &I18n) -> String {
    let label = link_label(i18n, link);
    match link {
        Link::Message(a) => match p.located_of(a) {
            Some(located) => format!("{label} ({})", located_label(i18n, located)),
            None => label,
        },
        Link::Question { .. } => label,
    }
}

fn commitment_lines(n: usize, k: &Commitment, p: &Package, i18n: &I18n, date: &dyn Fn(Date) -> String) -> Vec<Line> {
    let mut lines = Vec::new();
    let title = i18n.tf(Key::EmailCommitmentHeading, &[("n", &n.to_string()), ("title", k.title.trim())]);
    heading(&mut lines, title, !k.validate().is_empty(), i18n);
    let capacity = match k.capacity {
        None => i18n.t(Key::NotGiven).to_owned(),
        Some(Capacity::Individual) => i18n.t(Key::CapacityIndividual).to_owned(),
        Some(Capacity::Organisation) => {
            let group = k.org_group.map_or(String::new(), |g| format!(" ({})", i18n.t(stakeholder(g))));
            format!("{} — {}{group}", i18n.t(Key::CapacityOrganisation), k.org_name.trim())
        }
    };
    lines.push(field(i18n, Key::CapacityLegend, &capacity));
    lines.push(Line::Text(i18n.t(Key::DescriptionLabel).to_owned()));
    lines.push(Line::Text(k.description.clone()));
    let tracks = k.tracks.iter().map(|t| i18n.t(track(*t))).collect::<Vec<_>>().join(i18n.lang.list_separator());
    lines.extend([field(i18n, Key::TracksLegend, &tracks), Line::Blank]);
    lines.extend(k.links.iter().map(|l| Line::Item(located_link_label(l, p, i18n))));
    lines.extend([Line::Blank, Line::Text(i18n.t(Key::ActionsLegend).to_owned()), Line::Blank]);
    for a in &k.actions {
        let due = a.due_date().map_or_else(|| a.due.clone(), date);
        lines.push(Line::Item(format!("{} — {}", a.description.trim(), answer_line(i18n, Key::ActionDueLabel, &due))));
    }
    lines.push(Line::Blank);
    for (label, value) in [
        (Key::MeasurementLabel, &k.measurement),
        (Key::PartnersLabel, &k.partners),
        (Key::ResourcesLabel, &k.resources),
    ] {
        if !value.trim().is_empty() {
            lines.push(field(i18n, label, value.trim()));
        }
    }
    if !k.sdgs.is_empty() {
        // One item each: the goals' names have commas of their own.
        lines.extend([Line::Text(answer_label(i18n, Key::SdgLegend).to_owned()), Line::Blank]);
        lines.extend(k.sdgs.iter().map(|n| Line::Item(i18n.t(sdg_key(*n)).to_owned())));
        lines.push(Line::Blank);
    }
    lines.push(field(i18n, Key::ConsentLabel, i18n.t(answer(k.consent_publish))));
    lines
}

/// "Yes", "No", or "Not given" for a question the person has not answered.
fn answer(b: Option<bool>) -> Key {
    b.map_or(Key::NotGiven, |b| if b { Key::Yes } else { Key::No })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_entities() {
        assert_eq!(escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        let img = escape("See https://example.org/<img src=x onerror=alert(document.domain)//> for details");
        assert_eq!(img, "See https://example.org/&lt;img src=x onerror=alert(document.domain)//&gt; for details");
        assert_eq!(escape("&lt;b&gt; & co"), "&amp;lt;b&amp;gt; &amp; co");
    }

    #[test]
    fn line_starts_are_neutralised() {
        for (raw, safe) in [
            ("# not a heading", "\\# not a heading"),
            ("== X ==", "\\== X =="),
            ("===", "\\==="),
            ("---", "\\---"),
            ("> not a quote", "&gt; not a quote"),
            ("- not a list", "\\- not a list"),
            ("* not a list", "\\* not a list"),
            ("+ not a list", "\\+ not a list"),
            ("1. not a list", "1\\. not a list"),
            ("12) not a list", "12\\) not a list"),
            ("```rust", "\\`\\`\\`rust"),
            ("~~~", "\\~\\~\\~"),
            ("| a | b |", "\\| a \\| b \\|"),
            ("    indented code", "&nbsp;&nbsp;&nbsp;&nbsp;indented code"),
            ("\tcode", "&nbsp;code"),
            ("a - b = c 1. d", "a - b = c 1. d"),
            ("[x]: https://evil.example", "\\[x\\]: https://evil.example"),
            ("*bold* _it_ `code` \\", "\\*bold\\* \\_it\\_ \\`code\\` \\\\"),
        ] {
            assert_eq!(escape(raw), safe, "{raw:?}");
        }
        assert_eq!(escape("a\n  - b\r\n== c"), "a\n&nbsp;&nbsp;\\- b\n\\== c");
        let lone = escape("My point\r- a list item\r===\r    code");
        assert_eq!(
            lone, "My point\n\\- a list item\n\\===\n&nbsp;&nbsp;&nbsp;&nbsp;code",
            "a lone carriage return ends a line"
        );
    }
}
