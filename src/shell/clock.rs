use crate::model::date::Date;

/// Today's date in the person's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0) as i64))
}

/// Milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// "10:42" in the person's locale and time zone.
pub fn time_of_day(ms: i64, lang: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    date.to_locale_time_string_with_options(lang, &options).into()
}

/// A fresh id for a draft or a tab: time, then randomness, in base 36.
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}-{}", base36(now_ms().unsigned_abs()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Milliseconds since the page started, precise enough to time a task.
pub fn now_precise() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

/// Lets the browser run what waits (input, rendering) before going on: the
/// rest runs in a later task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0));
        if !matches!(scheduled, Some(Ok(_))) {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
