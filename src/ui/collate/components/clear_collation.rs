use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::{CollateAction, CollateState};
use crate::ui::hooks::use_focus_node_on;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClearCollationProps {
    pub dispatch: UseReducerDispatcher<CollateState>,
    pub confirming: bool,
    pub cleared: bool,
    /// Files are being read: clearing waits until they are in.
    pub busy: bool,
    pub inputs: usize,
    pub on_confirm: Callback<()>,
}

/// "Clear this collation", which asks first: it removes every file kept in
/// the browser, and cannot be undone.
#[component]
pub fn ClearCollation(props: &ClearCollationProps) -> Html {
    let i18n = use_collate_i18n();
    let heading = use_node_ref();
    use_focus_node_on(heading.clone(), u32::from(props.confirming));
    let dispatch = |action: fn() -> CollateAction| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(action()))
    };
    if props.cleared {
        return html! { <p class="igf-notice" role="status">{ i18n.t(CollateKey::Cleared) }</p> };
    }
    if props.inputs == 0 {
        return Html::default();
    }
    html! {
        <section class="igf-clear" aria-labelledby="igf-clear-title">
            if props.confirming {
                <div class="igf-notice igf-warning">
                    <h2 id="igf-clear-title" tabindex="-1" ref={heading}>{ i18n.t(CollateKey::ClearConfirmHeading) }</h2>
                    <p>{ i18n.t(CollateKey::ClearConfirmBody) }</p>
                    <button type="button" class="igf-button igf-button-secondary igf-danger" onclick={props.on_confirm.reform(|_: MouseEvent| ())}>{ i18n.t(CollateKey::ClearConfirm) }</button>{ " " }
                    <button type="button" class="igf-button igf-button-secondary" onclick={dispatch(|| CollateAction::CancelClear)}>{ i18n.t(CollateKey::ClearCancel) }</button>
                </div>
            } else {
                <h2 id="igf-clear-title" class="igf-visually-hidden">{ i18n.t(CollateKey::ClearButton) }</h2>
                <button type="button" class="igf-button igf-button-secondary" disabled={props.busy} onclick={dispatch(|| CollateAction::AskClear)}>{ i18n.t(CollateKey::ClearButton) }</button>
            }
        </section>
    }
}
