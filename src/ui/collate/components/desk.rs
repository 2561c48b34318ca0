use crate::model::collate::Filter;
use crate::model::document::Library;
use crate::model::i18n::{CollateI18n, CollateKey, Key};
use crate::ui::collate::components::{
    AddInputs, ClearCollation, CommentsByDocument, CommitmentList, DownloadButtons, FilterBar, KeepingNotice,
    OverviewPanel, ReadingProgress, UnreadableList,
};
use crate::ui::collate::hooks::{
    use_clear, use_collate_language, use_collation_view, use_downloads, use_intake, DownloadInputs,
};
use crate::ui::collate::state::{CollateAction, CollateState};
use crate::ui::components::{lang_picker, LangPickerProps};
use crate::ui::hooks::{use_close_menu_outside, use_page_title};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeskProps {
    pub library: Rc<Library>,
}

/// The Secretariat's desk: what was added and how it stands, the comments
/// and commitments through the filters, and the downloads.
#[component]
pub fn Desk(props: &DeskProps) -> Html {
    let state = use_reducer(CollateState::default);
    let language = use_collate_language();
    let i18n = language.i18n.clone();
    let adding = use_intake(state.dispatcher());
    let on_clear = use_clear(state.dispatcher());
    let view = use_collation_view(&state, &props.library);
    let downloads = use_downloads(DownloadInputs {
        collation: state.collation.clone(),
        library: props.library.clone(),
        view: view.clone(),
        filter: state.filter.clone(),
    });
    use_page_title(&i18n.main, Some(i18n.t(CollateKey::DeskTitle).to_owned()), true);
    use_close_menu_outside();
    let on_filter = {
        let dispatch = state.dispatcher();
        Callback::from(move |f: Filter| dispatch.dispatch(CollateAction::Filter(f)))
    };
    let has_packages = view.overview.packages > 0;
    html! {
        <ContextProvider<CollateI18n> context={i18n.clone()}>
            <div id="igf-desk" class="igf-app igf-desk" lang={i18n.lang().code()} dir={i18n.lang().dir()}>
                <header class="igf-banner">
                    <div class="igf-brand-row">
                        <p class="igf-brand"><a href="./">{ i18n.main.t(Key::AppTitle) }</a></p>
                        { lang_picker(&i18n.main, &LangPickerProps { on_choose: language.choose.clone() }) }
                    </div>
                </header>
                <main class="igf-main" id="igf-desk-main">
                    <h1>{ i18n.t(CollateKey::DeskTitle) }</h1>
                    <p class="igf-lead">{ i18n.t(CollateKey::DeskLead) }</p>
                    <p class="igf-privacy-line">{ i18n.t(CollateKey::PrivacyLine) }</p>
                    if language.failed {
                        <p class="igf-notice" role="status">{ i18n.main.t(Key::TranslationFailed) }</p>
                    }
                    <KeepingNotice keeping={state.keeping.clone()} inputs={state.inputs} />
                    <AddInputs on_files={adding.on_files.clone()} on_paste={adding.on_paste.clone()} />
                    <ReadingProgress reading={state.reading} collation={state.collation.clone()} generation={state.generation} batch={state.batch} />
                    <UnreadableList collation={state.collation.clone()} shown={state.shown} />
                    if has_packages {
                        <OverviewPanel overview={Rc::new(view.overview.clone())} collation={state.collation.clone()} shown={state.shown} />
                        <FilterBar filter={state.filter.clone()} on_change={on_filter.clone()} library={props.library.clone()} overview={Rc::new(view.overview.clone())} />
                        <DownloadButtons on_csv={downloads.on_csv.clone()} on_report={downloads.on_report.clone()} failed={downloads.failed} />
                        <CommentsByDocument view={view.clone()} collation={state.collation.clone()} />
                        <CommitmentList view={view.clone()} collation={state.collation.clone()} filter={state.filter.clone()} on_change={on_filter} />
                    } else if state.inputs == 0 && !state.cleared {
                        <p class="igf-empty">{ i18n.t(CollateKey::EmptyState) }</p>
                    }
                    <ClearCollation dispatch={state.dispatcher()} confirming={state.confirming_clear} cleared={state.cleared}
                        busy={state.reading.is_some()} inputs={state.inputs} on_confirm={on_clear} />
                </main>
            </div>
        </ContextProvider<CollateI18n>>
    }
}
