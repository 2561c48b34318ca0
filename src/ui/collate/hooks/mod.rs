//! The collation page's hooks: the only place it reaches the browser.

mod use_clear;
mod use_collate_i18n;
mod use_collate_language;
mod use_collation_view;
mod use_downloads;
mod use_intake;

pub use use_clear::use_clear;
pub use use_collate_i18n::use_collate_i18n;
pub use use_collate_language::{use_collate_language, CollateLanguage};
pub use use_collation_view::use_collation_view;
pub use use_downloads::{use_downloads, DownloadInputs, Downloads};
pub use use_intake::{use_intake, Adding};
