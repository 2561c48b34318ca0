//! The plain-text body of an email, as a person's mail program delivered it,
//! to a package.

use super::found::{read_json, Found};
use super::mail::quote;
use super::mail::unwrap::{self, Join};
use super::repair::{joins, rejoin_json};
use super::unreadable::UnreadableReason;
use crate::model::export::email::{self, Checked, EmailTextError};

/// THE one place where the plain-text body of an email becomes a package.
/// Everything else in the collation reaches the body through here.
///
/// It reads the app's email text (`export::email`), undoing hard wrapping;
/// failing that, a JSON export a person pasted into the email instead.
///
/// The text given is already decoded (transfer encoding, charset, HTML,
/// `format=flowed`, line ends) and has had quote marks taken off by [`read_text`].
pub fn read_body(text: &str) -> Result<Found, UnreadableReason> {
    match read_email_text(text) {
        Err(UnreadableReason::NoIgfData) => read_pasted_json(text),
        other => other,
    }
}

/// The email text as it is, then with each way of undoing hard wrapping,
/// until one gives the content its stated receipt (a checksum of it). When
/// none does, the first reading is kept, to be flagged as changed.
fn read_email_text(text: &str) -> Result<Found, UnreadableReason> {
    let (mut kept, error) = match email::read_checked(text) {
        Ok(checked) if checked.receipt_matches => return Ok(found(checked)),
        Err(e @ (EmailTextError::NoData | EmailTextError::Version { .. })) => return Err(reason(e, text)),
        Ok(checked) => (Some(checked), None),
        Err(e) => (None, Some(e)),
    };
    for candidate in unwrapped(text) {
        if let Ok(checked) = email::read_checked(&candidate) {
            if checked.receipt_matches {
                return Ok(found(checked));
            }
            kept.get_or_insert(checked);
        }
    }
    match (kept, error) {
        (Some(checked), _) => Ok(found(checked)),
        (None, Some(e)) => Err(reason(e, text)),
        (None, None) => Err(UnreadableReason::NoIgfData),
    }
}

/// The text with hard wrapping undone, each way that gives a different text.
/// Data lines start with a label or `| `, so every other line in the data
/// was broken off the one above it; the receipt line ends the data.
fn unwrapped(text: &str) -> Vec<String> {
    let keep = |line: &str, next: &str| email::is_data_line(next) || email::is_receipt_line(line);
    let mut candidates = vec![unwrap::rejoin_with(text, keep), unwrap::rejoin_at(text, 0, keep, Join::Space)];
    if let Some(width) = unwrap::wrap_width(text) {
        candidates.push(unwrap::rejoin_at(text, 0, keep, Join::ByWidth(width)));
    }
    candidates.push(unwrap::rejoin_at(text, 0, keep, Join::Nothing));
    let mut distinct: Vec<String> = Vec::new();
    for c in candidates {
        if c != text && !distinct.contains(&c) {
            distinct.push(c);
        }
    }
    distinct
}

fn found(checked: Checked) -> Found {
    Found { package: checked.package, stated_receipt: Some(checked.stated_receipt), exported_at: None }
}

/// The reader's error as a reason. A line the reader cannot use that is the
/// last line of the text was most likely cut off there.
fn reason(e: EmailTextError, text: &str) -> UnreadableReason {
    let last = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).last().map_or(0, |(i, _)| i + 1);
    match e {
        EmailTextError::NoData => UnreadableReason::NoIgfData,
        EmailTextError::Truncated { .. } => UnreadableReason::Truncated,
        EmailTextError::Unexpected { line, .. } | EmailTextError::Value { line, .. } if line == last => {
            UnreadableReason::Truncated
        }
        EmailTextError::Version { ref version, .. } => match version.parse() {
            Ok(n) => UnreadableReason::NewerSchema(n),
            Err(_) => UnreadableReason::EmailTextDamaged(e),
        },
        e => UnreadableReason::EmailTextDamaged(e),
    }
}

/// A JSON export pasted into an email instead of the app's text: from the
/// `{` before its `"format"` to the last `}`.
fn read_pasted_json(text: &str) -> Result<Found, UnreadableReason> {
    let Some(format) = text.find("\"format\"") else { return Err(UnreadableReason::NoIgfData) };
    let Some(start) = text[..format].rfind('{') else { return Err(UnreadableReason::NoIgfData) };
    let block = &text[start..];
    if !block.contains("\"igf-messages\"") {
        return Err(UnreadableReason::NoIgfData);
    }
    let end = block.rfind('}').map_or(block.len(), |i| i + 1);
    read_wrapped_json(block[..end].trim())
}

/// Reads JSON that a mail program may have hard-wrapped. Each way of undoing
/// the wrapping is tried until one gives the content its stated receipt,
/// since the receipt is a checksum of the content.
pub fn read_wrapped_json(block: &str) -> Result<Found, UnreadableReason> {
    let first = read_json(block);
    if !block.contains('\n') || first.as_ref().is_ok_and(receipt_matches) {
        return first;
    }
    let mut best = first;
    for join in joins(block) {
        let attempt = read_json(&rejoin_json(block, join));
        if attempt.as_ref().is_ok_and(receipt_matches) {
            return attempt;
        }
        best = match (best, attempt) {
            (Err(b), Err(a)) => Err(b.most_telling(a)),
            (Err(_), ok @ Ok(_)) => ok,
            (ok @ Ok(_), _) => ok,
        };
    }
    best
}

fn receipt_matches(found: &Found) -> bool {
    found.stated_receipt.as_deref() == Some(found.package.receipt().as_str())
}

/// Reads a body that may be a reply or a forward: as it is, then with each
/// level of `> ` quoting taken off, until one reading finds the package.
pub fn read_text(text: &str) -> Result<Found, UnreadableReason> {
    let mut error = UnreadableReason::NoIgfData;
    for candidate in quote::candidates(text) {
        match read_body(&candidate) {
            Ok(found) => return Ok(found),
            Err(e) => error = error.most_telling(e),
        }
    }
    Err(error)
}
