pub use crate::model::export::files::FileOut;
use crate::shell::{clipboard, download, mail, print};
use yew::prelude::*;

/// What became of the last attempt to copy text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    Not,
    Yes,
    Refused,
}

/// Ways of getting a package out of the browser: download, clipboard, print.
#[derive(Clone, PartialEq)]
pub struct Outbox {
    pub download: Callback<FileOut>,
    /// The browser refused the last download (a sandboxed frame, a policy).
    pub download_refused: bool,
    pub copy: Callback<String>,
    pub copied: Copied,
    pub print: Callback<()>,
    /// The longest `mailto:` link this system's mail app is sure to get whole.
    pub mail_link_limit: usize,
}

/// The browser's ways out, as callbacks a component can hand to buttons.
///
/// ```ignore
/// let outbox = use_outbox();
/// html! { <button onclick={outbox.copy.reform(move |_| text.clone())}>{ "Copy" }</button> }
/// ```
#[hook]
pub fn use_outbox() -> Outbox {
    let copied = use_state(|| Copied::Not);
    let copy = {
        let copied = copied.clone();
        Callback::from(move |text: String| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(if clipboard::write_text(&text).await.is_ok() { Copied::Yes } else { Copied::Refused });
            });
        })
    };
    let refused = use_state(|| false);
    let download = {
        let refused = refused.clone();
        Callback::from(move |file: FileOut| refused.set(download::download(&file.name, file.mime, &file.text).is_err()))
    };
    Outbox {
        // Some refusals leave no trace the page can see, so the send view also
        // always says how to do without files.
        download,
        download_refused: *refused,
        copy,
        copied: *copied,
        print: Callback::from(|()| {
            let _ = print::print();
        }),
        // Read on each render: the user agent costs less to read than a state to keep it.
        mail_link_limit: mail::link_limit(),
    }
}
