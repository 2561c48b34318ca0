use crate::model::date::Date;
use crate::model::document::{Document, Revision};

/// Where public comment stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineStatus {
    /// Comments are open; `days_left` ≥ 1 whole days remain after today.
    Open { days_left: i64 },
    /// Today is the last day.
    LastDay,
    /// The deadline has passed. Drafting and exporting still work.
    Closed,
}

pub fn status(today: Date, deadline: Date) -> DeadlineStatus {
    match today.days_until(deadline) {
        0 => DeadlineStatus::LastDay,
        d if d < 0 => DeadlineStatus::Closed,
        d => DeadlineStatus::Open { days_left: d },
    }
}

/// Whether one version of a track takes comments. The deadline belongs to the
/// version: its own "Comments close:" line, which the host's deadline
/// (`data-comment-deadline`) overrides for the newest version only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// The newest version, with no deadline: open.
    Open,
    /// The version has a deadline; `status` is where it stands today.
    /// `superseded`: a later version exists.
    Deadline { date: Date, status: DeadlineStatus, superseded: bool },
    /// The newest version is a final version with no deadline: published, not
    /// put out for comment.
    Final,
    /// An older version with no deadline of its own.
    Superseded,
}

impl Period {
    /// `doc` is one version of its track; `newest` says whether it is the
    /// newest one; `host` is the host page's deadline.
    pub fn of(doc: &Document, newest: bool, host: Option<Date>, today: Date) -> Period {
        let deadline = if newest { host.or(doc.comment_deadline) } else { doc.comment_deadline };
        match deadline {
            Some(date) => Period::Deadline { date, status: status(today, date), superseded: !newest },
            None if !newest => Period::Superseded,
            None if doc.revision == Revision::Final => Period::Final,
            None => Period::Open,
        }
    }

    /// Comments on this version are welcome today. Drafting and exporting work
    /// either way.
    pub fn is_open(self) -> bool {
        match self {
            Period::Open => true,
            Period::Deadline { status, superseded, .. } => !superseded && status != DeadlineStatus::Closed,
            Period::Final | Period::Superseded => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::parse;

    fn version(header: &str) -> Document {
        let text = format!("IGF 2020 Messages\nTrust\n{header}\nMessages related to Overarching Policy Question 1\nWhy?\n- A message.\n");
        parse(&text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn each_version_has_its_own_deadline_and_the_host_overrides_the_newest_only() {
        let day = |d| Date::new(2020, 12, d).unwrap();
        let v1 = version("Version 1: 17 November 2020\nComments close: 8 December 2020");
        let v2 = version("Version 2: 10 December 2020\nComments close: 20 December 2020");
        let today = day(10);
        assert_eq!(
            Period::of(&v1, false, Some(day(30)), today),
            Period::Deadline { date: day(8), status: DeadlineStatus::Closed, superseded: true }
        );
        let own = Period::of(&v2, true, None, today);
        assert_eq!(
            own,
            Period::Deadline { date: day(20), status: DeadlineStatus::Open { days_left: 10 }, superseded: false }
        );
        assert!(own.is_open());
        let host = Period::of(&v2, true, Some(day(9)), today);
        assert_eq!(host, Period::Deadline { date: day(9), status: DeadlineStatus::Closed, superseded: false });
        assert!(!host.is_open(), "the host's deadline wins for the newest version");
        assert!(Period::of(&v2, true, Some(day(10)), today).is_open(), "the last day is still open");
    }

    #[test]
    fn without_a_deadline_the_newest_is_open_unless_final() {
        let today = Date::new(2020, 12, 10).unwrap();
        let v1 = version("Version 1: 17 November 2020");
        let fin = version("Final version: 8 January 2021");
        assert_eq!(Period::of(&v1, true, None, today), Period::Open);
        assert!(Period::Open.is_open());
        assert_eq!(Period::of(&v1, false, None, today), Period::Superseded);
        assert!(!Period::Superseded.is_open());
        assert_eq!(Period::of(&fin, true, None, today), Period::Final);
        assert!(!Period::Final.is_open());
        let reopened = Period::of(&fin, true, Some(Date::new(2021, 1, 31).unwrap()), today);
        assert!(reopened.is_open(), "a host may still open a final version for comment");
    }

    #[test]
    fn counts_down_to_closed() {
        let deadline = Date::new(2020, 12, 8).unwrap();
        assert_eq!(status(Date::new(2020, 11, 17).unwrap(), deadline), DeadlineStatus::Open { days_left: 21 });
        assert_eq!(status(Date::new(2020, 12, 7).unwrap(), deadline), DeadlineStatus::Open { days_left: 1 });
        assert_eq!(status(deadline, deadline), DeadlineStatus::LastDay);
        assert_eq!(status(Date::new(2020, 12, 9).unwrap(), deadline), DeadlineStatus::Closed);
        assert_eq!(status(Date::new(2026, 11, 23).unwrap(), deadline), DeadlineStatus::Closed);
    }
}
