//! The reader's build: the English of the keys only the whole app shows is
//! left out of it (`Key::install_later`), and reading a catalog does not
//! depend on it. A test binary of its own, so that no other test has
//! installed that English first.

use igf_messages::model::i18n::{Catalog, CatalogError, Key, Keys, Lang};
use std::fs;

#[test]
fn the_readers_build_reads_whole_catalogs_without_the_whole_apps_english() {
    let later = Key::ImportDoneOne;
    assert_eq!(Key::AppTitle.en(), "IGF 2020 Messages");
    assert_eq!(later.en(), "", "the whole app's English is not there before it starts");

    let text = fs::read_to_string("i18n/fr.txt").expect("i18n/fr.txt");
    let served = Catalog::parse(Lang::Fr, &text).expect("parses").to_served();
    let reader = Catalog::parse_served(Lang::Fr, &served).expect("the reader's build reads it");
    assert_eq!(reader.get(Key::AppTitle), Catalog::parse(Lang::Fr, &text).expect("parses").get(Key::AppTitle));
    assert!(reader.get(later).contains("{n}"), "the whole app's texts keep their places");
    // The reader's build cannot check a text it never shows; the whole app does.
    let line = later.index() + 2;
    let broken: Vec<&str> =
        served.lines().enumerate().map(|(i, l)| if i + 1 == line { "{m} importé" } else { l }).collect();
    let broken = broken.join("\n");
    assert!(Catalog::parse_served(Lang::Fr, &broken).is_ok());

    Key::install_later();
    assert_eq!(later.en(), "Imported {n} draft.");
    assert_eq!(Catalog::parse_served(Lang::Fr, &served), Ok(reader), "the same catalog, read by the whole app");
    assert!(matches!(Catalog::parse_served(Lang::Fr, &broken), Err(CatalogError::Placeholders(n, _)) if n == line));
}
