mod copy_status_line;
mod doc_header;
mod document_view;
mod empty_track;
mod highlighted;
mod load_errors;
mod message_item;
mod question_section;
mod search_box;
mod search_empty;
mod toc;
mod track_nav;

pub use copy_status_line::CopyStatusLine;
pub use doc_header::DocHeader;
pub use document_view::DocumentView;
pub use empty_track::EmptyTrack;
pub use highlighted::Highlighted;
pub use load_errors::LoadErrors;
pub use message_item::MessageItem;
pub use question_section::QuestionSection;
pub use search_box::SearchBox;
pub use search_empty::SearchEmpty;
pub use toc::Toc;
pub use track_nav::TrackNav;

use crate::core::i18n::Key;
use crate::core::track::Track;

/// The interface key for a track's name.
pub fn track_key(track: Track) -> Key {
    match track {
        Track::Data => Key::TrackData,
        Track::Environment => Key::TrackEnvironment,
        Track::Inclusion => Key::TrackInclusion,
        Track::Trust => Key::TrackTrust,
    }
}
