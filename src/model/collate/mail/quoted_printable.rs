//! `Content-Transfer-Encoding: quoted-printable` (RFC 2045 §6.7).

/// Decodes quoted-printable bytes: `=XX` becomes the byte, `=` at a line end
/// joins the line to the next (a soft line break), line ends become LF. A `=`
/// not followed by two hex digits is kept as it is, as RFC 2045 suggests.
/// Trailing spaces are kept: some encoders leave a `format=flowed` line's
/// trailing space unencoded, and no transport adds spaces any more.
pub fn decode(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut lines = super::text::byte_lines(input).peekable();
    while let Some(line) = lines.next() {
        let trimmed = trim_end_spaces(line);
        let (content, soft) = match trimmed.strip_suffix(b"=") {
            Some(c) => (c, true),
            None => (line, false),
        };
        decode_line(content, &mut out);
        if !soft && lines.peek().is_some() {
            out.push(b'\n');
        }
    }
    out
}

fn trim_end_spaces(line: &[u8]) -> &[u8] {
    let end = line.iter().rposition(|b| !matches!(b, b' ' | b'\t')).map_or(0, |i| i + 1);
    &line[..end]
}

fn decode_line(line: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < line.len() {
        if line[i] == b'=' {
            if let (Some(h), Some(l)) = (line.get(i + 1).and_then(hex), line.get(i + 2).and_then(hex)) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(line[i]);
        i += 1;
    }
}

fn hex(b: &u8) -> Option<u8> {
    char::from(*b).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_soft_breaks() {
        assert_eq!(decode(b"caf=C3=A9 =3D ok"), "café = ok".as_bytes());
        assert_eq!(decode(b"one long=\r\n line\r\nnext"), b"one long line\nnext");
        assert_eq!(decode(b"soft with space=  \nend"), b"soft with spaceend");
        assert_eq!(decode(b"lower =c3=a9 and bad =ZZ ="), "lower é and bad =ZZ ".as_bytes());
        assert_eq!(decode(b"flowed \nline"), b"flowed \nline");
    }
}
