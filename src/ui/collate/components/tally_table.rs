use crate::model::i18n::CollateKey;
use crate::ui::collate::hooks::use_collate_i18n;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TallyTableProps {
    pub caption: AttrValue,
    /// The first column's heading: what is counted ("Region").
    pub what: AttrValue,
    pub rows: Vec<(AttrValue, usize)>,
}

/// A count per choice, as a table with a caption and row headers.
#[component]
pub fn TallyTable(props: &TallyTableProps) -> Html {
    let i18n = use_collate_i18n();
    html! {
        <table class="igf-tally">
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr><th scope="col">{ props.what.clone() }</th><th scope="col" class="igf-number">{ i18n.t(CollateKey::ColumnNumber) }</th></tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|(label, n)| html! {
                    <tr><th scope="row">{ label.clone() }</th><td class="igf-number">{ n.to_string() }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
