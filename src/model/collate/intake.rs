//! Reading many inputs a piece at a time: one email, or one other file, per
//! [`Intake::step`], so that a page can read a mailbox of thousands of
//! emails and still answer the person between pieces.

use super::input::{plan, read_email, read_json_file, utf16_to_utf8, Plan, Received};
use super::mail::{mbox, text};
use super::unreadable::Unreadable;
use std::collections::VecDeque;

/// What one step gave.
pub type Results = Vec<Result<Received, Unreadable>>;

/// One input being read.
struct Reading {
    name: String,
    /// The file's text: converted from UTF-16 if it was, from `start` on.
    bytes: Vec<u8>,
    start: usize,
    plan: Plan,
    cursor: mbox::Cursor,
    /// The next email's index in its file.
    index: usize,
    /// The file's size as given, for progress.
    size: u64,
}

/// Inputs waiting to be read, and the one being read. Gives exactly what
/// [`super::read_input`] gives for each input, in the same order.
#[derive(Default)]
pub struct Intake {
    waiting: VecDeque<(String, Vec<u8>)>,
    reading: Option<Reading>,
    /// Bytes of the inputs added so far, and of those read.
    total: u64,
    done: u64,
}

impl Intake {
    pub fn new() -> Intake {
        Intake::default()
    }

    /// Queues an input to read after those already queued.
    pub fn add(&mut self, name: String, bytes: Vec<u8>) {
        self.total += bytes.len() as u64;
        self.waiting.push_back((name, bytes));
    }

    /// Bytes read and bytes added, for a progress bar.
    pub fn progress(&self) -> (u64, u64) {
        let current = self.reading.as_ref().map_or(0, |r| r.cursor.at.min(r.bytes.len() - r.start) as u64);
        (self.done + current, self.total)
    }

    /// Whether everything added has been read.
    pub fn is_done(&self) -> bool {
        self.reading.is_none() && self.waiting.is_empty()
    }

    /// Reads the next piece: one email of a mailbox, or a whole other input.
    /// `None` once everything added has been read.
    pub fn step(&mut self) -> Option<Results> {
        if self.reading.is_none() {
            let (name, bytes) = self.waiting.pop_front()?;
            self.reading = Some(open(name, bytes));
        }
        let reading = self.reading.as_mut()?;
        let text = &reading.bytes[reading.start..];
        let results = match &reading.plan {
            Plan::Refuse(reason) => {
                Some(vec![Err(Unreadable { file: reading.name.clone(), index_in_file: 0, reason: reason.clone() })])
            }
            Plan::Json => Some(vec![read_json_file(&reading.name, text)]),
            Plan::Single { strict } => Some(read_email(&reading.name, 0, text, *strict)),
            Plan::Mbox => reading.cursor.next_message(text).map(|message| {
                reading.index += 1;
                read_email(&reading.name, reading.index - 1, &message, true)
            }),
        };
        let finished = !matches!(reading.plan, Plan::Mbox) || results.is_none();
        if finished {
            self.done += reading.size;
            self.reading = None;
        }
        // A mailbox's end gives nothing; the next input is read at the next step.
        Some(results.unwrap_or_default())
    }
}

fn open(name: String, bytes: Vec<u8>) -> Reading {
    let size = bytes.len() as u64;
    let bytes = if size > super::MAX_FILE_BYTES as u64 { bytes } else { utf16_to_utf8(&bytes).unwrap_or(bytes) };
    let start = bytes.len() - text::strip_bom(&bytes).len();
    let plan = plan(&name, size as usize, &bytes[start..]);
    Reading { name, bytes, start, plan, cursor: mbox::Cursor::default(), index: 0, size }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::collate::read_input;

    #[test]
    fn gives_what_read_input_gives_a_piece_at_a_time() {
        let mbox = b"From a@b Mon Jan  1 00:00:00 2020\nSubject: one\n\nHello\n\nFrom c@d Tue Jan  2 00:00:00 2020\nSubject: two\n\nBye\n";
        let inputs: Vec<(&str, &[u8])> =
            vec![("box.mbox", mbox), ("empty.txt", b""), ("x.json", b"{}"), ("\u{feff}note.txt", b"\xef\xbb\xbfhi")];
        let mut intake = Intake::new();
        for (name, bytes) in &inputs {
            intake.add((*name).to_owned(), bytes.to_vec());
        }
        let mut pieces = 0;
        let mut all = Vec::new();
        while let Some(results) = intake.step() {
            pieces += 1;
            all.extend(results);
        }
        let expected: Vec<_> = inputs.iter().flat_map(|(name, bytes)| read_input(name, bytes)).collect();
        assert_eq!(all, expected);
        assert!(pieces >= 5, "each email of the mailbox is its own step: {pieces}");
        assert!(intake.is_done());
        let (done, total) = intake.progress();
        assert_eq!((done, total), (total, inputs.iter().map(|(_, b)| b.len() as u64).sum()));
    }
}
