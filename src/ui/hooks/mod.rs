mod use_autosave;
mod use_copy_link;
mod use_focus_target;
mod use_hash_route;
mod use_i18n;
mod use_import;
mod use_language;
mod use_now;
mod use_outbox;

pub use use_autosave::use_autosave;
pub use use_copy_link::use_copy_link;
pub use use_focus_target::use_focus_target;
pub use use_hash_route::use_hash_route;
pub use use_i18n::use_i18n;
pub use use_import::{counts as import_counts, use_import, Import, ImportState};
pub use use_language::{use_language, Language};
pub use use_now::use_now;
pub use use_outbox::{use_outbox, Copied, FileOut, Outbox};
