use crate::model::comment::Comment;
use crate::model::commitment::Commitment;
use crate::model::document::Library;
use crate::model::export::files::eml_file;
use crate::model::export::{email, Package, SECRETARIAT};
use crate::model::i18n::{I18n, Key};
use crate::model::missing::{missing_in_commitment, missing_target};
use crate::model::profile::Profile;
use crate::model::sending::Sendable;
use crate::model::sort::set_of;
use crate::model::store::Draft;
use crate::model::versions::Placements;
use crate::ui::components::{
    contact_summary, email_preview, other_ways, send_by_email, send_picker, sent_panel, Choice, EmailPreviewProps,
    OtherWaysProps, SendByEmailProps, SendPickerProps, PICKER_PAGE,
};
use crate::ui::hooks::{use_clock, use_outbox, use_write_later, Outbox, WriteLater};
use crate::ui::labels::fill_isolated;
use crate::ui::state::VIEW_TITLE_ID;
use std::rc::Rc;
use yew::prelude::*;

/// Above this many items the email is not shown until asked for: the text of
/// thousands of drafts would hold the page up on every visit.
const PREVIEW_ITEMS: usize = 50;

#[derive(Properties, PartialEq)]
pub struct SendViewProps {
    /// The interface language.
    pub i18n: I18n,
    /// Every draft comment and commitment, in the person's order.
    pub comments: Vec<Comment>,
    pub commitments: Vec<Commitment>,
    pub profile: Profile,
    pub library: Rc<Library>,
    /// Where each draft's message is now: exports write it next to the original.
    pub placements: Rc<Placements>,
    pub recipient: AttrValue,
    /// A draft to start with, as when arriving from a commitment's answers.
    pub preselect: Option<String>,
    /// Marks these drafts as sent, now, unless changed since they were last
    /// changed as given, and focuses the confirmation.
    pub on_mark_sent: Callback<Vec<(String, i64)>>,
    /// Moves keyboard focus to the element with this id.
    pub on_focus: Callback<&'static str>,
}

/// Review and send: pick drafts, see the email as it will go, send it by
/// email, or save it another way.
#[component]
pub fn SendView(props: &SendViewProps) -> Html {
    let i18n = props.i18n.clone();
    let choices = choices(props);
    let selected = {
        let initial = initial_selection(&choices, props.preselect.as_deref());
        use_state(move || initial)
    };
    let sent = use_state(|| None::<SentSummary>);
    // Until the next box is ticked or unticked after "Mark as sent".
    let just_sent = use_state(|| false);
    let show_all = use_state(|| false);
    let shown = use_state(|| PICKER_PAGE);
    let (email_outbox, other_outbox) = (use_outbox(), use_outbox());
    // Which way asks "Did you send it?", by its number; none (0) at first.
    let asked = use_state(|| 0u32);
    let now = use_clock();
    let write_later = use_write_later(i18n.lang.code(), other_outbox.download.clone());
    let package = Rc::new(chosen_package(props, &selected));
    let items = package.comments.len() + package.commitments.len();
    let outgoing_shown = items > 0 && (items <= PREVIEW_ITEMS || *show_all);
    let on_toggle = {
        let (selected, just_sent, asked) = (selected.clone(), just_sent.clone(), asked.clone());
        Callback::from(move |(id, on): (String, bool)| {
            just_sent.set(false);
            // The email asked about went out without what is ticked now: "Yes,
            // mark as sent" would have marked that too.
            asked.set(0);
            let mut next: Vec<String> = selected.iter().filter(|s| **s != id).cloned().collect();
            if on {
                next.push(id);
            }
            selected.set(next);
        })
    };
    let on_sent = {
        // Each as it went out: one changed in another tab since is not sent.
        let comments = package.comments.iter().map(|c| (c.id.clone(), c.updated));
        let ids: Vec<(String, i64)> =
            comments.chain(package.commitments.iter().map(|c| (c.id.clone(), c.updated))).collect();
        let (sent, mark, selected, just_sent) =
            (sent.clone(), props.on_mark_sent.clone(), selected.clone(), just_sent.clone());
        let asked = asked.clone();
        let summary = SentSummary::of(&package);
        Callback::from(move |()| {
            mark.emit(ids.clone());
            sent.set(Some(summary.clone()));
            just_sent.set(true);
            selected.set(Vec::new());
            // What is picked next has not been sent yet.
            asked.set(0);
        })
    };
    html! {
        <section class="igf-view igf-send">
            <h1 id={VIEW_TITLE_ID} tabindex="-1">{ i18n.t(Key::SendTitle) }</h1>
            if let Some(summary) = &*sent {
                { sent_panel(&i18n, &summary.receipt, summary.comments, summary.commitments, &props.recipient) }
            }
            if choices.is_empty() {
                <p class="igf-empty">{ i18n.t(Key::SendNothingYet) }</p>
            } else {
                <p>{ i18n.tf(Key::SendIntro, &[("recipient", &props.recipient)]) }</p>
                if props.recipient != SECRETARIAT {
                    <p class="igf-notice">{ i18n.tf(Key::SendRecipientNotice, &[("recipient", &props.recipient)]) }</p>
                }
                { send_picker(&i18n, &SendPickerProps { choices: &choices, selected: &selected, on_toggle, shown }) }
                // Missing details are said under "How to send" when it shows.
                if props.profile.is_complete() || !outgoing_shown {
                    { contact_summary(&i18n, &props.profile) }
                }
                // On the page from the start, so that a screen reader says the
                // notice when the last box is unticked. Not straight after
                // "Mark as sent", which unticks them all: there it read as an
                // error under the confirmation.
                <div role="status">
                    if package.is_empty() && !*just_sent {
                        <p class="igf-notice">{ i18n.t(Key::SendNothingPicked) }</p>
                    }
                </div>
                if items > PREVIEW_ITEMS && !*show_all {
                    <p>{ i18n.tf(Key::SendManyItems, &[("n", &items.to_string())]) }</p>
                    <button type="button" class="igf-button" onclick={{ let s = show_all.clone(); move |_| s.set(true) }}>{ i18n.t(Key::SendShowEmail) }</button>
                } else if items > 0 {
                    { outgoing(&i18n, Outgoing { package: package.clone(), library: props.library.clone(), on_sent, ready: props.profile.is_complete(), unfinished: unfinished(&choices, &selected), email_outbox, other_outbox, write_later, asked, refocus: props.on_focus.clone(), now }) }
                }
            }
        </section>
    }
}

struct Outgoing {
    package: Rc<Package>,
    library: Rc<Library>,
    on_sent: Callback<()>,
    /// The person's details are complete.
    ready: bool,
    /// A comment ticked is unfinished or about text this app lacks.
    unfinished: bool,
    /// Each way out's own copy and download state, so that what one reports
    /// is never taken for the other's: the email way's (its copy step, and the
    /// `.eml` its steps offer when copying is refused), and the other ways'.
    email_outbox: Outbox,
    other_outbox: Outbox,
    write_later: WriteLater,
    /// Which way asks "Did you send it?", under the email way or under the others.
    asked: UseStateHandle<u32>,
    refocus: Callback<&'static str>,
    now: fn() -> i64,
}

/// The receipt, the email as it will be sent, the way to send it, and the
/// other ways out.
fn outgoing(i18n: &I18n, props: Outgoing) -> Html {
    let Outgoing { email_outbox, other_outbox, write_later, asked, refocus, now, .. } = props;
    let download_refused = email_outbox.download_refused;
    let p = &props.package;
    let receipt = p.receipt();
    let subject = email::subject(p, i18n, &receipt);
    let body: Rc<str> = email::body(p, i18n).into();
    let on_eml = {
        let (p, i18n, download) = (p.clone(), i18n.clone(), email_outbox.download.clone());
        Callback::from(move |()| download.emit(eml_file(&p, &i18n, now())))
    };
    html! {
        <>
            <p class="igf-receipt"><strong>{ fill_isolated(i18n.t(Key::SendReceipt), &[("receipt", &receipt)]) }</strong><br />{ i18n.t(Key::SendReceiptHint) }</p>
            if props.unfinished {
                <p class="igf-warning">{ i18n.t(Key::SendUnfinishedWarning) }</p>
            }
            <h2>{ i18n.t(Key::SendHowHeading) }</h2>
            if props.ready {
                { send_by_email(i18n, &SendByEmailProps { recipient: p.recipient.clone().into(), subject: subject.clone().into(), body: body.clone(),
                    receipt: receipt.clone().into(), on_eml, on_sent: props.on_sent.clone(), outbox: email_outbox, asked: asked.clone(), refocus: refocus.clone() }) }
            } else {
                <p class="igf-notice">{ i18n.t(Key::SendDetailsFirst) }{ " " }<a href={crate::model::route::Route::Details.href()}>{ i18n.t(Key::AddDetails) }</a></p>
            }
            if download_refused {
                <p class="igf-notice" role="alert">{ i18n.t(Key::DownloadFailed) }</p>
            }
            <h2>{ i18n.t(Key::SendPreviewHeading) }</h2>
            { email_preview(i18n, &EmailPreviewProps { recipient: AttrValue::from(p.recipient.clone()), subject: AttrValue::from(subject), body: body.clone() }) }
            { other_ways(i18n, &OtherWaysProps { package: p.clone(), library: props.library.clone(), body, outbox: other_outbox, now, write_later, on_sent: props.on_sent, asked: asked.clone(), refocus }) }
        </>
    }
}

/// The drafts ticked, each as it is sent, from the person, to the recipient,
/// with where each message is now.
fn chosen_package(props: &SendViewProps, selected: &[String]) -> Package {
    // A set, as thousands of drafts can be ticked at once.
    let chosen = set_of(selected.iter().map(String::as_str));
    Package {
        comments: props.comments.iter().filter(|c| chosen.contains(c.id.as_str())).map(Comment::as_sent).collect(),
        commitments: props
            .commitments
            .iter()
            .filter(|c| chosen.contains(c.id.as_str()))
            .map(Commitment::as_sent)
            .collect(),
        sender: props.profile.clone(),
        recipient: props.recipient.to_string(),
        ..Package::default()
    }
    .locate(&props.placements)
}

/// What was marked sent, for the confirmation.
#[derive(Clone, PartialEq)]
struct SentSummary {
    receipt: AttrValue,
    comments: usize,
    commitments: usize,
}

impl SentSummary {
    fn of(p: &Package) -> SentSummary {
        SentSummary { receipt: p.receipt().into(), comments: p.comments.len(), commitments: p.commitments.len() }
    }
}

/// Every draft, comments first, with where it stands.
fn choices(props: &SendViewProps) -> Vec<Choice> {
    let library = &props.library;
    let comments = props.comments.iter().map(|c| {
        let missing = missing_target(library, &c.target);
        Choice {
            draft: Draft::Comment(c.clone()),
            sending: c.sending(),
            problem: c.problems().into_iter().next(),
            missing,
        }
    });
    let commitments = props.commitments.iter().map(|c| {
        let missing = missing_in_commitment(library, c);
        Choice {
            draft: Draft::Commitment(c.clone()),
            sending: c.sending(),
            problem: c.problems().into_iter().next(),
            missing,
        }
    });
    comments.chain(commitments).collect()
}

/// Whether a comment ticked is not ready, from what the picker already found.
fn unfinished(choices: &[Choice], selected: &[String]) -> bool {
    // A set, as thousands of drafts can be ticked at once.
    let ticked = set_of(selected.iter().map(String::as_str));
    choices.iter().any(|c| matches!(c.draft, Draft::Comment(_)) && !c.ready() && ticked.contains(c.draft.id()))
}

/// What is ticked at first: the draft the person came to send, else every
/// finished draft still to send, comments and commitments alike: a finished
/// commitment left unticked beside a comment went unsent once the person
/// marked the email as sent. Nothing unfinished is ever ticked for the person.
fn initial_selection(choices: &[Choice], preselect: Option<&str>) -> Vec<String> {
    if let Some(id) = preselect.filter(|id| choices.iter().any(|c| c.draft.id() == *id && c.can_send())) {
        return vec![id.to_owned()];
    }
    choices.iter().filter(|c| c.ready() && c.sending.needs_sending()).map(|c| c.draft.id().to_owned()).collect()
}
