//! A package read from JSON, with what the JSON says about itself.

use super::unreadable::UnreadableReason;
use crate::model::export::import::{self, ImportError, MAX_BYTES};
use crate::model::export::Package;
use crate::model::json::Json;
use crate::model::store::Draft;

/// A package as read, before the collation checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub package: Package,
    /// The receipt written with the data; `None` if it has none.
    pub stated_receipt: Option<String>,
    /// When the person exported or sent it (ms since 1970), if the data says.
    pub exported_at: Option<i64>,
}

/// Reads the app's JSON export, with the importer's checks.
pub fn read_json(text: &str) -> Result<Found, UnreadableReason> {
    let imported = import::read(text).map_err(|e| reason(e, text))?;
    let (mut comments, mut commitments) = (Vec::new(), Vec::new());
    for draft in imported.drafts {
        match draft {
            Draft::Comment(c) => comments.push(c),
            Draft::Commitment(k) => commitments.push(k),
        }
    }
    // The importer has parsed it once already; the envelope fields it does not
    // keep are read from a second parse, which costs far less than the checks.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json = Json::parse(text).map_err(|e| UnreadableReason::JsonInvalid(ImportError::NotJson(e)))?;
    let recipient = json.get("recipient").and_then(Json::as_str).unwrap_or_default().to_owned();
    Ok(Found {
        package: Package {
            comments,
            commitments,
            sender: imported.sender.unwrap_or_default(),
            recipient,
            ..Package::default()
        },
        stated_receipt: json.get("receipt").and_then(Json::as_str).map(str::to_owned),
        exported_at: json.get("exportedAt").and_then(Json::as_i64),
    })
}

fn reason(e: ImportError, text: &str) -> UnreadableReason {
    match e {
        ImportError::Empty => UnreadableReason::Empty,
        ImportError::TooLarge(bytes) => UnreadableReason::TooLarge { bytes, limit: MAX_BYTES },
        ImportError::NotJson(j) if j.offset + 1 >= text.trim_start_matches('\u{feff}').trim_end().len() => {
            UnreadableReason::Truncated
        }
        e @ ImportError::NotJson(_) => UnreadableReason::JsonInvalid(e),
        ImportError::NotAnExport | ImportError::EmailWithoutDrafts | ImportError::NotOurs => {
            UnreadableReason::NoIgfData
        }
        ImportError::Newer(n) => UnreadableReason::NewerSchema(n),
        e @ (ImportError::Field(_) | ImportError::DuplicateId(_)) => UnreadableReason::ChangedAfterWriting(e),
    }
}
