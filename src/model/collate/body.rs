//! The plain-text body of an email, as a person's mail program delivered it,
//! to a package.

use super::found::{read_json, Found};
use super::mail::quote;
use super::repair::{joins, rejoin_json};
use super::unreadable::UnreadableReason;
use crate::model::export::email::{BEGIN, END};

/// THE one place where the plain-text body of an email becomes a package.
/// Everything else in the collation reaches the body through here.
///
/// Today it reads the JSON between the `BEGIN`/`END` markers that
/// `export::email::body` writes, undoing hard wrapping (see [`super::repair`]).
/// When `export::email::read` lands, re-point it:
///
/// ```text
/// pub fn read_body(text: &str) -> Result<Found, UnreadableReason> {
///     let read = |t: &str| email::read(t);
///     let package = read(text).or_else(|_| read(&mail::unwrap::rejoin(text)))
///         .map_err(|e| /* map the reader's error to an UnreadableReason */)?;
///     Ok(Found { stated_receipt: /* the body's receipt line */, exported_at: None, package })
/// }
/// ```
///
/// The text given is already decoded (transfer encoding, charset, HTML,
/// `format=flowed`, line ends) and has had quote marks taken off by [`read_text`].
pub fn read_body(text: &str) -> Result<Found, UnreadableReason> {
    let Some(begin) = text.find(BEGIN) else { return Err(UnreadableReason::NoIgfData) };
    let after = &text[begin + BEGIN.len()..];
    let Some(end) = after.find(END) else { return Err(UnreadableReason::Truncated) };
    read_wrapped_json(after[..end].trim())
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
