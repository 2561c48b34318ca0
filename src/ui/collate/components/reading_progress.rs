use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use crate::ui::collate::state::{Batch, Progress, Shared};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingProgressProps {
    pub reading: Option<Progress>,
    pub collation: Shared,
    /// Changes as packages are added, so the count stays current.
    pub generation: u64,
    /// What the person's last additions gave, once read.
    pub batch: Option<Batch>,
}

/// While files are read, a progress bar and how many packages are in so
/// far; once done, what the person's last additions gave (new, unreadable,
/// repeated) and how many packages the collation holds. Only that is
/// announced, not every step: emptied while reading, the status is said
/// again after each addition, even one that changed nothing.
#[component]
pub fn ReadingProgress(props: &ReadingProgressProps) -> Html {
    let i18n = use_collate_i18n();
    let packages = props.collation.with(|c| c.entries().len()).unwrap_or(0);
    let mut done = match props.reading {
        None if packages > 0 => i18n.count(packages, CollateKey::TotalOne, CollateKey::TotalOther, &[]),
        _ => String::new(),
    };
    if let (None, Some(b)) = (props.reading, props.batch) {
        let [added, unreadable, duplicates] = [b.added, b.unreadable, b.duplicates].map(|n| n.to_string());
        let said = i18n.tf(
            CollateKey::BatchResult,
            &[("added", &added), ("unreadable", &unreadable), ("duplicates", &duplicates)],
        );
        done = format!("{said} {done}").trim_end().to_owned();
    }
    html! {
        <div class="igf-reading">
            if let Some(p) = props.reading {
                <label class="igf-label" for="igf-reading-bar">{ i18n.t(CollateKey::ReadingLabel) }</label>
                <progress id="igf-reading-bar" max={p.total.max(1).to_string()} value={p.done.min(p.total).to_string()}></progress>
                <p class="igf-hint">{ i18n.count(packages, CollateKey::ReadSoFarOne, CollateKey::ReadSoFarOther, &[]) }</p>
            }
            <p role="status" class="igf-reading-total">{ done }</p>
        </div>
    }
}
