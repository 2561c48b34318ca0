use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::events::text_area_value;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddInputsProps {
    pub on_files: Callback<Event>,
    pub on_paste: Callback<String>,
}

/// Choosing files (several at once), dropping them anywhere on the page, or
/// pasting an email's text.
#[component]
pub fn AddInputs(props: &AddInputsProps) -> Html {
    let i18n = use_collate_i18n();
    let pasted = use_state(String::new);
    let empty = use_state(|| false);
    let on_input = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(text_area_value(&e)))
    };
    let on_add = {
        let (pasted, empty, on_paste) = (pasted.clone(), empty.clone(), props.on_paste.clone());
        Callback::from(move |_: MouseEvent| {
            let blank = pasted.trim().is_empty();
            empty.set(blank);
            if !blank {
                on_paste.emit((*pasted).clone());
                pasted.set(String::new());
            }
        })
    };
    let paste_described = if *empty { "igf-paste-hint igf-paste-error" } else { "igf-paste-hint" };
    html! {
        <section class="igf-add" aria-labelledby="igf-add-title">
            <h2 id="igf-add-title">{ i18n.t(CollateKey::AddHeading) }</h2>
            <div class="igf-field">
                <label class="igf-label" for="igf-files">{ i18n.t(CollateKey::FilesLabel) }</label>
                <p id="igf-files-hint" class="igf-hint">{ i18n.t(CollateKey::FilesHint) }</p>
                <input id="igf-files" type="file" multiple=true accept=".eml,.mbox,.txt,.json,message/rfc822,application/mbox,text/plain,application/json"
                    aria-describedby="igf-files-hint" onchange={props.on_files.clone()} />
            </div>
            <p class="igf-drop-zone">{ i18n.t(CollateKey::DropHint) }</p>
            <div class="igf-field" data-error={empty.then_some("true")}>
                <label class="igf-label" for="igf-paste">{ i18n.t(CollateKey::PasteLabel) }</label>
                <p id="igf-paste-hint" class="igf-hint">{ i18n.t(CollateKey::PasteHint) }</p>
                if *empty {
                    <p id="igf-paste-error" class="igf-error-message" role="alert">{ i18n.t(CollateKey::PasteEmpty) }</p>
                }
                <textarea id="igf-paste" class="igf-input igf-paste" rows="6" dir="auto" aria-describedby={paste_described}
                    value={(*pasted).clone()} oninput={on_input} />
            </div>
            <button type="button" class="igf-button igf-button-secondary" onclick={on_add}>{ i18n.t(CollateKey::PasteAdd) }</button>
        </section>
    }
}
