//! Every language has every key, with the English placeholders.

#[path = "support/plural_cases.rs"]
mod plural_cases;
use igf_messages::model::i18n::{Catalog, Key, Lang};
use std::fs;

#[test]
fn the_english_file_matches_the_compiled_strings() {
    Key::install_later();
    let on_disk = fs::read_to_string("i18n/en.txt").expect("i18n/en.txt exists");
    assert_eq!(
        on_disk,
        Catalog::english_file(),
        "regenerate i18n/en.txt from the catalog: the file is what translators work from"
    );
}

#[test]
fn every_language_file_is_complete_and_keeps_placeholders() {
    Key::install_later();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let path = format!("i18n/{}.txt", lang.code());
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
        let catalog = Catalog::parse(lang, &text).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let untranslated: Vec<&str> = Key::ALL
            .iter()
            .filter(|k| catalog.get(**k) == k.en() && k.en().chars().any(char::is_alphabetic) && k.en().len() > 12)
            .map(|k| k.name())
            .collect();
        assert!(untranslated.len() < 10, "{path}: many strings are still English: {untranslated:?}");
    }
}

#[test]
fn switching_back_to_a_language_keeps_one_catalog_for_it() {
    Key::install_later();
    use igf_messages::model::i18n::I18n;
    let load = || Catalog::parse(Lang::Fr, &fs::read_to_string("i18n/fr.txt").expect("fr.txt")).expect("parses");
    assert_eq!(I18n::loaded(Lang::Fr), None, "nothing is kept before a language is loaded");
    let first = I18n::with(load());
    let again = I18n::with(load());
    // `I18n` compares catalogs by address: equal means the second was not kept.
    assert_eq!(first, again);
    assert_eq!(I18n::loaded(Lang::Fr), Some(first));
    assert_eq!(I18n::loaded(Lang::Es), None);
}

#[test]
fn the_collation_page_has_its_own_complete_catalog() {
    Key::install_later();
    use igf_messages::model::i18n::{CollateCatalog, CollateKey};
    let on_disk = fs::read_to_string("i18n/collate/en.txt").expect("i18n/collate/en.txt exists");
    assert_eq!(on_disk, CollateCatalog::english_file(), "regenerate i18n/collate/en.txt from the catalog");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let path = format!("i18n/collate/{}.txt", lang.code());
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
        let catalog = CollateCatalog::parse(lang, &text).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let untranslated: Vec<&str> =
            CollateKey::ALL.iter().filter(|k| catalog.get(**k) == k.en() && words(k.en())).map(|k| k.name()).collect();
        // A few are the same words in another language ("Question" in French).
        assert!(untranslated.len() < 5, "{path}: still English: {untranslated:?}");
    }
    assert!(
        Catalog::parse(Lang::Fr, &fs::read_to_string("i18n/collate/fr.txt").expect("fr")).is_err(),
        "the two catalogs are separate: the public page's parser refuses the collation's keys"
    );
}

/// Whether a text has words of its own, outside its `{placeholders}`.
fn words(text: &str) -> bool {
    text.split('{').enumerate().any(|(i, part)| {
        let outside = if i == 0 { part } else { part.split_once('}').map_or("", |(_, rest)| rest) };
        outside.chars().any(char::is_alphabetic)
    })
}
#[test]
fn counts_take_the_languages_own_plural_forms() {
    Key::install_later();
    use igf_messages::model::i18n::{I18n, Plural};
    fn russian(n: usize, _: Lang) -> Plural {
        match (n % 10, n % 100) {
            (1, r) if r != 11 => Plural::One,
            (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
            _ => Plural::Many,
        }
    }
    let ru = Catalog::parse(Lang::Ru, &fs::read_to_string("i18n/ru.txt").expect("ru.txt")).expect("parses");
    let i18n = I18n::with(ru).with_plural(russian);
    let messages = |n| i18n.count(n, Key::CountMessagesOne, Key::CountMessagesOther, &[]);
    assert_eq!(messages(1), "1 послание");
    assert_eq!(messages(3), "3 послания");
    assert_eq!(messages(12), "12 посланий");
    assert_eq!(messages(21), "21 послание");
    // "One" texts that do not hold the number are about exactly one: 21 days
    // left is not "tomorrow", and 21 comments are not "1 комментарий".
    let date = [("date", "18 декабря 2026 г.")];
    let deadline = |n| i18n.count(n, Key::DeadlineOpenOne, Key::DeadlineOpenOther, &date);
    assert_eq!(deadline(1), "Прием комментариев закрывается завтра (18 декабря 2026 г.).");
    assert_eq!(deadline(21), "Прием комментариев закрывается 18 декабря 2026 г.; осталось дней: 21.");
    let args = [("tracks", "Доверие"), ("name", "Анна"), ("receipt", "IGF-1")];
    let subject = i18n.count(21, Key::SubjectCommentsOne, Key::SubjectCommentsOther, &args);
    assert!(subject.contains("Комментарии (21)"), "{subject}");
    assert!(!deadline(22).contains(".."), "no second full stop after the date's own");
    // A language whose file gives no forms keeps one/other.
    let en = I18n::default();
    assert_eq!(en.count(2, Key::CountMessagesOne, Key::CountMessagesOther, &[]), "2 messages");
    assert_eq!(
        Catalog::parse(Lang::Ru, "CountMessagesOther[several] = {n}"),
        Err(igf_messages::model::i18n::CatalogError::Malformed(1)),
        "an unknown category is refused"
    );
    assert_eq!(
        Catalog::parse(Lang::Ru, "CountMessagesOther[few] = {count}"),
        Err(igf_messages::model::i18n::CatalogError::Placeholders(1, "CountMessagesOther[few]".into()))
    );
    assert_eq!(
        Catalog::parse(Lang::Ru, "CountMessagesOther[few] = послания"),
        Err(igf_messages::model::i18n::CatalogError::Placeholders(1, "CountMessagesOther[few]".into())),
        "a form for many must give the number"
    );
}

/// Arabic says one and two in the word itself ("تعليقان", two comments): its
/// forms for them leave the number out, rather than "تعليقان (2)".
#[test]
fn arabic_says_one_and_two_in_words() {
    Key::install_later();
    use igf_messages::model::i18n::{I18n, Plural};
    fn arabic(n: usize, _: Lang) -> Plural {
        match n {
            0 => Plural::Zero,
            1 => Plural::One,
            2 => Plural::Two,
            _ => Plural::Other,
        }
    }
    let ar = Catalog::parse(Lang::Ar, &fs::read_to_string("i18n/ar.txt").expect("ar.txt")).expect("parses");
    let i18n = I18n::with(ar).with_plural(arabic);
    let sent = |n| i18n.count(n, Key::SentCommentsOne, Key::SentCommentsOther, &[]);
    assert_eq!((sent(1), sent(2)), ("تعليق واحد".to_owned(), "تعليقان".to_owned()));
    assert_eq!(i18n.count(2, Key::CountMessagesOne, Key::CountMessagesOther, &[]), "رسالتان");
    let text = fs::read_to_string("i18n/ar.txt").expect("ar.txt");
    let repeated: Vec<&str> = text.lines().filter(|l| l.contains("[two]") && l.contains("{n}")).collect();
    assert!(repeated.is_empty(), "a dual that repeats its number: {repeated:?}");
}

#[test]
fn the_prerender_chooses_the_plural_forms_the_browser_will() {
    Key::install_later();
    use igf_messages::shell::intl::plural;
    for (n, lang, category) in plural_cases::CASES {
        assert_eq!(plural(n, lang), category, "{n} in {lang:?}");
    }
}

/// WCAG 2.5.3, label in name: a button whose accessible name is a longer
/// label must contain its visible words, in every language, so a person who
/// says what they see can operate it by voice.
#[test]
fn every_accessible_label_contains_the_visible_words() {
    Key::install_later();
    const PAIRS: [(&str, &str); 14] = [
        ("CopyLink", "CopyLinkToQuestion"),
        ("CopyLink", "CopyLinkToMessage"),
        ("Edit", "EditLabel"),
        ("Edit", "EditCommitmentLabel"),
        ("MoveUp", "MoveUpLabel"),
        ("MoveDown", "MoveDownLabel"),
        ("Delete", "DeleteLabel"),
        ("Delete", "DeleteCommitmentLabel"),
        ("CheckAnswers", "CheckAnswersLabel"),
        ("Duplicate", "DuplicateLabel"),
        ("CommentAction", "CommentOnMessageLabel"),
        ("CommitToAct", "CommitToActMessageLabel"),
        ("RemoveLink", "RemoveLinkLabel"),
        ("Change", "ChangeLabel"),
    ];
    let files = [
        ("ar", include_str!("../i18n/ar.txt")),
        ("en", include_str!("../i18n/en.txt")),
        ("es", include_str!("../i18n/es.txt")),
        ("fr", include_str!("../i18n/fr.txt")),
        ("ru", include_str!("../i18n/ru.txt")),
        ("zh", include_str!("../i18n/zh.txt")),
    ];
    for (lang, text) in files {
        let line =
            |key: &str| text.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(" = ")).map(str::to_lowercase);
        for (visible, label) in PAIRS {
            let (Some(visible), Some(label)) = (line(visible), line(label)) else { continue };
            assert!(label.contains(&visible), "{lang}: {label:?} must contain {visible:?}");
        }
    }
}

/// In a right-to-left language, a Latin run with neutral punctuation ("http://")
/// or a value the person typed is reordered by the bidi algorithm unless it is
/// isolated: "http:// أو https://" showed as "//:http". Each must sit inside a
/// left-to-right isolate (U+2066 … U+2069), and each `{value}` shown on screen
/// inside a first-strong one (U+2068 … U+2069).
#[test]
fn right_to_left_texts_isolate_url_prefixes_and_typed_values() {
    Key::install_later();
    let arabic = include_str!("../i18n/ar.txt");
    for line in arabic.lines().filter(|l| !l.starts_with('#')) {
        for prefix in ["https://", "http://"] {
            for (at, _) in line.match_indices(prefix) {
                if prefix == "http://" && line[at..].starts_with("https://") {
                    continue;
                }
                let before = line[..at].chars().next_back();
                let rest = &line[at + prefix.len()..];
                // An address shown whole: the typed value isolated too, inside the prefix's isolate.
                let after = if rest.starts_with("\u{2068}{value}\u{2069}\u{2069}") {
                    Some('\u{2069}')
                } else {
                    rest.chars().next()
                };
                assert_eq!(
                    (before, after),
                    (Some('\u{2066}'), Some('\u{2069}')),
                    "ar: {prefix} not isolated in {line:?}"
                );
            }
        }
        for (at, _) in line.match_indices("{value}") {
            let before = line[..at].chars().next_back();
            let after = line[at + "{value}".len()..].chars().next();
            assert!((before, after) == (Some('\u{2068}'), Some('\u{2069}')), "ar: {{value}} not isolated in {line:?}");
        }
    }
}

/// French set "l'application" and "l’application" side by side on one screen.
/// Both catalogs now write the typographic apostrophe alone.
#[test]
fn french_writes_one_apostrophe() {
    for (name, catalog) in [
        ("i18n/fr.txt", include_str!("../i18n/fr.txt")),
        ("i18n/collate/fr.txt", include_str!("../i18n/collate/fr.txt")),
    ] {
        for line in catalog.lines().filter(|l| !l.starts_with('#')) {
            let chars: Vec<char> = line.chars().collect();
            let straight = chars.windows(3).any(|w| w[0].is_alphabetic() && w[1] == '\'' && w[2].is_alphabetic());
            assert!(!straight, "{name}: a straight apostrophe in {line:?}");
        }
    }
}

/// An error that would not say which field it is about on its own names it
/// by its label, as the error summary shows it apart from the field.
#[test]
fn a_too_long_error_names_its_field_by_its_label() {
    Key::install_later();
    use igf_messages::model::comment::{Comment, CommentKind, CommentTarget};
    use igf_messages::model::document::{parse, MessageId};
    use igf_messages::model::i18n::I18n;
    use igf_messages::model::track::Track;
    use igf_messages::ui::components::form::error_for;
    let doc = parse(include_str!("../documents/trust.txt")).unwrap();
    let target = CommentTarget::message_of(&doc, MessageId { track: Track::Trust, question: 1, number: 1 }).unwrap();
    let mut c = Comment::new("c".into(), target, 0);
    c.kind = Some(CommentKind::Support);
    c.text = "x".repeat(3001);
    let errors = c.validate();
    assert_eq!(
        error_for(&I18n::default(), &errors, "text").as_deref(),
        Some("“Your comment” must be 3,000 characters or fewer")
    );
}

/// Answers shown back (the commitment's "Check your answers", the Markdown
/// file) drop the form's "(optional)" by cutting `OptionalSuffix` off the
/// label. Each language must end those labels with it, or the cut misses.
#[test]
fn every_optional_label_ends_with_the_languages_optional_mark() {
    Key::install_later();
    let english = Key::OptionalSuffix.en();
    let optional: Vec<Key> = Key::ALL.iter().copied().filter(|k| k.en().ends_with(english)).collect();
    assert!(optional.len() >= 6, "{optional:?}");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let text = fs::read_to_string(format!("i18n/{}.txt", lang.code())).expect("the file exists");
        let catalog = Catalog::parse(lang, &text).expect("parses");
        let mark = catalog.get(Key::OptionalSuffix);
        for key in &optional {
            assert!(catalog.get(*key).ends_with(mark), "{}: {} does not end with {mark}", lang.code(), key.name());
        }
    }
}

/// Each language as the app is served it reads back as the file says: the
/// served form is checked again where it is read, by the same rules.
#[test]
fn every_language_reads_back_from_its_served_form() {
    Key::install_later();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let text = fs::read_to_string(format!("i18n/{}.txt", lang.code())).expect("the file exists");
        let catalog = Catalog::parse(lang, &text).expect("parses");
        assert_eq!(Catalog::parse_served(lang, &catalog.to_served()), Ok(catalog), "{}", lang.code());
    }
}
