use super::error::{describe, ShellError};
use wasm_bindgen::JsCast;

/// Offers `contents` as a file download.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), ShellError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(ShellError::NoWindow)?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| ShellError::Download(describe(&e)))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| ShellError::Download(describe(&e)))?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|e| ShellError::Download(describe(&e)))?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
