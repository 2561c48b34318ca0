use crate::core::date::Date;

/// Today's date in the person's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0) as i64))
}
