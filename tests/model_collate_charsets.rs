//! The charsets with no table in the core go to the decoder the page installs
//! (the browser's TextDecoder). A test binary of its own, as the decoder is
//! installed once for the whole process.
use igf_messages::model::collate::mail::{charset, encoded_word};

/// Stands in for the browser's decoder: KOI8-R, for the letters used here.
fn koi8_r(bytes: &[u8], label: &str) -> Option<String> {
    let letter = |b: u8| match b {
        0xcb => 'к',
        0xd4 => 'т',
        0xcf => 'о',
        b => char::from(b),
    };
    (label == "koi8-r").then(|| bytes.iter().map(|&b| letter(b)).collect())
}

#[test]
fn charsets_with_no_table_go_to_the_installed_decoder_and_unknown_ones_are_still_named() {
    assert_eq!(
        charset::decode(b"\xcb\xd4\xcf?", "KOI8-R"),
        Err("koi8-r".to_owned()),
        "none installed: refused by name"
    );
    charset::install(koi8_r);
    assert_eq!(charset::decode(b"\xcb\xd4\xcf?", "KOI8-R").as_deref(), Ok("кто?"));
    assert_eq!(encoded_word::decode("=?koi8-r?B?y9TP?= funds this"), "кто funds this", "headers too");
    assert_eq!(charset::decode(b"\xf0", "x-unknown"), Err("x-unknown".to_owned()));
    assert_eq!(charset::decode("Sénégal".as_bytes(), "utf-8").as_deref(), Ok("Sénégal"), "the tables here come first");
}
