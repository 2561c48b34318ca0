use crate::model::i18n::{I18n, Key, Lang};
use crate::model::route::{Route, COLLATION_PAGE};
use crate::model::track::Track;
use crate::ui::components::{lang_picker, track_nav, LangPickerProps, TrackNavProps};
use crate::ui::markup::para;
use yew::prelude::*;

pub struct BannerProps {
    pub on_choose: Callback<Lang>,
    /// The track the reader shows, when the reader is open.
    pub current: Option<Track>,
    pub available: Vec<Track>,
    /// Comments and commitments still to send.
    pub unsent: (usize, usize),
    pub route: Route,
}

/// The app's name, the language picker and the navigation.
pub fn banner(i18n: &I18n, props: &BannerProps) -> Html {
    html! {
        <header class="igf-banner">
            <div class="igf-brand-row">
                <p class="igf-brand">{ i18n.t(Key::AppTitle) }</p>
                { lang_picker(i18n, &LangPickerProps { on_choose: props.on_choose.clone() }) }
            </div>
            { track_nav(i18n, &TrackNavProps { current: props.current, available: props.available.clone(), comments: props.unsent.0, commitments: props.unsent.1, route: props.route.clone() }) }
        </header>
    }
}

pub struct AppFooterProps {
    pub recipient: AttrValue,
}

/// How this works, the privacy notice, where feedback goes, and, discreetly,
/// the Secretariat's collation page.
pub fn app_footer(i18n: &I18n, props: &AppFooterProps) -> Html {
    html! {
        <footer class="igf-footer">
            { crate::ui::components::how_this_works(i18n) }
            { crate::ui::components::privacy_notice(i18n, &props.recipient) }
            { para(i18n.t(Key::FooterFeedback)) }
            // Always rendered, and hidden by the stylesheet in a host's shadow
            // root (`:host`): the embedded view is adopted from the build's
            // prerender, which must match it to the attribute.
            <p class="igf-footer-secretariat"><a href={COLLATION_PAGE}>{ i18n.t(Key::FooterSecretariat) }</a></p>
        </footer>
    }
}
