use super::{field_error_text, field_id};
use crate::model::i18n::I18n;
use yew::prelude::*;

/// What every field shares: its id, its hint and error (and their ids), and the
/// GOV.UK markup around its control.
pub struct Field<'a> {
    i18n: &'a I18n,
    pub id: String,
    hint: Option<&'a AttrValue>,
    error: Option<&'a String>,
}

impl<'a> Field<'a> {
    pub fn new(i18n: &'a I18n, field: &str, hint: Option<&'a AttrValue>, error: Option<&'a String>) -> Field<'a> {
        Field { i18n, id: field_id(field), hint, error }
    }

    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// `aria-describedby` for the control: the hint, the error, then `extra`.
    pub fn described_by(&self, extra: Option<String>) -> Option<String> {
        let ids: Vec<String> = [self.hint.map(|_| self.hint_id()), self.error.map(|_| self.error_id()), extra]
            .into_iter()
            .flatten()
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    pub fn invalid(&self) -> Option<&'static str> {
        self.error.is_some().then_some("true")
    }

    /// The hint and the inline error, each only when there is one.
    pub fn hint_and_error(&self) -> Html {
        html! {
            <>
                if let Some(hint) = self.hint { <p id={self.hint_id()} class="igf-hint">{ hint.clone() }</p> }
                if let Some(error) = self.error { { field_error_text(self.i18n, self.error_id(), error) } }
            </>
        }
    }

    /// A labelled control: label, hint, error, the control, then `after`.
    pub fn labelled(&self, label: &AttrValue, control: Html, after: Html) -> Html {
        html! {
            <div class="igf-field" data-error={self.invalid()}>
                <label class="igf-label" for={self.id.clone()}>{ label.clone() }</label>
                { self.hint_and_error() }
                { control }
                { after }
            </div>
        }
    }

    /// A group of controls under a legend, described by the error.
    pub fn fieldset(&self, legend: &AttrValue, controls: Html) -> Html {
        html! {
            <fieldset class="igf-fieldset igf-field" data-error={self.invalid()} aria-describedby={self.error.map(|_| self.error_id())}>
                <legend class="igf-label">{ legend.clone() }</legend>
                { self.hint_and_error() }
                <div class="igf-radios">{ controls }</div>
            </fieldset>
        }
    }

    /// A group of controls under a legend, laid out by the controls themselves.
    pub fn fieldset_plain(&self, legend: &AttrValue, controls: Html) -> Html {
        html! {
            <fieldset class="igf-fieldset igf-field" data-error={self.invalid()} aria-describedby={self.described_by(None)}>
                <legend class="igf-label">{ legend.clone() }</legend>
                { self.hint_and_error() }
                { controls }
            </fieldset>
        }
    }

    /// The id of option `i` in a group: the first carries the field id, so the
    /// error summary can move focus into the group.
    pub fn option_id(&self, i: usize) -> String {
        if i == 0 {
            self.id.clone()
        } else {
            format!("{}-{i}", self.id)
        }
    }
}
