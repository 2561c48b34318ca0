//! Links the app hands out or leaves in the address bar carry none of the
//! query parameters the app reads (`igf-lang`, `igf-track`, …), so that no
//! crafted link is passed on by the people who open it.

/// `url` without the `igf-` query parameters, except those named in `keep`;
/// everything else, fragment included, stays as it was.
pub fn strip_app_params(url: &str, keep: &[&str]) -> String {
    let (before_fragment, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let Some((base, query)) = before_fragment.split_once('?') else { return url.to_owned() };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !name.starts_with("igf-") || keep.contains(&name)
        })
        .collect();
    if kept.iter().all(|p| p.is_empty()) {
        format!("{base}{fragment}")
    } else {
        format!("{base}?{}{fragment}", kept.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_parameters_go() {
        let url = "https://igf.example/m/?igf-recipient=x%40evil.example&page=2&igf-lang=ar#host&igf=trust/q2";
        assert_eq!(strip_app_params(url, &[]), "https://igf.example/m/?page=2#host&igf=trust/q2");
        assert_eq!(strip_app_params("https://a.example/?igf-lang=ar#igf=trust", &[]), "https://a.example/#igf=trust");
        assert_eq!(
            strip_app_params("https://a.example/?igf-parent=https%3A%2F%2Fh.example&igf-lang=fr", &["igf-parent"]),
            "https://a.example/?igf-parent=https%3A%2F%2Fh.example"
        );
        assert_eq!(
            strip_app_params("https://a.example/page#x?igf-lang=ar", &[]),
            "https://a.example/page#x?igf-lang=ar"
        );
        assert_eq!(strip_app_params("https://a.example/", &[]), "https://a.example/");
    }
}
