use crate::model::collate::{csv, report, CollationView, Filter};
use crate::model::document::Library;
use crate::shell::{clock, download};
use crate::ui::collate::state::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// The two downloads, and whether the last one was refused.
pub struct Downloads {
    pub on_csv: Callback<()>,
    pub on_report: Callback<()>,
    pub failed: bool,
}

/// What a download is made from.
#[derive(Clone, PartialEq)]
pub struct DownloadInputs {
    pub collation: Shared,
    pub library: Rc<Library>,
    pub view: Rc<CollationView>,
    pub filter: Filter,
}

/// "Download CSV" (everything received, one row per comment and action) and
/// "Download report (Markdown)" (each document's comments through the
/// current filter), built when clicked.
///
/// ```ignore
/// let downloads = use_downloads(DownloadInputs { collation, library, view, filter });
/// html! { <button onclick={downloads.on_csv.reform(|_| ())}>{ "Download CSV" }</button> }
/// ```
#[hook]
pub fn use_downloads(inputs: DownloadInputs) -> Downloads {
    let failed = use_state(|| false);
    let day = clock::today().to_iso();
    let on_csv = {
        let (inputs, failed, day) = (inputs.clone(), failed.clone(), day.clone());
        Callback::from(move |()| {
            let Some(text) = inputs.collation.with(|c| csv::write(c, &inputs.library)) else { return };
            let name = format!("igf-collation-{day}.csv");
            failed.set(download::download(&name, "text/csv;charset=utf-8", &text).is_err());
        })
    };
    let on_report = {
        let failed = failed.clone();
        Callback::from(move |()| {
            let DownloadInputs { collation, library, view, filter } = &inputs;
            let documents: Vec<_> = view.documents.iter().map(|d| (d.track, d.version.as_str())).collect();
            let text = collation.with(|c| report::write_all(c, library, &documents, filter));
            let Some(text) = text else { return };
            let name = format!("igf-collation-report-{day}.md");
            failed.set(download::download(&name, "text/markdown;charset=utf-8", &text).is_err());
        })
    };
    Downloads { on_csv, on_report, failed: *failed }
}
