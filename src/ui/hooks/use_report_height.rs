use crate::shell::{dom, frame};
use yew::prelude::*;

/// In an iframe with a configured parent origin, keeps the parent told of the
/// app's height.
///
/// ```ignore
/// use_report_height(config.parent_origin.clone(), "igf-app");
/// ```
#[hook]
pub fn use_report_height(parent_origin: Option<String>, element_id: &'static str) {
    use_effect_with(parent_origin, move |origin| {
        let reporter = origin
            .clone()
            .filter(|_| frame::is_framed())
            .and_then(|origin| frame::report_height(&dom::element(element_id)?, origin));
        move || drop(reporter)
    });
}
