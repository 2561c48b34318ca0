use crate::model::i18n::{I18n, Lang};
use crate::shell::i18n as lang_shell;
use yew::prelude::*;

/// The interface language and a way to change it.
pub struct Language {
    pub i18n: I18n,
    /// Set when a translation could not be fetched; English is shown instead.
    pub failed: bool,
    pub choose: Callback<Lang>,
}

/// Starts in the preferred language (embed setting, past choice, browser,
/// English), fetching its strings; remembers each choice.
///
/// ```ignore
/// let language = use_language(config.lang, !config.embedded);
/// html! { <ContextProvider<I18n> context={language.i18n.clone()}>{ children }</ContextProvider<I18n>> }
/// ```
#[hook]
pub fn use_language(configured: Option<Lang>, owns_page: bool) -> Language {
    let i18n = use_state(I18n::default);
    let failed = use_state(|| false);
    let choose = {
        let i18n = i18n.clone();
        let failed = failed.clone();
        Callback::from(move |lang: Lang| {
            lang_shell::remember(lang);
            let (i18n, failed) = (i18n.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (next, broke) = match lang {
                    Lang::En => (I18n::default(), false),
                    _ => match lang_shell::load(lang).await {
                        Ok(catalog) => (I18n::with(catalog), false),
                        Err(_) => (I18n::default(), true),
                    },
                };
                if owns_page {
                    lang_shell::apply_to_page(next.lang);
                }
                i18n.set(next);
                failed.set(broke);
            });
        })
    };
    {
        let choose = choose.clone();
        use_effect_with((), move |_| {
            let lang = lang_shell::preferred(configured);
            if lang != Lang::En {
                choose.emit(lang);
            }
        });
    }
    Language { i18n: (*i18n).clone(), failed: *failed, choose }
}
