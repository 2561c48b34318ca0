use crate::model::date::Date;

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

#[cfg(test)]
mod tests {
    use super::*;

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
