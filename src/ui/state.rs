use crate::core::route::Target;
use crate::core::track::Track;
use std::rc::Rc;
use yew::Reducible;

/// Everything the interface shows that is not in the documents themselves.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub track: Track,
    /// The question or message the person navigated to.
    pub target: Option<Target>,
    pub query: String,
    /// Bumped when a navigation should move keyboard focus to its target.
    pub focus_request: u32,
    pub copy: CopyStatus,
}

/// What became of the last "Copy link".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    Copied,
    /// The browser refused; the link is shown for the person to copy by hand.
    Failed(String),
}

pub enum Action {
    Navigate { target: Target, focus: bool },
    Search(String),
    ClearSearch,
    Copied(CopyStatus),
}

impl AppState {
    pub fn new(track: Track, target: Option<Target>) -> AppState {
        AppState { track, target, query: String::new(), focus_request: u32::from(target.is_some()), copy: CopyStatus::Idle }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate { target, focus } => {
                next.track = target.track();
                next.target = Some(target);
                // A link must reach its target even if a search was hiding it.
                if !matches!(target, Target::Track(_)) || target.track() != self.track {
                    next.query.clear();
                }
                next.copy = CopyStatus::Idle;
                if focus {
                    next.focus_request = next.focus_request.wrapping_add(1);
                }
            }
            Action::Search(query) => next.query = query,
            Action::ClearSearch => next.query.clear(),
            Action::Copied(status) => next.copy = status,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::MessageId;

    #[test]
    fn navigating_to_a_message_clears_the_search_and_asks_for_focus() {
        let state = Rc::new(AppState::new(Track::Trust, None));
        let state = state.reduce(Action::Search("covid".into()));
        let target = Target::Message(MessageId { track: Track::Trust, question: 1, number: 2 });
        let state = state.reduce(Action::Navigate { target, focus: true });
        assert_eq!(state.query, "");
        assert_eq!(state.focus_request, 1);
        assert_eq!(state.target, Some(target));
        let state = state.reduce(Action::Search("x".into())).reduce(Action::Navigate { target: Target::Track(Track::Trust), focus: false });
        assert_eq!(state.query, "x", "re-selecting the same track keeps the search");
        assert_eq!(state.focus_request, 1);
        let state = state.reduce(Action::Navigate { target: Target::Track(Track::Data), focus: true });
        assert_eq!((state.track, state.query.as_str(), state.focus_request), (Track::Data, "", 2));
    }
}
