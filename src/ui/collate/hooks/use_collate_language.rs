use crate::model::i18n::{CollateI18n, Lang};
use crate::shell::i18n as lang_shell;
use crate::ui::hooks::use_language_switch;
use yew::prelude::*;

/// The collation page's language and a way to change it.
pub struct CollateLanguage {
    pub i18n: CollateI18n,
    /// Set when a translation could not be fetched; English is shown instead.
    pub failed: bool,
    pub choose: Callback<Lang>,
}

/// Starts in `?igf-lang=`'s language, else the one chosen before on the
/// public page, else the browser's, else English; the picker's choice is
/// remembered as the public page's is.
///
/// ```ignore
/// let language = use_collate_language();
/// html! { <ContextProvider<CollateI18n> context={language.i18n.clone()}>{ children }</ContextProvider<CollateI18n>> }
/// ```
#[hook]
pub fn use_collate_language() -> CollateLanguage {
    let (i18n, failed, switch) =
        use_language_switch(CollateI18n::default(), lang_shell::load_collate, true, CollateI18n::lang);
    let choose = use_callback(switch.clone(), |lang: Lang, switch| {
        lang_shell::remember(lang);
        switch.emit(lang);
    });
    use_effect_with((), move |_| {
        let lang = lang_shell::from_query().unwrap_or_else(|| lang_shell::preferred(None));
        if lang != Lang::En {
            switch.emit(lang);
        }
    });
    CollateLanguage { i18n, failed, choose }
}
