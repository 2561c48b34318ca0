use crate::shell::{clipboard, download, print};
use yew::prelude::*;

/// A file to hand to the person: name, MIME type, contents.
pub type FileOut = (String, &'static str, String);

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
    pub copy: Callback<String>,
    pub copied: Copied,
    pub print: Callback<()>,
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
    Outbox {
        // A refused download leaves no trace the page can see; the send view
        // always says so and offers the clipboard beside it.
        download: Callback::from(|(name, mime, contents): FileOut| {
            let _ = download::download(&name, mime, &contents);
        }),
        copy,
        copied: *copied,
        print: Callback::from(|()| {
            let _ = print::print();
        }),
    }
}
