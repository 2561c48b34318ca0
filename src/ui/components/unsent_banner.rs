use crate::model::i18n::{I18n, Key};
use crate::model::route::Route;
use yew::prelude::*;

/// "You have 2 comments and 1 commitment not yet sent", with the way to send
/// them. It ends the view, so showing it after the drafts load moves nothing
/// the person is reading. It does not stick to the foot of the screen: there
/// it hid the control the keyboard had reached (WCAG 2.4.11), and at large
/// text sizes half the screen; the navigation's count is always in view.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn unsent_banner(i18n: &I18n, comments_n: usize, commitments_n: usize) -> Html {
    let comments = i18n.count(comments_n, Key::SentCommentsOne, Key::SentCommentsOther, &[]);
    let commitments = i18n.count(commitments_n, Key::SentCommitmentsOne, Key::SentCommitmentsOther, &[]);
    let text = match (comments_n, commitments_n) {
        (0, 0) => return Html::default(),
        (_, 0) => i18n.tf(Key::UnsentOne, &[("what", &comments)]),
        (0, _) => i18n.tf(Key::UnsentOne, &[("what", &commitments)]),
        _ => i18n.tf(Key::UnsentBoth, &[("comments", &comments), ("commitments", &commitments)]),
    };
    html! {
        <aside class="igf-unsent" aria-label={i18n.t(Key::UnsentLabel)}>
            <p>{ text }{ " " }<a href={Route::Send(None).href()}>{ i18n.t(Key::SendTitle) }</a></p>
        </aside>
    }
}
