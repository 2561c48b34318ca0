use std::ops::Range;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// Sorted, non-overlapping byte ranges on char boundaries.
    pub ranges: Vec<Range<usize>>,
}

/// Text with search matches in `<mark>`. Always text nodes, never parsed HTML.
#[component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    if props.ranges.is_empty() {
        return html! { { text } };
    }
    let mut parts: Vec<Html> = Vec::with_capacity(props.ranges.len() * 2 + 1);
    let mut at = 0;
    for r in &props.ranges {
        let (Some(before), Some(hit)) = (text.get(at..r.start), text.get(r.clone())) else { continue };
        parts.push(html! { { before } });
        parts.push(html! { <mark>{ hit }</mark> });
        at = r.end;
    }
    parts.push(html! { { text.get(at..).unwrap_or_default() } });
    parts.into_iter().collect::<Html>()
}
