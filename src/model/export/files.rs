//! Each file a package can be saved as: its name, type and contents, built
//! when the person asks for it, not before.

use super::package::Package;
use super::{csv, email, eml, markdown};
use crate::model::date::Date;
use crate::model::document::Library;
use crate::model::i18n::I18n;

/// A file to hand to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOut {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

/// The email as a ready-to-send `.eml`, with the JSON attached.
pub fn eml_file(p: &Package, i18n: &I18n, exported_at: i64) -> FileOut {
    let receipt = p.receipt();
    let subject = email::subject(p, i18n, &receipt);
    let body = email::body(p, i18n);
    let json = p.to_json(exported_at).to_text();
    let attachment = format!("igf-messages-{receipt}.json");
    let text = eml::build(&p.recipient, &subject, &body, &attachment, &json, &format!("igf-messages-{receipt}"));
    FileOut { name: format!("igf-messages-{receipt}.eml"), mime: "message/rfc822", text }
}

pub fn json_file(p: &Package, exported_at: i64) -> FileOut {
    let text = p.to_json(exported_at).to_pretty();
    FileOut { name: format!("igf-messages-{}.json", p.receipt()), mime: "application/json", text }
}

pub fn csv_file(p: &Package, library: &Library) -> FileOut {
    let receipt = p.receipt();
    FileOut { name: format!("igf-messages-{receipt}.csv"), mime: "text/csv", text: csv::write(p, library, &receipt) }
}

pub fn markdown_file(p: &Package, i18n: &I18n, date: &dyn Fn(Date) -> String) -> FileOut {
    let receipt = p.receipt();
    FileOut {
        name: format!("igf-messages-{receipt}.md"),
        mime: "text/markdown",
        text: markdown::write(p, i18n, &receipt, date),
    }
}
