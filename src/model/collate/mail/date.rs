//! The `Date:` header (RFC 5322 §3.3, with the obsolete zone names of §4.3),
//! so that a package read from an email's text, which carries no times, is
//! placed in time by when it was sent.

use crate::model::date::Date;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `Mon, 23 Nov 2020 10:00:00 +0100` (day name, seconds and comments
/// optional) as milliseconds since 1970 UTC; `None` for anything else.
pub fn parse(value: &str) -> Option<i64> {
    let without_comments: String = value.split('(').map(|part| part.split_once(')').map_or(part, |(_, r)| r)).collect();
    let after_day_name = without_comments.split_once(',').map_or(without_comments.as_str(), |(_, rest)| rest);
    let mut words = after_day_name.split_whitespace();
    let day: u8 = words.next()?.parse().ok()?;
    let month = words.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| month.starts_with(m))? as u8 + 1;
    let year = match words.next()?.parse::<i32>().ok()? {
        y @ 0..=49 => y + 2000,
        y @ 50..=999 => y + 1900,
        y => y,
    };
    let date = Date::new(year, month, day)?;
    let mut time = words.next()?.split(':').map(|n| n.parse::<i64>().ok());
    let (hour, minute, second) = (time.next()??, time.next()??, time.next().flatten().unwrap_or(0));
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset = zone(words.next().unwrap_or("+0000"))?;
    let seconds = date.days_since_epoch() * 86_400 + hour * 3_600 + minute * 60 + second - offset * 60;
    Some(seconds * 1_000)
}

/// The zone's offset from UTC in minutes.
fn zone(z: &str) -> Option<i64> {
    if let Some(digits) = z.strip_prefix(['+', '-']).filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit())) {
        let minutes = digits[..2].parse::<i64>().ok()? * 60 + digits[2..].parse::<i64>().ok()?;
        return Some(if z.starts_with('-') { -minutes } else { minutes });
    }
    let hours = match z.to_ascii_uppercase().as_str() {
        "UT" | "UTC" | "GMT" | "Z" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        // Other military zones were used inconsistently; RFC 5322 reads them as UTC.
        _ => 0,
    };
    Some(hours * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_mail_programs_write() {
        let utc = 1_606_125_600_000; // 2020-11-23 10:00:00 UTC
        assert_eq!(parse("Mon, 23 Nov 2020 10:00:00 +0000"), Some(utc));
        assert_eq!(parse("Mon, 23 Nov 2020 11:00:00 +0100 (CET)"), Some(utc));
        assert_eq!(parse("23 Nov 2020 05:00 EST"), Some(utc));
        assert_eq!(parse("Monday, 23 November 20 10:00:00 GMT"), Some(utc));
        assert_eq!(parse("Mon, 23 Nov 2020 04:30:00 -0530"), Some(utc));
        for bad in ["", "yesterday", "Mon, 31 Feb 2020 10:00:00 +0000", "Mon, 23 Nov 2020 25:00 +0000"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
