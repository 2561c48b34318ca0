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
/// to the preferred language (the person's past choice, the embed's setting,
/// the browser's languages, English) if that is another, without remembering
/// it, since only the person's own choice is theirs to keep.
///
/// ```ignore
/// let language = use_language(config.lang, !config.embedded, props.i18n.clone());
/// html! { <SendView i18n={language.i18n.clone()} .. /> }
/// ```
#[hook]
pub fn use_language(configured: Option<Lang>, owns_page: bool, first: I18n) -> Language {
    let first_lang = first.lang;
    let (i18n, failed, switch) = use_language_switch(first, lang_shell::load, owns_page, |i: &I18n| i.lang);
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
    Language { i18n, failed, choose }
}

/// A page's catalog `T`, starting with `first`, whether the last switch
/// failed (English is shown then), and the switch: it loads a language's
/// catalog with `load` and shows it, marking the page's `lang` and `dir` when
/// the app `owns_page`. Each switch takes a number, and a fetch that finishes
/// after a later switch began is dropped, so the last choice is the one that
/// shows. The public page and the collation page share it.
#[hook]
pub fn use_language_switch<T, F, Fut>(
    first: T,
    load: F,
    owns_page: bool,
    lang_of: fn(&T) -> Lang,
) -> (T, bool, Callback<Lang>)
where
    T: Clone + Default + 'static,
    F: Fn(Lang) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<T, crate::shell::ShellError>> + 'static,
{
    let i18n = use_state(move || first);
    let failed = use_state(|| false);
    let latest = use_memo((), |()| Rc::new(Cell::new(0u32)));
    let load = Rc::new(load);
    let switch = {
        let (i18n, failed) = (i18n.clone(), failed.clone());
        use_callback((), move |lang: Lang, ()| {
            let ticket = latest.get().wrapping_add(1);
            latest.set(ticket);
            let (i18n, failed, latest, fetch) = (i18n.clone(), failed.clone(), latest.clone(), load(lang));
            wasm_bindgen_futures::spawn_local(async move {
                let (next, broke) = match fetch.await {
                    Ok(next) => (next, false),
                    Err(_) => (T::default(), true),
                };
                if latest.get() != ticket {
                    return;
                }
                if owns_page {
                    lang_shell::apply_to_page(lang_of(&next));
                }
                i18n.set(next);
                failed.set(broke);
            });
        })
    };
    ((*i18n).clone(), *failed, switch)
}
