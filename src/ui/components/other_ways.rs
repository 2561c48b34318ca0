use crate::model::document::Library;
use crate::model::export::files::{csv_file, eml_file, json_file, markdown_file, FileOut};
use crate::model::export::Package;
use crate::model::i18n::{I18n, Key};
use crate::ui::hooks::{Copied, Outbox};
use crate::ui::markup::{hint, para};
use std::rc::Rc;
use yew::prelude::*;

/// Builds one file from the package, the interface language and the time.
type MakeFile = dyn Fn(&Package, &I18n, i64) -> FileOut;

pub struct OtherWaysProps {
    pub package: Rc<Package>,
    pub library: Rc<Library>,
    pub body: Rc<str>,
    /// These ways' own clipboard and downloads, so what they report is theirs.
    pub outbox: Outbox,
    /// The clock that stamps each file.
    pub now: fn() -> i64,
}

/// "Other ways to send or save": the `.eml`, the text to copy, JSON, CSV,
/// Markdown and print. Each file is built when its button is pressed.
pub fn other_ways(i18n: &I18n, props: &OtherWaysProps) -> Html {
    let (outbox, now) = (&props.outbox, props.now);
    let save = |label: Key, make: Rc<MakeFile>| {
        let (package, lang, download) = (props.package.clone(), i18n.clone(), outbox.download.clone());
        let onclick = Callback::from(move |_: MouseEvent| download.emit(make(&package, &lang, now())));
        html! { <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(label) }</button> }
    };
    let library = props.library.clone();
    let copy = outbox.copy.reform({
        let body = props.body.clone();
        move |_: MouseEvent| body.to_string()
    });
    html! {
        <details class="igf-other-ways">
            <summary>{ i18n.t(Key::SendOtherWays) }</summary>
            <p>{ save(Key::SendDownloadEml, Rc::new(eml_file)) }<span class="igf-hint">{ " " }{ i18n.t(Key::SendEmlHint) }</span></p>
            <p><button type="button" class="igf-button igf-button-secondary" onclick={copy}>{ i18n.t(Key::SendCopy) }</button></p>
            <div role="status" class="igf-copy-result">
                {
                    match outbox.copied {
                        Copied::Not => Html::default(),
                        Copied::Yes => html! { <p>{ i18n.tf(Key::SendCopied, &[("recipient", &props.package.recipient)]) }</p> },
                        Copied::Refused => para(i18n.t(Key::SendCopyFailedPreview)),
                    }
                }
            </div>
            <p class="igf-inline-actions">
                { save(Key::SendJson, Rc::new(|p, _, at| json_file(p, at))) }
                { save(Key::SendCsv, Rc::new(move |p, _, _| csv_file(p, &library))) }
                { save(Key::SendMarkdown, Rc::new(|p, i18n, _| markdown_file(p, i18n))) }
                <button type="button" class="igf-button igf-button-secondary" onclick={outbox.print.reform(|_: MouseEvent| ())}>{ i18n.t(Key::SendPrint) }</button>
            </p>
            if outbox.download_refused {
                <p class="igf-notice" role="alert">{ i18n.t(Key::DownloadFailed) }</p>
            }
            { hint(i18n.t(Key::SendDownloadHint)) }
        </details>
    }
}
