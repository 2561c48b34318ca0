use crate::model::export::mailto;
use crate::model::i18n::{I18n, Key};
use crate::ui::components::{confirm_sent, Ask, EMAIL_WAY};
use crate::ui::hooks::{Copied, Outbox};
use crate::ui::markup::{hint, para};
use std::rc::Rc;
use yew::prelude::*;

pub struct SendByEmailProps {
    pub recipient: AttrValue,
    pub subject: AttrValue,
    pub body: Rc<str>,
    pub receipt: AttrValue,
    /// Downloads the `.eml`, the way out when copying is refused.
    pub on_eml: Callback<()>,
    /// The person says they sent it.
    pub on_sent: Callback<()>,
    /// This way's own clipboard, so its steps follow only its own copy.
    pub outbox: Outbox,
    /// Whether to ask "Did you send it?", and how to change that.
    pub asked: UseStateHandle<u32>,
    /// Moves focus to the element with this id.
    pub refocus: Callback<&'static str>,
}

/// This way's first control: the link to the email app, or the copy step.
const SEND_START_ID: &str = "igf-send-start";
const CONFIRM_TITLE_ID: &str = "igf-confirm-title";

/// The one way to send: the email app opens with everything in it, or, for
/// an email too long for a link, three numbered steps. The paste email opens
/// only once the copy has worked; when the browser refuses to copy, the text
/// is shown to copy by hand, with the `.eml`, and no link at all. Right after
/// the person acts, it asks whether they sent it.
pub fn send_by_email(i18n: &I18n, props: &SendByEmailProps) -> Html {
    let (outbox, asked) = (&props.outbox, &props.asked);
    let link = mailto::link(&props.recipient, &props.subject, &props.body);
    let ask = {
        let (asked, refocus) = (asked.clone(), props.refocus.clone());
        Callback::from(move |_: MouseEvent| {
            asked.set(EMAIL_WAY);
            refocus.emit(CONFIRM_TITLE_ID);
        })
    };
    let route = if mailto::fits(&link, outbox.mail_link_limit) {
        html! {
            <>
                <p><a id={SEND_START_ID} class="igf-button igf-button-start" href={link} onclick={ask.clone()}>{ i18n.t(Key::SendByEmail) }</a></p>
                { hint(i18n.t(Key::SendFits)) }
            </>
        }
    } else {
        let paste = i18n.tf(Key::EmailPasteBody, &[("receipt", &props.receipt)]);
        let short = mailto::link(&props.recipient, &props.subject, &paste);
        let copy = outbox.copy.reform({
            let body = props.body.clone();
            move |_: MouseEvent| body.to_string()
        });
        copy_steps(
            i18n,
            &CopySteps {
                copied: outbox.copied,
                copy,
                short,
                on_open: ask.clone(),
                body: props.body.clone(),
                on_eml: props.on_eml.clone(),
            },
        )
    };
    html! {
        <div class="igf-send-actions">
            { route }
            { confirm_sent(i18n, Ask { title_id: CONFIRM_TITLE_ID, way: EMAIL_WAY, back_to: SEND_START_ID, asked, refocus: &props.refocus }, &props.on_sent) }
        </div>
    }
}

/// What the copy steps show and do.
struct CopySteps {
    copied: Copied,
    copy: Callback<MouseEvent>,
    /// The short email that says where to paste.
    short: String,
    on_open: Callback<MouseEvent>,
    body: Rc<str>,
    on_eml: Callback<()>,
}

/// Copy, open, paste: each step shown once the one before can be done.
fn copy_steps(i18n: &I18n, props: &CopySteps) -> Html {
    let step_two = match props.copied {
        Copied::Yes => html! {
            <>
                <p role="status">{ i18n.t(Key::SendCopiedStep) }</p>
                <a class="igf-button" href={props.short.clone()} onclick={props.on_open.clone()}>{ i18n.t(Key::SendOpenMail) }</a>
            </>
        },
        Copied::Refused => html! {
            <div class="igf-field" role="alert">
                <label class="igf-label" for="igf-field-copy">{ i18n.t(Key::SendCopyFailed) }</label>
                <textarea id="igf-field-copy" class="igf-textarea" readonly=true rows="8" dir="auto" value={props.body.to_string()} />
                <p>
                    <button type="button" class="igf-button igf-button-secondary" onclick={props.on_eml.reform(|_: MouseEvent| ())}>
                        { i18n.t(Key::SendDownloadEml) }
                    </button>
                </p>
            </div>
        },
        Copied::Not => hint(i18n.t(Key::SendOpenAfterCopy)),
    };
    html! {
        <>
            { para(i18n.t(Key::SendStepsIntro)) }
            <ol class="igf-steps">
                <li>
                    { para(i18n.t(Key::SendStepCopy)) }
                    <button id={SEND_START_ID} type="button" class="igf-button igf-button-start" onclick={props.copy.clone()}>{ i18n.t(Key::SendCopy) }</button>
                </li>
                <li>{ para(i18n.t(Key::SendStepOpen)) }{ step_two }</li>
                <li>{ para(i18n.t(Key::SendStepPaste)) }</li>
            </ol>
        </>
    }
}
