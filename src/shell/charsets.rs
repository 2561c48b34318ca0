//! The browser's decoders for the mail charsets the core has no table for.

/// `bytes` decoded as `label` by the browser's `TextDecoder`, which knows every
/// charset of the Encoding Standard; `None` for a label it does not know.
/// Bytes that are not valid in the charset become U+FFFD, as in UTF-8.
pub fn decode(bytes: &[u8], label: &str) -> Option<String> {
    let decoder = web_sys::TextDecoder::new_with_label(label).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
