mod use_autosave;
mod use_copy_link;
mod use_focus_target;
mod use_hash_route;
mod use_i18n;

pub use use_autosave::use_autosave;
pub use use_copy_link::use_copy_link;
pub use use_focus_target::use_focus_target;
pub use use_hash_route::use_hash_route;
pub use use_i18n::use_i18n;
