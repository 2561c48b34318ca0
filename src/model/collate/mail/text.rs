//! Line ends and byte-order marks, whatever wrote the text.

/// The text with LF line ends (CRLF and lone CR become LF) and without a
/// leading byte-order mark.
pub fn normalize(s: &str) -> String {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    if !s.contains('\r') {
        return s.to_owned();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The bytes without a leading UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// Lines of bytes split at LF, each without its CR.
pub fn byte_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l))
}

/// Each line with where it starts and where the next one starts.
pub fn line_spans(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8], usize)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| start + i);
        let line = &bytes[start..end];
        let span = (start, line.strip_suffix(b"\r").unwrap_or(line), (end + 1).min(bytes.len()));
        start = end + 1;
        Some(span)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_line_end_becomes_lf_and_the_bom_goes() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(strip_bom(b"\xef\xbb\xbfx"), b"x");
        assert_eq!(byte_lines(b"a\r\nb\nc").collect::<Vec<_>>(), [&b"a"[..], b"b", b"c"]);
        let spans: Vec<_> = line_spans(b"a\r\n\nbc").collect();
        assert_eq!(spans, [(0, &b"a"[..], 3), (3, b"", 4), (4, b"bc", 6)]);
    }
}
