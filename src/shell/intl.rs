//! Dates and numbers in the person's language, by the browser's `Intl`, so no
//! locale data ships with the app.

use crate::model::date::Date;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

#[cfg(target_arch = "wasm32")]
fn locales(lang: &str) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(lang))
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Each formatter's bound `format`, by kind and language. Building an
    /// `Intl` formatter loads locale data and costs milliseconds, which a page
    /// formatting dates on every render would pay again and again.
    static FORMATTERS: std::cell::RefCell<Vec<(&'static str, String, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The `format` function of the formatter `make` builds, built once per `kind` and `lang`.
#[cfg(target_arch = "wasm32")]
fn formatter(
    kind: &'static str,
    lang: &str,
    make: impl FnOnce(&js_sys::Array) -> js_sys::Function,
) -> js_sys::Function {
    FORMATTERS.with(|cache| {
        if let Some((_, _, f)) = cache.borrow().iter().find(|(k, l, _)| *k == kind && l == lang) {
            return f.clone();
        }
        let f = make(&locales(lang));
        cache.borrow_mut().push((kind, lang.to_owned(), f.clone()));
        f
    })
}

/// How many `Intl` formatters this page has built: each is built once per kind
/// and language, which the browser tests check.
#[cfg(target_arch = "wasm32")]
pub fn formatters_built() -> usize {
    FORMATTERS.with(|cache| cache.borrow().len())
}

/// "17 November 2020", "17 novembre 2020", "١٧ نوفمبر ٢٠٢٠"…
#[cfg(target_arch = "wasm32")]
pub fn date(d: Date, lang: &str) -> String {
    // English is written day first, as the UN and the Messages write it and
    // as `Date` prints it ("17 November 2020", what `en-GB` gives), without
    // the tens of milliseconds the first `Intl` formatter costs at start-up.
    if lang == "en" {
        return d.to_string();
    }
    let format = formatter("date", lang, |locales| {
        let options = js_sys::Object::new();
        for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
        }
        js_sys::Intl::DateTimeFormat::new(locales, &options).format()
    });
    let ms = d.days_since_epoch() as f64 * 86_400_000.0;
    format
        .call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(ms)))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| d.to_string())
}

/// "2,938", "2 938", "٢٬٩٣٨"…
#[cfg(target_arch = "wasm32")]
pub fn number(n: usize, lang: &str) -> String {
    if lang == "en" {
        return english_number(n);
    }
    let format =
        formatter("number", lang, |locales| js_sys::Intl::NumberFormat::new(locales, &js_sys::Object::new()).format());
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

/// Prerendering at build time has no `Intl`. English is the text the browser
/// shows; another language gets a marker (`U+E000 2020-11-17 U+E001`) that
/// `embed.js` replaces with the browser's own `Intl` text, the very text the
/// app renders there.
#[cfg(not(target_arch = "wasm32"))]
pub fn date(d: Date, lang: &str) -> String {
    if lang == "en" {
        return d.to_string();
    }
    format!("\u{E000}{}\u{E001}", d.to_iso())
}

/// As [`date`]: English, or a marker (`U+E002 2938 U+E003`) for `embed.js`.
#[cfg(not(target_arch = "wasm32"))]
pub fn number(n: usize, lang: &str) -> String {
    if lang == "en" {
        return english_number(n);
    }
    format!("\u{E002}{n}\u{E003}")
}

/// "2,938": thousands separated by commas, as `en-GB` writes them.
fn english_number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// One `Intl.PluralRules` per language, built once, as the formatters are.
    static PLURAL_RULES: std::cell::RefCell<Vec<(crate::model::i18n::Lang, js_sys::Intl::PluralRules)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The plural category of `n` in `lang`, by the browser's `Intl.PluralRules`;
/// English's rule where the browser gives no category it knows.
#[cfg(target_arch = "wasm32")]
pub fn plural(n: usize, lang: crate::model::i18n::Lang) -> crate::model::i18n::Plural {
    use crate::model::i18n::{english_plural, Plural};
    let name: String = PLURAL_RULES.with(|cache| {
        if let Some((_, rules)) = cache.borrow().iter().find(|(l, _)| *l == lang) {
            return rules.select(n as f64).into();
        }
        let rules = js_sys::Intl::PluralRules::new(&locales(lang.code()), &js_sys::Object::new());
        let name = rules.select(n as f64).into();
        cache.borrow_mut().push((lang, rules));
        name
    });
    Plural::from_name(&name).unwrap_or_else(|| english_plural(n, lang))
}

/// The build's prerender has no `Intl`: the CLDR rules for whole numbers in
/// the six languages, so the view it writes in each language is the one the
/// browser's `Intl.PluralRules` will render.
#[cfg(not(target_arch = "wasm32"))]
pub fn plural(n: usize, lang: crate::model::i18n::Lang) -> crate::model::i18n::Plural {
    use crate::model::i18n::{Lang, Plural};
    let (n10, n100) = (n % 10, n % 100);
    match lang {
        Lang::Ar => match (n, n100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        Lang::Ru if n10 == 1 && n100 != 11 => Plural::One,
        Lang::Ru if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Plural::Few,
        Lang::Ru => Plural::Many,
        Lang::Fr if n <= 1 => Plural::One,
        Lang::En | Lang::Es if n == 1 => Plural::One,
        _ => Plural::Other,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_prerender_writes_english_and_marks_the_rest_for_embed_js() {
        let d = Date { year: 2020, month: 11, day: 17 };
        assert_eq!(date(d, "en"), "17 November 2020");
        assert_eq!(date(d, "fr"), "\u{E000}2020-11-17\u{E001}");
        assert_eq!(number(2938, "en"), "2,938");
        assert_eq!(number(2938, "ar"), "\u{E002}2938\u{E003}");
    }
}
