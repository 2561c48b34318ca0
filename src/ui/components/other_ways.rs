use crate::model::document::Library;
use crate::model::export::files::{eml_file, json_file, FileOut};
use crate::model::export::handed::LaterFile;
use crate::model::export::Package;
use crate::model::i18n::{I18n, Key};
use crate::ui::components::{confirm_sent, Ask, OTHER_WAYS};
use crate::ui::hooks::{Copied, Outbox, WriteLater, Writing};
use crate::ui::later;
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
    /// The CSV and Markdown files, in the reader's build: the whole app writes them.
    pub write_later: WriteLater,
    /// The person says they sent the `.eml` or the copied text.
    pub on_sent: Callback<()>,
    /// Whether to ask "Did you send it?" here.
    pub asked: UseStateHandle<u32>,
    /// Moves focus to the element with this id.
    pub refocus: Callback<&'static str>,
}

const OTHER_WAYS_ID: &str = "igf-other-ways";
const CONFIRM_TITLE_ID: &str = "igf-confirm-other-title";

/// "Other ways to send or save": the `.eml`, the text to copy, JSON, CSV,
/// Markdown and print. Each file is built when its button is pressed.
pub fn other_ways(i18n: &I18n, props: &OtherWaysProps) -> Html {
    let (outbox, now) = (&props.outbox, props.now);
    // The `.eml` and the copied text are ways to send, so they ask whether it went.
    let save = |label: Key, make: Rc<MakeFile>, sends: bool| {
        let (package, lang, download, asked, refocus) =
            (props.package.clone(), i18n.clone(), outbox.download.clone(), props.asked.clone(), props.refocus.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            download.emit(make(&package, &lang, now()));
            if sends {
                asked.set(OTHER_WAYS);
                refocus.emit(CONFIRM_TITLE_ID);
            }
        });
        html! { <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(label) }</button> }
    };
    let later_save = |label: Key, kind: LaterFile| {
        let package = props.package.clone();
        let onclick = match later::screens() {
            Some(later) => {
                let (library, lang, download) = (props.library.clone(), i18n.clone(), outbox.download.clone());
                Callback::from(move |_: MouseEvent| download.emit((later.write)(kind, &package, &library, &lang)))
            }
            None => props.write_later.request.reform(move |_: MouseEvent| (kind, package.clone())),
        };
        html! { <button type="button" class="igf-button igf-button-secondary" {onclick}>{ i18n.t(label) }</button> }
    };
    let writing = props.write_later.writing;
    let copy = outbox.copy.reform({
        let (body, asked, refocus) = (props.body.clone(), props.asked.clone(), props.refocus.clone());
        move |_: MouseEvent| {
            asked.set(OTHER_WAYS);
            refocus.emit(CONFIRM_TITLE_ID);
            body.to_string()
        }
    });
    html! {
        <details class="igf-other-ways">
            <summary id={OTHER_WAYS_ID}>{ i18n.t(Key::SendOtherWays) }</summary>
            <p>{ save(Key::SendDownloadEml, Rc::new(eml_file), true) }</p>
            <p class="igf-hint">{ i18n.t(Key::SendEmlHint) }</p>
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
                { save(Key::SendJson, Rc::new(|p, _, at| json_file(p, at)), false) }
                { later_save(Key::SendCsv, LaterFile::Csv) }
                { later_save(Key::SendMarkdown, LaterFile::Markdown) }
                <button type="button" class="igf-button igf-button-secondary" onclick={outbox.print.reform(|_: MouseEvent| ())}>{ i18n.t(Key::SendPrint) }</button>
            </p>
            <div role="status" class="igf-copy-result">
                if writing == Writing::Preparing {
                    <p>{ i18n.t(Key::FilePreparing) }</p>
                }
            </div>
            if writing == Writing::Failed {
                <p class="igf-notice" role="alert">{ i18n.t(Key::FileFailed) }</p>
            }
            if outbox.download_refused {
                <p class="igf-notice" role="alert">{ i18n.t(Key::DownloadFailed) }</p>
            }
            { confirm_sent(i18n, Ask { title_id: CONFIRM_TITLE_ID, way: OTHER_WAYS, back_to: OTHER_WAYS_ID, asked: &props.asked, refocus: &props.refocus }, &props.on_sent) }
            { hint(i18n.t(Key::SendDownloadHint)) }
        </details>
    }
}
