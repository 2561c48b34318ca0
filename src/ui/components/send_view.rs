use crate::model::document::Library;
use crate::model::export::{csv, email, eml, mailto, markdown, Package};
use crate::model::i18n::Key;
use crate::model::route::Route;
use crate::model::store::Draft;
use crate::model::versions::Placements;
use crate::ui::components::form::{Checkboxes, RadioOption};
use crate::ui::components::ContactSummary;
use crate::ui::drafts::{DraftAction, DraftsState};
use crate::ui::hooks::{use_clock, use_i18n, use_now, use_outbox, Copied};
use crate::ui::labels::{draft_label, fmt_day};
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SendViewProps {
    pub drafts: UseReducerHandle<DraftsState>,
    pub library: Rc<Library>,
    /// Where each draft's message is now: exports write it next to the original.
    pub placements: Rc<Placements>,
    pub recipient: AttrValue,
    /// A draft to start with, as when arriving from a commitment's answers.
    pub preselect: Option<String>,
}

/// Review and send: pick drafts, see the email exactly as it will go, then send
/// it by mail link, .eml file or clipboard, or save it as JSON, CSV or Markdown.
#[component]
pub fn SendView(props: &SendViewProps) -> Html {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let opened_at = use_now();
    let now_ms = use_clock();
    let d = &props.drafts;
    let selected = {
        let initial: Vec<String> = match &props.preselect {
            Some(id) => vec![id.clone()],
            None => {
                let unsent: Vec<String> =
                    d.comments.iter().filter(|c| c.value.sent.is_none()).map(|c| c.value.id.clone()).collect();
                if unsent.is_empty() {
                    d.commitments
                        .iter()
                        .filter(|c| c.value.sent.is_none())
                        .take(1)
                        .map(|c| c.value.id.clone())
                        .collect()
                } else {
                    unsent
                }
            }
        };
        use_state(move || initial)
    };
    let acted = use_state(|| false);
    let marked = use_state(|| None::<i64>);

    let package = Package {
        comments: d.comments.iter().filter(|c| selected.contains(&c.value.id)).map(|c| c.value.clone()).collect(),
        commitments: d.commitments.iter().filter(|c| selected.contains(&c.value.id)).map(|c| c.value.clone()).collect(),
        sender: d.profile.clone(),
        recipient: props.recipient.to_string(),
        ..Package::default()
    }
    .locate(&props.placements);
    let receipt = package.receipt();
    let json = package.to_json(opened_at).to_text();
    let subject = email::subject(&package, &i18n, &receipt);
    let body = email::body(&package, &i18n);
    let link = mailto::link(&props.recipient, &subject, &body);
    let short_link = mailto::link(&props.recipient, &subject, &i18n.tf(Key::EmailPasteBody, &[("receipt", &receipt)]));
    let ready = !package.is_empty() && d.profile.is_complete();
    let link_is_safe = mailto::is_safe(&link);

    let options: Vec<RadioOption> = d
        .comments
        .iter()
        .map(|c| (c.value.sent, Draft::Comment(c.value.clone())))
        .chain(d.commitments.iter().map(|c| (c.value.sent, Draft::Commitment(c.value.clone()))))
        .map(|(sent, draft)| {
            let mut label = draft_label(&i18n, &draft);
            if let Some(ms) = sent {
                label = format!("{label} {}", i18n.tf(Key::SendAlreadySent, &[("date", &fmt_day(&i18n, ms))]));
            }
            RadioOption { value: draft.id().to_owned().into(), label: label.into() }
        })
        .collect();
    let on_toggle = {
        let selected = selected.clone();
        Callback::from(move |(id, on): (AttrValue, bool)| {
            let mut next: Vec<String> = selected.iter().filter(|s| **s != *id).cloned().collect();
            if on {
                next.push(id.to_string());
            }
            selected.set(next);
        })
    };
    let act = |f: Callback<()>| {
        let acted = acted.clone();
        Callback::from(move |_: MouseEvent| {
            acted.set(true);
            f.emit(());
        })
    };
    let file = |name: String, mime: &'static str, contents: String| {
        outbox.download.reform(move |()| (name.clone(), mime, contents.clone()))
    };
    let eml_file = eml::build(
        &props.recipient,
        &subject,
        &body,
        &format!("igf-messages-{receipt}.json"),
        &json,
        &format!("igf-messages-{receipt}"),
    );
    let on_mark = {
        let drafts = d.clone();
        let ids: Vec<String> = selected.to_vec();
        let marked = marked.clone();
        Callback::from(move |_: MouseEvent| {
            let at = now_ms();
            drafts.dispatch(DraftAction::MarkSent { ids: ids.clone(), at });
            marked.set(Some(at));
        })
    };
    let recipient = props.recipient.to_string();

    html! {
        <section class="igf-view igf-send">
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::SendTitle) }</h1>
            if options.is_empty() {
                <p class="igf-empty">{ i18n.t(Key::SendNothingYet) }</p>
            } else {
                <p>{ i18n.tf(Key::SendIntro, &[("recipient", &recipient)]) }</p>
                <Checkboxes field="send" legend={i18n.t(Key::SendPickLegend)} {options}
                    checked={selected.iter().map(|s| AttrValue::from(s.clone())).collect::<Vec<_>>()} {on_toggle} />
                <ContactSummary profile={d.profile.clone()} />
                if package.is_empty() {
                    <p class="igf-notice">{ i18n.t(Key::SendNothingPicked) }</p>
                } else {
                    <p class="igf-receipt"><strong>{ i18n.tf(Key::SendReceipt, &[("receipt", &receipt)]) }</strong><br />{ i18n.t(Key::SendReceiptHint) }</p>
                    <h2>{ i18n.t(Key::SendPreviewHeading) }</h2>
                    <div class="igf-preview" tabindex="0" role="region" aria-label={i18n.t(Key::SendPreviewHeading)}>
                        <p class="igf-preview-head">{ i18n.tf(Key::SendTo, &[("recipient", &recipient)]) }<br />{ i18n.tf(Key::SendSubject, &[("subject", &subject)]) }</p>
                        <pre class="igf-preview-body">{ body.clone() }</pre>
                    </div>
                    <h2>{ i18n.t(Key::SendHowHeading) }</h2>
                    if !d.profile.is_complete() {
                        <p class="igf-notice">{ i18n.t(Key::SendDetailsFirst) }{ " " }<a href={Route::Details.href()}>{ i18n.t(Key::AddDetails) }</a></p>
                    }
                    if ready {
                        <div class="igf-send-actions">
                            if link_is_safe {
                                <p><a class="igf-button" href={link} onclick={act(Callback::noop())}>{ i18n.t(Key::SendOpenMail) }</a></p>
                            } else {
                                <p class="igf-notice">{ i18n.t(Key::SendTooLong) }</p>
                                // Too long for a link: copy the whole text, then open a short
                                // email that says where to paste it. Nothing is cut.
                                <p><a class="igf-button" href={short_link.clone()} onclick={act(outbox.copy.reform({ let body = body.clone(); move |()| body.clone() }))}>{ i18n.t(Key::SendOpenMail) }</a></p>
                            }
                            <p>
                                <button type="button" class="igf-button igf-button-secondary" onclick={act(file(format!("igf-messages-{receipt}.eml"), "message/rfc822", eml_file))}>{ i18n.t(Key::SendDownloadEml) }</button>
                                <span class="igf-hint">{ " " }{ i18n.t(Key::SendEmlHint) }</span>
                            </p>
                            <p>
                                <button type="button" class="igf-button igf-button-secondary" onclick={act(outbox.copy.reform({ let body = body.clone(); move |()| body.clone() }))}>{ i18n.t(Key::SendCopy) }</button>
                            </p>
                            <p><a class="igf-link-button" href={short_link} onclick={act(Callback::noop())}>{ i18n.t(Key::SendOpenShort) }</a></p>
                            <div role="status" class="igf-copy-result">
                                {
                                    match outbox.copied {
                                        Copied::Not => Html::default(),
                                        Copied::Yes if !link_is_safe => html! { <p>{ i18n.t(Key::SendOpenedShort) }{ " " }{ i18n.tf(Key::SendCopied, &[("recipient", &recipient)]) }</p> },
                                        Copied::Yes => html! { <p>{ i18n.tf(Key::SendCopied, &[("recipient", &recipient)]) }</p> },
                                        Copied::Refused => html! {
                                            <div class="igf-field">
                                                <label class="igf-label" for="igf-field-copy">{ i18n.t(Key::SendCopyFailed) }</label>
                                                <textarea id="igf-field-copy" class="igf-textarea" readonly=true rows="8" value={body.clone()} />
                                            </div>
                                        },
                                    }
                                }
                            </div>
                        </div>
                    }
                    <h2>{ i18n.t(Key::SendExportHeading) }</h2>
                    <p class="igf-send-actions igf-inline-actions">
                        <button type="button" class="igf-button igf-button-secondary" onclick={act(file(format!("igf-messages-{receipt}.json"), "application/json", package.to_json(opened_at).to_pretty()))}>{ i18n.t(Key::SendJson) }</button>
                        <button type="button" class="igf-button igf-button-secondary" onclick={act(file(format!("igf-messages-{receipt}.csv"), "text/csv", csv::write(&package, &props.library, &receipt)))}>{ i18n.t(Key::SendCsv) }</button>
                        <button type="button" class="igf-button igf-button-secondary" onclick={act(file(format!("igf-messages-{receipt}.md"), "text/markdown", markdown::write(&package, &i18n, &receipt)))}>{ i18n.t(Key::SendMarkdown) }</button>
                        <button type="button" class="igf-button igf-button-secondary" onclick={act(outbox.print.clone())}>{ i18n.t(Key::SendPrint) }</button>
                    </p>
                    <p class="igf-hint">{ i18n.t(Key::SendDownloadHint) }</p>
                    if *acted {
                        <div class="igf-notice igf-confirm" aria-labelledby="igf-confirm-title">
                            <h2 id="igf-confirm-title">{ i18n.t(Key::SendConfirmHeading) }</h2>
                            <p>{ i18n.t(Key::SendConfirmBody) }</p>
                            <button type="button" class="igf-button" onclick={on_mark}>{ i18n.t(Key::SendMarkSent) }</button>
                        </div>
                    }
                    <p role="status">{ marked.map(|at| i18n.tf(Key::SendMarked, &[("date", &fmt_day(&i18n, at))])).unwrap_or_default() }</p>
                }
            }
        </section>
    }
}
