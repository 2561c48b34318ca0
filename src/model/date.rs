//! Calendar dates without a time zone, as the IGF documents write them.

use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses "17 November 2020" (the documents' style) or "2020-11-17" (ISO 8601).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        Date::parse_iso(s).or_else(|| Date::parse_long(s))
    }

    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    fn parse_long(s: &str) -> Option<Date> {
        let mut words = s.split_whitespace();
        let (d, m, y) = (words.next()?, words.next()?, words.next()?);
        if words.next().is_some() {
            return None;
        }
        let month = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(m))? as u8 + 1;
        Date::new(y.parse().ok()?, month, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole days from `self` until `other`; negative when `other` is earlier.
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// "17 November 2020": the style of the source documents, used where the UI has no locale.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, MONTHS[usize::from(self.month - 1)], self.year)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_both_styles() {
        let d = Date::new(2020, 11, 17).unwrap();
        assert_eq!(Date::parse("17 November 2020"), Some(d));
        assert_eq!(Date::parse(" 17  november 2020 "), Some(d));
        assert_eq!(Date::parse("2020-11-17"), Some(d));
        assert_eq!(d.to_string(), "17 November 2020");
        assert_eq!(d.to_iso(), "2020-11-17");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in ["31 November 2020", "29 February 2021", "2020-13-01", "2020-1-1", "", "Tuesday", "1 Nov 2020 x"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("29 February 2020").is_some());
    }

    #[test]
    fn counts_days() {
        let epoch = Date::new(1970, 1, 1).unwrap();
        assert_eq!(epoch.days_since_epoch(), 0);
        let a = Date::new(2021, 12, 6).unwrap();
        let b = Date::new(2021, 12, 10).unwrap();
        assert_eq!(a.days_until(b), 4);
        assert_eq!(b.days_until(a), -4);
        assert_eq!(Date::new(2020, 11, 17).unwrap().days_until(Date::new(2021, 11, 17).unwrap()), 365);
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -800_000i64..800_000) {
            let d = Date::from_days_since_epoch(days);
            prop_assert!(Date::new(d.year, d.month, d.day).is_some());
            prop_assert_eq!(d.days_since_epoch(), days);
        }

        #[test]
        fn text_round_trip(days in -600_000i64..2_900_000) {
            let d = Date::from_days_since_epoch(days);
            prop_assert_eq!(Date::parse(&d.to_string()), Some(d));
            prop_assert_eq!(Date::parse_iso(&d.to_iso()), Some(d));
        }
    }
}
