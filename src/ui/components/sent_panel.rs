use crate::model::i18n::Key;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SentPanelProps {
    pub receipt: AttrValue,
    pub comments: usize,
    pub commitments: usize,
    pub recipient: AttrValue,
}

/// The GOV.UK confirmation panel: it is done, the receipt, what was sent, and
/// what happens next.
#[component]
pub fn SentPanel(props: &SentPanelProps) -> Html {
    let i18n = use_i18n();
    let comments = i18n.count(props.comments, Key::SentCommentsOne, Key::SentCommentsOther, &[]);
    let commitments = i18n.count(props.commitments, Key::SentCommitmentsOne, Key::SentCommitmentsOther, &[]);
    html! {
        <div class="igf-panel" role="status">
            <h2 class="igf-panel-title">{ i18n.t(Key::SentPanelTitle) }</h2>
            <p class="igf-panel-body">{ i18n.tf(Key::SendReceipt, &[("receipt", &props.receipt)]) }</p>
            <p>{ i18n.tf(Key::SentPanelWhat, &[("comments", &comments), ("commitments", &commitments), ("recipient", &props.recipient)]) }</p>
            <h3>{ i18n.t(Key::SentPanelNextHeading) }</h3>
            <p>{ i18n.t(Key::SentPanelNext) }</p>
        </div>
    }
}
