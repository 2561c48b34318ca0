use crate::model::fold::excerpt;
use crate::model::i18n::{I18n, Key};
use crate::model::missing::Missing;
use crate::model::route::Route;
use crate::model::sending::Sending;
use crate::model::store::Draft;
use crate::model::validate::FieldError;
use crate::ui::components::form::{message, Field};
use crate::ui::events::checked;
use crate::ui::labels::{draft_label, status_tag};
use yew::prelude::*;

/// One draft the person may send, as the picker shows it.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub draft: Draft,
    pub sending: Sending,
    /// The first thing its form would still ask for; none when finished.
    pub problem: Option<FieldError>,
    /// What it is about, when this app does not have it.
    pub missing: Option<Missing>,
}

impl Choice {
    /// Finished, and about text this app has.
    pub fn ready(&self) -> bool {
        self.problem.is_none() && self.missing.is_none()
    }

    /// A commitment that is not ready cannot be sent, as "check your answers"
    /// would not let it through; a comment can, by an explicit choice.
    pub fn can_send(&self) -> bool {
        self.ready() || matches!(self.draft, Draft::Comment(_))
    }
}

/// How many drafts the picker shows at first, and adds on each "Show more":
/// thousands of checkboxes at once would hold the page up.
pub const PICKER_PAGE: usize = 50;

pub struct SendPickerProps<'a> {
    pub choices: &'a [Choice],
    pub selected: &'a [String],
    pub on_toggle: Callback<(String, bool)>,
    /// How many drafts are shown; "Show more" adds a page.
    pub shown: UseStateHandle<usize>,
}

/// "What to send": every draft with where it stands, a page at a time.
/// Commitments that are not ready are shown but cannot be ticked, with a link
/// to what they still need; drafts about text this app lacks say so.
pub fn send_picker(i18n: &I18n, props: &SendPickerProps) -> Html {
    let shown = &props.shown;
    let field = Field::new(i18n, "send", None, None);
    let boxes = props.choices.iter().take(**shown).enumerate().map(|(i, choice)| {
        let value = choice.draft.id().to_owned();
        let onchange = {
            let value = value.clone();
            props.on_toggle.reform(move |e: Event| (value.clone(), checked(&e)))
        };
        let checked = props.selected.contains(&value);
        choice_box(i18n, &field.option_id(i), choice, checked, onchange)
    });
    let rest = props.choices.len().saturating_sub(**shown);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PICKER_PAGE))
    };
    html! {
        <>
            { field.fieldset(&AttrValue::from(i18n.t(Key::SendPickLegend)), boxes.collect()) }
            if rest > 0 {
                <p>
                    <button type="button" class="igf-button igf-button-secondary" onclick={more}>
                        { i18n.tf(Key::ShowMore, &[("n", &rest.min(PICKER_PAGE).to_string()), ("rest", &rest.to_string())]) }
                    </button>
                </p>
            }
        </>
    }
}

/// A comment's first words: two comments on one message have one label, and
/// the person must see which is which before sending.
fn opening(draft: &Draft) -> Option<String> {
    match draft {
        Draft::Comment(c) if !c.text.trim().is_empty() => Some(excerpt(c.text.trim(), 70)),
        _ => None,
    }
}

/// One draft's checkbox, its status and, when it is not ready, why.
fn choice_box(i18n: &I18n, id: &str, choice: &Choice, checked: bool, onchange: Callback<Event>) -> Html {
    let (tag, status) = status_tag(i18n, choice.sending, choice.problem.is_none(), choice.missing.is_some());
    let hint_id = format!("{id}-hint");
    let why = match (&choice.draft, &choice.missing, &choice.problem) {
        (_, Some(missing), _) => html! { <span id={hint_id.clone()} class="igf-hint">{ missing.reason(i18n) }</span> },
        (Draft::Commitment(c), None, Some(_)) => html! {
            <span id={hint_id.clone()} class="igf-hint">
                { i18n.t(Key::SendCommitmentUnfinished) }{ " " }
                <a href={Route::CommitmentCheck(c.id.clone()).href()}>{ i18n.t(Key::CheckAnswers) }</a>
            </span>
        },
        // What is not finished, and the way to finish it: "Not finished" alone
        // left the person guessing, with no way back from here.
        (Draft::Comment(c), None, Some(problem)) => html! {
            <span id={hint_id.clone()} class="igf-hint">
                { i18n.t(Key::SendCommentUnfinished) }<br />{ message(i18n, problem) }<br />
                <a href={Route::Comment(c.id.clone()).href()}>{ i18n.t(Key::EditYourComment) }</a>
            </span>
        },
        _ => Html::default(),
    };
    html! {
        <div class="igf-radio igf-checkbox">
            <input type="checkbox" id={id.to_owned()} name="send" value={choice.draft.id().to_owned()} disabled={!choice.can_send()}
                {checked} {onchange} aria-describedby={(!choice.ready()).then_some(hint_id)} />
            <label for={id.to_owned()}>
                <bdi>{ draft_label(i18n, &choice.draft) }</bdi>{ " " }<span class="igf-tag" data-tag={tag}>{ status }</span>
                if let Some(text) = opening(&choice.draft) {
                    <br /><bdi class="igf-muted">{ text }</bdi>
                }
            </label>
            { why }
        </div>
    }
}
