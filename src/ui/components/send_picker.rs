use crate::model::i18n::Key;
use crate::model::route::Route;
use crate::model::sending::Sending;
use crate::model::store::Draft;
use crate::ui::components::form::Field;
use crate::ui::events::checked;
use crate::ui::hooks::use_i18n;
use crate::ui::labels::{draft_label, status_tag};
use yew::prelude::*;

/// One draft the person may send, as the picker shows it.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub draft: Draft,
    pub sending: Sending,
    pub finished: bool,
}

impl Choice {
    /// An unfinished commitment cannot be sent, as "check your answers" would
    /// not let it through; an unfinished comment can, by an explicit choice.
    pub fn can_send(&self) -> bool {
        self.finished || matches!(self.draft, Draft::Comment(_))
    }
}

#[derive(Properties, PartialEq)]
pub struct SendPickerProps {
    pub choices: Vec<Choice>,
    pub selected: Vec<String>,
    pub on_toggle: Callback<(String, bool)>,
}

/// "What to send": every draft with where it stands. Unfinished commitments
/// are shown but cannot be ticked, with a link to what they still need.
#[component]
pub fn SendPicker(props: &SendPickerProps) -> Html {
    let i18n = use_i18n();
    let field = Field::new("send", None, None);
    let boxes = props.choices.iter().enumerate().map(|(i, choice)| {
        let id = field.option_id(i);
        let value = choice.draft.id().to_owned();
        let onchange = {
            let value = value.clone();
            props.on_toggle.reform(move |e: Event| (value.clone(), checked(&e)))
        };
        let (class, status) = status_tag(&i18n, choice.sending, choice.finished);
        let hint_id = format!("{id}-hint");
        let why = match &choice.draft {
            Draft::Commitment(c) if !choice.finished => html! {
                <span id={hint_id.clone()} class="igf-hint">
                    { i18n.t(Key::SendCommitmentUnfinished) }{ " " }
                    <a href={Route::CommitmentCheck(c.id.clone()).href()}>{ i18n.t(Key::CheckAnswers) }</a>
                </span>
            },
            _ if !choice.finished => {
                html! { <span id={hint_id.clone()} class="igf-hint">{ i18n.t(Key::SendCommentUnfinished) }</span> }
            }
            _ => Html::default(),
        };
        html! {
            <div class="igf-radio igf-checkbox">
                <input type="checkbox" id={id.clone()} name="send" value={value.clone()} disabled={!choice.can_send()}
                    checked={props.selected.contains(&value)} {onchange}
                    aria-describedby={(!choice.finished).then_some(hint_id)} />
                <label for={id}>
                    <bdi>{ draft_label(&i18n, &choice.draft) }</bdi>{ " " }<span class={class}>{ status }</span>
                </label>
                { why }
            </div>
        }
    });
    field.fieldset(&AttrValue::from(i18n.t(Key::SendPickLegend)), boxes.collect())
}
