//! The collation page's components, one per file. They render state and
//! send actions; the browser is reached only through `super::hooks`.

mod add_inputs;
mod clear_collation;
mod comment_entry;
mod comment_list;
mod comments_by_document;
mod commitment_entry;
mod commitment_list;
mod desk;
mod document_section;
mod download_buttons;
mod filter_bar;
mod filter_select;
mod keeping_notice;
mod message_block;
mod overview_panel;
mod proposed_diff;
mod reading_progress;
mod tally_table;
mod unreadable_list;

pub use add_inputs::AddInputs;
pub use clear_collation::ClearCollation;
pub use comment_entry::CommentEntry;
pub use comment_list::CommentList;
pub use comments_by_document::CommentsByDocument;
pub use commitment_entry::CommitmentEntry;
pub use commitment_list::CommitmentList;
pub use desk::{Desk, DeskProps};
pub use document_section::DocumentSection;
pub use download_buttons::DownloadButtons;
pub use filter_bar::FilterBar;
pub use filter_select::FilterSelect;
pub use keeping_notice::KeepingNotice;
pub use message_block::MessageBlock;
pub use overview_panel::OverviewPanel;
pub use proposed_diff::ProposedDiff;
pub use reading_progress::ReadingProgress;
pub use tally_table::TallyTable;
pub use unreadable_list::UnreadableList;
