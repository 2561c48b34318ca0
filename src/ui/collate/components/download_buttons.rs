use crate::model::i18n::{CollateKey, Key};
use crate::ui::collate::hooks::use_collate_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadButtonsProps {
    pub on_csv: Callback<()>,
    pub on_report: Callback<()>,
    /// The browser refused the last download.
    pub failed: bool,
}

/// "Download CSV" and "Download report (Markdown)", each saying what it holds.
#[component]
pub fn DownloadButtons(props: &DownloadButtonsProps) -> Html {
    let i18n = use_collate_i18n();
    html! {
        <section class="igf-downloads" aria-labelledby="igf-downloads-title">
            <h2 id="igf-downloads-title">{ i18n.t(CollateKey::DownloadsHeading) }</h2>
            <p class="igf-hint" id="igf-csv-hint">{ i18n.t(CollateKey::DownloadCsvHint) }</p>
            <button type="button" class="igf-button" aria-describedby="igf-csv-hint" onclick={props.on_csv.reform(|_: MouseEvent| ())}>{ i18n.t(CollateKey::DownloadCsv) }</button>
            <p class="igf-hint" id="igf-report-hint">{ i18n.t(CollateKey::DownloadReportHint) }</p>
            <button type="button" class="igf-button igf-button-secondary" aria-describedby="igf-report-hint" onclick={props.on_report.reform(|_: MouseEvent| ())}>{ i18n.t(CollateKey::DownloadReport) }</button>
            if props.failed {
                <p class="igf-notice igf-notice-error" role="alert">{ i18n.main.t(Key::DownloadFailed) }</p>
            }
        </section>
    }
}
