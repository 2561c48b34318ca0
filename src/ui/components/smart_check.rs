use crate::model::commitment::Smart;
use crate::model::i18n::{I18n, Key};
use crate::ui::markup::hint;
use yew::prelude::*;

/// The live SMART checklist beside the commitment form. Each line says in words
/// whether it is met, so nothing depends on colour or a tick alone.
/// A function, not a component: it only holds markup, and each component
/// costs wasm of its own.
pub fn smart_check(i18n: &I18n, s: Smart) -> Html {
    let rows = [
        (s.specific, Key::SmartSpecific),
        (s.measurable, Key::SmartMeasurable),
        (s.achievable, Key::SmartAchievable),
        (s.relevant, Key::SmartRelevant),
        (s.time_bound, Key::SmartTimeBound),
    ];
    html! {
        <aside class="igf-smart" aria-labelledby="igf-smart-title">
            <h2 id="igf-smart-title">{ i18n.t(Key::SmartTitle) }</h2>
            { hint(i18n.t(Key::SmartIntro)) }
            <ul>
                { for rows.into_iter().map(|(met, key)| html! {
                    <li class="igf-smart-item" data-met={met.then_some("true")}>
                        <span class="igf-smart-mark" aria-hidden="true">{ if met { "✓" } else { "○" } }</span>
                        <span>{ i18n.t(key) }{ " — " }<strong>{ i18n.t(if met { Key::SmartMet } else { Key::SmartNotMet }) }</strong></span>
                    </li>
                }) }
            </ul>
        </aside>
    }
}
