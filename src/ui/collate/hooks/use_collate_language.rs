use crate::model::i18n::{CollateI18n, Lang};
use crate::shell::i18n as lang_shell;
use std::cell::Cell;
use std::rc::Rc;
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
    let i18n = use_state(CollateI18n::default);
    let failed = use_state(|| false);
    // A fetch that finishes after a later choice began is dropped.
    let latest = use_memo((), |()| Rc::new(Cell::new(0u32)));
    let switch = {
        let (i18n, failed) = (i18n.clone(), failed.clone());
        use_callback((), move |lang: Lang, ()| {
            let ticket = latest.get().wrapping_add(1);
            latest.set(ticket);
            let (i18n, failed, latest) = (i18n.clone(), failed.clone(), latest.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let (next, broke) = match lang_shell::load_collate(lang).await {
                    Ok(next) => (next, false),
                    Err(_) => (CollateI18n::default(), true),
                };
                if latest.get() == ticket {
                    lang_shell::apply_to_page(next.lang());
                    i18n.set(next);
                    failed.set(broke);
                }
            });
        })
    };
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
    CollateLanguage { i18n: (*i18n).clone(), failed: *failed, choose }
}
