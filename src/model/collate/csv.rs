//! The collation as CSV: the person's CSV columns (docs/export-format.md),
//! one row per comment and per commitment action of every distinct package,
//! plus where each row stands.

use super::collation::Collation;
use super::locate::{located_message_id, quoted_text};
use crate::model::comment::CommentTarget;
use crate::model::document::Library;
use crate::model::export::csv::{action_rows, comment_row, row, COLUMNS};

/// Added after the person's columns. `receipt` there is the receipt written
/// with the data; `package_receipt` is the one its content gives.
pub const EXTRA_COLUMNS: [&str; 3] = ["package_receipt", "package_status", "current_message_id"];

/// Every column, in order.
pub fn columns() -> Vec<&'static str> {
    COLUMNS.iter().chain(EXTRA_COLUMNS.iter()).copied().collect()
}

/// The CSV, UTF-8 with a byte-order mark and CRLF rows, every cell guarded
/// against formula injection as the person's export is. Duplicates are left
/// out; superseded versions are kept and marked, so nothing received is hidden.
/// `package_status` is the row's: `superseded` when the same person later sent
/// a newer version of that comment or commitment, else `changed` or `ok` by
/// the package's receipt.
pub fn write(c: &Collation, library: &Library) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&columns().into_iter().map(str::to_owned).collect::<Vec<_>>()));
    for (e, entry) in c.entries().iter().enumerate() {
        let p = &entry.received.package;
        let stated = entry.received.stated_receipt.as_deref().unwrap_or_default();
        for (i, comment) in p.comments.iter().enumerate() {
            let mut r = comment_row(comment, p, library, stated);
            if let Some(i) = COLUMNS.iter().position(|c| *c == "quoted_text") {
                r[i] = quoted_text(&comment.target, library);
            }
            let located = match &comment.target {
                CommentTarget::Message(a) => located_message_id(a, library).map(|id| id.to_string()),
                _ => None,
            };
            r.extend([entry.receipt.clone(), c.comment_status(e, i).slug().to_owned(), located.unwrap_or_default()]);
            out.push_str(&row(&r));
        }
        for (i, commitment) in p.commitments.iter().enumerate() {
            for mut r in action_rows(p, commitment, stated) {
                r.extend([entry.receipt.clone(), c.commitment_status(e, i).slug().to_owned(), String::new()]);
                out.push_str(&row(&r));
            }
        }
    }
    out
}
