use crate::model::document::{Document, Revision};
use crate::model::i18n::{I18n, Key};
use crate::model::route::{Route, Target};
use crate::ui::labels::{fmt_date, version_label};
use std::rc::Rc;
use yew::prelude::*;

pub struct VersionNavProps {
    /// Every version of the track, oldest first.
    pub versions: Vec<Rc<Document>>,
    /// The version being read.
    pub current: Revision,
    /// A version a link asked for that the track does not have.
    pub missing: Option<Revision>,
}

/// The versions of a track, each a link with its date, and what changed since
/// each older one; on an older version, a pointer to the newest. Nothing when
/// the track has one version.
pub fn version_nav(i18n: &I18n, props: &VersionNavProps) -> Html {
    let Some(newest) = props.versions.last() else { return Html::default() };
    let track = newest.track;
    let label = |v: Revision| version_label(i18n, v);
    let link = |v: Revision| Route::Read(Target::Track(track), (v != newest.revision).then_some(v)).href();
    let older = &props.versions[..props.versions.len() - 1];
    html! {
        <>
            if let Some(missing) = props.missing {
                <p class="igf-notice" role="alert">{ i18n.tf(Key::VersionNotFound, &[("version", &label(missing))]) }</p>
            }
            if props.current != newest.revision {
                <p class="igf-notice igf-older-version">
                    { i18n.tf(Key::OlderVersionNotice, &[("version", &label(props.current))]) }{ " " }
                    <a href={link(newest.revision)}>{ i18n.tf(Key::ReadNewest, &[("version", &label(newest.revision))]) }</a>
                </p>
            }
            if !older.is_empty() {
                <nav class="igf-versions" aria-label={i18n.t(Key::VersionsNavLabel)}>
                    <ul class="igf-version-list">
                        { for props.versions.iter().map(|d| {
                            let current = d.revision == props.current;
                            let text = i18n.tf(Key::VersionOption, &[("version", &label(d.revision)), ("date", &fmt_date(i18n, d.date))]);
                            html! {
                                <li>
                                    <a href={link(d.revision)} aria-current={current.then_some("page")}>{ text }</a>
                                    if d.revision == newest.revision {
                                        { " " }<span class="igf-muted">{ i18n.t(Key::VersionNewest) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                    <ul class="igf-version-list">
                        { for older.iter().map(|d| html! {
                            <li><a href={Route::Changes(track, d.revision).href()}>{ i18n.tf(Key::ChangesSince, &[("version", &label(d.revision))]) }</a></li>
                        }) }
                    </ul>
                </nav>
            }
        </>
    }
}
