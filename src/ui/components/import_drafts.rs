use crate::model::export::import::OnConflict;
use crate::model::i18n::Key;
use crate::ui::components::form::{RadioOption, Radios};
use crate::ui::drafts::DraftsState;
use crate::ui::hooks::{import_counts, use_i18n, use_import, ImportState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportDraftsProps {
    pub drafts: UseReducerHandle<DraftsState>,
}

/// "Import drafts from a file": choose, see what it holds, decide about
/// clashing ids, then apply — or change nothing.
#[component]
pub fn ImportDrafts(props: &ImportDraftsProps) -> Html {
    let i18n = use_i18n();
    let import = use_import(&props.drafts, &i18n);
    let choice = use_state(|| OnConflict::Replace);
    let body = match &import.state {
        ImportState::Idle => Html::default(),
        ImportState::Failed(message) => html! { <p class="igf-notice igf-notice-error" role="alert">{ message }</p> },
        ImportState::Done(n) => {
            html! { <p class="igf-notice" role="status">{ i18n.tf(Key::ImportDone, &[("n", &n.to_string())]) }</p> }
        }
        ImportState::Ready(imported) => {
            let (comments, commitments) = import_counts(imported);
            let slug = |c: OnConflict| match c {
                OnConflict::Replace => "replace",
                OnConflict::KeepBoth => "keep-both",
                OnConflict::Skip => "skip",
            };
            let on_choice = {
                let choice = choice.clone();
                Callback::from(move |v: AttrValue| {
                    choice.set(match v.as_str() {
                        "keep-both" => OnConflict::KeepBoth,
                        "skip" => OnConflict::Skip,
                        _ => OnConflict::Replace,
                    })
                })
            };
            let options = [
                (OnConflict::Replace, Key::ImportReplace),
                (OnConflict::KeepBoth, Key::ImportKeepBoth),
                (OnConflict::Skip, Key::ImportSkip),
            ]
            .into_iter()
            .map(|(c, k)| RadioOption { value: slug(c).into(), label: i18n.t(k).into() })
            .collect::<Vec<_>>();
            let apply = {
                let choice = *choice;
                import.on_apply.reform(move |_: MouseEvent| choice)
            };
            html! {
                <div class="igf-notice" role="status">
                    <p>{ i18n.tf(Key::ImportSummary, &[("comments", &comments.to_string()), ("commitments", &commitments.to_string())]) }</p>
                    if import.conflicts > 0 {
                        <p>{ i18n.tf(Key::ImportConflicts, &[("n", &import.conflicts.to_string())]) }</p>
                        <Radios field="import-conflict" legend={i18n.t(Key::ImportConflictLegend)} {options} selected={Some(AttrValue::from(slug(*choice)))} on_change={on_choice} />
                    }
                    <button type="button" class="igf-button" onclick={apply}>{ i18n.t(Key::ImportApply) }</button>{ " " }
                    <button type="button" class="igf-button igf-button-secondary" onclick={import.on_cancel.reform(|_: MouseEvent| ())}>{ i18n.t(Key::ImportCancel) }</button>
                </div>
            }
        }
    };
    html! {
        <section class="igf-import" aria-labelledby="igf-import-title">
            <h2 id="igf-import-title">{ i18n.t(Key::ImportHeading) }</h2>
            <p id="igf-field-import-hint" class="igf-hint">{ i18n.t(Key::ImportHint) }</p>
            <label class="igf-label igf-label-small" for="igf-field-import">{ i18n.t(Key::ImportLabel) }</label>
            <input id="igf-field-import" type="file" accept="application/json,.json" aria-describedby="igf-field-import-hint" onchange={import.on_file.clone()} />
            { body }
        </section>
    }
}
