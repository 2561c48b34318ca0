//! Mailbox files (`.mbox`): messages one after another, each opened by a
//! `From ` line, with `From ` at a line start inside a message written `>From `.

use super::headers::is_field;
use super::text::line_spans;

/// Whether the bytes open like a mailbox: a `From ` line followed by a header.
pub fn looks_like_mbox(bytes: &[u8]) -> bool {
    let mut lines = line_spans(bytes).map(|(_, l, _)| l);
    lines.next().is_some_and(|l| l.starts_with(b"From ")) && lines.next().is_some_and(is_field)
}

/// The messages of a mailbox. A `From ` line opens a message only after a blank
/// line (or at the start) and when a header field follows it, so a body line
/// that a careless writer left unescaped does not split a message. In each
/// message `>From `, `>>From `… lose one `>` (mboxrd; for mboxo this restores
/// the only escape it made). Lines end in LF.
pub fn split(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut cursor = Cursor::default();
    std::iter::from_fn(|| cursor.next_message(bytes)).collect()
}

/// Where a reader is in a mailbox, so that it can take one message at a time
/// and let other work run in between.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The next line to read starts here.
    pub at: usize,
    previous_blank: bool,
    /// The `From ` line at `at` has been seen closing the message before it.
    opening: bool,
}

impl Cursor {
    /// The next message of `bytes`, as [`split`] gives it.
    pub fn next_message(&mut self, bytes: &[u8]) -> Option<Vec<u8>> {
        let mut message: Option<Vec<u8>> = None;
        while self.at < bytes.len() {
            let end = bytes[self.at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| self.at + i);
            let raw = &bytes[self.at..end];
            let line = raw.strip_suffix(b"\r").unwrap_or(raw);
            let next = (end + 1).min(bytes.len());
            let opens = self.opening
                || (line.starts_with(b"From ")
                    && (self.at == 0 || self.previous_blank)
                    && line_spans(&bytes[next..]).next().is_some_and(|(_, l, _)| is_field(l)));
            if opens && message.is_some() {
                self.opening = true;
                return message.map(trim_separator);
            }
            (self.at, self.opening) = (next, false);
            if opens {
                message = Some(Vec::new());
                self.previous_blank = false;
                continue;
            }
            let m = message.get_or_insert_with(Vec::new);
            let quotes = line.iter().take_while(|&&b| b == b'>').count();
            let unescaped = if quotes > 0 && line[quotes..].starts_with(b"From ") { &line[1..] } else { line };
            m.extend_from_slice(unescaped);
            m.push(b'\n');
            self.previous_blank = line.is_empty();
        }
        message.map(trim_separator)
    }
}

/// Drops the blank line that separates a message from the next `From ` line.
fn trim_separator(mut message: Vec<u8>) -> Vec<u8> {
    if message.ends_with(b"\n\n") {
        message.pop();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_from_lines_and_unescapes() {
        let mbox =
            b"From a@b Mon Jan  1 00:00:00 2020\r\nSubject: one\r\n\r\nHello\r\n>From here\r\n>>From there\r\n\r\n\
                     From the start, this is body text\r\n\r\nFrom c@d Tue Jan  2 00:00:00 2020\nSubject: two\n\nBye\n";
        assert!(looks_like_mbox(mbox));
        let messages = split(mbox);
        assert_eq!(messages.len(), 2);
        assert_eq!(
            String::from_utf8_lossy(&messages[0]),
            "Subject: one\n\nHello\nFrom here\n>From there\n\nFrom the start, this is body text\n"
        );
        assert_eq!(String::from_utf8_lossy(&messages[1]), "Subject: two\n\nBye\n");
    }

    #[test]
    fn a_single_email_is_not_a_mailbox() {
        assert!(!looks_like_mbox(b"Subject: x\n\nbody"));
        assert!(!looks_like_mbox(b"From the start\nof a letter"));
    }
}
