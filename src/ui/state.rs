use crate::model::document::Revision;
use crate::model::route::{Route, Target};
use crate::model::track::Track;
use std::rc::Rc;
use yew::Reducible;

/// The id of the heading each screen other than the reader starts with.
pub const VIEW_TITLE_ID: &str = "igf-view-title";

/// The notice that a link's question or message is not in the document,
/// where focus goes instead.
pub const NOT_FOUND_ID: &str = "igf-not-found";

/// Where the person is and what the reader shows. Drafts live in
/// [`crate::ui::drafts::DraftsState`].
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The track the reader shows, kept while other screens are open.
    pub track: Track,
    pub route: Route,
    pub query: String,
    /// Bumped when a navigation should move keyboard focus to its target.
    pub focus_request: u32,
    pub copy: CopyStatus,
    /// Where the person was before "Your details", to return there after.
    pub came_from: Option<Route>,
    /// Where the person left the reader to comment or commit to act, so that
    /// "Back to the Messages" returns there and not to the top of the track.
    pub left_at: Option<Target>,
}

/// What became of the last "Copy link".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Idle,
    /// The link to this place is on the clipboard.
    Copied(Target),
    /// The browser refused; the link is shown for the person to copy by hand.
    Failed(String),
    /// The browser refused a download (a sandboxed frame without
    /// `allow-downloads`, or a policy).
    DownloadFailed,
}

pub enum Action {
    Navigate {
        route: Route,
        focus: bool,
    },
    /// The URL no longer names a place (Back to before the first link): show
    /// the reader at the current track.
    Home,
    Search(String),
    ClearSearch,
    Copied(CopyStatus),
    /// The person leaves the reader from this place (Comment, Commit to act).
    LeftAt(Target),
}

impl AppState {
    pub fn new(track: Track, route: Option<Route>) -> AppState {
        let focus_request = u32::from(route.is_some());
        let route = route.unwrap_or(Route::Read(Target::Track(track), None));
        let track = match &route {
            Route::Read(t, _) => t.track(),
            Route::Changes(t, _) => *t,
            _ => track,
        };
        AppState {
            track,
            route,
            query: String::new(),
            focus_request,
            copy: CopyStatus::Idle,
            came_from: None,
            left_at: None,
        }
    }

    /// The reader's target, when the reader is open.
    pub fn target(&self) -> Option<Target> {
        match self.route {
            Route::Read(t, _) => Some(t),
            _ => None,
        }
    }

    /// Where "Back to the Messages" leads: the reader's place while it is open,
    /// else where the person left it, unless a search was on (going back to
    /// the track keeps the search, a message's link would clear it).
    pub fn reading(&self) -> Target {
        self.target().or(self.left_at.filter(|t| t.track() == self.track)).unwrap_or(Target::Track(self.track))
    }

    /// The version the reader shows (`None`: the newest), when it is open.
    pub fn version(&self) -> Option<Revision> {
        match self.route {
            Route::Read(_, version) => version,
            _ => None,
        }
    }

    /// Where "Save details" leads: back to where the person came from, or to
    /// their comments when they came straight to the form.
    pub fn after_details(&self) -> Route {
        match &self.came_from {
            Some(Route::Details) | None => Route::Comments,
            Some(route) => route.clone(),
        }
    }

    /// The element that keyboard focus moves to after a navigation.
    pub fn focus_id(&self) -> String {
        match &self.route {
            Route::Read(t, _) => t.element_id(),
            // A "Change" link lands on the field it names.
            Route::Commitment(_, Some(field)) => format!("igf-field-{field}"),
            _ => VIEW_TITLE_ID.to_owned(),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate { route, focus } => {
                if let Route::Read(target, version) = route {
                    next.track = target.track();
                    next.left_at = None;
                    // A link must reach its target even if a search was hiding it.
                    if !matches!(target, Target::Track(_)) || target.track() != self.track || version != self.version()
                    {
                        next.query.clear();
                    }
                }
                if route == Route::Details && self.route != Route::Details {
                    next.came_from = Some(self.route.clone());
                }
                if let Route::Changes(track, _) = route {
                    next.track = track;
                }
                next.route = route;
                next.copy = CopyStatus::Idle;
                if focus {
                    next.focus_request = next.focus_request.wrapping_add(1);
                }
            }
            Action::Home => {
                next.route = Route::Read(Target::Track(self.track), None);
                next.left_at = None;
                next.focus_request = next.focus_request.wrapping_add(1);
            }
            Action::Search(query) => next.query = query,
            Action::ClearSearch => next.query.clear(),
            Action::Copied(status) => next.copy = status,
            // A message's number belongs to its version, and "Back to the
            // Messages" opens the newest: an older version's place is left out.
            Action::LeftAt(target) => {
                next.left_at = (self.query.is_empty() && self.version().is_none()).then_some(target)
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::MessageId;

    fn read(target: Target) -> Action {
        Action::Navigate { route: Route::Read(target, None), focus: true }
    }

    #[test]
    fn navigating_to_a_message_clears_the_search_and_asks_for_focus() {
        let state = Rc::new(AppState::new(Track::Trust, None));
        assert_eq!(state.focus_request, 0);
        let state = state.reduce(Action::Search("covid".into()));
        let target = Target::Message(MessageId { track: Track::Trust, question: 1, number: 2 });
        let state = state.reduce(read(target));
        assert_eq!(state.query, "");
        assert_eq!(state.focus_request, 1);
        assert_eq!(state.target(), Some(target));
        assert_eq!(state.focus_id(), "igf-trust-q1-m2");
        let state = state
            .reduce(Action::Search("x".into()))
            .reduce(Action::Navigate { route: Route::Read(Target::Track(Track::Trust), None), focus: false });
        assert_eq!(state.query, "x", "re-selecting the same track keeps the search");
        let state = state.reduce(read(Target::Track(Track::Data)));
        assert_eq!((state.track, state.query.as_str(), state.focus_request), (Track::Data, "", 2));
    }

    #[test]
    fn back_to_the_messages_returns_where_the_person_left_the_reader() {
        let m = Target::Message(MessageId { track: Track::Trust, question: 2, number: 4 });
        let state = Rc::new(AppState::new(Track::Trust, None));
        let left = state.reduce(Action::LeftAt(m)).reduce(Action::Navigate { route: Route::Comments, focus: true });
        assert_eq!(left.reading(), m);
        let back = left.clone().reduce(read(m));
        assert_eq!((back.reading(), back.left_at), (m, None), "reading again forgets it");
        let other = left
            .reduce(read(Target::Track(Track::Data)))
            .reduce(Action::Navigate { route: Route::Comments, focus: true });
        assert_eq!(other.reading(), Target::Track(Track::Data), "another track's reader is left at its top");
        let searching = Rc::new(AppState::new(Track::Trust, None)).reduce(Action::Search("trust".into()));
        let searching =
            searching.reduce(Action::LeftAt(m)).reduce(Action::Navigate { route: Route::Comments, focus: true });
        assert_eq!(
            searching.reading(),
            Target::Track(Track::Trust),
            "with a search on, back to the track keeps the search"
        );
        let older = Rc::new(AppState::new(
            Track::Trust,
            Some(Route::Read(Target::Track(Track::Trust), Some(Revision::Numbered(1)))),
        ));
        let older = older.reduce(Action::LeftAt(m)).reduce(Action::Navigate { route: Route::Comments, focus: true });
        assert_eq!(older.reading(), Target::Track(Track::Trust), "2.4 of Version 1 may not be the newest's 2.4");
    }

    #[test]
    fn other_screens_keep_the_readers_track_and_search() {
        let state = Rc::new(AppState::new(Track::Trust, None)).reduce(Action::Search("trust".into()));
        let state = state.reduce(Action::Navigate { route: Route::Comments, focus: true });
        assert_eq!((state.track, state.query.as_str(), state.target()), (Track::Trust, "trust", None));
        assert_eq!(state.focus_id(), VIEW_TITLE_ID);
    }

    #[test]
    fn a_version_in_the_route_is_the_readers_and_changes_keep_the_track() {
        let v1 = Some(Revision::Numbered(1));
        let state = Rc::new(AppState::new(Track::Data, Some(Route::Read(Target::Track(Track::Trust), v1))));
        assert_eq!((state.track, state.version()), (Track::Trust, v1));
        let state = state.reduce(Action::Search("covid".into()));
        let state = state.reduce(read(Target::Track(Track::Trust)));
        assert_eq!((state.version(), state.query.as_str()), (None, ""), "another version is another text to search");
        let state =
            state.reduce(Action::Navigate { route: Route::Changes(Track::Data, Revision::Numbered(1)), focus: true });
        assert_eq!((state.track, state.target(), state.version()), (Track::Data, None, None));
        assert_eq!(state.focus_id(), VIEW_TITLE_ID);
    }
}
