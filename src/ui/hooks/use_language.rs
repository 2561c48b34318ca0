use crate::model::i18n::{I18n, Lang};
use crate::shell::i18n as lang_shell;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The interface language and a way to change it.
pub struct Language {
    pub i18n: I18n,
    /// Set when a translation could not be fetched; English is shown instead.
    pub failed: bool,
    /// The person's choice from the picker, which is remembered.
    pub choose: Callback<Lang>,
}

/// Renders first in `first` (what the prerendered view is in), then switches
/// to the preferred language (the embed's setting, the person's past choice,
/// the browser's languages, English) if that is another, without remembering
/// it, since only the person's own choice is theirs to keep.
///
/// ```ignore
/// let language = use_language(config.lang, !config.embedded, props.i18n.clone());
/// html! { <ContextProvider<I18n> context={language.i18n.clone()}>{ children }</ContextProvider<I18n>> }
/// ```
#[hook]
pub fn use_language(configured: Option<Lang>, owns_page: bool, first: I18n) -> Language {
    let first_lang = first.lang;
    let i18n = use_state(move || first);
    let failed = use_state(|| false);
    // Each switch takes a number; a fetch that finishes after a later switch
    // began is dropped, so the last choice is the one that shows.
    let latest = use_memo((), |()| Rc::new(Cell::new(0u32)));
    let switch = {
        let (i18n, failed) = (i18n.clone(), failed.clone());
        use_callback((), move |lang: Lang, ()| {
            let ticket = latest.get().wrapping_add(1);
            latest.set(ticket);
            let (i18n, failed, latest) = (i18n.clone(), failed.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (next, broke) = match lang_shell::load(lang).await {
                    Ok(next) => (next, false),
                    Err(_) => (I18n::default(), true),
                };
                if latest.get() != ticket {
                    return;
                }
                if owns_page {
                    lang_shell::apply_to_page(next.lang);
                }
                i18n.set(next);
                failed.set(broke);
            });
        })
    };
    let choose = use_callback(switch.clone(), |lang: Lang, switch| {
        lang_shell::remember(lang);
        switch.emit(lang);
    });
    use_effect_with((), move |_| {
        let lang = lang_shell::preferred(configured);
        if lang != first_lang {
            switch.emit(lang);
        }
    });
    Language { i18n: (*i18n).clone(), failed: *failed, choose }
}
