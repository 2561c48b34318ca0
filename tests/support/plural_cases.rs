//! Plural categories the prerender (CLDR rules, natively) and the browser
//! (`Intl.PluralRules`) must both give: one table, so the two checks cannot
//! drift apart.

use igf_messages::model::i18n::{Lang, Plural};

pub const CASES: [(usize, Lang, Plural); 9] = [
    (1, Lang::Ru, Plural::One),
    (3, Lang::Ru, Plural::Few),
    (5, Lang::Ru, Plural::Many),
    (21, Lang::Ru, Plural::One),
    (2, Lang::Ar, Plural::Two),
    (7, Lang::Ar, Plural::Few),
    (11, Lang::Ar, Plural::Many),
    (0, Lang::Ar, Plural::Zero),
    (7, Lang::Zh, Plural::Other),
];
