use crate::model::i18n::{I18n, Key};
use crate::ui::labels::fill_isolated;
use crate::ui::markup::para;
use yew::prelude::*;

/// The confirmation's id: marking sent moves focus there.
pub const SENT_PANEL_ID: &str = "igf-sent";

/// The GOV.UK confirmation panel: it is done, the receipt, what was sent, and
/// what happens next.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn sent_panel(i18n: &I18n, receipt: &str, comments: usize, commitments: usize, recipient: &str) -> Html {
    let n = (comments, commitments);
    let comments = i18n.count(comments, Key::SentCommentsOne, Key::SentCommentsOther, &[]);
    let commitments = i18n.count(commitments, Key::SentCommitmentsOne, Key::SentCommitmentsOther, &[]);
    // "1 comment, to …", not "1 comment and 0 commitments, to …".
    let what = match n {
        (_, 0) => i18n.tf(Key::SentPanelWhatOnly, &[("what", &comments), ("recipient", recipient)]),
        (0, _) => i18n.tf(Key::SentPanelWhatOnly, &[("what", &commitments), ("recipient", recipient)]),
        _ => i18n.tf(
            Key::SentPanelWhat,
            &[("comments", &comments), ("commitments", &commitments), ("recipient", recipient)],
        ),
    };
    html! {
        <div id={SENT_PANEL_ID} class="igf-panel" role="status" tabindex="-1">
            <h2 class="igf-panel-title">{ i18n.t(Key::SentPanelTitle) }</h2>
            // Isolated and kept on one line: in Arabic, a receipt left to the
            // paragraph's direction broke at a hyphen and moved it to the other end.
            <p class="igf-panel-body igf-receipt-line">{ fill_isolated(i18n.t(Key::SendReceipt), &[("receipt", receipt)]) }</p>
            <p>{ what }</p>
            <h3>{ i18n.t(Key::SentPanelNextHeading) }</h3>
            { para(i18n.t(Key::SentPanelNext)) }
        </div>
    }
}
