use crate::model::commitment::{ActionItem, MAX_ACTIONS};
use crate::model::date::DateParts;
use crate::model::i18n::{I18n, Key};
use crate::model::validate::FieldError;
use crate::ui::components::form::{date_input, error_for, text_area, DateInputProps, TextAreaProps};
use crate::ui::drafts::CommitmentEdit;
use yew::prelude::*;

pub struct ActionsFieldProps {
    pub actions: Vec<ActionItem>,
    /// The form's errors; this field shows those about its actions.
    pub errors: Vec<FieldError>,
    pub on_edit: Callback<CommitmentEdit>,
}

/// The id of the action at `i` (from 0), where focus goes when an action is
/// added or removed, as the button pressed is gone or far away. A group of
/// its own, so a screen reader names the action in each of its fields.
pub fn action_id(i: usize) -> String {
    format!("igf-action-{}", i + 1)
}

/// What is odd about an action's date, if anything: said in the form and again
/// on "check your answers", where the SMART check's "not yet" alone did not say
/// that a date in the past was the reason.
pub fn date_warning(i18n: &I18n, a: &ActionItem) -> Html {
    let key = if a.is_before_cycle() {
        Key::ActionEarly
    } else if a.is_after_cycle() {
        Key::ActionLate
    } else {
        return Html::default();
    };
    html! { <p class="igf-warning">{ i18n.t(key) }</p> }
}

/// A commitment's actions, each with what will be done and by when.
pub fn actions_field(i18n: &I18n, props: &ActionsFieldProps) -> Html {
    let error = |field: &str| error_for(i18n, &props.errors, field);
    let many = props.actions.len() > 1;
    html! {
            <fieldset class="igf-fieldset igf-field" id="igf-field-actions" tabindex="-1">
                <legend class="igf-label">{ i18n.t(Key::ActionsLegend) }</legend>
                if let Some(e) = error("actions") { <p class="igf-error-message">{ e }</p> }
                { for props.actions.iter().enumerate().map(|(i, a)| {
                    let n = (i + 1).to_string();
                    html! {
                        <fieldset class="igf-fieldset igf-action" id={action_id(i)} tabindex="-1">
                            <legend class="igf-action-title">{ i18n.tf(Key::ActionHeading, &[("n", &n)]) }</legend>
                            { text_area(i18n, &TextAreaProps { field: format!("action-{n}-description").into(), label: i18n.t(Key::ActionTextLabel).into(), value: a.description.clone().into(), error: error(&format!("action-{n}-description")), rows: 2, on_input: props.on_edit.reform(move |v| CommitmentEdit::ActionText(i, v)), ..Default::default() }) }
                            { date_input(i18n, &DateInputProps { field: format!("action-{n}-due").into(), legend: i18n.t(Key::ActionDueLabel).into(), hint: i18n.t(Key::ActionDueHint).into(), value: a.due_parts(), error: error(&format!("action-{n}-due")), on_change: props.on_edit.reform(move |v: DateParts| CommitmentEdit::ActionDue(i, v.to_stored())) }) }
                            { date_warning(i18n, a) }
                            if many {
                                <button type="button" class="igf-link-button" onclick={props.on_edit.reform(move |_: MouseEvent| CommitmentEdit::RemoveAction(i))}>
                                    { i18n.tf(Key::RemoveAction, &[("n", &n)]) }
                                </button>
                            }
                        </fieldset>
                    }
                }) }
                if props.actions.len() < MAX_ACTIONS {
                    <button type="button" class="igf-button igf-button-secondary" onclick={props.on_edit.reform(|_: MouseEvent| CommitmentEdit::AddAction)}>{ i18n.t(Key::AddAction) }</button>
                } else {
                    // Said where the button was, rather than a button that does nothing.
                    <p class="igf-hint">{ i18n.tf(Key::ActionsMax, &[("n", &MAX_ACTIONS.to_string())]) }</p>
                }
            </fieldset>
    }
}
