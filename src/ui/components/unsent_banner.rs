use crate::model::i18n::Key;
use crate::model::route::Route;
use crate::ui::hooks::use_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnsentBannerProps {
    /// Comments and commitments not yet sent as they are.
    pub comments: usize,
    pub commitments: usize,
}

/// "You have 2 comments and 1 commitment not yet sent", with the way to send
/// them. It sits at the foot of the screen, so showing it after the drafts
/// load moves nothing the person is reading.
#[component]
pub fn UnsentBanner(props: &UnsentBannerProps) -> Html {
    let i18n = use_i18n();
    let comments = i18n.count(props.comments, Key::SentCommentsOne, Key::SentCommentsOther, &[]);
    let commitments = i18n.count(props.commitments, Key::SentCommitmentsOne, Key::SentCommitmentsOther, &[]);
    let text = match (props.comments, props.commitments) {
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
