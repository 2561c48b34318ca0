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
        Date::from_digits(y, m.parse().ok()?, d)
    }

    /// The date from a year and a day in digits: each number read as a
    /// `u32`, the one integer parser the reader's wasm already has (parsers
    /// for `i32` and `u8` cost more), so a minus sign is refused.
    fn from_digits(y: &str, month: u32, d: &str) -> Option<Date> {
        let number = |s: &str| s.parse::<u32>().ok();
        Date::new(i32::try_from(number(y)?).ok()?, u8::try_from(month).ok()?, u8::try_from(number(d)?).ok()?)
    }

    fn parse_long(s: &str) -> Option<Date> {
        let mut words = s.split_whitespace();
        let (d, m, y) = (words.next()?, words.next()?, words.next()?);
        if words.next().is_some() {
            return None;
        }
        let month = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(m))? as u32 + 1;
        Date::from_digits(y, month, d)
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

/// A date as typed into the GOV.UK date input: day, month and year, each as
/// the person typed it, so nothing they typed is lost while it is incomplete.
/// Stored as `year-month-day`, with empty parts where nothing was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// A digit as Arabic, Persian and Chinese keyboards type it (٣, ۳, ３), in
/// 0-9; any other character as it is.
fn western_digit(c: char) -> char {
    let zero = match c {
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        '\u{ff10}'..='\u{ff19}' => 0xff10,
        _ => return c,
    };
    char::from_digit(c as u32 - zero, 10).unwrap_or(c)
}

/// What is wrong with a typed date, as GOV.UK names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Missing,
    /// Some of day, month and year are there, not all.
    Incomplete,
    /// All three are there but make no date, such as 30 February.
    NotReal,
}

impl DateParts {
    pub fn from_stored(s: &str) -> DateParts {
        let mut parts = s.splitn(3, '-').map(|p| p.trim().to_owned());
        let year = parts.next().unwrap_or_default();
        let month = parts.next().unwrap_or_default();
        let day = parts.next().unwrap_or_default();
        DateParts { day, month, year }
    }

    /// Empty when nothing was typed; digits only, since a `-` would split it,
    /// and in 0-9, which is what every reader of the stored date expects.
    pub fn to_stored(&self) -> String {
        let clean =
            |s: &str| s.chars().filter(|c| !c.is_whitespace() && *c != '-').map(western_digit).collect::<String>();
        let (d, m, y) = (clean(&self.day), clean(&self.month), clean(&self.year));
        if d.is_empty() && m.is_empty() && y.is_empty() {
            String::new()
        } else {
            format!("{y}-{m}-{d}")
        }
    }

    pub fn check(&self) -> Result<Date, DateProblem> {
        let parts = [&self.day, &self.month, &self.year];
        match parts.iter().filter(|p| p.trim().is_empty()).count() {
            3 => return Err(DateProblem::Missing),
            0 => {}
            _ => return Err(DateProblem::Incomplete),
        }
        let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
            let s: String = s.trim().chars().map(western_digit).collect();
            (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (Some(d), Some(m), Some(y)) =
            (number(&self.day, 1..=2), number(&self.month, 1..=2), number(&self.year, 4..=4))
        else {
            return Err(DateProblem::NotReal);
        };
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else { return Err(DateProblem::NotReal) };
        Date::new(y as i32, m, d).ok_or(DateProblem::NotReal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_are_checked_the_gov_uk_way_and_keep_what_was_typed() {
        let typed = |d: &str, m: &str, y: &str| DateParts { day: d.into(), month: m.into(), year: y.into() };
        assert_eq!(typed("", "", "").check(), Err(DateProblem::Missing));
        assert_eq!(typed("3", "", "2021").check(), Err(DateProblem::Incomplete));
        assert_eq!(typed("30", "2", "2021").check(), Err(DateProblem::NotReal));
        assert_eq!(typed("3", "6", "21").check(), Err(DateProblem::NotReal), "a year has four digits");
        assert_eq!(typed("3", "6", "2021").check(), Date::new(2021, 6, 3).ok_or(DateProblem::NotReal));
        assert_eq!(typed("3", "", "2021").to_stored(), "2021--3");
        assert_eq!(DateParts::from_stored("2021--3"), typed("3", "", "2021"));
        assert_eq!(DateParts::from_stored("2021-06-30").check(), Date::new(2021, 6, 30).ok_or(DateProblem::NotReal));
        // Arabic phone keyboards type Arabic-Indic digits; Persian and Chinese ones their own.
        for (d, m, y) in [("٣٠", "٦", "٢٠٢١"), ("۳۰", "۶", "۲۰۲۱"), ("３０", "６", "２０２１")] {
            assert_eq!(typed(d, m, y).check(), Date::new(2021, 6, 30).ok_or(DateProblem::NotReal), "{d}/{m}/{y}");
            assert_eq!(typed(d, m, y).to_stored(), "2021-6-30", "{d}/{m}/{y}");
        }
        assert_eq!(typed("٣٠", "٢", "٢٠٢١").check(), Err(DateProblem::NotReal), "30 February in any digits");
        assert_eq!(typed("", "", "").to_stored(), "");
        assert_eq!(typed(" 1-2", "x", "").to_stored(), "-x-12", "a typed hyphen cannot move a part");
    }
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
