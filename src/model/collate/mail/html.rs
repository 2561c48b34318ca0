//! An HTML-only email as the plain text a reader would see: tags stripped,
//! line breaks where the browser would break, entities decoded.

/// Converts HTML to text. `<br>` and block elements (`<p>`, `<div>`, `<li>`…)
/// become line breaks; `<script>`, `<style>`, `<head>` and comments vanish;
/// runs of white space collapse to one space as a browser shows them, except
/// inside `<pre>`; entities are decoded, named and numeric.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut pre = 0usize;
    while let Some(lt) = rest.find('<') {
        text(&rest[..lt], pre > 0, &mut out);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            text(rest, pre > 0, &mut out);
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "script" | "style" | "head" | "title" if !closing => rest = skip_element(rest, &name),
            "pre" => {
                pre = if closing { pre.saturating_sub(1) } else { pre + 1 };
                line_break(&mut out);
            }
            "br" => {
                trim_space(&mut out);
                out.push('\n');
            }
            n if is_block(n) => line_break(&mut out),
            _ => {}
        }
    }
    text(rest, pre > 0, &mut out);
    trim_space(&mut out);
    out.trim_matches('\n').to_owned()
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "blockquote"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "body"
            | "html"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "dd"
            | "dt"
    )
}

/// Skips to after `</name>` in any case, or to the end if it is never closed.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let mut from = 0;
    while let Some(i) = rest[from..].find("</") {
        let at = from + i;
        let tail = &rest.as_bytes()[at + 2..];
        if tail.get(..name.len()).is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes())) {
            return rest[at..].find('>').map_or("", |g| &rest[at + g + 1..]);
        }
        from = at + 2;
    }
    ""
}

/// Ends the current line unless it is already empty.
fn line_break(out: &mut String) {
    trim_space(out);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn trim_space(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

fn text(raw: &str, pre: bool, out: &mut String) {
    if pre {
        out.push_str(&decode_entities(raw));
        return;
    }
    let mut collapsed = String::with_capacity(raw.len());
    let mut at_line_start = out.is_empty() || out.ends_with(['\n', ' ']);
    let mut pending = false;
    for c in raw.chars() {
        if c.is_ascii_whitespace() {
            pending = true;
            continue;
        }
        if pending && !at_line_start {
            collapsed.push(' ');
        }
        (pending, at_line_start) = (false, false);
        collapsed.push(c);
    }
    if pending && !at_line_start {
        collapsed.push(' ');
    }
    out.push_str(&decode_entities(&collapsed));
}

/// Decodes `&amp;`, `&#34;`, `&#x22;` and the named entities mail programs
/// write; an unknown or unterminated one stays as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !c.is_ascii_alphanumeric() && c != '#').map(|e| e + 1);
        let decoded = match end {
            Some(e) if rest[e..].starts_with(';') => entity(&rest[1..e]).map(|c| (c, e + 1)),
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return Some(char::from_u32(code).filter(|&c| c != '\0').unwrap_or('\u{fffd}'));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        // Composers write runs of spaces as `&nbsp; `: read them as the spaces typed.
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "szlig" => 'ß',
        "ntilde" => 'ñ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_become_lines_and_entities_characters() {
        let html = "<html><head><title>t</title><style>p{}</style></head><body>\n<p>Dear  IGF,<br>\nline&nbsp;two</p>\
                    <div>{&quot;a&quot;:&#34;&lt;b&gt; &amp; &#x4E2D;&quot;}</div><!-- note --><p>end</p></body></html>";
        assert_eq!(to_text(html), "Dear IGF,\nline two\n{\"a\":\"<b> & 中\"}\nend");
    }

    #[test]
    fn pre_keeps_spacing_and_unknown_entities_stay() {
        assert_eq!(to_text("<pre>a  b\n c</pre>x &bogus; &amp"), "a  b\n c\nx &bogus; &amp");
    }
}
